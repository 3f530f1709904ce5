// The library entry point: the same answers as the CLI's --json output, as plain values.
import { getCatalogue } from './core/catalogue.js';
import type { CategoryInfo, Entry, Source } from './core/types.js';

export { explain, explainQuery, type ExplainResult, type Suggestions } from './core/explain.js';
export { searchCatalogue as search, type SearchHit, type SearchOptions } from './core/search.js';
export { resolveCategory, type CategoryResolution } from './core/categories.js';
export { Catalogue, getCatalogue } from './core/catalogue.js';
export { TRIAGE_CLASSES } from './core/classes.js';
export { parseQuery, type Query } from './core/query.js';
export * from './core/types.js';

/** Every category with its count of codes and code range. */
export function listCategories(source?: Source): CategoryInfo[] {
  return getCatalogue().categories.filter((c) => !source || c.source === source);
}

/** Every reading of a number, ranges included. */
export function lookupCode(code: number): Entry[] {
  return getCatalogue().lookupCode(code);
}

/** The reading a native or Web constant name stands for (case-insensitive). */
export function lookupName(name: string): Entry | undefined {
  return getCatalogue().lookupName(name);
}
