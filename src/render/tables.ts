// Tables for search and list, drawn with cli-table3 and sized to the terminal width.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { SearchHit } from '../core/search.js';
import type { CategoryInfo, Entry } from '../core/types.js';
import type { RenderContext } from './explain.js';
import { codeLabel, formatRange, placeLabel } from './labels.js';

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

/** cli-table3 colours borders and heads itself unless told not to; colour goes through our chalk only. */
export function makeTable(ctx: RenderContext, head: string[], fixed: number[]): Table.Table {
  return new Table({
    head: head.map((h) => ctx.chalk.bold(h)),
    colWidths: fitColumns(ctx.width, fixed),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks each occurrence of the search stems; with colour off the text is unchanged. */
export function highlight(chalk: ChalkInstance, text: string, terms: string[]): string {
  const usable = terms.filter((t) => t.length >= 2);
  if (chalk.level === 0 || usable.length === 0) return text;
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join('|')})`, 'gi');
  return text.replace(pattern, (m) => chalk.bold.yellow(m));
}

export function renderSearchTable(hits: SearchHit[], ctx: RenderContext): string {
  const table = makeTable(ctx, ['Code', 'Where', 'Description'], [9, 24]);
  for (const hit of hits) {
    const e = hit.entry;
    const names = e.names.length > 0 ? `${e.names.join(', ')}\n` : '';
    table.push([ctx.chalk.yellow(codeLabel(e)), placeLabel(e), highlight(ctx.chalk, `${names}${e.description}`, hit.terms)]);
  }
  return `${table.toString()}\n`;
}

/** Categories, each with the spans of codes it really holds when known (one range row must not inflate it). */
export function renderCategoriesTable(categories: Array<CategoryInfo & { spans?: Array<[number, number]> }>, ctx: RenderContext): string {
  const table = makeTable(ctx, ['Source', 'Category', 'Count', 'Codes', 'Title'], [8, 20, 7, 18]);
  for (const c of categories) {
    table.push([c.source, ctx.chalk.cyan(c.category), String(c.count), (c.spans ?? [[c.min, c.max]]).map(([a, b]) => formatRange(a, b)).join(', '), c.title]);
  }
  return `${table.toString()}\n`;
}

export function renderEntriesTable(category: CategoryInfo, entries: Entry[], ctx: RenderContext): string {
  const heading = ctx.chalk.bold(`${placeLabel({ source: category.source, categoryTitle: category.title })} (${category.source}/${category.category}): ${entries.length} codes`);
  const table = makeTable(ctx, ['Code', 'Class', 'Description'], [10, 12]);
  for (const e of entries) {
    const names = e.names.length > 0 ? `${ctx.chalk.cyan(e.names.join(', '))}\n` : '';
    table.push([ctx.chalk.yellow(codeLabel(e)), e.class, `${names}${e.description}`]);
  }
  return `${heading}\n${table.toString()}\n`;
}
