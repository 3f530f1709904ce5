// The library entry point: the same answers as the CLI's --json output, as plain values; arguments are checked, data is frozen.
import { explain as explainAll, explainQuery as explainOne } from './core/explain.js';
import { deepFreeze, getCatalogue } from './core/catalogue.js';
import { characterCount, MAX_EXPLAIN_INPUTS, MAX_QUERY_CHARS, MAX_SEARCH_LIMIT } from './core/limits.js';
import { searchCatalogue, type SearchHit as CoreSearchHit, type SearchOptions } from './core/search.js';
import { TRIAGE_CLASSES } from './core/classes.js';
import { SOURCE_TITLES, SOURCES, type Source } from './core/types.js';
import { categoriesDocument, explainDocument, toReading, type CategoryDocumentItem, type ExplainItem, type Reading } from './render/json.js';

// The library hands out these shared tables; frozen here, no caller can change what the next call (or the CLI) sees.
for (const info of Object.values(TRIAGE_CLASSES)) Object.freeze(info);
Object.freeze(TRIAGE_CLASSES);
Object.freeze(SOURCES);
Object.freeze(SOURCE_TITLES);
export { TRIAGE_CLASSES };

export { type ExplainResult, type Suggestions } from './core/explain.js';
export { type SearchOptions } from './core/search.js';
export { type Reading, type ExplainItem, type CategoryDocumentItem, type ApiRow } from './render/json.js';
export { resolveCategory, type CategoryResolution } from './core/categories.js';
export { MAX_EXPLAIN_INPUTS, MAX_QUERY_CHARS, MAX_SEARCH_LIMIT } from './core/limits.js';
export { parseQuery, type Query } from './core/query.js';
export * from './core/types.js';

// What the library hands out is built by the --json contract's own builders, so a reading carries every field the
// CLI's document has (categoryTitleZh, a category's titleZh, a neighbourhood's titleZh were missing), and deep-frozen as
// the catalogue freezes its own: a caller editing it cannot reach the catalogue, nor change what it sees next time.

/** A search result: the reading as --json gives it, its score (lower is better) and the query's terms it matched. */
export type SearchHit = Omit<CoreSearchHit, 'entry'> & { entry: Reading };

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** A code may be passed as a number (70001) or as text ("70001", "ERR_SDK_NOT_INITIALIZED"). */
function queryText(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new TypeError(`${what} must be a string or a whole number, not ${describe(value)}`);
}

/** Explains one or more codes or names. */
export function explain(inputs: string | number | ReadonlyArray<string | number>): ExplainItem[] {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  if (list.length > MAX_EXPLAIN_INPUTS) throw new RangeError(`explain takes at most ${MAX_EXPLAIN_INPUTS} inputs per call, not ${list.length}`);
  return deepFreeze(explainDocument(explainAll(list.map((value, i) => queryText(value, `explain's input ${i + 1}`)))).results);
}

/** Explains one code or name. */
export function explainQuery(input: string | number): ExplainItem {
  return deepFreeze(explainDocument([explainOne(queryText(input, "explainQuery's input"))]).results[0] as ExplainItem);
}

/** Ranked search over names and descriptions; `limit` is 1 to MAX_SEARCH_LIMIT (default 10). */
export function search(query: string, options: SearchOptions = {}): SearchHit[] {
  if (typeof query !== 'string') throw new TypeError(`search's query must be a string, not ${describe(query)}`);
  const characters = characterCount(query);
  if (characters > MAX_QUERY_CHARS) throw new RangeError(`search's query is ${characters} characters; the limit is ${MAX_QUERY_CHARS}`);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`search's options must be an object, not ${describe(options)}`);
  }
  const { limit, source, category } = options;
  if (limit !== undefined && typeof limit !== 'number') throw new TypeError(`search's limit must be a number, not ${describe(limit)}`);
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 1 && limit <= MAX_SEARCH_LIMIT)) {
    throw new RangeError(`search's limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}, not ${String(limit)}`);
  }
  if (source !== undefined && !SOURCES.includes(source)) throw new TypeError(`search's source must be one of ${SOURCES.join(', ')}`);
  if (category !== undefined && typeof category !== 'string') throw new TypeError(`search's category must be a string, not ${describe(category)}`);
  if (category !== undefined && !getCatalogue().categories.some((c) => c.category === category)) {
    throw new RangeError(`search's category ${JSON.stringify(category.slice(0, 80))} is not a category slug (see listCategories())`);
  }
  return searchCatalogue(query, options).map((hit) => deepFreeze({ ...hit, entry: toReading(hit.entry) }));
}

/** Every category with its count of codes and code range. */
export function listCategories(source?: Source): CategoryDocumentItem[] {
  if (source !== undefined && !SOURCES.includes(source)) throw new TypeError(`listCategories' source must be one of ${SOURCES.join(', ')}`);
  return deepFreeze(categoriesDocument(getCatalogue().categories.filter((c) => !source || c.source === source)).categories);
}

/** Every reading of a number, ranges included. */
export function lookupCode(code: number): Reading[] {
  if (!Number.isSafeInteger(code)) throw new TypeError(`lookupCode takes a whole number, not ${describe(code)}`);
  return getCatalogue().lookupCode(code).map((entry) => deepFreeze(toReading(entry)));
}

/** The reading a native or Web constant name stands for (case-insensitive). */
export function lookupName(name: string): Reading | undefined {
  if (typeof name !== 'string') throw new TypeError(`lookupName takes a string, not ${describe(name)}`);
  const entry = getCatalogue().lookupName(name);
  return entry && deepFreeze(toReading(entry));
}
