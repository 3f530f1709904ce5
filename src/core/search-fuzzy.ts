// The fuzzy tier (fuse.js), for typos only: loaded when the ranked tiers meet a word no reading contains.
import Fuse from 'fuse.js';
import { MAX_QUERY_LENGTH, SCORE, type RankedSearch, type SearchHit, type SearchOptions } from './search-rank.js';
import { firstCharacters } from './limits.js';
import type { Catalogue } from './catalogue.js';
import type { Entry } from './types.js';

/** Fuzzy matches only fill in when they are this close (fuse.js: 0 perfect, 1 anything). */
const FUZZY_THRESHOLD = 0.25;
const MAX_FUZZY_WORDS = 6;
const MAX_FUZZY_WORD = 32;

/** Adds fuzzy matches below the ranked ones, up to the limit; the ranked hits keep their places. */
export function addFuzzyHits(ranked: RankedSearch, query: string, options: SearchOptions, catalogue: Catalogue, limit: number): RankedSearch {
  const pool = catalogue.entries.filter(
    (e) => (!options.source || e.source === options.source) && (!options.category || e.category === options.category),
  );
  // Bounded like the ranked tiers: fuse.js's bitap costs grow with the pattern, so a few words of a few letters each.
  const words = firstCharacters(query, MAX_QUERY_LENGTH)
    .toLowerCase()
    .split(/[^\p{L}\p{N}_-]+/u)
    .filter((w) => w.length >= 3)
    .slice(0, MAX_FUZZY_WORDS)
    .map((w) => w.slice(0, MAX_FUZZY_WORD));
  if (words.length === 0) return ranked;
  const fuse = new Fuse(pool, {
    keys: [
      { name: 'description', weight: 0.6 },
      { name: 'names', weight: 0.3 },
      { name: 'categoryTitle', weight: 0.1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: FUZZY_THRESHOLD,
    minMatchCharLength: 3,
    useExtendedSearch: true,
    // A long description should not hide a close match: judge the match, not the field's length.
    ignoreFieldNorm: true,
  });
  const seen = new Set<Entry>(ranked.hits.map((h) => h.entry));
  const extra: SearchHit[] = [];
  // Extended search ANDs space-separated terms, each fuzzy; its combined score can pass the per-term threshold,
  // so the threshold is applied again to what it returns: loose matches are noise.
  const results = fuse.search(words.join(' ')).filter((r) => (r.score ?? 1) <= FUZZY_THRESHOLD);
  // Ranked hits past the limit are not in ranked.hits; they must not come back as fuzzy ones.
  const uncounted = results.filter((r) => !seen.has(r.item));
  for (const r of uncounted) {
    if (ranked.hits.length + extra.length >= limit) break;
    extra.push({ entry: r.item, score: Number((SCORE.fuzzy + (r.score ?? 0)).toFixed(4)), terms: [...ranked.terms, ...words] });
  }
  const fuzzyOnly = ranked.total === 0 ? uncounted.length : 0;
  return { ...ranked, hits: [...ranked.hits, ...extra], total: Math.max(ranked.total, ranked.hits.length + extra.length, fuzzyOnly) };
}
