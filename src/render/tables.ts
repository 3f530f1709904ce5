// Search and list output: box tables sized to the terminal, short stacked cards where no table fits, plain lines when piped.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { escapeRegExp } from '../core/regexp.js';
import type { SearchHit } from '../core/search.js';
import type { CategoryInfo, Entry } from '../core/types.js';
import { proseWidth, type RenderContext } from './context.js';
import { categoryTitle, entryText, words } from './i18n.js';
import { codeLabel, placeLabel } from './labels.js';
import { categoryPlainLine, entryPlainLine } from './plain.js';
import { displayWidth, longestUnit, wrapText } from './text.js';

export type { RenderContext } from './context.js';

/** cli-table3 pads each cell by one column on either side. */
const PADDING = 2;
/** A description column narrower than this reads badly; below it the rows stack as cards. */
const MIN_TEXT_COLUMN = 20;
/** Descriptions wrap here even on very wide terminals: like cards, long lines are hard to read. */
const MAX_TEXT_COLUMN = 80;
/** "Server · Account" wraps, but not to a word a line. */
const MIN_PLACE_COLUMN = 12;

const MIN_LAST_COLUMN = 12;
const MIN_COLUMN = 6;

/**
 * Column widths that add up to the terminal width: the last column takes what is left, and when too
 * little is left the fixed columns give up width in proportion (their text wraps).
 */
function fitColumns(width: number, fixed: number[]): number[] {
  const borders = fixed.length + 2;
  const fixedTotal = fixed.reduce((a, b) => a + b, 0);
  const room = width - borders - MIN_LAST_COLUMN;
  const scaled = fixedTotal <= room ? fixed : fixed.map((w) => Math.max(MIN_COLUMN, Math.floor((w * room) / fixedTotal)));
  const rest = Math.max(MIN_LAST_COLUMN, width - borders - scaled.reduce((a, b) => a + b, 0));
  return [...scaled, rest];
}

function newTable(ctx: RenderContext, head: string[], colWidths: number[]): Table.Table {
  return new Table({
    head: head.map((h) => ctx.chalk.bold(h)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    // cli-table3 colours borders and heads itself unless told not to; colour goes through our chalk only.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
}

/** A table whose last column takes the rest of the width (used by scan --summary). */
export function makeTable(ctx: RenderContext, head: string[], fixed: number[]): Table.Table {
  return newTable(ctx, head, fitColumns(ctx.width, fixed));
}

/** Marks each occurrence of the search stems; with colour off the text is unchanged. */
export function highlight(chalk: ChalkInstance, text: string, terms: string[]): string {
  const usable = terms.filter((t) => t.length >= 2);
  if (chalk.level === 0 || usable.length === 0) return text;
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join('|')})`, 'gi');
  return text.replace(pattern, (m) => chalk.bold.yellow(m));
}

/** One column (shared with scan --summary): its head, the narrowest it may be (codes and names never cut) and the widest its text needs. */
export interface Column {
  head: string;
  /** Display columns of the widest thing that must stay whole in this column. */
  keep: number;
  /** Display columns of the longest line of text. */
  want: number;
}

/** One cell: lines of text, each coloured after wrapping so widths are measured on plain text. */
export interface Cell {
  text: string;
  style?: (line: string) => string;
}

/** A column whose every value stays whole on one line (codes, slugs, counts). */
export function wholeColumn(head: string, values: string[]): Column {
  return { head, keep: widest(values), want: widest(values) };
}

const widest = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => t.split('\n')).map(displayWidth));
const longestWord = (texts: string[]) => Math.max(0, ...texts.map(longestUnit));

/** A column of wrapping text: never narrower than its longest word, nor than `floor` when its text is longer. */
export function textColumn(head: string, values: string[], floor: number): Column {
  const want = widest(values);
  return { head, keep: Math.max(longestWord(values), Math.min(want, floor)), want };
}

/**
 * Column widths (padding included) for the terminal width, or undefined when even the narrowest table
 * does not fit. Spare width goes to the columns that need least to show their text whole, then to the
 * rest, never beyond what the text wants, so short tables stay narrow.
 */
function layoutColumns(width: number, columns: Column[]): number[] | undefined {
  const borders = columns.length + 1;
  const widths = columns.map((c) => Math.max(c.keep, displayWidth(c.head)) + PADDING);
  let room = width - borders - widths.reduce((a, b) => a + b, 0);
  if (room < 0) return undefined;
  // The cheapest columns are made whole first, so one wide text column does not leave the others wrapping.
  const deficit = (i: number) => (columns[i]?.want ?? 0) + PADDING - (widths[i] ?? 0);
  const order = [...columns.keys()].sort((a, b) => deficit(a) - deficit(b));
  for (const i of order) {
    const column = columns[i];
    const current = widths[i];
    if (column === undefined || current === undefined) continue;
    const add = Math.min(room, Math.max(0, column.want + PADDING - current));
    widths[i] = current + add;
    room -= add;
  }
  return widths;
}

/** The box table, or undefined when even its narrowest layout is wider than the terminal (then stack cards). */
export function drawTable(ctx: RenderContext, columns: Column[], rows: Cell[][]): string | undefined {
  const widths = layoutColumns(ctx.width, columns);
  if (!widths) return undefined;
  const table = newTable(ctx, columns.map((c) => c.head), widths);
  for (const row of rows) {
    table.push(
      row.map((cell, i) => {
        const lines = wrapText(cell.text, (widths[i] ?? MIN_TEXT_COLUMN) - PADDING, { keepLong: true });
        const style = cell.style ?? ((s: string) => s);
        return lines.map((line) => style(line)).join('\n');
      }),
    );
  }
  return `${table.toString()}\n`;
}

/**
 * A short card per row, for terminals too narrow for the table. The head's parts (a code, its names) share the
 * first line when they fit, else each takes its own line, whole; the body wraps indented under them.
 */
export interface StackedCard {
  head: Array<{ text: string; style?: (text: string) => string }>;
  body: Array<{ text: string; style?: (line: string) => string }>;
}

export function stackCards(ctx: RenderContext, cards: StackedCard[]): string {
  const width = proseWidth(ctx);
  const blocks = cards.map(({ head, body }) => {
    const lines: string[] = [];
    const paint = (part: StackedCard['head'][number]) => (part.style ? part.style(part.text) : part.text);
    const parts = head.filter((p) => p.text !== '');
    if (displayWidth(parts.map((p) => p.text).join('  ')) <= width) lines.push(parts.map(paint).join('  '));
    // Later parts are indented under the first, unless the indent would push a whole name past the edge.
    else parts.forEach((part, i) => lines.push(`${i === 0 || displayWidth(part.text) + 2 > width ? '' : '  '}${paint(part)}`));
    for (const { text, style } of body) {
      for (const line of wrapText(text, width - 2)) lines.push(`  ${style ? style(line) : line}`);
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function codeHead(ctx: RenderContext, e: Entry): StackedCard['head'] {
  return [{ text: codeLabel(e), style: (t) => ctx.chalk.yellow(t) }, ...e.names.map((n) => ({ text: n, style: (t: string) => ctx.chalk.cyan(t) }))];
}

export function renderSearchTable(hits: SearchHit[], ctx: RenderContext): string {
  if (ctx.layout === 'plain') return hits.map((h) => entryPlainLine(h.entry, ctx.lang)).join('');
  const head = words(ctx.lang).head;
  const codes = hits.map((h) => codeLabel(h.entry));
  const places = hits.map((h) => placeLabel(h.entry, ctx.lang));
  const texts = hits.map((h) => [...h.entry.names, entryText(h.entry, ctx.lang).description].join('\n'));
  const names = hits.flatMap((h) => h.entry.names);
  const columns: Column[] = [
    wholeColumn(head.code, codes),
    textColumn(head.where, places, MIN_PLACE_COLUMN),
    { head: head.description, keep: Math.max(widest(names), MIN_TEXT_COLUMN), want: Math.min(widest(texts), MAX_TEXT_COLUMN) },
  ];
  const mark = (line: string, terms: string[]) => highlight(ctx.chalk, line, terms);
  const table = drawTable(
    ctx,
    columns,
    hits.map((h, i) => [
      { text: codes[i] ?? '', style: ctx.chalk.yellow },
      { text: places[i] ?? '' },
      { text: texts[i] ?? '', style: (line) => mark(line, h.terms) },
    ]),
  );
  if (table !== undefined) return table;
  return stackCards(
    ctx,
    hits.map((h, i) => ({
      head: codeHead(ctx, h.entry),
      body: [
        { text: places[i] ?? '', style: (line) => ctx.chalk.dim(line) },
        { text: entryText(h.entry, ctx.lang).description, style: (line) => mark(line, h.terms) },
      ],
    })),
  );
}

/** Categories, each with the spans of codes it really holds when known (one range row must not inflate it). */
export function renderCategoriesTable(categories: Array<CategoryInfo & { spans?: Array<[number, number]> }>, ctx: RenderContext): string {
  if (ctx.layout === 'plain') return categories.map((c) => categoryPlainLine(c, ctx.lang)).join('');
  const w = words(ctx.lang);
  const cells = categories.map((c) => ({
    source: c.source,
    category: c.category,
    count: String(c.count),
    // Each span is one word ("20001–23009"), so wrapping breaks between spans, never inside one.
    codes: (c.spans ?? [[c.min, c.max]]).map(([low, high]) => (low === high ? String(low) : `${low}–${high}`)).join(', '),
    title: categoryTitle(c, ctx.lang),
  }));
  const col = (head: string, values: string[], floor?: number): Column =>
    floor === undefined ? wholeColumn(head, values) : textColumn(head, values, floor);
  const table = drawTable(
    ctx,
    [
      col(w.head.source, cells.map((c) => c.source)),
      col(w.head.category, cells.map((c) => c.category)),
      col(w.head.count, cells.map((c) => c.count)),
      col(w.head.codes, cells.map((c) => c.codes), 0),
      col(w.head.title, cells.map((c) => c.title), MIN_TEXT_COLUMN),
    ],
    cells.map((c) => [{ text: c.source }, { text: c.category, style: ctx.chalk.cyan }, { text: c.count }, { text: c.codes }, { text: c.title }]),
  );
  if (table !== undefined) return table;
  return stackCards(
    ctx,
    cells.map((c) => ({
      head: [{ text: `${c.source}/${c.category}`, style: (t) => ctx.chalk.cyan(t) }, { text: w.codes(Number(c.count)) }],
      // The spans can be a long list: in the body they wrap between spans.
      body: [{ text: c.codes }, { text: c.title }],
    })),
  );
}

export function renderEntriesTable(category: CategoryInfo, entries: Entry[], ctx: RenderContext): string {
  if (ctx.layout === 'plain') return entries.map((e) => entryPlainLine(e, ctx.lang)).join('');
  const w = words(ctx.lang);
  const place = placeLabel({ source: category.source, category: category.category, categoryTitle: category.title }, ctx.lang);
  const heading = wrapText(w.entriesHeading(place, `${category.source}/${category.category}`, entries.length), ctx.width, { keepLong: true })
    .map((line) => ctx.chalk.bold(line))
    .join('\n');
  const codes = entries.map(codeLabel);
  const classes = entries.map((e) => e.class);
  const texts = entries.map((e) => [...e.names, entryText(e, ctx.lang).description].join('\n'));
  const names = entries.flatMap((e) => e.names);
  const table = drawTable(
    ctx,
    [
      wholeColumn(w.head.code, codes),
      wholeColumn(w.head.class, classes),
      { head: w.head.description, keep: Math.max(widest(names), MIN_TEXT_COLUMN), want: Math.min(widest(texts), MAX_TEXT_COLUMN) },
    ],
    entries.map((e, i) => [
      { text: codes[i] ?? '', style: ctx.chalk.yellow },
      { text: e.class },
      { text: texts[i] ?? '', style: (line) => (e.names.includes(line) ? ctx.chalk.cyan(line) : line) },
    ]),
  );
  if (table !== undefined) return `${heading}\n${table}`;
  return `${heading}\n${stackCards(
    ctx,
    entries.map((e) => ({ head: codeHead(ctx, e), body: [{ text: `[${e.class}] ${entryText(e, ctx.lang).description}` }] })),
  )}`;
}
