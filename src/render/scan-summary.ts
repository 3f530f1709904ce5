// The end-of-scan summary: aligned lines for a terminal, tab-separated lines for a pipe, a Markdown table for CI.
import { plainLine } from './plain.js';
import type { TallyRow } from '../core/scan/tally.js';
import type { Entry } from '../core/types.js';
import type { RenderContext } from './explain.js';
import { descriptionIn, firstSentence, summaryJson, type ScanLang, type ScanProblem } from './scan.js';
import { cutToColumns, displayWidth, escapeControls, wrapText } from './text.js';

export interface SummaryOptions {
  /** Several inputs: the first place names its file. */
  showFile: boolean;
  lang: ScanLang;
  /** What stderr said of inputs skipped or read with a warning: only the JSON document repeats it. */
  problems?: readonly ScanProblem[];
  /** Problems past the JSON list's cap: counted, so a reader knows the list is not all of them. */
  problemsLeftOut?: number;
  /** How many inputs could not be read: the Markdown summary says so, as it has no stderr beside it. */
  unreadable?: number;
}

const GAP = ' ';
const BAR = '█';
const BAR_WIDTH = 10;

const WORDS = {
  en: { head: ['Code', 'Where', 'Name', 'Count', 'First', '', 'Description'], unknown: 'not in the catalogue', markdownHead: ['Code', 'Source', 'Category', 'Name', 'Count', 'First seen', 'Description'], none: 'No error codes found.' },
  zh: { head: ['错误码', '来源', '常量名', '次数', '首次', '', '说明'], unknown: '不在目录中', markdownHead: ['错误码', '来源', '分类', '常量名', '次数', '首次出现', '说明'], none: '未发现错误码。' },
} as const;

function totalLine(rows: TallyRow[], lang: ScanLang): string {
  let sightings = 0;
  for (const row of rows) sightings += row.count;
  const codes = rows.length;
  return lang === 'zh' ? `合计：${codes} 个错误码，共出现 ${sightings} 次` : `Total: ${sightings} finding${sightings === 1 ? '' : 's'} of ${codes} code${codes === 1 ? '' : 's'}`;
}

/** What one row says, before any layout. */
interface RowText {
  code: string;
  source: string;
  category: string;
  name: string;
  count: string;
  first: string;
  description: string;
  known: boolean;
}

function rowText(row: TallyRow, readings: Entry[], options: SummaryOptions): RowText {
  const [reading] = readings;
  const first = options.showFile ? `${row.first.file}:${row.first.line}` : String(row.first.line);
  return {
    code: String(row.code),
    source: reading?.source ?? '',
    category: reading?.category ?? '',
    name: reading?.names[0] ?? '',
    count: String(row.count),
    // File names are untrusted: no control character reaches any output live. A tab, which log lines keep, would
    // throw the aligned columns after it out of line: it is shown as \t too.
    first: escapeControls(first).replace(/\t/g, '\\t'),
    description: reading ? firstSentence(descriptionIn(reading, options.lang), 400) : WORDS[options.lang].unknown,
    known: Boolean(reading),
  };
}


function pad(text: string, width: number, right = false): string {
  const room = Math.max(0, width - displayWidth(text));
  return right ? ' '.repeat(room) + text : text + ' '.repeat(room);
}

interface Layout {
  code: number;
  where: number;
  name: number;
  count: number;
  first: number;
  bar: number;
  description: number;
}

/** Below this a description says nothing ("UserSig has…"): the column is dropped rather than shown cut so short. */
const MIN_DESCRIPTION = 16;
/** The narrowest a place is cut to ("sdk/acc…") when even without the description the row does not fit. */
const MIN_WHERE = 8;

/**
 * Column widths for `width` terminal columns. The code, constant name and count are never cut. The place is shown
 * whole while the row fits without the description; the description needs MIN_DESCRIPTION columns or is dropped,
 * since a whole place ("server/account") says more than a sentence cut to a dozen columns. Then the place is cut,
 * and the bar, place and first sighting are dropped in turn when even their minimum does not fit. A column of
 * width 0 is not drawn.
 */
function layout(texts: RowText[], width: number, head: readonly string[]): Layout {
  const widest = (pick: (t: RowText) => string, title: string) => texts.reduce((w, t) => Math.max(w, displayWidth(pick(t))), displayWidth(title));
  const fixed = { code: widest((t) => t.code, head[0] ?? ''), name: widest((t) => t.name, head[2] ?? ''), count: widest((t) => t.count, head[3] ?? '') };
  const want = {
    where: widest((t) => (t.known ? `${t.source}/${t.category}` : ''), head[1] ?? ''),
    first: widest((t) => t.first, head[4] ?? ''),
    bar: BAR_WIDTH,
    description: widest((t) => t.description, head[6] ?? ''),
  };
  const min = { where: want.where, first: Math.min(want.first, 8), bar: 3, description: Math.min(want.description, MIN_DESCRIPTION) };
  const shown = new Set<keyof typeof want>(['description', 'bar', 'where', 'first']);
  const used = () => fixed.code + fixed.name + fixed.count + [...shown].reduce((sum, c) => sum + min[c], 0) + GAP.length * (2 + shown.size);
  // What gives way when space runs out, in order: the description, the place's full width, the bar, the place,
  // the first sighting.
  const giveWay: Array<() => void> = [
    () => shown.delete('description'),
    () => (min.where = Math.min(want.where, MIN_WHERE)),
    () => shown.delete('bar'),
    () => shown.delete('where'),
    () => shown.delete('first'),
  ];
  for (const step of giveWay) if (used() > width) step();
  const got = { where: 0, first: 0, bar: 0, description: 0 };
  for (const c of shown) got[c] = min[c];
  let room = Math.max(0, width - used());
  const grow = (c: keyof typeof want, upTo: number) => {
    if (!shown.has(c)) return;
    const add = Math.min(room, Math.max(0, Math.min(want[c], upTo) - got[c]));
    got[c] += add;
    room -= add;
  };
  // The place gets its full width back if it was cut, the first sighting enough for a file and line, then the
  // bar a little, then the description the rest.
  grow('where', Infinity);
  grow('first', 18);
  grow('bar', 6);
  grow('description', Infinity);
  grow('first', Infinity);
  grow('bar', Infinity);
  return { ...fixed, ...got };
}

/** The columns that are never cut or dropped, with the gaps between them. */
function fixedWidth(cols: Layout): number {
  return cols.code + cols.name + cols.count + 2 * GAP.length;
}

/**
 * One line per code, most frequent first, aligned to fit `ctx.width` columns (the code and constant name are
 * never cut), under a header, with a total line; for a terminal.
 */
export function summaryLines(rows: TallyRow[], readingsOf: (code: number) => Entry[], ctx: RenderContext, options: SummaryOptions): string {
  const { chalk } = ctx;
  const texts = rows.map((row) => rowText(row, readingsOf(row.code), options));
  // The header's words widen the code and count columns ("Count", 次数): on a 40-column terminal they pushed every
  // row of a long constant name past the edge. When the rows fit without them, the header goes (the total line
  // still says what the counts are); when they do not fit either, nothing is gained by dropping it.
  const withHead = WORDS[options.lang].head;
  const headless = withHead.map(() => '');
  const bare = layout(texts, ctx.width, headless);
  const rowsFitOnlyBare = fixedWidth(layout(texts, ctx.width, withHead)) > ctx.width && fixedWidth(bare) <= ctx.width;
  const head = rowsFitOnlyBare ? headless : withHead;
  const cols = rowsFitOnlyBare ? bare : layout(texts, ctx.width, head);
  // The constant name was padded to the longest one, so on a terminal too narrow for it (40 columns and a
  // 48-character name) every row ran past the edge, and the terminal wrapped each. Then the count comes before
  // the name, which ends the row unpadded: only the rows whose own name is that long run past the edge.
  if (fixedWidth(cols) > ctx.width) return nameLastLines(rows, texts, ctx, options);
  let maxCount = 1;
  for (const row of rows) if (row.count > maxCount) maxCount = row.count;

  const cells = (values: string[], style: Array<(s: string) => string>): string => {
    const widths = [cols.code, cols.where, cols.name, cols.count, cols.first, cols.bar, cols.description];
    const parts: string[] = [];
    values.forEach((value, i) => {
      const w = widths[i] as number;
      if (w === 0 && i !== 2) return;
      const fitted = i === 4 ? cutToColumns(value, w, true) : i === 0 || i === 2 || i === 3 ? value : cutToColumns(value, w);
      const isLast = i === 6 || (i === 5 && cols.description === 0);
      parts.push((style[i] as (s: string) => string)(isLast ? fitted : pad(fitted, w, i === 3)));
    });
    return parts.join(GAP).trimEnd();
  };

  const dim = (s: string) => chalk.dim(s);
  const plain = (s: string) => s;
  const lines = rowsFitOnlyBare ? [] : [cells([...head], [dim, dim, dim, dim, dim, dim, dim])];
  for (const [i, t] of texts.entries()) {
    const count = (rows[i] as TallyRow).count;
    const bar = BAR.repeat(Math.max(1, Math.round((count / maxCount) * cols.bar)));
    const where = t.known ? `${t.source}/${t.category}` : '-';
    lines.push(cells([t.code, where, t.name, t.count, t.first, bar, t.description], [chalk.yellow, dim, chalk.cyan, plain, plain, chalk.green, plain]));
  }
  lines.push(...fittedTotal(rows, ctx, options));
  return `${lines.join('\n')}\n`;
}

/** The total line wrapped to the terminal: at its narrowest (20 columns) "Total: 9 findings of 9 codes" ran past it. */
function fittedTotal(rows: TallyRow[], ctx: RenderContext, options: SummaryOptions): string[] {
  return wrapText(totalLine(rows, options.lang), ctx.width).map((line) => ctx.chalk.bold(line));
}

/** The summary as code, count and constant name, for a terminal narrower than the longest name needs. */
function nameLastLines(rows: TallyRow[], texts: RowText[], ctx: RenderContext, options: SummaryOptions): string {
  const { chalk } = ctx;
  const [code = '', , name = '', count = ''] = WORDS[options.lang].head;
  const codeWidth = texts.reduce((w, t) => Math.max(w, displayWidth(t.code)), 0);
  const countWidth = texts.reduce((w, t) => Math.max(w, displayWidth(t.count)), 0);
  // As in summaryLines, a header whose words would widen the columns ("Count" over counts of two digits) is left
  // out: the total line still says what the counts are.
  const headFits = displayWidth(code) <= codeWidth && displayWidth(count) <= countWidth;
  const lines = headFits ? [chalk.dim([pad(code, codeWidth), pad(count, countWidth, true), name].join(GAP))] : [];
  for (const t of texts) lines.push([chalk.yellow(pad(t.code, codeWidth)), pad(t.count, countWidth, true), chalk.cyan(t.name)].join(GAP).trimEnd());
  lines.push(...fittedTotal(rows, ctx, options));
  return `${lines.join('\n')}\n`;
}

/**
 * One tab-separated line per code for pipes and scripts, no header, no total and nothing cut: code, source,
 * category, names (comma-separated), description in the language (the plain-line columns of list and
 * search), then count and first place (`file:line`, `-` for stdin).
 */
export function summaryTsv(rows: TallyRow[], readingsOf: (code: number) => Entry[], options: SummaryOptions): string {
  let out = '';
  for (const row of rows) {
    const [reading] = readingsOf(row.code);
    const fields = reading
      ? [String(row.code), reading.source, reading.category, reading.names.join(','), descriptionIn(reading, options.lang)]
      : [String(row.code), '', '', '', WORDS[options.lang].unknown];
    out += plainLine([...fields, row.count, `${row.first.file}:${row.first.line}`]);
  }
  return out;
}

/**
 * A cell for a Markdown table: no line break, nothing that could start HTML, and every character that could end the
 * cell or make a link, emphasis, code span or entity (a file name such as `[x](https://…)`) backslash-escaped. So is
 * what GitHub's autolinks start from, with no brackets at all: the `.` of `www.`, an `@`, and the `:` of `://`, so
 * `www.example.com/app.log`, `ops@example.com.log` or `http://example.com/x.log` (a path reads `//` as `/`) is
 * no link either; they were.
 */
function markdownCell(text: string): string {
  return escapeControls(text)
    .replace(/[\\|`*_[\]~&@]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/</g, '&lt;');
}

/** A GitHub-flavoured Markdown table (for CI step summaries and pull-request comments) and a total line. */
export function summaryMarkdown(rows: TallyRow[], readingsOf: (code: number) => Entry[], options: SummaryOptions): string {
  // A CI step summary says that the log was scanned and held no code, rather than staying empty or showing a bare header.
  // An input that could not be read is no clean log: "No error codes found." alone was all a missing log left there.
  const unreadable = options.unreadable ?? 0;
  const notRead = unreadable === 0 ? '' : options.lang === 'zh' ? `有 ${unreadable} 个输入无法读取。` : `${unreadable === 1 ? '1 input' : `${unreadable} inputs`} could not be read.`;
  if (rows.length === 0) return `${[WORDS[options.lang].none, notRead].filter((t) => t !== '').join(options.lang === 'zh' ? '' : ' ')}\n`;
  const head = WORDS[options.lang].markdownHead;
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 || i === 4 ? '---:' : '---')).join(' | ')} |`];
  for (const row of rows) {
    const t = rowText(row, readingsOf(row.code), options);
    const code = `\`${t.code}\``;
    const name = t.name ? `\`${t.name}\`` : '';
    lines.push(`| ${[code, t.source, t.category, name, t.count, t.first, t.description].map((c, i) => (i === 0 || i === 3 ? c : markdownCell(c))).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n\n${totalLine(rows, options.lang)}${notRead === '' ? '' : `\n\n${notRead}`}\n`;
}

/** Which summary: aligned lines (a terminal, or --table), tab-separated lines, Markdown, or the JSON document. */
export type SummaryFormat = 'table' | 'plain' | 'markdown' | 'json';

export function summaryText(format: SummaryFormat, rows: TallyRow[], readingsOf: (code: number) => Entry[], ctx: RenderContext, options: SummaryOptions): string {
  if (format === 'json') return summaryJson(rows, readingsOf, options.problems, options.problemsLeftOut);
  if (format === 'markdown') return summaryMarkdown(rows, readingsOf, options);
  return format === 'table' ? summaryLines(rows, readingsOf, ctx, options) : summaryTsv(rows, readingsOf, options);
}
