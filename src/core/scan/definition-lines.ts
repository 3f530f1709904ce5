// Lines that define codes: a definition or code-table row opening with the code, and a parameter table's type cell.
import { charSet, isChinese, isLetter, isSpace, isWordChar, spacesEnd } from './char-classes.js';
import type { RowJudge } from './detect.js';
import { CODE_TABLE_MARKS, DEFINITION_LEADERS, DEFINITION_MARKS, DEFINITION_MARKS_AFTER_SPACE, TYPE_CELL_WORDS } from './grammar.js';
import { MAX_ROW_CHARS } from './row-agreement.js';

const DEFINITION_MARK_SET = charSet(DEFINITION_MARKS);
const CODE_TABLE_MARK_SET = charSet(CODE_TABLE_MARKS);
const DEFINITION_MARK_AFTER_SPACE_SET = charSet(DEFINITION_MARKS_AFTER_SPACE);
const DEFINITION_LEADER_SET = charSet(DEFINITION_LEADERS);

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
export function echoedRow(line: string, numberStart: number, digitsEnd: number): boolean {
  const mark = line.charCodeAt(digitsEnd);
  if (!opensLine(line, numberStart) || !(DEFINITION_MARK_SET.has(mark) || CODE_TABLE_MARK_SET.has(mark))) return false;
  if (mark > 0x7f || digitsEnd + 1 >= line.length) return true;
  const next = line.charCodeAt(digitsEnd + 1);
  return next < 0x30 || next > 0x7f;
}

/** Spaces and tabs between a row's code and its mark at most: Markdown tables pad a cell to its column's width. */
const MAX_CELL_PADDING = 16;

/** A line that opens with the code, then `:`, `|` or `-`, then words: a table or doc pasted into a log. */
export function isDefinitionLine(line: string, numberStart: number, digitsEnd: number): boolean {
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

/**
 * A row of Tencent's own table: the code opens the line and the words after it repeat what the catalogue says of it
 * (| 1004 | The file has not been generated yet…). Only the line's first number can open it, so this is judged once a line.
 */
export function ownTableRow(line: string, numberStart: number, digitsEnd: number, code: number, rows: RowJudge | undefined): boolean {
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
export function typedCell(line: string): boolean {
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
export function rowAfter(line: string, digitsEnd: number): string {
  return line.slice(digitsEnd, digitsEnd + MAX_ROW_CHARS);
}

/** Whether one space and then a Latin letter follow the number: words that say something of it. */
export function startsWithWord(line: string, digitsEnd: number): boolean {
  return line.charCodeAt(digitsEnd) === 32 && isLetter(line.charCodeAt(digitsEnd + 1));
}

/**
 * Whether a definition line's number is followed, after any padding, by one of its marks (6017: …, | 2025 | …), not
 * by words alone (2002 Joel de Guzman, a copyright's year and holder): looked at for a year only, a bounded look.
 */
export function markedDefinition(line: string, digitsEnd: number): boolean {
  return DEFINITION_MARK_SET.has(line.charCodeAt(spacesEnd(line, digitsEnd, digitsEnd + MAX_CELL_PADDING)));
}
