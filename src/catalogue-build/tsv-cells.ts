// What the data/*.tsv files share: a row reader that reports bad rows, and the reading and source-URL cell shapes.
import type { ProblemList } from './problems.js';

/** A reading as the TSV files write it: source, colon, code (the code's sign and digits in group 2). */
export const READING_CELL = /^(sdk|server|web|sdk-v3):(-?\d{1,6})$/u;
/** A source cell: one http(s) URL, nothing else. */
export const URL_CELL = /^https?:\/\/\S+$/u;


/**
 * Calls `row` with the trimmed cells and the 1-based line of each data row of a TSV file: blank lines and `#` comments
 * are skipped, a CR before the newline is dropped, and a row with the wrong number of cells is reported (naming the
 * cells it needs) instead of passed on.
 */
export function forEachTsvRow(text: string, file: string, problems: ProblemList, cellNames: readonly string[], row: (cells: string[], line: number) => void): void {
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/\r$/u, '');
    if (content.trim() === '' || content.startsWith('#')) return;
    const cells = content.split('\t').map((c) => c.trim());
    if (cells.length !== cellNames.length) {
      problems.add(file, line, `expected ${cellNames.length} tab-separated cells (${cellNames.join(', ')}), found ${cells.length}`);
      return;
    }
    row(cells, line);
  });
}
