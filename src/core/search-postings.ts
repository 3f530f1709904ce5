// One line of the packed search postings, by where it starts: the bin swaps this module for one that reads that line
// alone from dist/ (scripts/build.mjs), so a search reads a few KB of the 1.4 MB postings, not all of them.
import { SEARCH_INDEX_POSTINGS } from './search-index.generated.js';

export function postingLine(offset: number): string {
  const end = SEARCH_INDEX_POSTINGS.indexOf('\n', offset);
  return SEARCH_INDEX_POSTINGS.slice(offset, end < 0 ? SEARCH_INDEX_POSTINGS.length : end);
}
