// Search over the catalogue, in English or Chinese and in users' words: exact code or name, constant-name prefixes,
// BM25F-ranked words with synonyms (src/core/search-rank.ts), and fuzzy matches for typos (src/core/search-fuzzy.ts).
import { getCatalogue, type Catalogue } from './catalogue.js';
import { simplifyHan } from './han-simplify.js';
import { addFuzzyHits } from './search-fuzzy.js';
import { DEFAULT_SEARCH_LIMIT, type RankedSearch, type SearchHit, type SearchOptions } from './search-rank.js';
import { canonical, termsOf } from './search-text.js';
import { rankTier } from './search-tiers.js';

export type { RankedSearch, SearchHit, SearchOptions } from './search-rank.js';

/** Every tier at once, with the total before the limit: what the CLI prints. */
export function searchWithTotal(rawQuery: string, options: SearchOptions = {}, catalogue: Catalogue = getCatalogue()): RankedSearch {
  const { query, ranked, wantsFuzzy } = rankTier(rawQuery, options, catalogue);
  return wantsFuzzy ? addFuzzyHits(ranked, query, options, catalogue, options.limit ?? DEFAULT_SEARCH_LIMIT) : ranked;
}

export function searchCatalogue(query: string, options: SearchOptions = {}, catalogue: Catalogue = getCatalogue()): SearchHit[] {
  return searchWithTotal(query, options, catalogue).hits;
}

/** The query's search terms as the index sees them (stems, Han bigrams), e.g. for highlighting. */
export function queryStems(query: string): string[] {
  return termsOf(canonical(simplifyHan(query)));
}
