// Splits a word typed without its spaces or capitals (servicetimeout, onkickedoffline) into the indexed words it joins.
import type { SearchIndex } from './search-index.js';
import { isStopword, stem } from './search-text.js';

/** Shorter words are typed as words; longer runs are no glued words a user typed (and bound the split's work). */
const MIN_GLUED = 8;
const MAX_GLUED = 40;
/** At most this many words in one run: more is more likely a made-up string cut by chance. */
const MAX_PIECES = 4;
/** A piece shorter than this, unless a common word (on, not, too), matches too many runs by chance. */
const MIN_PIECE = 3;
/** Indexed words a split needs besides common ones (sdknotinit: sdk not init; notlogin: not login). */
const MIN_INDEXED_PIECES = 1;

/**
 * The query with each run of 8 to 40 letters in one case that the index does not hold replaced by the fewest indexed
 * words it is made of, in camelCase (requestformaterror: requestFormatError), when one of them is also a word of the
 * constant names: its words, synonyms and concepts then count. Users type identifiers and log fields in lower case
 * (onkickedoffline, getloginuser, usersigexpired), where camelCase would have split them. A run that no split covers is
 * left as it was, for the typo reader. Each run costs at most 40 x 40 lookups: linear in the query.
 */
export function unglueWords(query: string, index: Pick<SearchIndex, 'has'>, namesWord: (stemmed: string) => boolean): string {
  return query.replace(/(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])/g, (run) => {
    if (run.length < MIN_GLUED || run.length > MAX_GLUED) return run;
    const lower = run.toLowerCase();
    if (run !== lower && run !== run.toUpperCase()) return run;
    if (index.has(stem(lower))) return run;
    const pieces = fewestWords(lower, index, namesWord);
    // English words the index lacks split too (understand: under stand, workaround: work around); a word of the
    // constant names (timeout, kicked, offline, group, sig) says the run was an identifier or a log field. Not a
    // common one, which the names share with English (throughout: through + out, outbound: out + bound).
    if (pieces === undefined || !pieces.some((piece) => !isStopword(piece) && namesWord(stem(piece)))) return run;
    // In camelCase, as the identifier was meant: its words count, and so does the API name when a text names the call.
    return pieces.map((piece, i) => (i === 0 ? piece : `${piece.charAt(0).toUpperCase()}${piece.slice(1)}`)).join('');
  });
}

/**
 * The split of `word` into the fewest pieces (at most MAX_PIECES), each an indexed word or a common word that constant
 * names use (not, on, in: sdknotinit, onkickedoffline), with at least MIN_INDEXED_PIECES indexed ones; undefined when
 * none covers it. A common word no name holds (the, be) is no identifier's: 'nevertheless' read as never + the + less
 * listed the expiry codes (70001, -10003) for 'nevertheless login failed'.
 */
function fewestWords(word: string, index: Pick<SearchIndex, 'has'>, namesWord: (stemmed: string) => boolean): string[] | undefined {
  const n = word.length;
  // best[i]: fewest pieces covering word[0, i); from[i]: where the last one starts; indexed[i]: how many are indexed.
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  const indexed = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j <= i - 2; j++) {
      const before = best[j] as number;
      if (before >= MAX_PIECES || before + 1 > (best[i] as number)) continue;
      const piece = word.slice(j, i);
      const common = isStopword(piece) || isStopword(stem(piece));
      const known = !common && piece.length >= MIN_PIECE && index.has(stem(piece));
      if (!known && !(common && (namesWord(piece) || namesWord(stem(piece))))) continue;
      const count = (indexed[j] as number) + (known ? 1 : 0);
      // Among splits as short, the one with more indexed words: loginfailed is login + failed either way.
      if (before + 1 === best[i] && count <= (indexed[i] as number)) continue;
      best[i] = before + 1;
      from[i] = j;
      indexed[i] = count;
    }
  }
  if (!Number.isFinite(best[n]) || (indexed[n] as number) < MIN_INDEXED_PIECES) return undefined;
  const pieces: string[] = [];
  for (let i = n; i > 0; i = from[i] as number) pieces.unshift(word.slice(from[i] as number, i));
  return pieces;
}
