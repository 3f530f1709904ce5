// Character classes the detector reads lines by: digits and their runs, letters, spaces, and the grammar's marks as sets.
import { isCodeDigit } from '../code-chars.js';
import { ARGUMENT_MARK, GLUED_AFTER, GLUED_BEFORE, KEY_MARKS, KEY_QUOTES } from './grammar.js';

export const charSet = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
/** ASCII letters, digits and `_`, as a table: the detector asks this of nearly every character. */
export const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
export const GLUED_BEFORE_SET = charSet(GLUED_BEFORE);
export const GLUED_AFTER_SET = charSet(GLUED_AFTER);
export const MARK_SET = charSet(KEY_MARKS);
export const QUOTE_SET = charSet(KEY_QUOTES);
export const ARGUMENT_MARK_CODE = ARGUMENT_MARK.charCodeAt(0);

/**
 * Terminal colour and style sequences (ESC [ 31 m), as coloured logs written to a file keep them. Blanked to spaces of
 * the same length, so columns stay those of the line as read: glued to a key (ESC[31mcode=9520) the sequence's `m`
 * made it the word mcode. One run of a bounded class after a literal: linear, as the run stops at the next ESC. A
 * sequence glued to a number or its sign stays: the prefilter (wasm/line-prefilter.c) reads bytes as they are and
 * would not pass that line on, and the detector must find nothing it does not.
 */
const COLOUR_SEQUENCE = /\x1b\[[0-9;]{0,32}m(?![0-9\-\u2212\uff0d\uff10-\uff19])/g;
export const blankColourSequences = (line: string) => (line.includes('\x1b') ? line.replace(COLOUR_SEQUENCE, (seq) => ' '.repeat(seq.length)) : line);
/**
 * Where the next run of at least three digits, ASCII, full-width or Arabic-script, starts at or after `from` (every code but 0 has
 * three or more), or -1. A walk of character codes, not a global regular expression's exec(): that allocated a match
 * array per number, and a line of a log prefix holds several (its date, time, pid and tid). Each character is looked
 * at once: linear in the line.
 */
export function nextDigitRun(line: string, from: number): number {
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
/** Where the run of digits, ASCII, full-width or Arabic-script, that starts at `start` ends. */
export function digitRunEnd(line: string, start: number): number {
  let i = start;
  while (i < line.length && isCodeDigit(line.charCodeAt(i))) i++;
  return i;
}
export const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isWordChar = (c: number) => isLetter(c) || isAsciiDigit(c) || c === 95;
/** Identifier characters of a key: letters, digits, `_` and `-` (error_code, err-id). */
export const isKeyChar = (c: number) => isWordChar(c) || c === 45;
/** Whitespace as `\s` reads it, including the ideographic space and no-break space. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}
/**
 * The invisible direction marks a locale puts before its minus sign (ARABIC LETTER MARK, LEFT-TO-RIGHT MARK,
 * RIGHT-TO-LEFT MARK): ICU's Arabic formats write -10003 as U+061C, '-', then the digits, Persian and Hebrew ones with
 * U+200E. Between a key and its number they are read as spaces are.
 */
export const isDirectionMark = (c: number): boolean => c === 0x061c || c === 0x200e || c === 0x200f;
/** ASCII key separators as a table: 1 a space, 2 a mark, 3 a quote. */
export const ASCII_SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SEPARATOR[c] = isSpace(c) ? 1 : MARK_SET.has(c) ? 2 : QUOTE_SET.has(c) ? 3 : 0;
export const isKeySeparator = (c: number) => (c < 128 ? ASCII_SEPARATOR[c] !== 0 : isSpace(c) || MARK_SET.has(c));

export const isLowerAscii = (c: number) => c >= 97 && c <= 122;
export const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/** CJK ideographs and the full-width punctuation around them (，。：【】（）、). */
export const isChinese = (c: number) => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);

/** Where the run of spaces that ends at `end` starts, looking back no further than `floor`, so every walk is bounded. */
export function spacesStart(line: string, end: number, floor: number): number {
  let j = end;
  while (j > floor && isSpace(line.charCodeAt(j - 1))) j--;
  return j;
}

/** Where the run of spaces that starts at `start` ends, looking on no further than `ceiling` nor the line's end. */
export function spacesEnd(line: string, start: number, ceiling: number): number {
  const stop = Math.min(line.length, ceiling);
  let e = start;
  while (e < stop && isSpace(line.charCodeAt(e))) e++;
  return e;
}
