// Finds the error codes a person would point at in one log line, and not the timestamps, ids, versions or ports around them.
//
// One pass, left to right, over the line's numbers. Each number is judged by looking a bounded distance to its
// left (a key, its separators, an id word) and right (a unit, a glued character), so the work is linear in the
// line's length whatever it holds. No regular expression here runs over more than a fixed window of the line,
// except whole-line word tests that are single alternations of literals.
import { codeDigitValue, isCodeDigit, isMinusSign } from '../code-chars.js';
import { blankColourSequences, digitRunEnd, isSpace, nextDigitRun, spacesStart } from './char-classes.js';
import { isSharedFirstCode, isYearShaped, looksLikeTencentCode } from './code-shapes.js';
import { assignedToName, findNamedCodes, holdsConstantPrefix, namedByConstant } from './constant-names.js';
import { echoedRow, isDefinitionLine, markedDefinition, ownTableRow, rowAfter, startsWithWord } from './definition-lines.js';
import { PLATFORM_EXCEPTION } from './grammar.js';
import { keyAfter, keyBefore, type KeyContext } from './key-context.js';
import { LineFacts } from './line-facts.js';
import {
  besideChinese,
  continuesList,
  datePartAfter,
  editionYear,
  endsCleanly,
  endsField,
  gluedBefore,
  isProcessId,
  isResponseSize,
  namesAThing,
  standsAlone,
  timerArgument,
  unitAfter,
  versionAfter,
  yearAfterMonth,
} from './number-neighbours.js';
import { emptyMessageAfter, platformExceptionBefore } from './platform-exception.js';

export type ScanMode = 'default' | 'strict' | 'loose';

export interface Finding {
  code: number;
  /** 1-based column (in characters) where the match starts. */
  column: number;
  /** The text that identified the code, e.g. "code:70001" or "PlatformException(6206". */
  match: string;
}

/** Whether a number is a catalogue code: standalone numbers count only when it is. */
export type IsKnownCode = (code: number) => boolean;

/** The catalogue's codes as the scanner needs them: a membership test, and every code as inclusive spans. */
export interface KnownCodes {
  has: IsKnownCode;
  spans(): Iterable<readonly [number, number]>;
  /** Whether a word is one of Tencent's constant names (ERR_SDK_NOT_LOGGED_IN), ignoring case. */
  hasName?: (name: string) => boolean;
  /** The code of one of Tencent's constant names as written (ERR_SDK_NOT_LOGGED_IN is 6014); ERR_SUCC has none. */
  codeOfName?: (name: string) => number | undefined;
  /** Judges code tables' rows by what the catalogue says of each code. */
  rows?: RowJudge;
  /** Whether the catalogue's own texts for the code use a word, ignoring case and underscores (AppSecret for app_secret). */
  mentions?: (code: number, word: string) => boolean;
  /**
   * Whether the code is known only as a number inside a range reading (120001-130000, the codes an app's own webhook
   * returns), not as a code of its own.
   */
  onlyInRange?: IsKnownCode;
}

/** What the detector asks the catalogue beyond whether a number is a code (KnownCodes has all of it). */
export type LineContext = Pick<KnownCodes, 'hasName' | 'codeOfName' | 'rows' | 'mentions' | 'onlyInRange'>;

export type DescribesCode = (code: number, row: string) => boolean;

/** What the catalogue's descriptions say of a code table's rows (the text after the code). */
export interface RowJudge {
  /** False when the row plainly says something else of the number: another product's table. */
  describes: DescribesCode;
  /** True when the row repeats the catalogue's description: the code's own definition, whatever its punctuation. */
  echoes: DescribesCode;
  /**
   * False when the few words a code is paired with mid-line plainly say something else; looser than describes, since
   * they are often a user's own words for the code. Without it, describes judges them.
   */
  allows?: DescribesCode;
}

/**
 * The answers of each membership test, remembered: a catalogue's test may walk its ranges, and a log repeats
 * the same few numbers (pids, ports, codes) on every line. Bounded, so a log of all-different numbers cannot grow it.
 */
const knownMemos = new WeakMap<IsKnownCode, Map<number, boolean>>();
const MEMO_LIMIT = 1 << 16;
let lastTest: IsKnownCode | undefined;
let lastMemoized: IsKnownCode | undefined;
function memoized(isKnown: IsKnownCode): IsKnownCode {
  if (isKnown === lastTest) return lastMemoized as IsKnownCode;
  let memo = knownMemos.get(isKnown);
  if (!memo) knownMemos.set(isKnown, (memo = new Map()));
  const answers = memo;
  lastTest = isKnown;
  return (lastMemoized = (code) => {
    let known = answers.get(code);
    if (known === undefined) {
      known = isKnown(code);
      // Full, it stops learning rather than starting over: a log of all-different numbers (every row of a table
      // numbered) would otherwise fill and clear it again and again, garbage that kept the heap large.
      if (answers.size < MEMO_LIMIT) answers.set(code, known);
    }
    return known;
  });
}

/**
 * The most codes one line reports. No real line comes near (the crowded benchmark's JSON lines hold 25,000); a line of
 * a mebibyte of known codes and spaces holds about 210,000, whose findings alone took scan's peak memory past 100 MiB.
 */
export const MAX_FINDINGS_PER_LINE = 50_000;

export function findCodesInLine(
  line: string,
  isKnownCode: IsKnownCode,
  mode: ScanMode = 'default',
  catalogue: LineContext = {},
): Finding[] {
  line = blankColourSequences(line);
  const { hasName: isKnownName, rows, codeOfName, mentions, onlyInRange } = catalogue;
  const findings: Finding[] = [];
  let isKnown = isKnownCode;
  const facts = new LineFacts(line);
  const n = line.length;
  /** Where the last keyed code ended, so that 和9520 / 、6208 / /40004 after it continue the list. */
  let listEnd = -1;
  let listStrong = false;

  let i = 0;
  while (i < n && findings.length < MAX_FINDINGS_PER_LINE) {
    // The next run of three digits or more (shorter runs are never codes). Each run is found once, left to right:
    // linear in the line.
    const digitsStart = nextDigitRun(line, i);
    if (digitsStart < 0) break;
    const digitsEnd = digitRunEnd(line, digitsStart);
    i = digitsEnd;
    const length = digitsEnd - digitsStart;
    // Longer than any code (a SDKAppID, a timestamp in ms, a message id): never a code. Nor is a number padded with a
    // zero (08006, SQLSTATE's connection failure; 02000, an octal flag): Tencent never writes its codes so.
    if (length > 6 || !endsCleanly(line, digitsEnd) || codeDigitValue(line.charCodeAt(digitsStart)) === 0) continue;
    let otherDigits = false;
    let value = 0;
    for (let k = digitsStart; k < digitsEnd; k++) {
      const c = line.charCodeAt(k);
      if (c > 57) otherDigits = true;
      value = value * 10 + codeDigitValue(c);
    }
    // Bounds first: a read before the line's start gives NaN, which is right but makes V8 drop its optimized code.
    const signed = digitsStart >= 1 && isMinusSign(line.charCodeAt(digitsStart - 1)) && (digitsStart < 2 || !isCodeDigit(line.charCodeAt(digitsStart - 2)));
    const numberStart = signed ? digitsStart - 1 : digitsStart;
    const code = signed ? -value : value;
    if (code === 0) continue;

    // A Chinese list continues: 报9519和9520错误.
    if (listEnd >= 0 && continuesList(line, numberStart, listEnd)) {
      // A year, a date or a count ends the list (6014、2024年, 6014/2024/11/26, 6014 / 2000 ms): 2022 to 2025 and 1001
      // to 1005 are codes too, so being known says nothing here.
      if (unitAfter(line, digitsEnd) || datePartAfter(line, digitsEnd)) {
        listEnd = -1;
        continue;
      }
      // The block every product opens with is Tencent's only on a line that says so, in a list as anywhere (报9519和1001错误).
      const listed = isKnownCode(code) ? !isSharedFirstCode(code) || facts.namesTencent() : listStrong && facts.unknownVouched(code);
      if (listed) findings.push({ code, column: numberStart + 1, match: line.slice(numberStart, digitsEnd) });
      listEnd = digitsEnd;
      continue;
    }
    listEnd = -1;

    if (isKnown === isKnownCode) isKnown = memoized(isKnownCode);
    // Neither known nor shaped like a Tencent code (a 3-digit millisecond count): no rule below can report it.
    // Asked once per number: the memo's lookup is a hash of the number, and the rules below ask again and again.
    const known = isKnown(code);
    if (!known && !looksLikeTencentCode(code)) continue;
    if (known && isSharedFirstCode(code) && !facts.namesTencent() && !ownTableRow(line, numberStart, digitsEnd, code, rows)) continue;

    const key = keyBefore(line, numberStart, facts);
    if (key.kind === 'foreign') continue;
    // A constant and its value, as SDK headers and enum docs give them: ERR_SDK_INTERFACE_NOT_SUPPORT = 7013.
    if (mode !== 'strict' && isKnownName && known && namedByConstant(line, numberStart, isKnownName)) {
      findings.push({ code, column: numberStart + 1, match: line.slice(numberStart, digitsEnd) });
      continue;
    }
    // A Chinese key after the number: 新增8003错误码, 返回6006错误码, 您好，6707，表示….
    const keyAfterEnd = key.kind === 'none' && !otherDigits ? keyAfter(line, digitsEnd) : -1;
    if (keyAfterEnd >= 0 && !gluedBefore(line, numberStart)) {
      if ((known || (!facts.namesWeChat() && facts.unknownVouched(code))) && !facts.foreignFor(code, mentions)) {
        findings.push({ code, column: numberStart + 1, match: line.slice(numberStart, keyAfterEnd) });
      }
      continue;
    }
    // Full-width and Arabic-script digits count after the keys the prefilter knows: ASCII keys and the strong Chinese ones.
    if (otherDigits && key.kind === 'cjk' && !key.strong) continue;
    // WeChat's reply ({"errcode":40001,"errmsg":"invalid credential"}) numbers WeChat's errors, known to us or not,
    // unless what follows repeats what the catalogue says of the code (so past here, such a key holds a known code).
    if (key.kind === 'ascii' && key.weChat && facts.mentionsWeChatMessage()) {
      if (!(rows && known && rows.echoes(code, rowAfter(line, digitsEnd)))) continue;
    }
    if (key.kind === 'ascii' || key.kind === 'cjk') {
      // A number of the webhook's range counts after a code's own key (code:, ErrorCode, 错误码), not after a failure
      // word or a weak key: login failed 123456 and 报错 123456 hold a placeholder or an id far more often.
      if (known && !key.strong && mode !== 'loose' && onlyInRange?.(code)) continue;
      // Quantities: "error 7008 ms", 返回1000条消息. A strong key with a separator mark (code: 7008) is trusted.
      const trusted = key.kind === 'ascii' && key.strong && key.marked;
      // A log prefix's process id after its level word (ERROR 6014 --- [main], [error] 6014#6014:) is no code either.
      if (!trusted && (unitAfter(line, digitsEnd) || isProcessId(line, numberStart, digitsEnd))) continue;
      // "failed 6013" is a failure word beside a number, not a key: strict mode wants real keys.
      if (mode === 'strict' && key.kind === 'ascii' && !key.strong && !key.marked) continue;
      // Whether the key vouches for an unknown code is asked only where it counts (a known code needs none), so most
      // keyed lines never run the line-wide WeChat and failure-word patterns (keyVouches).
      if ((known || (keyVouches(key, line, digitsEnd, mode, facts) && facts.unknownVouched(code))) && !facts.foreignFor(code, mentions)) {
        // An app's own API reply ({"code":1003,"message":"签名或时间戳缺失","data":null}) numbers its own errors; it
        // passes a Tencent code on only with Tencent's words for it ({"code":40003,"msg":"Err_Profile_Invalid_Account",…}).
        if (opensAppEnvelope(line, key.start, facts) && !(rows && known && facts.envelopeEchoes(code, rows))) continue;
        // A record's own message about something else ({code: 2000, message: "缺少必要参数"}, errorcode: 10017,
        // errormessage: sdk error. please contact user support.) is another product's, on a line that names no Tencent
        // product: Tencent's SDKs and REST replies word their messages freely, and their lines say whose they are.
        // So does the message a Chinese key's code is given (返回错误码60011，提示没有权限: WeCom's 60011, not the frequency limit).
        if (rows && known && ((key.kind === 'ascii' && facts.messageDisowns(code, rows)) || facts.messageAfterDisowns(code, rows, digitsEnd))) continue;
        findings.push({ code, column: key.start + 1, match: line.slice(key.start, digitsEnd) });
        // A list goes on after the code: 报9519和9520错误, and after an ASCII key too (error code 30004/40004), where
        // only known codes continue it (code: 6014/2020 is no list of codes).
        listEnd = digitsEnd;
        listStrong = key.kind === 'cjk' && keyVouches(key, line, digitsEnd, mode, facts);
      }
      continue;
    }
    if (otherDigits) continue; // full-width and Arabic-script digits count only in a keyed position

    const platform = facts.mentionsPlatformException() ? platformExceptionBefore(line, numberStart, digitsEnd) : -1;
    if (platform >= 0) {
      // PlatformException(6022, , ): Tencent's Flutter plugins always pass the error's text on; other plugins (JPush's)
      // often pass none, so an empty message is taken only in loose mode. After a name (PlatformException(Sdk_Not_Login,
      // 6014, , null)) the number is the message itself, and what follows it is the details.
      const argsStart = platform + PLATFORM_EXCEPTION.length;
      const firstArgument = spacesStart(line, numberStart, argsStart) === argsStart;
      const vouches = mode === 'loose' || !firstArgument || !emptyMessageAfter(line, digitsEnd);
      if (!vouches || !(known || facts.unknownVouched(code)) || facts.foreignFor(code, mentions)) continue;
      // Its message about something else (PlatformException(10006, sdk not init, null, null), OpenIM's plugin, where
      // Tencent's 10006 is a frequency limit) makes it another plugin's, on a line that names no Tencent product. A message
      // that repeats three of the catalogue's words for the code is its own, whatever else it says (all defined key is
      // invalid, for 10004): how many codes use a word shifts as texts are added, so this does not rest on that alone.
      if (firstArgument && rows && known && facts.platformMessageDisowns(code, rows, digitsEnd)) continue;
      findings.push({ code, column: platform + 1, match: line.slice(platform, digitsEnd) });
      continue;
    }
    if (mode === 'strict' || key.kind === 'other-key' || !known) continue;
    // An app's webhook returns its own codes in a reply's code field. Standing alone by a failure word, a number of that
    // range is an id, a placeholder or a bug number far more often (login failed 123456, Bug 124394 - faillog).
    if (mode === 'default' && onlyInRange?.(code)) continue;
    // Another SDK's constant, its value aligned in a column too far right to read as a key's (see assignedToName). A line
    // that names Tencent ([TIM] lastErrorCode        = …) is no other SDK's table, as foreignProduct() reads it too.
    if (key.kind === 'none' && assignedToName(line, numberStart, isKnownName) && !facts.namesTencent()) continue;
    if (!standsAlone(line, numberStart, digitsEnd)) continue;
    const definition = isDefinitionLine(line, numberStart, digitsEnd);
    // On a line not about failure, a year (the Web SDK's 2000 to 2003 and 2022 to 2025) that opens a line with words and
    // no mark after it, or stands by Chinese, is a date or a copyright's (2002 Joel de Guzman, Copyright (C) 2000 辛立仁):
    // only a table's mark (| 2025 | Repeated login. |) or Tencent's own words after it make it a code's row.
    const dated = isYearShaped(code);
    if (
      mode === 'default' &&
      !facts.aboutFailure() &&
      !(definition && (!dated || markedDefinition(line, digitsEnd))) &&
      !(length >= 4 && !dated && besideChinese(line, numberStart, digitsEnd)) &&
      !(rows && echoedRow(line, numberStart, digitsEnd) && rows.echoes(code, rowAfter(line, digitsEnd)))
    ) {
      continue;
    }
    if (
      namesAThing(line, numberStart) ||
      unitAfter(line, digitsEnd) ||
      isProcessId(line, numberStart, digitsEnd) ||
      isResponseSize(line, numberStart) ||
      (facts.callsTimer() && timerArgument(line, numberStart)) ||
      yearAfterMonth(line, numberStart, digitsEnd) ||
      versionAfter(line, digitsEnd) ||
      (dated && editionYear(line, numberStart)) ||
      facts.foreignFor(code, mentions)
    ) {
      continue;
    }
    // A parameter table's row (| connectTimeout | long | HTTP 连接超时（毫秒） | 3000 |) gives a field's value or default.
    if (facts.parameterRow()) continue;
    // A row of another product's code table (| 90001 | message sign error |) says something else of the number, and so
    // may a bare number followed by its own words (times out 10001 Network timeout error): both are judged as rows.
    if (rows && (definition || startsWithWord(line, digitsEnd)) && !rows.describes(code, rowAfter(line, digitsEnd))) continue;
    if (rows && facts.ownTextDisowns(code, rows, numberStart, digitsEnd)) continue;
    findings.push({ code, column: numberStart + 1, match: line.slice(numberStart, digitsEnd) });
  }
  // A line that names a code only by its constant (case ERR_SDK_NOT_LOGGED_IN:, if (code == ERR_IN_PROGESS)): the name
  // stands for its code. Only where no number was read as a code, so a name beside its value or a neighbour's
  // (TIMErrCode(6013) - ERR_LOADMSG_FAILED on an enum page) adds nothing.
  if (findings.length === 0 && mode !== 'strict' && codeOfName && holdsConstantPrefix(line) && !facts.foreignProduct()) {
    findNamedCodes(line, codeOfName, findings);
    return findings.filter((f) => !facts.credentialDisowns(f.code, mentions));
  }
  return findings;
}

/**
 * Whether a key vouches for a code the catalogue does not know: a strong key with a separator mark (code:6632), or
 * with a space when a log field ends there in a line about failure (Login failed, code 6707|msg; reg push failed, code
 * -10003, msg), or a strong Chinese key; never on a line that names WeChat. The line's facts are each judged once.
 */
function keyVouches(key: KeyContext, line: string, digitsEnd: number, mode: ScanMode, facts: LineFacts): boolean {
  const strong =
    key.kind === 'cjk' ? key.strong : key.strong && (key.marked || (mode !== 'strict' && endsField(line, digitsEnd) && facts.aboutFailure()));
  return strong && !facts.namesWeChat();
}

/**
 * Whether the key at keyStart is `"code"` opening a JSON object that also has a `"data"` field: the reply envelope of
 * an app's or another service's API ({"code":…,"data":…,"message":…}). Tencent's REST replies say ErrorCode and
 * ActionStatus, and its Web SDK's errors serialise as {"message":…,"code":…} with no data field. The data field must
 * follow the key: the Web SDK's TIM.EVENT.ERROR event is {"name":"error","data":{"code":…,"message":…}}, where "data"
 * holds the code's object instead.
 */
function opensAppEnvelope(line: string, keyStart: number, facts: LineFacts): boolean {
  if (!line.startsWith('"code"', keyStart)) return false;
  // `{ "code": …` opens the object as surely as `{"code":…`; the look back is bounded, so a number costs no more.
  let brace = keyStart - 1;
  while (brace >= 0 && keyStart - brace <= MAX_ENVELOPE_PADDING && isSpace(line.charCodeAt(brace))) brace--;
  return brace >= 0 && line.charCodeAt(brace) === 123 && facts.hasDataFieldAfter(keyStart);
}

/** Spaces between an envelope's `{` and its `"code"` key, at most: formatters write one, or an indent. */
const MAX_ENVELOPE_PADDING = 8;
