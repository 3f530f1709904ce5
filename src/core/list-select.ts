// What `chaterr list` shows for its argument and filters: categories (all, or one source's), or entries (one
// category, every entry, or one triage class), each category with the spans of codes it really holds.
import type { Catalogue } from './catalogue.js';
import { resolveCategory, splitQualifiedCategory } from './categories.js';
import { editDistance } from './edit-distance.js';
import { codeSpans, type Span } from './code-spans.js';
import { SOURCES, type CategoryInfo, type Entry, type Source, type TriageClass } from './types.js';

export { codeSpans, SPAN_GAP, type Span } from './code-spans.js';

export interface CategorySummary extends CategoryInfo {
  spans: Span[];
}

export interface CategoryBlock {
  category: CategoryInfo;
  entries: Entry[];
}

export interface ListRequest {
  input?: string;
  source?: Source;
  triageClass?: TriageClass;
  all?: boolean;
}

export type ListSelection =
  | { kind: 'categories'; categories: CategorySummary[] }
  | { kind: 'entries'; blocks: CategoryBlock[] }
  | { kind: 'ambiguous'; input: string; candidates: string[] }
  | { kind: 'unknown'; input: string; didYouMean: string[]; candidates: string[] };

export function summarizeCategory(catalogue: Catalogue, category: CategoryInfo): CategorySummary {
  // The generator stores each category's spans, so listing categories parses no reading.
  return { ...category, spans: category.spans ?? codeSpans(catalogue.entriesIn(category.category, category.source)) };
}

/** Slugs and sources within two edits of what was typed (one for short words), nearest first. */
export function nearCategoryWords(catalogue: Catalogue, input: string, source?: Source): string[] {
  const typed = input.toLowerCase();
  const limit = typed.length <= 4 ? 1 : 2;
  const words = [...new Set([...(source ? [] : SOURCES), ...catalogue.categories.filter((c) => !source || c.source === source).map((c) => c.category)])];
  return words
    .map((word): [string, number] => [word, editDistance(typed, word, limit)])
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
}

export function selectForList(catalogue: Catalogue, request: ListRequest): ListSelection {
  const { triageClass } = request;
  // `sdk/account`, as scan's annotations and list's headings print a category, names its source too.
  const qualified = request.input === undefined ? undefined : splitQualifiedCategory(request.input);
  const input = qualified ? qualified.category : request.input;
  const named = qualified?.source;
  const asSource = !named && input !== undefined && (SOURCES as readonly string[]).includes(input.toLowerCase()) ? (input.toLowerCase() as Source) : undefined;
  const source = named ?? asSource ?? request.source;
  // A source in the argument and another in --source leave nothing: the filters combine, neither wins.
  const conflict = (named ?? asSource) !== undefined && request.source !== undefined && request.source !== source;
  const inSource = (c: CategoryInfo) => !conflict && (!source || c.source === source);
  const blocksOf = (categories: readonly CategoryInfo[]): CategoryBlock[] =>
    categories
      .map((category) => ({ category, entries: catalogue.entriesIn(category.category, category.source).filter((e) => !triageClass || e.class === triageClass) }))
      .filter((b) => b.entries.length > 0);

  if (input === undefined || asSource) {
    const categories = catalogue.categories.filter(inSource);
    if (request.all || triageClass) return { kind: 'entries', blocks: blocksOf(categories) };
    return { kind: 'categories', categories: categories.map((c) => summarizeCategory(catalogue, c)) };
  }
  const resolved = resolveCategory(catalogue, input, source);
  if (resolved.kind === 'found') return { kind: 'entries', blocks: blocksOf(resolved.categories.filter(inSource)) };
  if (resolved.kind === 'ambiguous') return { kind: 'ambiguous', input, candidates: resolved.candidates };
  return { kind: 'unknown', input, didYouMean: nearCategoryWords(catalogue, input, source), candidates: resolved.candidates };
}
