// The key a number stands after (code:, 错误码) or the Chinese key right after it, and whether another system owns that key.
import {
  ARGUMENT_MARK_CODE,
  ASCII_SEPARATOR,
  charSet,
  isDirectionMark,
  isAsciiDigit,
  isKeyChar,
  isKeySeparator,
  isLetter,
  isLowerAscii,
  isSpace,
  isWordChar,
  MARK_SET,
  QUOTE_SET,
} from './char-classes.js';
import { ASSIGNMENT } from './constant-names.js';
import {
  CJK_KEY_CONTEXT_FILLERS,
  CJK_KEYS_AFTER,
  FOREIGN_CJK_KEY_CONTEXT,
  KEY_AFTER_SEPARATORS,
  MAX_SEPARATOR_RUN,
  WECHAT_CODE_KEY,
} from './grammar.js';
import type { LineFacts } from './line-facts.js';
import {
  CJK_KEYS_BY_LAST,
  firstChar,
  indexBy,
  isForeignKeyWord,
  keyWordAt,
  lastChar,
  STRONG_CJK_KEY_SET,
  STRONG_KEY_SET,
  WEAK_KEY_SET,
} from './word-tables.js';

/** What the left side of a number says it is. */
export interface KeyContext {
  kind: 'none' | 'ascii' | 'cjk' | 'other-key' | 'foreign';
  strong: boolean;
  /** Whether a real separator mark (`:`, `=`, `：`) stands between key and number. */
  marked: boolean;
  /** Where the reported match starts (the key, or its opening quote). */
  start: number;
  /** The key is WeChat's lower-case `errcode`: with `errmsg` on the line, it vouches for known codes only. */
  weChat: boolean;
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

/** `\`, which escapes a quote in JSON written inside a string. */
const BACKSLASH = 92;

/** `!`, which opens `!=` and `!==`. */
const NEGATION = 33;

/**
 * Whether the `=` or `!` at i belongs to a comparison: an `=` beside another `=` or after a `!`, a `!` before an `=`.
 * A run of four `=` or more is a rule drawn under a heading or across a test's output (`code ==== 6014`,
 * `==== 6014 ====`), which compares nothing: no comparison is longer than `===` or `!==`.
 */
function inComparisonAt(line: string, i: number): boolean {
  const after = line.charCodeAt(i + 1);
  if (line.charCodeAt(i) === NEGATION) return after === ASSIGNMENT && equalsRun(line, i + 1) <= 2;
  const before = i > 0 ? line.charCodeAt(i - 1) : 0;
  return (before === ASSIGNMENT || before === NEGATION || after === ASSIGNMENT) && equalsRun(line, i) <= 3;
}

/** The length of the run of `=` through i, counted up to four: each call looks at no more than seven characters. */
function equalsRun(line: string, i: number): number {
  let run = 1;
  for (let k = i - 1; k >= 0 && run < 4 && line.charCodeAt(k) === ASSIGNMENT; k--) run++;
  for (let k = i + 1; k < line.length && run < 4 && line.charCodeAt(k) === ASSIGNMENT; k++) run++;
  return run;
}

/** Reads the bounded stretch left of a number: separators, then a key (ASCII identifier or Chinese word). */
export function keyBefore(line: string, numberStart: number, facts: Pick<LineFacts, 'namesTencent'>): KeyContext {
  const none = setKey('none', false, false, numberStart);
  let j = numberStart;
  let marks = 0;
  let quotes = 0;
  let assigned = false;
  let compared = false;
  while (j > 0 && numberStart - j < MAX_SEPARATOR_RUN) {
    const c = line.charCodeAt(j - 1);
    // "code", 6208: after a closing quote, the argument mark counts as the key's mark.
    const argument = c === ARGUMENT_MARK_CODE && j >= 2 && QUOTE_SET.has(line.charCodeAt(j - 2));
    // A comparison in source pasted into a log or an issue (errCode == 6014, imError.code === 10007, code !== 2800) is
    // one mark, and no assignment: an '=' beside another '=' or after a '!', and a '!' before an '='.
    const inComparison = (c === ASSIGNMENT || c === NEGATION) && inComparisonAt(line, j - 1);
    // JSON escaped inside a logged string ("{\"ErrorCode\":70001}", a REST reply's body): the backslash belongs to the
    // quote after it, so the key before is read as in plain JSON (and "{\"size\": 6014}" is another key's value).
    if (c === BACKSLASH && QUOTE_SET.has(line.charCodeAt(j))) {
      j--;
      continue;
    }
    const kind = argument ? 2 : c < 128 ? (ASCII_SEPARATOR[c] as number) : isSpace(c) || isDirectionMark(c) ? 1 : MARK_SET.has(c) ? 2 : 0;
    if (kind === 0 && !inComparison) break;
    if (inComparison) compared = true;
    else if (kind === 2) marks++;
    else if (kind === 3) quotes++;
    if (c === ASSIGNMENT && !inComparison) assigned = true;
    j--;
  }
  if (compared) marks++;
  // A comparison names the code the source handles, but vouches for no unknown number, as a field's mark does.
  const marked = marks > 0 && !compared;
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
        return setKey('cjk', STRONG_CJK_KEY_SET.has(word), marked, j - word.length);
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
  const key = setKey('ascii', strong, marked, quoted ? k - 1 : k);
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

const KEYS_AFTER_BY_FIRST = indexBy(CJK_KEYS_AFTER, firstChar);
const KEY_AFTER_SEPARATOR_SET = charSet(KEY_AFTER_SEPARATORS);
/** A Chinese key right after the number, perhaps after two separators (6017错误码, 6707，表示): where it ends, or -1. */
export function keyAfter(line: string, digitsEnd: number): number {
  let e = digitsEnd;
  while (e < line.length && e - digitsEnd < 2 && KEY_AFTER_SEPARATOR_SET.has(line.charCodeAt(e))) e++;
  const keys = line.charCodeAt(e) > 0x2e80 ? KEYS_AFTER_BY_FIRST.get(line[e] as string) : undefined;
  if (keys) for (const word of keys) if (line.startsWith(word, e)) return e + word.length;
  return -1;
}
