// The order search reads a query in, in one place: as Simplified Chinese, ranked, then whether fuzzy hits should follow.

import type { Catalogue } from './catalogue.js';
import { simplifyHan } from './han-simplify.js';
import { rankSearch, wantsFuzzy, type RankedSearch, type SearchOptions } from './search-rank.js';

/** The ranked tier of a query, the query as it was searched, and whether the fuzzy tier (search-fuzzy.ts) has work. */
export interface RankedTier {
  /** The query as searched: every text is Simplified Chinese, so a Traditional query (簽名過期) reads as 签名过期. */
  query: string;
  ranked: RankedSearch;
  wantsFuzzy: boolean;
}

/**
 * Everything before the fuzzy tier. Not in search.ts, which loads fuse.js with it: the CLI loads that only when
 * wantsFuzzy says so, and the character map only for search, so neither costs the other commands' start-up.
 */
export function rankTier(rawQuery: string, options: SearchOptions, catalogue: Catalogue): RankedTier {
  const query = simplifyHan(rawQuery);
  const ranked = rankSearch(query, options, catalogue);
  return { query, ranked, wantsFuzzy: wantsFuzzy(ranked, query) };
}
