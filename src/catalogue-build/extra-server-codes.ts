// Reads data/extra-server-codes.tsv: server codes that Tencent's REST API pages document and its Error Codes page lacks.
import { codeKey } from '../core/code-key.js';
import type { Entry } from '../core/types.js';
import type { ProblemList } from './problems.js';
import { forEachTsvRow, URL_CELL } from './tsv-cells.js';

export const EXTRA_SERVER_CODES_FILE = 'data/extra-server-codes.tsv';

const CODE = /^-?\d{1,6}$/u;
const API = /^[a-z][a-z0-9_]{1,63}$/u;
const MAX_TEXT_CHARS = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/**
 * New server readings, one per row: Tencent's Chinese description from the REST pages' error tables, our English one,
 * in a server category the page already has, with the pages as links. Every problem is reported with its line: a code
 * that is already a server reading or appears twice, a category the catalogue has no server table for, a text out of
 * bounds or holding a control character, an API name that is no path segment, a source that is no URL.
 */
export function extraServerEntries(text: string, existing: readonly Entry[], problems: ProblemList, file = EXTRA_SERVER_CODES_FILE): Entry[] {
  const titles = new Map<string, string>();
  for (const e of existing) if (e.source === 'server') titles.set(e.category, e.categoryTitle);
  const taken = new Set(existing.map(codeKey));
  const out: Entry[] = [];
  forEachTsvRow(text, file, problems, ['code', 'category', 'descriptionZh', 'description', 'apis', 'source URLs'], (cells, line) => {
    const [codeCell, category, descriptionZh, description, apiCell, sourceCell] = cells as [string, string, string, string, string, string];
    const count = problems.problems.length;
    const code = Number(codeCell);
    const k = codeKey({ source: 'server', code });
    if (!CODE.test(codeCell)) problems.add(file, line, `"${codeCell}" is not a code`);
    else if (taken.has(k)) problems.add(file, line, `${k} is already in the catalogue`);
    const categoryTitle = titles.get(category);
    if (categoryTitle === undefined) problems.add(file, line, `"${category}" is not a server category (${[...titles.keys()].join(', ')})`);
    for (const [name, value] of [['descriptionZh', descriptionZh], ['description', description]] as const) {
      if (value === '' || value.length > MAX_TEXT_CHARS) problems.add(file, line, `${name} is 1 to ${MAX_TEXT_CHARS} characters (this one is ${value.length})`);
      if (CONTROL.test(value)) problems.add(file, line, `${name} holds a control character`);
    }
    const apis = apiCell.split(',').map((a) => a.trim());
    const badApi = apis.find((a) => !API.test(a));
    if (badApi !== undefined) problems.add(file, line, `"${badApi}" is not a REST API name (the path's last segment)`);
    const sources = sourceCell.split(/\s+/u);
    const badSource = sources.find((s) => !URL_CELL.test(s));
    if (badSource !== undefined) problems.add(file, line, `"${badSource}" is not a source URL`);
    if (problems.problems.length > count || categoryTitle === undefined) return;
    taken.add(k);
    out.push({
      code,
      source: 'server',
      category,
      categoryTitle,
      names: [],
      description,
      descriptionZh,
      descriptionZhFrom: 'tencent',
      links: sources.map((url, n) => ({ text: sources.length > 1 ? `REST API page ${n + 1} (${apis.join(', ')})` : `REST API page (${apis.join(', ')})`, url })),
      class: 'retry',
      advice: '',
      adviceZh: '',
      adviceFrom: 'class',
      causes: [],
      causesZh: [],
      adviceSources: [],
      related: [],
      documented: true,
    });
  });
  return out;
}
