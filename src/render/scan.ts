// Text for scan: per-code annotations under a log line, NDJSON findings, and the summary table and document.
import type { ChalkInstance } from 'chalk';
import type { Finding } from '../core/scan/detect.js';
import type { Sighting, TallyRow } from '../core/scan/tally.js';
import type { Entry } from '../core/types.js';
import { SCHEMA_VERSION, toReading } from './json.js';
import { codeLabel } from './labels.js';

const MARK = '  ↳ ';
const MAX_SUMMARY_CHARS = 120;

/** The first sentence of a description, for one-line annotations. */
export function firstSentence(text: string, max = MAX_SUMMARY_CHARS): string {
  const sentence = (text.split('\n')[0] ?? '').split(/(?<=[.!?])\s/)[0] ?? '';
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}

function sightingLabel(at: Sighting, showFile: boolean): string {
  return showFile ? `${at.file}:${at.line}` : `line ${at.line}`;
}

export function annotation(chalk: ChalkInstance, code: number, readings: Entry[], firstSeen: Sighting | undefined, showFile: boolean): string {
  if (firstSeen) return `${chalk.dim(`${MARK}${code} again, first at ${sightingLabel(firstSeen, showFile)}`)}\n`;
  const [first] = readings;
  if (!first) return `${chalk.dim(MARK)}${chalk.yellow(String(code))} ${chalk.red('unknown code')}: not in the catalogue\n`;
  const more = readings.length > 1 ? chalk.dim(` (+${readings.length - 1} more reading${readings.length > 2 ? 's' : ''}: chaterr explain ${code})`) : '';
  const where = `${first.source}/${first.category}`;
  return `${chalk.dim(MARK)}${chalk.yellow(codeLabel(first) === String(code) ? String(code) : `${code} (${codeLabel(first)})`)} ${chalk.dim(where)} ${chalk.cyan(`[${first.class}]`)} ${firstSentence(first.description)}${more}\n`;
}

export function findingJson(file: string, line: number, finding: Finding, readings: Entry[]): string {
  return `${JSON.stringify({
    file,
    line,
    column: finding.column,
    match: finding.match,
    code: finding.code,
    known: readings.length > 0,
    readings: readings.map(toReading),
  })}\n`;
}

export function summaryJson(rows: TallyRow[], readingsOf: (code: number) => Entry[]): string {
  const summary = rows.map((row) => {
    const readings = readingsOf(row.code);
    return { code: row.code, count: row.count, firstLine: row.first.line, firstFile: row.first.file, known: readings.length > 0, readings: readings.map(toReading) };
  });
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, summary })}\n`;
}
