// The end-of-scan summary table: codes by count, with where each was first seen and a bar for the count.
import Table from 'cli-table3';
import type { TallyRow } from '../core/scan/tally.js';
import type { Entry } from '../core/types.js';
import type { RenderContext } from './explain.js';
import { firstSentence } from './scan.js';

const BAR_WIDTH = 10;

export function summaryTable(rows: TallyRow[], readingsOf: (code: number) => Entry[], ctx: RenderContext, showFile: boolean): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const fixed = [9, 8, 14, 11, BAR_WIDTH + 2];
  const rest = Math.max(16, ctx.width - fixed.reduce((a, b) => a + b, 0) - (fixed.length + 2));
  const table = new Table({
    head: ['Code', 'Count', 'First', 'Class', 'Description', ''].map((h) => ctx.chalk.bold(h)),
    colWidths: [fixed[0], fixed[1], fixed[2], fixed[3], rest, fixed[4]] as number[],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) {
    const [reading] = readingsOf(row.code);
    const bar = '█'.repeat(Math.max(1, Math.round((row.count / max) * BAR_WIDTH)));
    table.push([
      ctx.chalk.yellow(String(row.code)),
      String(row.count),
      showFile ? `${row.first.file}:${row.first.line}` : String(row.first.line),
      reading?.class ?? 'unknown',
      reading ? firstSentence(reading.description, 200) : 'not in the catalogue',
      ctx.chalk.green(bar),
    ]);
  }
  return `${table.toString()}\n`;
}
