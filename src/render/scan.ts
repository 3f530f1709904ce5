// Text for scan: the printer that echoes log lines (prefixes, line numbers, highlighted codes, annotations) and NDJSON.
import type { ChalkInstance } from 'chalk';
import type { Finding } from '../core/scan/detect.js';
import type { LineHit } from '../core/scan/log-scanner.js';
import { numberLines, type LinePrefix } from '../core/scan/line-numbers.js';
import { LineEnds } from '../core/scan/line-prefilter.js';
import type { Sighting, TallyRow } from '../core/scan/tally.js';
import type { Entry } from '../core/types.js';
import { byteOrderMarkLength } from '../core/byte-order-mark.js';
import { isCodeDigit, isMinusSign } from '../core/code-chars.js';
import { escapeRawInJson, holdsRawInJson, SCHEMA_VERSION, toJsonLine, toReading } from './json.js';
import { codeLabel } from './labels.js';
import { cutToColumns, displayWidth, escapeControls } from './text.js';

/** What a printer hands to stdout: text it made, or log bytes as read. */
export type Piece = string | Buffer;

/** The language of annotations and summaries; log text and constant names are never translated. */
export type ScanLang = 'en' | 'zh';

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const MARK = '  ↳ ';
const MAX_SUMMARY_CHARS = 120;

/** Sentence ends: an English stop needs a space after it (so "v4.3" stays whole); a Chinese one does not. */
const SENTENCE_END = /(?<=[.!?])\s|(?<=[。！？])/;

/** The first sentence of a description, for one-line annotations. */
export function firstSentence(text: string, max = MAX_SUMMARY_CHARS): string {
  const sentence = (text.split('\n')[0] ?? '').split(SENTENCE_END)[0] ?? '';
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}

/** The description in the user's language. */
export function descriptionIn(entry: Entry, lang: ScanLang): string {
  return lang === 'zh' && entry.descriptionZh ? entry.descriptionZh : entry.description;
}

/** Where a code was first seen: `line 12`, or `app.log:12` when several files are scanned. File names are escaped. */
export function sightingLabel(at: Sighting, showFile: boolean, lang: ScanLang): string {
  if (showFile) return `${escapeControls(at.file)}:${at.line}`;
  return lang === 'zh' ? `第 ${at.line} 行` : `line ${at.line}`;
}

/** The fewest columns an annotation's sentence keeps beside the code; with less it gets a line of its own. */
const MIN_SENTENCE_COLUMNS = 12;
/** The sentence's own line starts under the code, past the mark. */
const SENTENCE_INDENT = ' '.repeat(MARK.length);

/**
 * One annotation line. With `width` (a terminal's), the sentence is cut to fit it; the code, place and class are
 * never cut. When they leave the sentence fewer than MIN_SENTENCE_COLUMNS (a 40-column terminal and a long place),
 * the sentence goes on a line of its own under them rather than running past the terminal's edge, where the
 * terminal would wrap it to column 0. A repeat note's place is cut from the left, keeping the line number. Without
 * a width (a pipe), the sentence is whole up to MAX_SUMMARY_CHARS.
 */
export function annotation(
  chalk: ChalkInstance,
  code: number,
  readings: Entry[],
  firstSeen: Sighting | undefined,
  showFile: boolean,
  lang: ScanLang = 'en',
  width?: number,
): string {
  if (firstSeen) {
    const note = `${MARK}${code} ${lang === 'zh' ? `再次出现，首次见于${showFile ? ' ' : ''}` : 'again, first at '}`;
    const label = sightingLabel(firstSeen, showFile, lang);
    // A deep path would run past the terminal's edge: its tail (file name and line) is what tells where to look.
    // It is cut to the room the note leaves, down to `…:12`; a floor of a sentence's columns ran the note past a
    // 40-column terminal's edge (a Chinese note for -10001 by two columns).
    const room = Math.max(displayWidth(`…:${firstSeen.line}`), width === undefined ? 0 : width - displayWidth(note));
    const where = width === undefined || !showFile ? label : cutToColumns(label, room, true);
    return `${chalk.dim(`${note}${where}`)}\n`;
  }
  const [first] = readings;
  if (!first) {
    const [unknown, why] = lang === 'zh' ? ['未知错误码', '：不在目录中'] : ['unknown code', ': not in the catalogue'];
    // "unknown code" says it all; the reason goes when it would run past a narrow terminal's edge.
    const fits = width === undefined || displayWidth(`${MARK}${code} ${unknown}${why}`) <= width;
    return `${chalk.dim(MARK)}${chalk.yellow(String(code))} ${chalk.red(unknown)}${fits ? why : ''}\n`;
  }
  const others = readings.length - 1;
  const hint = others === 0 ? '' : lang === 'zh' ? `（另有 ${others} 种解读：chaterr explain ${code}）` : ` (+${others} more reading${others > 1 ? 's' : ''}: chaterr explain ${code})`;
  const where = `${first.source}/${first.category}`;
  const label = codeLabel(first) === String(code) ? String(code) : `${code} (${codeLabel(first)})`;
  const head = `${MARK}${label} ${where} [${first.class}] `;
  const sentence = firstSentence(descriptionIn(first, lang));
  const styledHead = `${chalk.dim(MARK)}${chalk.yellow(label)} ${chalk.dim(where)} ${chalk.cyan(`[${first.class}]`)}`;
  if (width === undefined) return `${styledHead} ${sentence}${chalk.dim(hint)}\n`;
  // On a narrow terminal the sentence keeps its room first; the "more readings" hint shrinks to its count.
  const shortHint = others === 0 ? '' : lang === 'zh' ? `（+${others}）` : ` (+${others})`;
  const shownHint = width - displayWidth(head) - displayWidth(hint) >= MIN_SENTENCE_COLUMNS ? hint : shortHint;
  const room = width - displayWidth(head) - displayWidth(shownHint);
  if (room >= MIN_SENTENCE_COLUMNS) return `${styledHead} ${cutToColumns(sentence, room)}${chalk.dim(shownHint)}\n`;
  // Where even the count does not fit beside the head (70001's at 34 columns ran it 2 past the edge), it ends the
  // sentence's line instead, which gives up those columns.
  const fitsHead = (text: string) => displayWidth(head) - 1 + displayWidth(text) <= width;
  const headHint = fitsHead(hint) ? hint : fitsHead(shortHint) ? shortHint : '';
  const lineHint = headHint === '' ? shortHint : '';
  const ownLine = cutToColumns(sentence, Math.max(MIN_SENTENCE_COLUMNS, width - SENTENCE_INDENT.length) - displayWidth(lineHint));
  return `${styledHead}${chalk.dim(headHint)}\n${SENTENCE_INDENT}${ownLine}${chalk.dim(lineHint)}\n`;
}

export interface ScanPrinterOptions {
  chalk: ChalkInstance;
  lang: ScanLang;
  /** stdout is a terminal: log text is decoded, its control characters shown escaped, and codes highlighted. */
  escape: boolean;
  /** Each echoed line starts with its line number (`-n`). */
  lineNumbers: boolean;
  /** Each echoed line starts with its file name (several files, or a directory). */
  showFile: boolean;
  /** Which lines are echoed: every line, only those with codes (`-o`), or none (`--summary`, `--json`). */
  echo: 'all' | 'matching' | 'none';
  /** A terminal's width: annotations are cut to it. Unset for a pipe, where they stay whole. */
  width?: number;
}

/**
 * Echoes a scan's input as it streams: log bytes unchanged when piped (the fast path when there is nothing
 * to add), escaped lines on a terminal, with the file name and line number in front when asked, the codes of
 * a hit line highlighted when colour is on, and the annotations under it. Chunks may end mid-line, so it
 * remembers whether the next byte starts a line and which line that is.
 */
export class ScanPrinter {
  private prefix: Buffer | undefined;
  /** The prefix as the numbering pass takes it (file name, colour codes around the number, colon). */
  private linePrefixBytes!: LinePrefix;
  private atLineStart = true;
  private nextLine = 1;
  /** The last bytes ended with a CR, taken as a line end; an LF first in the next bytes makes it a CRLF after all. */
  private afterReturn = false;
  private readonly lineNumberColon: string;
  /** A repeat's note never changes (its first sighting is fixed), and a log may repeat a code a million times. */
  private readonly repeatNotes = new Map<number, Buffer>();

  /** What goes before and after a line number's digits: colour codes and the colon. */
  private readonly numberStyle: [Buffer, Buffer];

  constructor(private readonly options: ScanPrinterOptions) {
    this.lineNumberColon = options.chalk.cyan(':');
    const [open = '', close = ''] = options.chalk.green('\0').split('\0');
    this.numberStyle = [Buffer.from(open), Buffer.from(close + this.lineNumberColon)];
    this.setPrefix(undefined);
  }

  private setPrefix(prefix: Buffer | undefined): void {
    this.prefix = prefix;
    const numbers = this.options.lineNumbers;
    const [open, close] = this.numberStyle;
    const none = Buffer.alloc(0);
    this.linePrefixBytes = { before: Buffer.concat([prefix ?? none, numbers ? open : none]), numbers, after: numbers ? close : none };
  }

  /** A new input starts: its name for the prefix, and line numbers from 1. */
  startFile(file: string): void {
    const { chalk, showFile } = this.options;
    this.setPrefix(showFile ? Buffer.from(`${chalk.magenta(escapeControls(file))}${chalk.cyan(':')}`) : undefined);
    this.atLineStart = true;
    this.nextLine = 1;
    this.afterReturn = false;
  }

  /**
   * An input ends: a last line without a line end is ended when something follows it on the same screen or stream
   * line otherwise (the next file's prefix, a message on stderr, the shell prompt). Only piped bytes with nothing
   * added in front pass through as they were.
   */
  endFile(out: Piece[]): void {
    const { escape, lineNumbers } = this.options;
    if (!this.atLineStart && (escape || this.prefix || lineNumbers)) out.push('\n');
    this.atLineStart = true;
  }

  /**
   * Log bytes that hold no code (they may start or end mid-line). Piped lines with a prefix may come out as views
   * into the WebAssembly module's memory, valid until the next startNumberingBatch() (line-numbers.ts).
   */
  bytes(data: Buffer, out: Piece[]): void {
    const { escape, lineNumbers } = this.options;
    if (!escape && !this.prefix && !lineNumbers) {
      out.push(data);
      return;
    }
    if (this.afterReturn && data[0] === NEWLINE) {
      // The CR of a CRLF ended the last bytes (an over-long line read in pieces): the line was counted there.
      if (!escape) out.push(data.subarray(0, 1));
      data = data.subarray(1);
    }
    this.afterReturn = data[data.length - 1] === RETURN;
    if (!escape) {
      // One WebAssembly pass where it runs; line by line otherwise. The module ends lines at LF only, so a lone CR
      // (which the scanner numbers as a line end) takes the line-by-line way, or the numbers would disagree.
      const state = { nextLine: this.nextLine, atLineStart: this.atLineStart };
      const numbered = hasLoneReturn(data) ? undefined : numberLines(data, this.linePrefixBytes, state);
      if (numbered) {
        out.push(...numbered);
        this.nextLine = state.nextLine;
        this.atLineStart = state.atLineStart;
      } else out.push(this.prefixedBytes(data));
      return;
    }
    const ends = new LineEnds(data);
    for (let start = 0; start < data.length; ) {
      const newline = ends.at(start);
      const end = newline < 0 ? data.length : newline + 1;
      if (this.atLineStart) this.linePrefix(this.nextLine, out);
      out.push(escape ? escapeLine(data.subarray(start, end)) : data.subarray(start, end));
      this.atLineStart = newline >= 0;
      if (newline >= 0) this.nextLine++;
      start = end;
    }
  }

  /** A line with codes: the line itself (unless its bytes went out already), then one annotation per code. */
  hit(hit: LineHit, notes: Piece[], out: Piece[]): void {
    const { echo } = this.options;
    this.afterReturn = false;
    if (echo === 'matching' || (echo === 'all' && !hit.truncated)) {
      this.linePrefix(hit.line, out);
      if (this.options.escape) out.push(this.markedLine(hit), '\n');
      else {
        out.push(hit.raw);
        if (hit.raw[hit.raw.length - 1] !== NEWLINE) out.push('\n');
      }
      this.atLineStart = true;
      this.nextLine = hit.line + 1;
    } else if (echo === 'all' && !hit.newline) {
      // An over-long last line without a newline went out as bytes: end it before the annotations.
      out.push('\n');
      this.atLineStart = true;
    }
    if (echo !== 'none') for (const note of notes) out.push(note);
  }

  /** The note under a line for a code: in full the first time it is seen, a short reference after. */
  note(code: number, readings: Entry[], firstSeen: Sighting | undefined): Piece {
    const { chalk, showFile, lang } = this.options;
    if (!firstSeen) return annotation(chalk, code, readings, undefined, showFile, lang, this.options.width);
    let note = this.repeatNotes.get(code);
    if (!note) this.repeatNotes.set(code, (note = Buffer.from(annotation(chalk, code, readings, firstSeen, showFile, lang, this.options.width))));
    return note;
  }

  /**
   * Piped bytes with the file name and line number in front of each line, built in one buffer: a piece per
   * line would cost more than the scan.
   */
  private prefixedBytes(data: Buffer): Buffer {
    // Line ends are LFs and lone CRs: counting both bytes bounds them.
    let newlines = 0;
    for (let at = data.indexOf(NEWLINE); at >= 0; at = data.indexOf(NEWLINE, at + 1)) newlines++;
    for (let at = data.indexOf(RETURN); at >= 0; at = data.indexOf(RETURN, at + 1)) newlines++;
    const [open, close] = this.numberStyle;
    const perLine = (this.prefix?.length ?? 0) + (this.options.lineNumbers ? open.length + close.length + 16 : 0);
    const size = data.length + (newlines + 1) * perLine;
    // A new buffer each time: one chunk's segments are several calls, and all are written together.
    const into = Buffer.allocUnsafe(size);
    const prefix = this.prefix;
    const numbers = this.options.lineNumbers;
    let at = 0;
    let line = this.nextLine;
    let atLineStart = this.atLineStart;
    const ends = new LineEnds(data);
    for (let start = 0; start < data.length; ) {
      const newline = ends.at(start);
      const end = newline < 0 ? data.length : newline + 1;
      if (atLineStart) {
        if (prefix) at += prefix.copy(into, at);
        if (numbers) {
          at += open.copy(into, at);
          at = writeDigits(into, at, line);
          at += close.copy(into, at);
        }
      }
      at += data.copy(into, at, start, end);
      atLineStart = newline >= 0;
      if (atLineStart) line++;
      start = end;
    }
    this.nextLine = line;
    this.atLineStart = atLineStart;
    return into.subarray(0, at);
  }

  private linePrefix(line: number, out: Piece[]): void {
    if (this.prefix) out.push(this.prefix);
    if (this.options.lineNumbers) out.push(`${this.options.chalk.green(String(line))}${this.lineNumberColon}`);
  }

  /** A hit line for a terminal: escaped, and with colour on, each code in it marked. */
  private markedLine(hit: LineHit): string {
    const { chalk } = this.options;
    if (chalk.level === 0) return escapeLine(hit.raw, false);
    const text = lineText(hit.raw);
    let out = '';
    let at = 0;
    for (const span of codeSpans(hit.findings)) {
      if (span.start < at || span.end > text.length) continue;
      out += escapeControls(text.slice(at, span.start)) + chalk.bold.red(escapeControls(text.slice(span.start, span.end)));
      at = span.end;
    }
    return `${out}${escapeControls(text.slice(at))}`;
  }
}

/** Writes a positive integer's decimal digits at `at`; returns where they end. */
function writeDigits(into: Buffer, at: number, value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  let rest = value;
  for (let k = digits - 1; k >= 0; k--) {
    into[at + k] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}

/** A line's text without its line end (LF, CRLF, or the lone CR of an old Mac log). */
function lineText(bytes: Buffer): string {
  // Without a leading byte-order mark, as the detector read the line, so its columns mark the right digits.
  const text = bytes.toString('utf8', byteOrderMarkLength(bytes));
  return text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') || text.endsWith('\r') ? text.slice(0, -1) : text;
}

/** A line for a terminal: decoded, CRLF and a lone CR shown as a plain line end, control characters escaped. */
function escapeLine(bytes: Buffer, keepEnd = true): string {
  const last = bytes[bytes.length - 1];
  const ended = last === NEWLINE || last === RETURN;
  return `${escapeControls(lineText(bytes))}${ended && keepEnd ? '\n' : ''}`;
}

/** Whether a CR in `data` ends a line by itself (not the CR of a CRLF). */
function hasLoneReturn(data: Buffer): boolean {
  for (let at = data.indexOf(RETURN); at >= 0; at = data.indexOf(RETURN, at + 1)) if (data[at + 1] !== NEWLINE) return true;
  return false;
}

/**
 * Where a match's last number lies in it, sign included: full-width digits (`错误码：７０００１`) do not spell
 * String(code), and without this the whole match, key and all, was marked. A walk from the end, no pattern.
 */
function lastNumber(match: string): { at: number; length: number } | undefined {
  let end = match.length;
  while (end > 0 && !isCodeDigit(match.charCodeAt(end - 1))) end--;
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && isCodeDigit(match.charCodeAt(start - 1))) start--;
  if (start > 0 && isMinusSign(match.charCodeAt(start - 1))) start--;
  return { at: start, length: end - start };
}

/** Where each finding's code digits lie in the line (the match may carry its key: `code:6206`), in order. */
function codeSpans(findings: Finding[]): Array<{ start: number; end: number }> {
  return findings.map((f) => {
    const digits = String(f.code);
    const within = f.match.lastIndexOf(digits);
    const number = within >= 0 ? { at: within, length: digits.length } : (lastNumber(f.match) ?? { at: 0, length: f.match.length });
    const start = f.column - 1 + number.at;
    return { start, end: start + number.length };
  });
}

/**
 * Each code's readings as JSON bytes, made once per readings array: a log that repeats a code on every line would
 * otherwise serialize (and then copy as a new string) the same few KB for each line. The caller passes the same
 * array for the same code.
 */
const readingsJson = new WeakMap<Entry[], Buffer>();

/**
 * One NDJSON line for a finding, pushed as pieces: the same bytes JSON.stringify gives for { file, line, column,
 * match, code, known, readings }, in that order.
 */
export function findingJson(file: string, line: number, finding: Finding, readings: Entry[], out: Piece[]): void {
  let readingsBytes = readingsJson.get(readings);
  if (readingsBytes === undefined) readingsJson.set(readings, (readingsBytes = Buffer.from(JSON.stringify(readings.map(toReading)))));
  const head = `{"file":${JSON.stringify(file)},"line":${line},"column":${finding.column},"match":${JSON.stringify(finding.match)},"code":${finding.code},"known":${readings.length > 0},"readings":`;
  // Raw line separators or C1 controls stand only in the file name or the match (Tencent's texts hold none).
  // Characters JSON.stringify leaves raw that a terminal acts on: only the file name and the match come from outside.
  out.push(holdsRawInJson(file) || holdsRawInJson(finding.match) ? escapeRawInJson(head) : head, readingsBytes, '}\n');
}

/** An input scan could not read (`unreadable`) or read with a warning, as stderr said it, in both languages. */
export interface ScanProblem {
  message: string;
  messageZh: string;
  unreadable: boolean;
}

/**
 * The summary document; `problems` lets a CI job see which inputs were skipped without parsing stderr, and
 * `problemsLeftOut` how many more there were past the list's cap.
 */
export function summaryJson(rows: TallyRow[], readingsOf: (code: number) => Entry[], problems: readonly ScanProblem[] = [], problemsLeftOut = 0): string {
  const summary = rows.map((row) => {
    const readings = readingsOf(row.code);
    return { code: row.code, count: row.count, firstLine: row.first.line, firstFile: row.first.file, known: readings.length > 0, readings: readings.map(toReading) };
  });
  return toJsonLine({ schemaVersion: SCHEMA_VERSION, summary, problems, problemsLeftOut });
}
