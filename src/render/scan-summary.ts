// The end-of-scan summary table: codes by count, with where each was first seen and a bar for the count.
import type { TallyRow } from '../core/scan/tally.js';
import type { Entry } from '../core/types.js';
import type { RenderContext } from './explain.js';
import { firstSentence } from './scan.js';
import { makeTable } from './tables.js';

const BAR_WIDTH = 10;

export function summaryTable(rows: TallyRow[], readingsOf: (code: number) => Entry[], ctx: RenderContext, showFile: boolean): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const firstWidth = Math.max(7, ...rows.map((r) => (showFile ? `${r.first.file}:${r.first.line}` : String(r.first.line)).length + 2));
  // The description is the flexible column, so it goes last; the bar sits before it.
  const table = makeTable(ctx, ['Code', 'Count', 'First', 'Class', 'Bar', 'Description'], [9, 8, Math.min(firstWidth, 30), 12, BAR_WIDTH + 2]);
  for (const row of rows) {
    const [reading] = readingsOf(row.code);
    const bar = '█'.repeat(Math.max(1, Math.round((row.count / max) * BAR_WIDTH)));
    table.push([
      ctx.chalk.yellow(String(row.code)),
      String(row.count),
      showFile ? `${row.first.file}:${row.first.line}` : String(row.first.line),
      reading?.class ?? 'unknown',
      ctx.chalk.green(bar),
      reading ? firstSentence(reading.description, 200) : 'not in the catalogue',
    ]);
  }
  return `${table.toString()}\n`;
}
