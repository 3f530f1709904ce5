// Helps with unknown input: where a number would sit, and the near codes and names the user may have meant.
import type { Catalogue } from './catalogue.js';
import { editDistance } from './edit-distance.js';
import type { Source } from './types.js';

export interface Neighbourhood {
  source: Source;
  category: string;
  title: string;
  min: number;
  max: number;
  /**
   * The block of the category's codes that holds the number (one of its `spans`): a hint that gave the whole
   * category's min and max named a range across far-apart blocks of the server message table.
   */
  span: [number, number];
}

/** The category whose codes surround the number: both nearest known codes share it. */
export function whereCodeWouldSit(catalogue: Catalogue, code: number): Neighbourhood | undefined {
  const documented = catalogue.entries.filter((e) => e.documented && !e.range);
  let below: (typeof documented)[number] | undefined;
  let above: (typeof documented)[number] | undefined;
  for (const e of documented) {
    if (e.code < code && (!below || e.code > below.code)) below = e;
    if (e.code > code && (!above || e.code < above.code)) above = e;
  }
  if (!below || !above || below.source !== above.source || below.category !== above.category) return undefined;
  const info = catalogue.categories.find((c) => c.source === below.source && c.category === below.category);
  if (!info) return undefined;
  const span = info.spans?.find(([first, last]) => first <= code && code <= last) ?? [info.min, info.max];
  return { source: info.source, category: info.category, title: info.title, min: info.min, max: info.max, span: [span[0], span[1]] };
}

const MAX_SUGGESTIONS = 5;

/** How likely a one-edit typo is: a digit left out or two digits swapped, then a digit too many, then a wrong digit. */
function typoRank(typed: string, candidate: string): number {
  if (candidate.length === typed.length + 1) return 0;
  if (candidate.length === typed.length) {
    const differ = [...typed].flatMap((ch, i) => (ch === candidate[i] ? [] : [i]));
    const [a, b] = differ;
    if (differ.length === 2 && a !== undefined && b === a + 1 && typed[a] === candidate[b] && typed[b] === candidate[a]) return 0;
    return 2;
  }
  return 1;
}

/** Known codes one typo away (a digit missing, swapped, extra or wrong), likeliest typo first. */
export function nearCodes(catalogue: Catalogue, code: number): number[] {
  const typed = String(Math.abs(code));
  const scored: Array<[number, number, number]> = [];
  for (const candidate of catalogue.codes) {
    if (candidate === code || (candidate < 0) !== (code < 0)) continue;
    const digits = String(Math.abs(candidate));
    if (editDistance(typed, digits, 1) === 1) scored.push([candidate, typoRank(typed, digits), Math.abs(candidate - code)]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .slice(0, MAX_SUGGESTIONS)
    .map(([c]) => c);
}

/** Known constant names within a few edits, or that contain what was typed. */
export function nearNames(catalogue: Catalogue, name: string): string[] {
  const typed = name.toUpperCase();
  const limit = Math.max(2, Math.floor(typed.length / 5));
  const scored: Array<[string, number]> = [];
  for (const candidate of catalogue.names) {
    const distance = editDistance(typed, candidate, limit);
    if (distance <= limit) scored.push([candidate, distance]);
    else if (typed.length >= 6 && candidate.includes(typed)) scored.push([candidate, limit + 1]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([n]) => catalogue.lookupName(n)?.names.find((x) => x.toUpperCase() === n) ?? n);
}
