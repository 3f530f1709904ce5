// Constant names and their values: NAME = value, #define NAME value, and Tencent's constants named alone on a line.
import { isAsciiDigit, isLetter, isWordChar, spacesEnd, spacesStart } from './char-classes.js';
import type { Finding } from './detect.js';
import { CONSTANT_NAME_PREFIXES } from './grammar.js';
import { keyWordAt, STRONG_KEY_SET, WEAK_KEY_SET } from './word-tables.js';

/** The mark that gives a name its value in source code (ArgsError = …, NotLogin = …). */
export const ASSIGNMENT = 61;

/**
 * Whether the number is the value given a name with `=`, however far its column is aligned (Go's const blocks and
 * C headers pad names to one column: OpenIM's `NetworkTimeoutError          = …`, an SDK enum's
 * `VCS_ERR_TOKEN_EXPIRED                     = …,`), and the name is neither a key (errorCode = …) nor one of
 * Tencent's constants (those were read by namedByConstant already): another table's constant. Bounded walks back.
 */
export function assignedToName(line: string, numberStart: number, isKnownName: ((name: string) => boolean) | undefined): boolean {
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
export function namedByConstant(line: string, numberStart: number, isKnownName: (name: string) => boolean): boolean {
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
export const holdsConstantPrefix = (line: string) => CONSTANT_PREFIXES_UPPER.some((p) => line.includes(p));

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
export function findNamedCodes(line: string, codeOfName: (name: string) => number | undefined, findings: Finding[]): void {
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
 * Whether a value follows a name: spaces, then =, :, ： or (, then spaces and a number (ERR_X = -1002, ERR_X(6206), and
 * another product's header that gives Tencent's names other values: ERR_USER_SIG_EXPIRED      = 6014,), or
 * after `#define`, spaces alone and a number (an older header's value for TIM_ADD_FRIEND_STATUS_SELF_FRIEND_FULL).
 */
function valueFollows(line: string, start: number, end: number): boolean {
  // Headers align their values in a column, as far from the name as namedByConstant() reads them.
  let k = spacesEnd(line, end, end + MAX_CONSTANT_GAP);
  const mark = line.charCodeAt(k);
  if (isNameValueMark(mark) || mark === 40) k = spacesEnd(line, k + 1, k + 9);
  else if (k === end || !definedAt(line, start)) return false;
  if (line.charCodeAt(k) === 45) k++;
  return isAsciiDigit(line.charCodeAt(k));
}
export const FULLWIDTH_COLON = 0xff1a;
/** What stands between a constant and its value: =, : or the full-width ： of Chinese docs (ERR_IMSDK_KICKED_BY_OTHERS：6208). */
const isNameValueMark = (c: number) => c === 61 || c === 58 || c === FULLWIDTH_COLON;
const isConstantChar = (c: number) => (c >= 65 && c <= 90) || isAsciiDigit(c) || c === 95;
