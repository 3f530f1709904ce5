// Facts about a whole line, each judged at most once: whether it is about failure, names Tencent, WeChat or another product.
import { isLowerAscii, isUpperAscii, isWordChar, WORD_CHAR } from './char-classes.js';
import { looksGeneric, looksLikeTencentCode } from './code-shapes.js';
import { typedCell } from './definition-lines.js';
import type { RowJudge } from './detect.js';
import {
  APP_KEY_CREDENTIAL,
  APP_KEY_WORDS,
  FOREIGN_SDK_OBJECT,
  PLATFORM_EXCEPTION,
  TENCENT_MARKERS,
  WECHAT_MESSAGE_KEY,
  WINSOCK_PREFIX,
} from './grammar.js';
import { envelopeMessage, messageAfter, messageField, ownText } from './line-messages.js';
import { argumentsAfter } from './platform-exception.js';
import {
  alternation,
  APP_KEY_HASHES,
  CREDENTIAL_WORDS,
  FAILURE_LINE,
  FOREIGN_CJK,
  FOREIGN_OR_CREDENTIAL_HASHES,
  FOREIGN_WORDS,
  hasForeignConstant,
  isAppKeyJoin,
  LONGEST_LISTED_WORD,
  TIMER_LINE,
  WECHAT_LINE,
} from './word-tables.js';

/**
 * Whether the line names another product, noting on the way the other platforms' credentials it names
 * (FOREIGN_CREDENTIALS, lower-cased, into `credentials`): one pass over its words, no regular expression over the
 * whole line. It stops at the first product, whose line needs no credential to be another's.
 */
function namesForeignProduct(line: string, credentials: string[]): boolean {
  let chinese = false;
  // Each word's hash is built as the word is walked, so a word costs one look at each character and one set lookup.
  let h = 0x811c9dc5;
  let start = 0;
  // Where the last word `app` ended (App Key, app-key: the app key written as two words), or -2.
  let appEnd = -2;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (c < 128 && WORD_CHAR[c] === 1) {
      h = Math.imul(h ^ (c | 0x20), 0x01000193);
      continue;
    }
    if (c > 0x2e80) chinese = true;
    const length = i - start;
    const hash = h >>> 0;
    // Windows Sockets' own names (WSAGetLastError, WSAECONNRESET) and OpenIM's SDK object (IMSDK.login): as written, in capitals.
    if (length > WINSOCK_PREFIX.length && line.charCodeAt(start) === 87 && isUpperAscii(line.charCodeAt(start + WINSOCK_PREFIX.length)) && line.startsWith(WINSOCK_PREFIX, start)) return true;
    if (length === FOREIGN_SDK_OBJECT.length && isForeignSdkObject(line, start, i)) return true;
    if (length >= 3 && length <= LONGEST_LISTED_WORD && FOREIGN_OR_CREDENTIAL_HASHES.has(hash)) {
      const word = line.slice(start, i).toLowerCase();
      if (FOREIGN_WORDS.has(word)) return true;
      if (CREDENTIAL_WORDS.has(word) && !credentials.includes(word)) credentials.push(word);
    }
    if (length === 3 && hash === APP_KEY_HASHES[1] && appEnd === start - 1 && isAppKeyJoin(line.charCodeAt(appEnd)) && line.slice(start, i).toLowerCase() === APP_KEY_WORDS[1]) {
      if (!credentials.includes(APP_KEY_CREDENTIAL)) credentials.push(APP_KEY_CREDENTIAL);
    }
    appEnd = length === 3 && hash === APP_KEY_HASHES[0] && line.slice(start, i).toLowerCase() === APP_KEY_WORDS[0] ? i : -2;
    h = 0x811c9dc5;
    start = i + 1;
  }
  // LiteAV's event constants (PLAY_WARNING_RECONNECT), looked for from one `_` to the next rather than word by word.
  return (chinese && FOREIGN_CJK.some((w) => line.includes(w))) || hasForeignConstant(line);
}
const TENCENT_LINE = new RegExp(`(?<![A-Za-z])(?:${alternation(TENCENT_MARKERS)})`, 'i');
/** The same markers, to walk from one to the next on the few lines that call OpenIM's IMSDK object. */
const TENCENT_MARKER = new RegExp(TENCENT_LINE.source, 'gi');
const FOREIGN_SDK_CALL = `${FOREIGN_SDK_OBJECT}.`;
/** Whether line[start, end) is OpenIM's SDK object with a method called on it (IMSDK.login): see FOREIGN_SDK_OBJECT. */
const isForeignSdkObject = (line: string, start: number, end: number) =>
  end - start === FOREIGN_SDK_OBJECT.length && line.charCodeAt(end) === 46 && isLowerAscii(line.charCodeAt(end + 1)) && line.startsWith(FOREIGN_SDK_OBJECT, start);
/**
 * Whether the line names Tencent by one of TENCENT_MARKERS, not counting OpenIM's IMSDK object (IMSDK.deleteMessage()),
 * whose name is one of them in other capitals. Only a line that calls that object is walked marker by marker: each
 * exec() starts where the last one ended, so the walk is linear.
 */
function hasTencentMarker(line: string): boolean {
  if (!TENCENT_LINE.test(line)) return false;
  if (!line.includes(FOREIGN_SDK_CALL)) return true;
  TENCENT_MARKER.lastIndex = 0;
  for (let m = TENCENT_MARKER.exec(line); m !== null; m = TENCENT_MARKER.exec(line)) {
    if (!isForeignSdkObject(line, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
/**
 * The SDK's own prefix, in capitals: TIM:, TIMManager, TIM.js (but not "timeout"). What /(?<![A-Za-z0-9_])TIM(?![a-z])/
 * says, by indexOf() from one `TIM` to the next, with no match object per line. Each occurrence is looked at once:
 * linear.
 */
function hasTimPrefix(line: string): boolean {
  for (let at = line.indexOf('TIM'); at >= 0; at = line.indexOf('TIM', at + 1)) {
    if (at > 0 && isWordChar(line.charCodeAt(at - 1))) continue;
    if (at + 3 < line.length && isLowerAscii(line.charCodeAt(at + 3))) continue;
    return true;
  }
  return false;
}

/** Per-line facts computed at most once, when the first number needs them. */
export class LineFacts {
  private failure: boolean | undefined;
  private foreign: boolean | undefined;
  private platform: boolean | undefined;
  constructor(private readonly line: string) {}
  aboutFailure(): boolean {
    return (this.failure ??= FAILURE_LINE.test(this.line));
  }
  private timer: boolean | undefined;
  /** The line names a timer call (TIMER_CALLS), whose arguments may be delays. */
  callsTimer(): boolean {
    return (this.timer ??= TIMER_LINE.test(this.line));
  }
  private weChatMessage: boolean | undefined;
  mentionsWeChatMessage(): boolean {
    return (this.weChatMessage ??= this.line.includes(WECHAT_MESSAGE_KEY));
  }
  private weChat: boolean | undefined;
  /** The line names WeChat, so a key on it may hold WeChat's numbering: keys vouch for known codes only. */
  namesWeChat(): boolean {
    return (this.weChat ??= WECHAT_LINE.test(this.line));
  }
  mentionsPlatformException(): boolean {
    return (this.platform ??= this.line.includes(PLATFORM_EXCEPTION));
  }
  /** The other platforms' credentials the line names, as the walk for foreignProduct() found them; none on a Tencent line. */
  private credentials: string[] | undefined;
  foreignProduct(): boolean {
    return (this.foreign ??= !this.namesTencent() && namesForeignProduct(this.line, (this.credentials = [])));
  }
  private credentialDisowned: Map<number, boolean> | undefined;
  /**
   * Whether the line names another platform's credential (FOREIGN_CREDENTIALS) that the catalogue never uses for this
   * code, on a line that names neither Tencent nor another product (foreignProduct() answers for those): judged once
   * per code and line.
   */
  credentialDisowns(code: number, mentions: ((code: number, word: string) => boolean) | undefined): boolean {
    if (this.foreignProduct()) return false;
    const words = this.credentials;
    if (words === undefined || words.length === 0) return false;
    return verdictOnce((this.credentialDisowned ??= new Map()), code, () => !words.some((word) => mentions?.(code, word)));
  }
  /** Whether the code is another product's by what the line names: the product itself, or its credentials. */
  foreignFor(code: number, mentions: ((code: number, word: string) => boolean) | undefined): boolean {
    return this.foreignProduct() || this.credentialDisowns(code, mentions);
  }
  private tencent: boolean | undefined;
  /** The line names Tencent's product or its SDK (TIM:, imsdk, TUIKit, 腾讯, ActionStatus). */
  namesTencent(): boolean {
    return (this.tencent ??= hasTimPrefix(this.line) || hasTencentMarker(this.line));
  }
  /**
   * Whether a key may vouch for a number the catalogue does not know: it must be shaped like Tencent's codes, and a
   * generic one (1020, 2200, 3200) only on a line that names Tencent, since any product's keys hold such numbers.
   */
  unknownVouched(code: number): boolean {
    return looksLikeTencentCode(code) && (!looksGeneric(code) || this.namesTencent());
  }
  private recordMessage: string | undefined;
  private disowned: Map<number, boolean> | undefined;
  /**
   * Whether the line's message field (message, msg, errMsg, reason, desc…) says enough to judge and is about other
   * codes than this one (RowJudge.describes), on a line that does not name Tencent: judged once per code and line.
   */
  messageDisowns(code: number, rows: RowJudge): boolean {
    if (this.namesTencent()) return false;
    const message = (this.recordMessage ??= messageField(this.line));
    return message !== '' && verdictOnce((this.disowned ??= new Map()), code, () => !rows.describes(code, message));
  }
  private adjacentDisowned: Map<number, boolean> | undefined;
  /**
   * Whether the message right after the code (messageAfter) says enough and is about other codes, on a line that does
   * not name Tencent: judged once per code and line (pairedTextDisowns).
   */
  messageAfterDisowns(code: number, rows: RowJudge, digitsEnd: number): boolean {
    if (this.namesTencent()) return false;
    return pairedTextDisowns((this.adjacentDisowned ??= new Map()), code, () => messageAfter(this.line, digitsEnd), (text) => rows.describes(code, text));
  }
  private ownTextDisowned: Map<number, boolean> | undefined;
  /**
   * Whether the text a standalone code is paired with (ownText) plainly says something else (RowJudge.allows), on a
   * line that does not name Tencent: judged once per code and line (pairedTextDisowns).
   */
  ownTextDisowns(code: number, rows: RowJudge, numberStart: number, digitsEnd: number): boolean {
    if (this.namesTencent()) return false;
    const fits = (text: string) => rows.allows?.(code, text) ?? rows.describes(code, text);
    return pairedTextDisowns((this.ownTextDisowned ??= new Map()), code, () => ownText(this.line, numberStart, digitsEnd), fits);
  }
  private platformDisowned: Map<number, boolean> | undefined;
  /**
   * Whether the PlatformException whose code ends at digitsEnd carries a message about other codes (see findCodesInLine),
   * on a line that does not name Tencent: judged once per code and line, by its first such call, so a crafted line of
   * thousands of calls with all-different messages costs a judgement per code, not per call.
   */
  platformMessageDisowns(code: number, rows: RowJudge, digitsEnd: number): boolean {
    if (this.namesTencent()) return false;
    return verdictOnce((this.platformDisowned ??= new Map()), code, () => {
      const message = argumentsAfter(this.line, digitsEnd);
      return !rows.describes(code, message) && !rows.echoes(code, message);
    });
  }
  private parameters: boolean | undefined;
  /** Whether the line is a row of a parameter table: a cell holds only a type name (see typedCell). */
  parameterRow(): boolean {
    return (this.parameters ??= typedCell(this.line));
  }
  // Once per line, however many envelopes it holds: a line of ten thousand {"code":… must not be read ten thousand times.
  private dataField: number | undefined;
  /** Whether a `"data":` field comes after `from`: one in front holds the code's object ({"name":"error","data":{"code":…). */
  hasDataFieldAfter(from: number): boolean {
    return (this.dataField ??= this.line.lastIndexOf('"data":')) > from;
  }
  private message: string | undefined;
  private echoed: Map<number, boolean> | undefined;
  /** Whether the envelope's message repeats what the catalogue says of the code, judged once per code and line. */
  envelopeEchoes(code: number, rows: RowJudge): boolean {
    return verdictOnce((this.echoed ??= new Map()), code, () => rows.echoes(code, (this.message ??= envelopeMessage(this.line))));
  }
}

/**
 * Whether the text paired with a code disowns it, judged at its first occurrence that has such a text and then
 * remembered for the line: one describes() per code and line, however many pairs a crafted line holds. An occurrence
 * without a text decides nothing, so `code 1001` before `code 1001, msg appid is invalid` does not hide the message.
 */
function pairedTextDisowns(memo: Map<number, boolean>, code: number, textOf: () => string, fits: (text: string) => boolean): boolean {
  const known = memo.get(code);
  if (known !== undefined) return known;
  const text = textOf();
  if (text === '') return false;
  const verdict = !fits(text);
  memo.set(code, verdict);
  return verdict;
}

/** A line's verdict on a code, judged once: a line of a thousand records asks of the same few codes again and again. */
function verdictOnce(memo: Map<number, boolean>, code: number, judge: () => boolean): boolean {
  let verdict = memo.get(code);
  if (verdict === undefined) memo.set(code, (verdict = judge()));
  return verdict;
}
