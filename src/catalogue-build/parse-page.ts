// Parses the "Error Codes" Markdown page into rows that remember their section, category and line.
import type { Source } from '../core/types.js';
import type { ProblemList } from './problems.js';

export interface PageRow {
  line: number;
  source: Source;
  category: string;
  categoryTitle: string;
  /** The first number of the row; for a range row, its lower bound. */
  code: number;
  range?: [number, number];
  rawDescription: string;
}

const SECTION_HEADINGS: Array<[RegExp, Source]> = [
  [/^##\s+1\.\s/, 'sdk'],
  [/^##\s+2\.\s/, 'server'],
  [/^##\s+3\.\s/, 'sdk-v3'],
];

/** Section 3 has no category headings: all of it is the legacy V3 table. */
const LEGACY = { category: 'legacy', title: 'Legacy SDK V3 error codes' };

/** "Common backend error codes" -> "common-backend"; "Error codes for recent contacts" -> "recent-contacts". */
export function categorySlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/error codes( for)?/g, ' ')
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const CODE_CELL = /^(-?\d+)(?:\s*-\s*(-?\d+))?$/;

export function parsePage(text: string, file: string, problems: ProblemList): PageRow[] {
  const rows: PageRow[] = [];
  let source: Source | undefined;
  let category: { category: string; title: string } | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const section = SECTION_HEADINGS.find(([pattern]) => pattern.test(raw));
    if (section) {
      source = section[1];
      category = source === 'sdk-v3' ? LEGACY : undefined;
      return;
    }
    const heading = /^###\s+(.+?)\s*$/.exec(raw);
    if (heading?.[1]) {
      category = { category: categorySlug(heading[1]), title: heading[1] };
      return;
    }
    if (!raw.startsWith('|')) return;
    const cells = raw.split('|').slice(1, -1).map((c) => c.trim());
    const first = cells[0] ?? '';
    if (/^error code$/i.test(first) || /^-+$/.test(first)) return;
    if (cells.length !== 2) {
      problems.add(file, line, `table row has ${cells.length} cells, expected 2 (code | description)`);
      return;
    }
    const match = CODE_CELL.exec(first);
    if (!match?.[1]) {
      problems.add(file, line, `unparsable code cell "${first}"`);
      return;
    }
    if (!source || !category) {
      problems.add(file, line, 'table row outside a known section and category');
      return;
    }
    const rawDescription = cells[1] ?? '';
    if (rawDescription === '') problems.add(file, line, `code ${first} has an empty description`);
    const low = Number(match[1]);
    const row: PageRow = { line, source, category: category.category, categoryTitle: category.title, code: low, rawDescription };
    if (match[2] !== undefined) {
      const high = Number(match[2]);
      if (high <= low) problems.add(file, line, `range ${first} is empty or reversed`);
      row.range = [low, high];
    }
    rows.push(row);
  });
  return rows;
}
