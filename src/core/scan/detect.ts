// Finds the error codes a person would point at in one log line, and not the timestamps, ids, versions or ports around them.
//
// One pass, left to right, over the line's numbers. Each number is judged by looking a bounded distance to its
// left (a key, its separators, an id word) and right (a unit, a glued character), so the work is linear in the
// line's length whatever it holds. No regular expression here runs over more than a fixed window of the line,
// except whole-line word tests that are single alternations of literals.
import { FULLWIDTH_ZERO, isCodeDigit, isMinusSign } from '../code-chars.js';
import { isXlogField } from './xlog.js';
import {
  APP_KEY_CREDENTIAL,
  APP_KEY_WORDS,
  ARGUMENT_MARK,
  CODE_TABLE_MARKS,
  CJK_ID_WORDS,
  CJK_KEY_CONTEXT_FILLERS,
  CJK_KEYS_AFTER,
  CJK_LIST_JOINERS,
  CJK_UNIT_WORDS,
  CONSTANT_NAME_PREFIXES,
  DEFINITION_LEADERS,
  DEFINITION_MARKS,
  DEFINITION_MARKS_AFTER_SPACE,
  FAILURE_WORDS,
  FOREIGN_CJK_KEY_CONTEXT,
  FOREIGN_CREDENTIALS,
  FOREIGN_FEATURES,
  FOREIGN_FIELDS,
  FOREIGN_FOUR_DIGIT_BLOCKS,
  FOREIGN_KEY_CONTEXT,
  FOREIGN_PRODUCTS,
  FOREIGN_SDK_OBJECT,
  GENERIC_OFFSET,
  GENERIC_ROUND,
  GLUED_AFTER,
  GLUED_BEFORE,
  ID_WORDS,
  KEY_AFTER_SEPARATORS,
  KEY_MARKS,
  KEY_QUOTES,
  MAX_SEPARATOR_RUN,
  PLATFORM_EXCEPTION,
  SHARED_FIRST_CODES,
  STRONG_CJK_KEYS,
  STRONG_KEYS,
  TENCENT_CODE_RANGES,
  TENCENT_MARKERS,
  TYPE_CELL_WORDS,
  UNIT_WORDS,
  WEAK_CJK_KEYS,
  WEAK_KEYS,
  WECHAT_CODE_KEY,
  WECHAT_MESSAGE_KEY,
  WECHAT_NAMES,
  WINSOCK_PREFIX,
} from './grammar.js';
import { MAX_ROW_CHARS } from './row-agreement.js';

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
}

/** What the detector asks the catalogue beyond whether a number is a code (KnownCodes has all of it). */
export type LineContext = Pick<KnownCodes, 'hasName' | 'codeOfName' | 'rows' | 'mentions'>;

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

// ---- tables built from the grammar ----

/** A hash of a word's ASCII letters, digits, `_` and `-` ignoring case: a word is sliced only when its hash matches. */
function lowerHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return h >>> 0;
}
const hashesOf = (words: Iterable<string>) => new Set([...words].map((w) => lowerHash(w, 0, w.length)));

/** Every spelling of a key: `err~code` gives errcode, err_code and err-code. */
function spellings(key: string): string[] {
  return key.split('~').reduce<string[]>((acc, part, i) => (i === 0 ? [part] : acc.flatMap((s) => [s + part, `${s}_${part}`, `${s}-${part}`])), []);
}
const STRONG_KEY_SET = new Set(STRONG_KEYS.flatMap(spellings));
const WEAK_KEY_SET = new Set(WEAK_KEYS.flatMap(spellings));
const LONGEST_KEY = Math.max(...[...STRONG_KEY_SET, ...WEAK_KEY_SET].map((k) => k.length));
const KEY_HASHES = hashesOf([...STRONG_KEY_SET, ...WEAK_KEY_SET]);
/** The key word (strong or weak) that line[k, j) is, lower-cased, or '': sliced only when its hash may be one. */
const keyWordAt = (line: string, k: number, j: number): string =>
  j - k <= LONGEST_KEY && KEY_HASHES.has(lowerHash(line, k, j)) ? line.slice(k, j).toLowerCase() : '';
/** Longest first, so 报错码 wins over 报错 and 报. */
const byLengthDown = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
/** Words grouped by one of their characters, longest first, so a position costs one map lookup. */
function indexBy(words: readonly string[], at: (word: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of byLengthDown(words)) index.set(at(word), [...(index.get(at(word)) ?? []), word]);
  return index;
}
const lastChar = (word: string) => word[word.length - 1] as string;
const firstChar = (word: string) => word[0] as string;
const CJK_KEYS_BY_LAST = indexBy([...STRONG_CJK_KEYS, ...WEAK_CJK_KEYS], lastChar);
const STRONG_CJK_KEY_SET = new Set<string>(STRONG_CJK_KEYS);
const ID_WORD_SET = new Set<string>(ID_WORDS);
const UNIT_SET = new Set<string>(UNIT_WORDS);
const CJK_UNITS_BY_FIRST = indexBy(CJK_UNIT_WORDS, firstChar);
const CJK_ID_BY_LAST = indexBy(CJK_ID_WORDS, lastChar);
const JOINERS = new Set<string>(CJK_LIST_JOINERS);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => byLengthDown(words).map(escape).join('|');
/** A line about failure: one alternation of literals, linear in the line. */
const FAILURE_LINE = new RegExp(alternation(FAILURE_WORDS), 'i');
/** A line that names WeChat, whose numbering overlaps Tencent's: one alternation of literals. */
const WECHAT_LINE = new RegExp(alternation(WECHAT_NAMES), 'i');
/** Other products' names: ASCII ones are looked up word by word, Chinese ones searched for in lines with Chinese. */
const FOREIGN_WORDS = new Set([...FOREIGN_PRODUCTS, ...FOREIGN_FIELDS, ...FOREIGN_FEATURES].filter((w) => /^[\x00-\x7f]+$/.test(w)).map((w) => w.toLowerCase()));
const FOREIGN_CJK = [...FOREIGN_PRODUCTS, ...FOREIGN_FEATURES].filter((w) => !/^[\x00-\x7f]+$/.test(w));
const LONGEST_FOREIGN_WORD = Math.max(...[...FOREIGN_WORDS].map((w) => w.length));
const FOREIGN_HASHES = hashesOf(FOREIGN_WORDS);

const CREDENTIAL_WORDS = new Set<string>(FOREIGN_CREDENTIALS);
/** One hash set for both lists: a word's hash is looked up once, and sliced only when it may be one of them. */
const FOREIGN_OR_CREDENTIAL_HASHES = new Set([...FOREIGN_HASHES, ...hashesOf(CREDENTIAL_WORDS)]);
const LONGEST_LISTED_WORD = Math.max(LONGEST_FOREIGN_WORD, ...FOREIGN_CREDENTIALS.map((w) => w.length));
/** The hashes of the app key's two words (lowerHash), so the walk slices a word of three letters only when it may be one. */
const APP_KEY_HASHES = APP_KEY_WORDS.map((w) => lowerHash(w, 0, w.length));
/** One space or `-` between the app key's words: App Key, app-key. */
const isAppKeyJoin = (c: number) => c === 32 || c === 45;

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
  return chinese && FOREIGN_CJK.some((w) => line.includes(w));
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
const FOREIGN_KEY_SET = new Set(FOREIGN_KEY_CONTEXT.map((w) => w.toLowerCase()));
const LONGEST_FOREIGN_KEY_WORD = Math.max(...FOREIGN_KEY_CONTEXT.map((w) => w.length));
/** Their hashes (lowerHash): a word before a key is sliced and lowercased only when its hash is one of these. */
const FOREIGN_KEY_HASHES = hashesOf(FOREIGN_KEY_SET);
/** Whether line[start, end) is a word of FOREIGN_KEY_CONTEXT, ignoring case; the hash first, so most words cost no slice. */
const isForeignKeyWord = (line: string, start: number, end: number) =>
  end - start <= LONGEST_FOREIGN_KEY_WORD && FOREIGN_KEY_HASHES.has(lowerHash(line, start, end)) && FOREIGN_KEY_SET.has(line.slice(start, end).toLowerCase());
/**
 * NSError domains, named <prefix>ErrorDomain<...> by Apple's convention (NSURLErrorDomain, kCFErrorDomainCFNetwork)
 * and followed by other SDKs (SINErrorDomainCapability), and CoreFoundation constants. Only the word itself, at
 * most 48 characters, is searched.
 */
const APPLE_DOMAIN = /ErrorDomain|^kCF/i;
/** What APPLE_DOMAIN needs of a word to match at all: 11 characters (ErrorDomain), or 3 from a `k` (kCF). */
const mayBeAppleDomain = (line: string, start: number, end: number) => end - start >= 11 || (end - start >= 3 && (line.charCodeAt(start) | 0x20) === 107);
/** An NSError domain of the Chat SDK itself (Domain=com.tencent.imsdk) is not foreign. */
const OWN_DOMAIN = /tencent|imsdk|tim|tuikit/i;

const charSet = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
/** ASCII letters, digits and `_`, as a table: the detector asks this of nearly every character. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
const GLUED_BEFORE_SET = charSet(GLUED_BEFORE);
const GLUED_AFTER_SET = charSet(GLUED_AFTER);
const MARK_SET = charSet(KEY_MARKS);
const QUOTE_SET = charSet(KEY_QUOTES);
const ARGUMENT_MARK_CODE = ARGUMENT_MARK.charCodeAt(0);
const DEFINITION_MARK_SET = charSet(DEFINITION_MARKS);
const CODE_TABLE_MARK_SET = charSet(CODE_TABLE_MARKS);
const DEFINITION_MARK_AFTER_SPACE_SET = charSet(DEFINITION_MARKS_AFTER_SPACE);
const DEFINITION_LEADER_SET = charSet(DEFINITION_LEADERS);

// ---- character classes ----

/**
 * Terminal colour and style sequences (ESC [ 31 m), as coloured logs written to a file keep them. Blanked to spaces of
 * the same length, so columns stay those of the line as read: glued to a key (ESC[31mcode=9520) the sequence's `m`
 * made it the word mcode. One run of a bounded class after a literal: linear, as the run stops at the next ESC. A
 * sequence glued to a number or its sign stays: the prefilter (wasm/line-prefilter.c) reads bytes as they are and
 * would not pass that line on, and the detector must find nothing it does not.
 */
const COLOUR_SEQUENCE = /\x1b\[[0-9;]{0,32}m(?![0-9\-\u2212\uff0d\uff10-\uff19])/g;
const blankColourSequences = (line: string) => (line.includes('\x1b') ? line.replace(COLOUR_SEQUENCE, (seq) => ' '.repeat(seq.length)) : line);
/**
 * Where the next run of at least three digits, ASCII or full-width, starts at or after `from` (every code but 0 has
 * three or more), or -1. A walk of character codes, not a global regular expression's exec(): that allocated a match
 * array per number, and a line of a log prefix holds several (its date, time, pid and tid). Each character is looked
 * at once: linear in the line.
 */
function nextDigitRun(line: string, from: number): number {
  const n = line.length;
  let i = from;
  while (i < n) {
    if (!isCodeDigit(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i = digitRunEnd(line, i);
    if (i - start >= 3) return start;
  }
  return -1;
}
/** Where the run of digits, ASCII or full-width, that starts at `start` ends. */
function digitRunEnd(line: string, start: number): number {
  let i = start;
  while (i < line.length && isCodeDigit(line.charCodeAt(i))) i++;
  return i;
}
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9) return c - FULLWIDTH_ZERO;
  return -1;
}
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || isAsciiDigit(c) || c === 95;
/** Identifier characters of a key: letters, digits, `_` and `-` (error_code, err-id). */
const isKeyChar = (c: number) => isWordChar(c) || c === 45;
/** Whitespace as `\s` reads it, including the ideographic space and no-break space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}
/** ASCII key separators as a table: 1 a space, 2 a mark, 3 a quote. */
const ASCII_SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SEPARATOR[c] = isSpace(c) ? 1 : MARK_SET.has(c) ? 2 : QUOTE_SET.has(c) ? 3 : 0;
const isKeySeparator = (c: number) => (c < 128 ? ASCII_SEPARATOR[c] !== 0 : isSpace(c) || MARK_SET.has(c));

/**
 * Tencent codes have 4 to 6 digits, or are negative with 3 or 5 (-302, -10003); an unknown keyed number must
 * look like one. Negative 4-digit codes belong to others (NSURLError -1001, -1002, -1009).
 */
function looksLikeTencentCode(code: number): boolean {
  // An index loop: for…of with destructuring cost an iterator per number.
  for (let r = 0; r < TENCENT_CODE_RANGES.length; r++) {
    const range = TENCENT_CODE_RANGES[r] as readonly [number, number];
    if (code >= range[0] && code <= range[1]) return true;
  }
  return false;
}

/**
 * Whether a number of four digits or more is one many products use (see GENERIC_OFFSET and FOREIGN_FOUR_DIGIT_BLOCKS):
 * 1001, 2001, 10004, 3200, and web WeChat's 1101.
 * Digits are counted, not logarithms taken, so that the base is exact: 10000 is its own base, not 9999.9's.
 */
function looksGeneric(code: number): boolean {
  const value = Math.abs(code);
  // Every three-digit number lies within a hundred of its base: the prior says nothing of Tencent's -302 or -210.
  if (value < 1000) return false;
  if (value % GENERIC_ROUND === 0) return true;
  // A block where Tencent numbers nothing is other products' (web WeChat's Ret 1101): see FOREIGN_FOUR_DIGIT_BLOCKS.
  for (let b = 0; b < FOREIGN_FOUR_DIGIT_BLOCKS.length; b++) {
    const block = FOREIGN_FOUR_DIGIT_BLOCKS[b] as readonly [number, number];
    if (code >= block[0] && code <= block[1]) return true;
  }
  let base = 1;
  while (base * 10 <= value) base *= 10;
  return value % base < GENERIC_OFFSET;
}

// ---- the detector ----

/** What the left side of a number says it is. */
interface KeyContext {
  kind: 'none' | 'ascii' | 'cjk' | 'other-key' | 'foreign';
  strong: boolean;
  /** Whether a real separator mark (`:`, `=`, `：`) stands between key and number. */
  marked: boolean;
  /** Where the reported match starts (the key, or its opening quote). */
  start: number;
  /** The key is WeChat's lower-case `errcode`: with `errmsg` on the line, it vouches for known codes only. */
  weChat: boolean;
}

/** Per-line facts computed at most once, when the first number needs them. */
class LineFacts {
  private failure: boolean | undefined;
  private foreign: boolean | undefined;
  private platform: boolean | undefined;
  constructor(private readonly line: string) {}
  aboutFailure(): boolean {
    return (this.failure ??= FAILURE_LINE.test(this.line));
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

export function findCodesInLine(
  line: string,
  isKnownCode: IsKnownCode,
  mode: ScanMode = 'default',
  catalogue: LineContext = {},
): Finding[] {
  line = blankColourSequences(line);
  const { hasName: isKnownName, rows, codeOfName, mentions } = catalogue;
  const findings: Finding[] = [];
  let isKnown = isKnownCode;
  const facts = new LineFacts(line);
  const n = line.length;
  /** Where the last keyed code ended, so that 和9520 / 、6208 / /40004 after it continue the list. */
  let listEnd = -1;
  let listStrong = false;

  let i = 0;
  while (i < n) {
    // The next run of three digits or more (shorter runs are never codes). Each run is found once, left to right:
    // linear in the line.
    const digitsStart = nextDigitRun(line, i);
    if (digitsStart < 0) break;
    const digitsEnd = digitRunEnd(line, digitsStart);
    i = digitsEnd;
    const length = digitsEnd - digitsStart;
    // Longer than any code (a SDKAppID, a timestamp in ms, a message id): never a code.
    if (length > 6 || !endsCleanly(line, digitsEnd)) continue;
    let fullWidth = false;
    let value = 0;
    for (let k = digitsStart; k < digitsEnd; k++) {
      const c = line.charCodeAt(k);
      if (c >= FULLWIDTH_ZERO) fullWidth = true;
      value = value * 10 + digitValue(c);
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
    const keyAfterEnd = key.kind === 'none' && !fullWidth ? keyAfter(line, digitsEnd) : -1;
    if (keyAfterEnd >= 0 && !gluedBefore(line, numberStart)) {
      if ((known || (!facts.namesWeChat() && facts.unknownVouched(code))) && !facts.foreignFor(code, mentions)) {
        findings.push({ code, column: numberStart + 1, match: line.slice(numberStart, keyAfterEnd) });
      }
      continue;
    }
    // Full-width digits count after the keys the prefilter knows: ASCII keys and the strong Chinese ones.
    if (fullWidth && key.kind === 'cjk' && !key.strong) continue;
    // WeChat's reply ({"errcode":40001,"errmsg":"invalid credential"}) numbers WeChat's errors, known to us or not,
    // unless what follows repeats what the catalogue says of the code (so past here, such a key holds a known code).
    if (key.kind === 'ascii' && key.weChat && facts.mentionsWeChatMessage()) {
      if (!(rows && known && rows.echoes(code, rowAfter(line, digitsEnd)))) continue;
    }
    if (key.kind === 'ascii' || key.kind === 'cjk') {
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
        if (key.kind === 'ascii' && rows && known && (facts.messageDisowns(code, rows) || facts.messageAfterDisowns(code, rows, digitsEnd))) continue;
        findings.push({ code, column: key.start + 1, match: line.slice(key.start, digitsEnd) });
        // A list goes on after the code: 报9519和9520错误, and after an ASCII key too (error code 30004/40004), where
        // only known codes continue it (code: 6014/2020 is no list of codes).
        listEnd = digitsEnd;
        listStrong = key.kind === 'cjk' && keyVouches(key, line, digitsEnd, mode, facts);
      }
      continue;
    }
    if (fullWidth) continue; // full-width digits count only in a keyed position

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
    // Another SDK's constant, its value aligned in a column too far right to read as a key's (see assignedToName). A line
    // that names Tencent ([TIM] lastErrorCode        = …) is no other SDK's table, as foreignProduct() reads it too.
    if (key.kind === 'none' && assignedToName(line, numberStart, isKnownName) && !facts.namesTencent()) continue;
    if (!standsAlone(line, numberStart, digitsEnd)) continue;
    const definition = isDefinitionLine(line, numberStart, digitsEnd);
    if (
      mode === 'default' &&
      !facts.aboutFailure() &&
      !definition &&
      !(length >= 4 && besideChinese(line, numberStart, digitsEnd)) &&
      !(rows && echoedRow(line, numberStart, digitsEnd) && rows.echoes(code, rowAfter(line, digitsEnd)))
    ) {
      continue;
    }
    if (namesAThing(line, numberStart) || unitAfter(line, digitsEnd) || isProcessId(line, numberStart, digitsEnd) || isResponseSize(line, numberStart) || facts.foreignFor(code, mentions)) continue;
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

/**
 * The fields an envelope's text may stand in. `desc` is the Chat SDK's own name for it (onError(code, desc)), and the
 * Flutter SDK's V2TimValueCallback serialises as {"code":…,"desc":…,"data":…}, the envelope's very shape.
 */
const ENVELOPE_MESSAGE_KEYS = ['"message"', '"msg"', '"desc"'] as const;

/**
 * The envelope's message: the first `"message"`, `"msg"` or `"desc"` string value, JSON escapes decoded, at most MAX_ROW_CHARS
 * characters ('' if none). Python's json.dumps and PHP's json_encode write Chinese as \uXXXX by default, and an app
 * relaying Tencent's string through them must still be heard; an escaped quote does not end the string.
 */
function envelopeMessage(line: string): string {
  for (const field of ENVELOPE_MESSAGE_KEYS) {
    const at = line.indexOf(field);
    if (at < 0) continue;
    const colon = spacesEnd(line, at + field.length, line.length);
    if (line.charCodeAt(colon) !== 58) continue;
    const quote = spacesEnd(line, colon + 1, line.length);
    if (line.charCodeAt(quote) !== 34) continue;
    return jsonStringAt(line, quote + 1);
  }
  return '';
}

/**
 * The keys of a record's message, in any case: one alternation of literals, searched once per line. `error_info` is
 * no such key (Tencent Meeting's holds an object), but ErrorInfo is a Tencent REST reply's, on a line that names it.
 */
const MESSAGE_KEY = /errormessage|error_message|errormsg|error_msg|errmsg|message|msg|reason|description|desc/i;

/**
 * The value of the line's first message key (`message: "缺少必要参数"`, `errorMsg=server_error`, `"msg":"…"`), as a
 * row for the row checks: quoted, up to its closing quote; bare, up to `,`, `;`, `|`, `}`, `)` or a Chinese character
 * after Latin text (a user's words after a log's value). At most MAX_ROW_CHARS characters; '' when there is none.
 */
function messageField(line: string): string {
  const found = MESSAGE_KEY.exec(line);
  if (found === null) return '';
  let k = found.index + found[0].length;
  // The key must end there (message, not messages or msgid), and a mark must follow it.
  if (k < line.length && isWordChar(line.charCodeAt(k))) return '';
  if (line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39) k++;
  k = spacesEnd(line, k, k + 4);
  const mark = line.charCodeAt(k);
  if (mark !== 58 && mark !== 61 && mark !== 0xff1a) return '';
  return messageValueAt(line, spacesEnd(line, k + 1, k + 5));
}

/** A message's value from `k`: quoted, up to its closing quote; bare, as messageField() says. */
function messageValueAt(line: string, k: number): string {
  const quote = line.charCodeAt(k);
  const quoted = quote === 34 || quote === 39;
  if (quoted) k++;
  let end = k;
  let latin = false;
  while (end < line.length && end - k < MAX_ROW_CHARS) {
    const c = line.charCodeAt(end);
    if (quoted ? c === quote : c === 44 || c === 59 || c === 124 || c === 125 || c === 41 || (latin && c > 0x2e80)) break;
    if (isLetter(c)) latin = true;
    end++;
  }
  return ` ${line.slice(k, end)}`;
}

/**
 * Keys of the message that follows a code in a log record (code 20001, msg appid is invalid; err 1002 errmsg wait
 * serverResp timeout; code: 70009, error: UserSig verification failed). Compared with the whole word, ignoring case.
 * No `info` key: ErrorInfo is a Tencent REST reply's own field, worded per API.
 */
const MESSAGE_AFTER_KEYS = new Set(['msg', 'message', 'errmsg', 'errormsg', 'error_msg', 'errormessage', 'error_message', 'desc', 'description', 'reason', 'error']);
const LONGEST_MESSAGE_AFTER_KEY = Math.max(...[...MESSAGE_AFTER_KEYS].map((k) => k.length));

/**
 * The message right after a code, as a record pairs them: after at most three of `, ; |` and spaces, either a message
 * key and its value (`, msg appid is invalid`, `|msg RawData packet timeout`) or a quoted string (`errCode: 1001 "Request
 * Parameter Error"`). '' when neither follows. Bounded: a few characters of separators and key, then one value.
 */
function messageAfter(line: string, digitsEnd: number): string {
  let k = digitsEnd;
  while (k < line.length && k - digitsEnd < 3 && isMessageSeparator(line.charCodeAt(k))) k++;
  let w = k;
  while (w < line.length && w - k <= LONGEST_MESSAGE_AFTER_KEY && isWordChar(line.charCodeAt(w))) w++;
  if (w > k && !(w < line.length && isWordChar(line.charCodeAt(w))) && MESSAGE_AFTER_KEYS.has(line.slice(k, w).toLowerCase())) {
    k = w;
    if (line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39) k++;
    k = spacesEnd(line, k, k + 4);
    const mark = line.charCodeAt(k);
    if (mark === 58 || mark === 61 || mark === 0xff1a) k = spacesEnd(line, k + 1, k + 5);
    else if (k === w) return '';
    return messageValueAt(line, k);
  }
  const quote = line.charCodeAt(k);
  return k > digitsEnd && (quote === 34 || quote === 39) ? messageValueAt(line, k) : '';
}
const isMessageSeparator = (c: number) => c === 32 || c === 44 || c === 59 || c === 124 || c === 9;

/**
 * The text a standalone code is paired with in the middle of a line, as code lists and code maps pair them: after a
 * colon (其中1001:重复初始化、1002:创建底层引擎失败), after one space before Chinese words (8002 请求参数错误。8003 请求超时。),
 * or as the string argument beside it in a call (CODE_40001(40001, "access_token 无效"), BusinessException("JsCode 无效",
 * 6002)). '' when none: a code in prose, in a list or at the end of a sentence stands alone. Bounded windows only.
 */
function ownText(line: string, numberStart: number, digitsEnd: number): string {
  const next = line.charCodeAt(digitsEnd);
  // As in a definition line, an ASCII colon needs a space or a non-ASCII character after it: 6017:v4.3 is no pair.
  const glued = digitsEnd + 1 < line.length ? line.charCodeAt(digitsEnd + 1) : 0;
  if (next === FULLWIDTH_COLON || (next === 58 && (isSpace(glued) || glued > 0x7f))) {
    const k = spacesEnd(line, digitsEnd + 1, digitsEnd + 3);
    const after = line.charCodeAt(k);
    if (after === 34 || after === 39) return messageValueAt(line, k);
    return isLetter(after) || isIdeograph(after) ? clauseAt(line, k) : '';
  }
  if (next === 32 && isIdeograph(line.charCodeAt(digitsEnd + 1))) return clauseAt(line, digitsEnd + 1);
  if (next === 44) {
    const k = spacesEnd(line, digitsEnd + 1, digitsEnd + 3);
    if (line.charCodeAt(k) === 34 || line.charCodeAt(k) === 39) return messageValueAt(line, k);
  }
  return stringArgumentBefore(line, numberStart);
}

/**
 * A code's description in a list of them, up to the clause's end (、 。 ； ; |): the next code's description is not its
 * own (8002 请求参数错误。8003 请求超时。). At most MAX_ROW_CHARS characters.
 */
function clauseAt(line: string, start: number): string {
  let end = start;
  while (end < line.length && end - start < MAX_ROW_CHARS && !CLAUSE_ENDS.has(line.charCodeAt(end))) end++;
  return ` ${line.slice(start, end)}`;
}
const CLAUSE_ENDS = charSet('、。；;|');

/** CJK ideographs, not their punctuation: words, where `，` or `。` after a code only ends its clause. */
const isIdeograph = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** The quoted string right before `"text", 6002` as a call's previous argument, at most MAX_ROW_CHARS back; else ''. */
function stringArgumentBefore(line: string, numberStart: number): string {
  const j = spacesStart(line, numberStart, Math.max(0, numberStart - 2));
  if (j < 2 || line.charCodeAt(j - 1) !== 44) return '';
  const close = spacesStart(line, j - 1, Math.max(0, j - 3)) - 1;
  const quote = line.charCodeAt(close);
  if (close < 1 || (quote !== 34 && quote !== 39)) return '';
  // A bounded walk back, not lastIndexOf: a line of `", 6002` after one `'` must not be searched to its start each time.
  let open = close - 1;
  while (open >= 0 && close - open <= MAX_ROW_CHARS && line.charCodeAt(open) !== quote) open--;
  return open >= 0 && line.charCodeAt(open) === quote ? ` ${line.slice(open + 1, close)}` : '';
}

const HEX4 = /^[0-9A-Fa-f]{4}$/;

/** A JSON string's text from `start` (just past its opening quote), decoded, cut at MAX_ROW_CHARS: bounded work. */
function jsonStringAt(line: string, start: number): string {
  let out = '';
  for (let k = start; k < line.length && out.length < MAX_ROW_CHARS; k++) {
    const c = line.charCodeAt(k);
    if (c === 34) break;
    if (c !== 92 || k + 1 >= line.length) {
      out += line[k];
      continue;
    }
    const hex = line.charCodeAt(k + 1) === 117 ? line.slice(k + 2, k + 6) : '';
    if (HEX4.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      k += 5;
    } else {
      // \" \\ \/ stand for themselves; \n, \t and the like for a space, which is all the words need.
      const next = line[k + 1] as string;
      out += next === '"' || next === '\\' || next === '/' ? next : ' ';
      k++;
    }
  }
  return out;
}

/** A log field ends right after the number: `|`, `,`, `;` or the end of the line. */
function endsField(line: string, end: number): boolean {
  if (end >= line.length) return true;
  const next = line.charCodeAt(end);
  return next === 124 || next === 44 || next === 59;
}

/** A number ends where the code ends: not inside a version (4.3.81), a range or pid-tid (22008-22113), a time (09:55) or a word. */
function endsCleanly(line: string, end: number): boolean {
  // Reads past the line's end are guarded, not left to give NaN: V8 drops optimized code that reads out of bounds.
  if (end >= line.length) return true;
  const next = line.charCodeAt(end);
  if (isWordChar(next)) return false;
  if ((next === 46 || next === 44 || next === 58 || next === 45) && end + 1 < line.length && isAsciiDigit(line.charCodeAt(end + 1))) return false;
  return true;
}

/** One context, reused: the detector reads it before judging the next number, so no object per number. */
const keyContext: KeyContext = { kind: 'none', strong: false, marked: false, start: 0, weChat: false };
function setKey(kind: KeyContext['kind'], strong: boolean, marked: boolean, start: number): KeyContext {
  keyContext.weChat = false;
  keyContext.kind = kind;
  keyContext.strong = strong;
  keyContext.marked = marked;
  keyContext.start = start;
  return keyContext;
}

/** Reads the bounded stretch left of a number: separators, then a key (ASCII identifier or Chinese word). */
function keyBefore(line: string, numberStart: number, facts: Pick<LineFacts, 'namesTencent'>): KeyContext {
  const none = setKey('none', false, false, numberStart);
  let j = numberStart;
  let marks = 0;
  let quotes = 0;
  let assigned = false;
  while (j > 0 && numberStart - j < MAX_SEPARATOR_RUN) {
    const c = line.charCodeAt(j - 1);
    // "code", 6208: after a closing quote, the argument mark counts as the key's mark.
    const argument = c === ARGUMENT_MARK_CODE && j >= 2 && QUOTE_SET.has(line.charCodeAt(j - 2));
    const kind = argument ? 2 : c < 128 ? (ASCII_SEPARATOR[c] as number) : isSpace(c) ? 1 : MARK_SET.has(c) ? 2 : 0;
    if (kind === 0) break;
    if (kind === 2) marks++;
    else if (kind === 3) quotes++;
    if (c === ASSIGNMENT) assigned = true;
    j--;
  }
  // A longer run than any real separator: what stands before it is no key of this number.
  if (j > 0 && isKeySeparator(line.charCodeAt(j - 1))) return none;
  if (marks > 1 || quotes > 2) return none;
  const separated = j < numberStart;

  // Chinese keys need no separator and no boundary: 错误码7006, 加群报错10007.
  const cjkKeys = j > 0 && line.charCodeAt(j - 1) > 0x2e80 ? CJK_KEYS_BY_LAST.get(line[j - 1] as string) : undefined;
  if (cjkKeys) {
    for (const word of cjkKeys) {
      if (j >= word.length && line.startsWith(word, j - word.length)) {
        if (cjkProductBefore(line, j - word.length)) return setKey('foreign', false, false, numberStart);
        return setKey('cjk', STRONG_CJK_KEY_SET.has(word), marks > 0, j - word.length);
      }
    }
  }

  let k = j;
  while (k > 0 && j - k <= 32 && isKeyChar(line.charCodeAt(k - 1))) k--;
  if (k === j || (k > 0 && isKeyChar(line.charCodeAt(k - 1)))) return none;
  // Digits or a dash right before the number belong to it (a range, a version), not to a key.
  if (!separated) return none;
  const lower = keyWordAt(line, k, j);
  const strong = lower !== '' && STRONG_KEY_SET.has(lower);
  if (!strong && (lower === '' || !WEAK_KEY_SET.has(lower))) {
    // A number right after another system's word is its code, keyed or not (connect failed errno 10060 is Winsock's
    // WSAETIMEDOUT, not Tencent's group error 10060), as FOREIGN_KEY_CONTEXT says.
    if (isForeignKeyWord(line, k, j)) return setKey('foreign', false, false, numberStart);
    // A callback or event named for a failure (onError: 6206, loginFailed: 6014, Android Studio's "onError: " + code)
    // keys its code as the failure word alone would; it is no other key's value. Given the value with `=`, such a name
    // is a constant of another SDK's error table (OpenIM's Go `ArgsError = …`, a C# or TypeScript enum's member), as
    // any other name given a number is (NotLogin = …): the value of another key. Not a name that opens in lower case
    // (onError = …, loginFailed = …, lastError = …: a callback or variable an app's log prints, where tables' constants
    // are UpperCamel or upper case), nor on a line that names Tencent (TIMLog: login onError = …), which is no other
    // SDK's table; asked only of such a name, and once per line.
    const failureNamed = marks > 0 && endsWithFailureName(line, k, j) && (!assigned || isLowerAscii(line.charCodeAt(k)) || facts.namesTencent());
    if (!failureNamed) {
      // The value of another key (seq:9520, size: 6206, "port":9520) is not a code.
      return marks > 0 && isLetter(line.charCodeAt(k)) ? setKey('other-key', false, false, numberStart) : none;
    }
  }
  if (foreignBefore(line, k)) return setKey('foreign', false, false, numberStart);
  // A quoted JSON key ("ErrorCode":90003) is reported with both its quotes.
  const opening = line.charCodeAt(k - 1);
  const quoted = QUOTE_SET.has(opening) && line.charCodeAt(j) === opening;
  const key = setKey('ascii', strong, marks > 0, quoted ? k - 1 : k);
  key.weChat = j - k === WECHAT_CODE_KEY.length && line.startsWith(WECHAT_CODE_KEY, k);
  return key;
}

/** The identifier from k to j is camel-cased and ends with a failure word: onError, loginFailed, onSendFailure. */
const FAILURE_NAME_ENDS = ['Error', 'Fail', 'Failed', 'Failure'];
function endsWithFailureName(line: string, k: number, j: number): boolean {
  for (const end of FAILURE_NAME_ENDS) {
    const at = j - end.length;
    if (at > k && line.startsWith(end, at) && isLowerAscii(line.charCodeAt(at - 1))) return true;
  }
  return false;
}
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * Another library's error domain or status right before a key (NSURLError code: -1002, HTTP status code: 404,
 * Error Domain=NSURLErrorDomain Code=-1009): up to 3 non-word characters, then a word from the grammar.
 */
function foreignBefore(line: string, keyStart: number): boolean {
  let q = keyStart;
  while (q > 0 && keyStart - q < 3 && !isWordChar(line.charCodeAt(q - 1)) && !isSpace(line.charCodeAt(q - 1))) q--;
  while (q > 0 && keyStart - q < 4 && isSpace(line.charCodeAt(q - 1))) q--;
  if (cjkProductBefore(line, q)) return true;
  let w = q;
  while (w > 0 && q - w < 48 && isWordChar(line.charCodeAt(w - 1))) w--;
  // Sliced only when the word may be one: most keys follow a word of a log's own.
  if (w < q && !isAsciiDigit(line.charCodeAt(w))) {
    if (isForeignKeyWord(line, w, q) || (mayBeAppleDomain(line, w, q) && APPLE_DOMAIN.test(line.slice(w, q)))) return true;
  }
  // Domain=<not the Chat SDK's own>, as the token before the key.
  let t = q;
  while (t > 0 && q - t < 80 && !isSpace(line.charCodeAt(t - 1))) t--;
  // Only the token itself is searched (at most 80 characters), never the rest of the line.
  const token = q - t >= 8 ? line.slice(t, q) : '';
  const domain = token.indexOf('Domain=');
  return domain >= 0 && !OWN_DOMAIN.test(token.slice(domain + 7));
}

const CJK_PRODUCTS_BY_LAST = indexBy(FOREIGN_CJK_KEY_CONTEXT, lastChar);
const CJK_FILLERS_BY_LAST = indexBy(CJK_KEY_CONTEXT_FILLERS, lastChar);
/** A word from `index` ends at `end`: its length, or 0. */
function wordEndingAt(line: string, end: number, index: Map<string, string[]>): number {
  const words = end > 0 && line.charCodeAt(end - 1) > 0x2e80 ? index.get(line[end - 1] as string) : undefined;
  if (words) for (const word of words) if (end >= word.length && line.startsWith(word, end - word.length)) return word.length;
  return 0;
}
/** Another product's Chinese name right before a key, perhaps with a failure word between: 微信错误 errcode=, 微信错误码. */
function cjkProductBefore(line: string, keyStart: number): boolean {
  let end = keyStart;
  while (end > 0 && keyStart - end < 2 && isSpace(line.charCodeAt(end - 1))) end--;
  end -= wordEndingAt(line, end, CJK_FILLERS_BY_LAST);
  return wordEndingAt(line, end, CJK_PRODUCTS_BY_LAST) > 0;
}

/** Whether a number follows a Chinese list joiner right after the previous listed code: 9519和9520, 6206、6208. */
function continuesList(line: string, numberStart: number, listEnd: number): boolean {
  const j = spacesStart(line, numberStart, Math.max(listEnd, numberStart - 4));
  if (j <= listEnd || !JOINERS.has(line[j - 1] as string)) return false;
  return spacesStart(line, j - 1, listEnd) === listEnd;
}

/** `/` and one or two digits right after the number: a date (2024/11/26) or a fraction, where codes have three or more. */
function datePartAfter(line: string, digitsEnd: number): boolean {
  // Reads past the line's end are guarded, as in endsCleanly(): V8 drops optimized code that reads out of bounds.
  const digitAt = (k: number) => k < line.length && isAsciiDigit(line.charCodeAt(k));
  if (digitsEnd >= line.length || line.charCodeAt(digitsEnd) !== 47 || !digitAt(digitsEnd + 1)) return false;
  return !(digitAt(digitsEnd + 2) && digitAt(digitsEnd + 3));
}

/** Flutter's PlatformException(6206, ...) or PlatformException(Sdk_Not_Login, 6014, ...): where it starts, or -1. */
function platformExceptionBefore(line: string, numberStart: number, digitsEnd: number): number {
  const close = line.charCodeAt(spacesEnd(line, digitsEnd, digitsEnd + 8));
  if (close !== 44 && close !== 41) return -1;
  let j = spacesStart(line, numberStart, Math.max(0, numberStart - 8));
  if (line.charCodeAt(j - 1) === 44) {
    j = spacesStart(line, j - 1, Math.max(0, numberStart - 16));
    const nameEnd = j;
    while (j > 0 && nameEnd - j < 64 && isWordChar(line.charCodeAt(j - 1))) j--;
    if (j === nameEnd || isAsciiDigit(line.charCodeAt(j))) return -1;
    j = spacesStart(line, j, Math.max(0, nameEnd - 80));
  }
  const start = j - PLATFORM_EXCEPTION.length;
  return start >= 0 && line.startsWith(PLATFORM_EXCEPTION, start) ? start : -1;
}

/**
 * The rest of a call's arguments after the code, up to its closing parenthesis (a stack trace may follow it), less
 * the `null`s of absent details: they are no words of the message (PlatformException(6014, Sdk_Not_Login, null)).
 */
function argumentsAfter(line: string, digitsEnd: number): string {
  // Only a row's length is looked at: a crafted line of calls without a `)` must not be searched to its end each time.
  const row = rowAfter(line, digitsEnd);
  const close = row.indexOf(')');
  const args = close < 0 ? row : row.slice(0, close);
  return args.includes('null') ? args.replace(NULL_ARGUMENT, '') : args;
}

/** A `null` argument and its comma; linear, one pass. */
const NULL_ARGUMENT = /,[ \t]*null[ \t]*(?=,|$)/g;

/** `, ,` or `, )` right after the code: PlatformException(code, message, …) with an empty message. */
function emptyMessageAfter(line: string, digitsEnd: number): boolean {
  const comma = spacesEnd(line, digitsEnd, digitsEnd + 8);
  if (line.charCodeAt(comma) !== 44) return false;
  const next = line.charCodeAt(spacesEnd(line, comma + 1, comma + 9));
  return next === 44 || next === 41;
}

/** Something glued to the number's left makes it part of a word, a path, a version or a value of another field. */
function gluedBefore(line: string, numberStart: number): boolean {
  const before = line.charCodeAt(numberStart - 1);
  if (before === 58 && failureWordEndsAt(line, numberStart - 1)) return false;
  return numberStart > 0 && (isWordChar(before) || GLUED_BEFORE_SET.has(before));
}

/**
 * Chinese logs put an ASCII colon after a failure word with no space (登录失败:6206, Log.e(TAG, "登录失败:" + code)): that
 * colon introduces the code as the full-width one does, not glue as in 10.0.0.1:9520. Chinese failure words only.
 */
const CJK_FAILURE_WORDS = FAILURE_WORDS.filter((w) => w.charCodeAt(0) > 0x2e80);
function failureWordEndsAt(line: string, end: number): boolean {
  if (end < 2 || line.charCodeAt(end - 1) <= 0x2e80) return false;
  for (const word of CJK_FAILURE_WORDS) if (line.startsWith(word, end - word.length)) return true;
  return false;
}

const KEYS_AFTER_BY_FIRST = indexBy(CJK_KEYS_AFTER, firstChar);
const KEY_AFTER_SEPARATOR_SET = charSet(KEY_AFTER_SEPARATORS);
/** A Chinese key right after the number, perhaps after two separators (6017错误码, 6707，表示): where it ends, or -1. */
function keyAfter(line: string, digitsEnd: number): number {
  let e = digitsEnd;
  while (e < line.length && e - digitsEnd < 2 && KEY_AFTER_SEPARATOR_SET.has(line.charCodeAt(e))) e++;
  const keys = line.charCodeAt(e) > 0x2e80 ? KEYS_AFTER_BY_FIRST.get(line[e] as string) : undefined;
  if (keys) for (const word of keys) if (line.startsWith(word, e)) return e + word.length;
  return -1;
}

/** A standalone number: nothing glued to either side that makes it part of something else. */
function standsAlone(line: string, numberStart: number, digitsEnd: number): boolean {
  if (gluedBefore(line, numberStart)) return false;
  const after = line.charCodeAt(digitsEnd);
  // An arrow to the message is no range (%d->%@ in iOS demos' NSLog: 登录失败: 6206->userSig expired).
  if (after === 45 && line.charCodeAt(digitsEnd + 1) === 62) return true;
  return !(digitsEnd < line.length && GLUED_AFTER_SET.has(after));
}

/**
 * Chinese prose names codes bare, right beside its words or full-width punctuation: 您好，6012问题, 关于 70402 参数非法,
 * 开启离线推送 6012, . A space may stand between.
 */
function besideChinese(line: string, numberStart: number, digitsEnd: number): boolean {
  let before = numberStart - 1;
  if (isSpace(line.charCodeAt(before))) before--;
  let after = digitsEnd;
  if (isSpace(line.charCodeAt(after))) after++;
  return isChinese(line.charCodeAt(before)) || isChinese(line.charCodeAt(after));
}
/** CJK ideographs and the full-width punctuation around them (，。：【】（）、). */
const isChinese = (c: number) => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);

/** The number opens its line, after at most 8 characters of list or table markers (`| `, `- `, `* `, spaces). */
function opensLine(line: string, numberStart: number): boolean {
  if (numberStart > 8) return false;
  for (let k = 0; k < numberStart; k++) if (!DEFINITION_LEADER_SET.has(line.charCodeAt(k))) return false;
  return true;
}

/**
 * A code opening its line with a mark right after it (`2999: {`, `2501|`): the shape of a code table in source code
 * or config, whose row then gets compared with the catalogue. The mark and the byte after it are ones the prefilter's
 * definition classes see: after an ASCII mark, a space, a control or punctuation character below `0`, or a non-ASCII
 * one (`-20009::4.3.81` is a version string's neighbour, not a table row).
 */
function echoedRow(line: string, numberStart: number, digitsEnd: number): boolean {
  const mark = line.charCodeAt(digitsEnd);
  if (!opensLine(line, numberStart) || !(DEFINITION_MARK_SET.has(mark) || CODE_TABLE_MARK_SET.has(mark))) return false;
  if (mark > 0x7f || digitsEnd + 1 >= line.length) return true;
  const next = line.charCodeAt(digitsEnd + 1);
  return next < 0x30 || next > 0x7f;
}

/** Spaces and tabs between a row's code and its mark at most: Markdown tables pad a cell to its column's width. */
const MAX_CELL_PADDING = 16;

/** A line that opens with the code, then `:`, `|` or `-`, then words: a table or doc pasted into a log. */
function isDefinitionLine(line: string, numberStart: number, digitsEnd: number): boolean {
  if (!opensLine(line, numberStart)) return false;
  let e = digitsEnd;
  const mark = line.charCodeAt(e);
  if (DEFINITION_MARK_SET.has(mark)) {
    // 6017: 直播…, 6017：直播…, 6017|…; an ASCII mark wants a space or a non-ASCII character after it.
    const next = line.charCodeAt(e + 1);
    if (mark < 0x80 && !(isSpace(next) || next > 0x7f)) return false;
  } else {
    // 9520 | request timed out, and a Markdown table's cell padded for alignment: | 20016           | 消息撤回…
    while (e < line.length && e - digitsEnd < MAX_CELL_PADDING && (line.charCodeAt(e) === 32 || line.charCodeAt(e) === 9)) e++;
    if (e === digitsEnd) return false;
    if (!DEFINITION_MARK_AFTER_SPACE_SET.has(line.charCodeAt(e))) return describedAfterSpace(line, e);
  }
  const afterMark = ++e;
  while (e < line.length && e - afterMark < 8 && (isSpace(line.charCodeAt(e)) || DEFINITION_MARK_SET.has(line.charCodeAt(e)))) e++;
  const c = line.charCodeAt(e);
  return isLetter(c) || c > 0x2e80;
}

/**
 * A row of a code table copied without its marks: `6013 The IM SDK has not been initialized.`, `70001 帐号体系…`.
 * Only a description counts: Chinese text, or a capitalised word and then at least two more words of letters, so
 * that a count at the start of a line (`1004 messages`, `2000 OK`) is not read as a code.
 */
function describedAfterSpace(line: string, e: number): boolean {
  const first = line.charCodeAt(e);
  if (first > 0x2e80) return isChinese(first);
  if (!(first >= 65 && first <= 90)) return false;
  let words = 0;
  let k = e;
  // Only a number that opens the line gets here, so this walk runs once per line at most: linear.
  while (words < 3 && k < line.length) {
    const start = k;
    while (k < line.length && isLetter(line.charCodeAt(k))) k++;
    if (k === start) return false;
    words++;
    if (words === 3) break;
    if (line.charCodeAt(k) !== 32) return false;
    k++;
  }
  return words === 3;
}

/** The mark that gives a name its value in source code (ArgsError = …, NotLogin = …). */
const ASSIGNMENT = 61;

/**
 * Whether the number is the value given a name with `=`, however far its column is aligned (Go's const blocks and
 * C headers pad names to one column: OpenIM's `NetworkTimeoutError          = …`, an SDK enum's
 * `VCS_ERR_TOKEN_EXPIRED                     = …,`), and the name is neither a key (errorCode = …) nor one of
 * Tencent's constants (those were read by namedByConstant already): another table's constant. Bounded walks back.
 */
function assignedToName(line: string, numberStart: number, isKnownName: ((name: string) => boolean) | undefined): boolean {
  const markEnd = spacesStart(line, numberStart, Math.max(0, numberStart - 8));
  if (line.charCodeAt(markEnd - 1) !== ASSIGNMENT) return false;
  const j = spacesStart(line, markEnd - 1, Math.max(0, numberStart - MAX_CONSTANT_GAP));
  let k = j;
  while (k > 0 && j - k <= MAX_CONSTANT_NAME && isWordChar(line.charCodeAt(k - 1))) k--;
  if (k === j || j - k > MAX_CONSTANT_NAME || !isLetter(line.charCodeAt(k))) return false;
  const lower = keyWordAt(line, k, j);
  if (lower !== '' && (STRONG_KEY_SET.has(lower) || WEAK_KEY_SET.has(lower))) return false;
  return !(isKnownName?.(line.slice(k, j)) ?? false);
}

/** Tencent's constant names are upper case with underscores and at most this long (the longest has 60 characters). */
const MAX_CONSTANT_NAME = 64;
/** Header rows align their values: at most this many columns between a number and the name it is the value of. */
const MAX_CONSTANT_GAP = 48;

/**
 * `NAME = 7013`, `NAME: 6029`, `#define NAME 30515`: the number is a Tencent constant's value. Only `=` or `:` (with
 * spaces) may stand between, or spaces alone after a C header's `#define` (the old Windows SDK's TIM_ADD_FRIEND_STATUS_…
 * lines), and the name must be one the catalogue knows, so another SDK's ERR_NETWORK = 1001 does not count.
 */
function namedByConstant(line: string, numberStart: number, isKnownName: (name: string) => boolean): boolean {
  const markEnd = spacesStart(line, numberStart, Math.max(0, numberStart - 8));
  const marked = isNameValueMark(line.charCodeAt(markEnd - 1));
  // Unmarked, only spaces stand between name and value, as wide as a header aligns them.
  if (!marked && markEnd === numberStart) return false;
  const j = marked ? spacesStart(line, markEnd - 1, Math.max(0, numberStart - MAX_CONSTANT_GAP)) : spacesStart(line, numberStart, Math.max(0, numberStart - MAX_CONSTANT_GAP));
  let k = j;
  while (k > 0 && j - k <= MAX_CONSTANT_NAME && isConstantChar(line.charCodeAt(k - 1))) k--;
  if (k === j || j - k > MAX_CONSTANT_NAME || (k > 0 && isWordChar(line.charCodeAt(k - 1)))) return false;
  if (!marked && !definedAt(line, k)) return false;
  // Only the prefixes the prefilter looks for, so that every path (with or without it) reports the same codes.
  const name = line.slice(k, j);
  return hasConstantPrefix(name) && isKnownName(name);
}

const CONSTANT_PREFIXES_UPPER = CONSTANT_NAME_PREFIXES.map((p) => p.toUpperCase());
const hasConstantPrefix = (name: string) => CONSTANT_PREFIXES_UPPER.some((p) => name.startsWith(p));
const holdsConstantPrefix = (line: string) => CONSTANT_PREFIXES_UPPER.some((p) => line.includes(p));

/** C's directive that gives a name a value with spaces alone. */
const DEFINE = '#define';
/** Whether `#define` and spaces (at most 8) stand right before the name at nameStart: a C header's constant. */
function definedAt(line: string, nameStart: number): boolean {
  const j = spacesStart(line, nameStart, Math.max(0, nameStart - 8));
  return j < nameStart && j >= DEFINE.length && line.startsWith(DEFINE, j - DEFINE.length);
}

/**
 * Tencent's constant names standing alone, each a whole upper-case word, as findings of their codes, each code once.
 * A name followed by a value (ERR_SDK_NOT_INITIALIZED = -1002 in another SDK's header) is that value's, not its code's.
 * Walks the line once per prefix: each `ERR_` (or `TIM_`) is looked at from where the last name ended.
 */
function findNamedCodes(line: string, codeOfName: (name: string) => number | undefined, findings: Finding[]): void {
  for (const prefix of CONSTANT_PREFIXES_UPPER) {
    let from = 0;
    for (;;) {
      const start = line.indexOf(prefix, from);
      if (start < 0) break;
      let end = start + prefix.length;
      while (end < line.length && end - start <= MAX_CONSTANT_NAME && isConstantChar(line.charCodeAt(end))) end++;
      from = end;
      if ((start > 0 && isWordChar(line.charCodeAt(start - 1))) || (end < line.length && isWordChar(line.charCodeAt(end)))) continue;
      const code = codeOfName(line.slice(start, end));
      if (code === undefined || valueFollows(line, start, end) || findings.some((f) => f.code === code)) continue;
      findings.push({ code, column: start + 1, match: line.slice(start, end) });
    }
  }
  // Each prefix was walked in turn: findings go in the order of the line, as every other finding does.
  findings.sort((a, b) => a.column - b.column);
}

/**
 * Whether a value follows a name: spaces, then =, :, ： or (, then spaces and a number (ERR_X = -1002, ERR_X(6206)), or
 * after `#define`, spaces alone and a number (an older header's value for TIM_ADD_FRIEND_STATUS_SELF_FRIEND_FULL).
 */
function valueFollows(line: string, start: number, end: number): boolean {
  let k = spacesEnd(line, end, end + 8);
  const mark = line.charCodeAt(k);
  if (isNameValueMark(mark) || mark === 40) k = spacesEnd(line, k + 1, k + 9);
  else if (k === end || !definedAt(line, start)) return false;
  if (line.charCodeAt(k) === 45) k++;
  return isAsciiDigit(line.charCodeAt(k));
}
const FULLWIDTH_COLON = 0xff1a;
/** What stands between a constant and its value: =, : or the full-width ： of Chinese docs (ERR_IMSDK_KICKED_BY_OTHERS：6208). */
const isNameValueMark = (c: number) => c === 61 || c === 58 || c === FULLWIDTH_COLON;
const isConstantChar = (c: number) => (c >= 65 && c <= 90) || isAsciiDigit(c) || c === 95;

/** Where the run of spaces that ends at `end` starts, looking back no further than `floor`, so every walk is bounded. */
function spacesStart(line: string, end: number, floor: number): number {
  let j = end;
  while (j > floor && isSpace(line.charCodeAt(j - 1))) j--;
  return j;
}

/** Where the run of spaces that starts at `start` ends, looking on no further than `ceiling` nor the line's end. */
function spacesEnd(line: string, start: number, ceiling: number): number {
  const stop = Math.min(line.length, ceiling);
  let e = start;
  while (e < stop && isSpace(line.charCodeAt(e))) e++;
  return e;
}

/** The number names or counts a thing: uid 6014, room 9520, retry in 7008, 第 10010 号. */
function namesAThing(line: string, numberStart: number): boolean {
  let j = numberStart;
  while (j > 0 && numberStart - j < 4 && (isSpace(line.charCodeAt(j - 1)) || line.charCodeAt(j - 1) === 35)) j--;
  const idWords = j > 0 && line.charCodeAt(j - 1) > 0x2e80 ? CJK_ID_BY_LAST.get(line[j - 1] as string) : undefined;
  if (idWords) for (const word of idWords) if (j >= word.length && line.startsWith(word, j - word.length)) return true;
  let k = j;
  while (k > 0 && j - k <= 16 && isWordChar(line.charCodeAt(k - 1))) k--;
  if (k === j || (k > 0 && isWordChar(line.charCodeAt(k - 1)))) return false;
  return ID_WORD_SET.has(line.slice(k, j).toLowerCase());
}

/** A unit right after the number makes it a quantity: 7008 ms, 7008 条, 6014毫秒. */
function unitAfter(line: string, digitsEnd: number): boolean {
  const e = spacesEnd(line, digitsEnd, digitsEnd + 3);
  if (e >= line.length) return false;
  const units = line.charCodeAt(e) > 0x7f || line.charCodeAt(e) === 37 ? CJK_UNITS_BY_FIRST.get(line[e] as string) : undefined;
  if (units) for (const word of units) if (line.startsWith(word, e)) return true;
  let w = e;
  while (w < line.length && w - e <= 16 && isLetter(line.charCodeAt(w))) w++;
  if (w === e || (w < line.length && isWordChar(line.charCodeAt(w)))) return false;
  return UNIT_SET.has(line.slice(e, w).toLowerCase());
}

/**
 * Log prefixes put process and thread ids beside the level: logcat's "E/Tag( 6014):" and
 * "I/flutter (6014):", threadtime's "11-25 10:00:01.123  6014  6208 E Tag:", Spring Boot's "ERROR 6014 --- [main]"
 * (the Java servers that call Tencent's REST API log so), nginx's "[error] 6014#6014:" (pid#tid) and syslog's
 * "myapp[6014]: error".
 */
const SPRING_PID_AFTER = /^ {1,4}--- \[/;
// syslog's "myapp[6014]:" (the program's name, its pid in brackets, a colon).
const PROGRAM_BRACKET_BEFORE = /[A-Za-z0-9_.-]\[$/;
const BRACKET_COLON_AFTER = /^\]:/;
const PID_TID_AFTER = /^#\d+:/;
const OPEN_PAREN_BEFORE = /\(\s*$/;
const CLOSE_PAREN_COLON_AFTER = /^\s*\)\s*:/;
const TID_LEVEL_AFTER = /^\s+\d+\s+[VDIWEFA]\s/;
const DIGIT_BEFORE = /\d\s+$/;
const LEVEL_AFTER = /^\s+[VDIWEFA]\s/;

function isProcessId(line: string, numberStart: number, digitsEnd: number): boolean {
  const before = line.slice(Math.max(0, numberStart - 8), numberStart);
  const after = line.slice(digitsEnd, digitsEnd + 12);
  if (OPEN_PAREN_BEFORE.test(before) && CLOSE_PAREN_COLON_AFTER.test(after)) return true;
  if (TID_LEVEL_AFTER.test(after) || SPRING_PID_AFTER.test(after) || PID_TID_AFTER.test(after)) return true;
  if (PROGRAM_BRACKET_BEFORE.test(before) && BRACKET_COLON_AFTER.test(after)) return true;
  if (isXlogField(line, numberStart, digitsEnd)) return true;
  return DIGIT_BEFORE.test(before) && LEVEL_AFTER.test(after);
}

/**
 * An access log's response size, after the request and its status ("POST /v4/error/report HTTP/1.1" 500 10004): the
 * combined log format that nginx and Apache write in front of Tencent's REST calls.
 */
const STATUS_BEFORE = /HTTP\/[\d.]{1,3}" \d{3} $/;
function isResponseSize(line: string, numberStart: number): boolean {
  return STATUS_BEFORE.test(line.slice(Math.max(0, numberStart - 16), numberStart));
}

/** One of the codes every product's table opens with (SHARED_FIRST_CODES). */
const isSharedFirstCode = (code: number) => code >= SHARED_FIRST_CODES[0] && code <= SHARED_FIRST_CODES[1];

/**
 * A row of Tencent's own table: the code opens the line and the words after it repeat what the catalogue says of it
 * (| 1004 | The file has not been generated yet…). Only the line's first number can open it, so this is judged once a line.
 */
function ownTableRow(line: string, numberStart: number, digitsEnd: number, code: number, rows: RowJudge | undefined): boolean {
  return rows !== undefined && opensLine(line, numberStart) && rows.echoes(code, rowAfter(line, digitsEnd));
}

const TYPE_CELL_SET = new Set<string>(TYPE_CELL_WORDS);
const LONGEST_TYPE_WORD = Math.max(...TYPE_CELL_WORDS.map((w) => w.length));
/** Spaces around a type cell's word at most: Markdown tables pad cells to their column's width. */
const MAX_TYPE_CELL_PADDING = 16;

/**
 * Whether a cell of the line holds only a type name (TYPE_CELL_WORDS): `| long |`, `| Integer |`. Each `|` is looked at
 * once, with a bounded look to its right (padding, a word, padding): linear in the line.
 */
function typedCell(line: string): boolean {
  for (let bar = line.indexOf('|'); bar >= 0; bar = line.indexOf('|', bar + 1)) {
    const start = spacesEnd(line, bar + 1, bar + 1 + MAX_TYPE_CELL_PADDING);
    // Type names start with a letter: a code table's `| 6014 |` costs no slice.
    if (!isLetter(line.charCodeAt(start))) continue;
    let end = start;
    while (end < line.length && end - start <= LONGEST_TYPE_WORD && isWordChar(line.charCodeAt(end))) end++;
    if (end === start || end - start > LONGEST_TYPE_WORD) continue;
    if (line.charCodeAt(spacesEnd(line, end, end + MAX_TYPE_CELL_PADDING)) !== 124) continue;
    if (TYPE_CELL_SET.has(line.slice(start, end).toLowerCase())) return true;
  }
  return false;
}

/** What follows the number, as far as the row checks read it. */
function rowAfter(line: string, digitsEnd: number): string {
  return line.slice(digitsEnd, digitsEnd + MAX_ROW_CHARS);
}

/** Whether one space and then a Latin letter follow the number: words that say something of it. */
function startsWithWord(line: string, digitsEnd: number): boolean {
  return line.charCodeAt(digitsEnd) === 32 && isLetter(line.charCodeAt(digitsEnd + 1));
}
