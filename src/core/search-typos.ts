// Reads a misspelt query word as the indexed word it is nearest to, so one typo among known words still counts.
import { editDistance } from './edit-distance.js';
import type { SearchIndex } from './search-index.js';

/**
 * The indexed words a misspelt (stemmed) query word most likely stands for: those at the least edit distance, one edit
 * for a short word and two from seven letters on, sharing its first letter (typos rarely hit it, and it keeps far
 * words out) or swapping the first two (rfequency). Among several, one that keeps every letter typed (recal: recall,
 * not real), then the one most readings use. Without this, "kiked offline" ranked by "offline" alone and
 * the fuzzy tier could only add below those hits, so 90043 (offline push info) came before 6208 (kicked offline).
 */
export function correctTypo(word: string, index: SearchIndex): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestUse = 0;
  let bestDropped = false;
  for (const term of index.latinTerms()) {
    if (!sameStart(word, term) || term.length < 4 || Math.abs(term.length - word.length) > limit) continue;
    const distance = editDistance(word, term, limit);
    if (distance > limit || distance > bestDistance) continue;
    // A letter left out is the commonest slip (recal, mesage): a word that keeps every letter typed comes first.
    const dropped = term.length > word.length && isSubsequence(word, term);
    const use = index.postings(term).length;
    if (distance < bestDistance || (dropped && !bestDropped) || (dropped === bestDropped && use > bestUse)) {
      best = term;
      bestDistance = distance;
      bestUse = use;
      bestDropped = dropped;
    }
  }
  return best;
}

/** Whether every letter of `short` appears in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/** Same first letter, or the first two swapped. */
function sameStart(word: string, term: string): boolean {
  return word[0] === term[0] || (word[0] === term[1] && word[1] === term[0]);
}
