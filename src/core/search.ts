// Ranked search over the catalogue: exact code or name first, then entries holding every word, then fuzzy (fuse.js) matches.
import Fuse from 'fuse.js';
import { nameAsWords } from './abbreviations.js';
import { getCatalogue, type Catalogue } from './catalogue.js';
import { parseQuery } from './query.js';
import { escapeRegExp } from './regexp.js';
import type { Entry, Source } from './types.js';

export interface SearchOptions {
  limit?: number;
  source?: Source;
  category?: string;
}

export interface SearchHit {
  entry: Entry;
  /** 0 is an exact hit; lower is better. Exact < 0.1 <= all-words < 0.2 <= fuzzy. */
  score: number;
  /** Word stems to highlight in the result. */
  terms: string[];
}

const DEFAULT_SEARCH_LIMIT = 10;

/** Fuzzy matches only fill in when they are this close (fuse.js: 0 perfect, 1 anything). */
const FUZZY_THRESHOLD = 0.25;
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'is', 'on', 'or', 'and', 'for', 'be', 'by', 'it']);

/**
 * The query's words, each cut to a stem so that "frequency" also finds "frequent" and "frequently"
 * while "limit" stays "limit".
 */
export function queryStems(query: string): string[] {
  return queryWords(query).map((w) => w.stem);
}

interface QueryWord {
  /** The word as typed, lower-cased: fuzzy matching gets it whole, so a typo near its end still counts. */
  word: string;
  stem: string;
  /** The word as typed, as a whole word (names count their underscores as spaces). */
  whole: RegExp;
}

function queryWords(query: string): QueryWord[] {
  const words = [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}_-]+/u).filter((w) => w !== '' && !STOPWORDS.has(w)))];
  return words.map((w) => ({
    word: w,
    stem: w.length <= 5 ? w : w.slice(0, Math.max(5, Math.ceil(w.length * 0.7))),
    whole: new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w)}($|[^\\p{L}\\p{N}])`, 'u'),
  }));
}

function nameWords(entry: Entry): string {
  return entry.names.map(nameAsWords).join(' ');
}

function haystack(entry: Entry): string {
  return `${entry.description}\n${entry.names.join(' ')} ${nameWords(entry)}\n${entry.categoryTitle}`.toLowerCase();
}

/**
 * Scores an entry that holds every query word. Whole words beat stems ("frequency" beats "frequently"),
 * words in the constant name or repeated in the text beat passing mentions, and an early first mention
 * means the entry is about it. The result stays inside [0.1, 0.2).
 */
function allWordsScore(entry: Entry, text: string, words: QueryWord[]): number | undefined {
  let firstMention = Infinity;
  let stemOnly = 0;
  let repeats = 0;
  for (const word of words) {
    const at = text.indexOf(word.stem);
    if (at < 0) return undefined;
    firstMention = Math.min(firstMention, at);
    if (!word.whole.test(text)) stemOnly++;
    repeats += Math.min(2, text.split(word.stem).length - 2);
  }
  const names = nameWords(entry);
  const inName = names !== '' && words.every((w) => names.includes(w.stem));
  const score =
    0.13 + 0.04 * (stemOnly / words.length) + 0.02 * Math.min(1, firstMention / 200) - (inName ? 0.02 : 0) - 0.005 * Math.min(2, repeats);
  return Math.min(0.199, Math.max(0.1, score));
}

export function searchCatalogue(query: string, options: SearchOptions = {}, catalogue: Catalogue = getCatalogue()): SearchHit[] {
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const pool = catalogue.entries.filter(
    (e) => (!options.source || e.source === options.source) && (!options.category || e.category === options.category),
  );
  const words = queryWords(query);
  const stems = words.map((w) => w.stem);
  const best = new Map<Entry, number>();
  const offer = (entry: Entry, score: number) => {
    const known = best.get(entry);
    if (known === undefined || score < known) best.set(entry, score);
  };

  const parsed = parseQuery(query);
  if (parsed.kind === 'code') for (const e of catalogue.lookupCode(parsed.code)) if (pool.includes(e)) offer(e, 0);
  if (parsed.kind === 'name' || parsed.kind === 'words') {
    const named = catalogue.lookupName(query.trim());
    if (named && pool.includes(named)) offer(named, 0);
  }

  if (stems.length > 0) {
    for (const entry of pool) {
      const score = allWordsScore(entry, haystack(entry), words);
      if (score !== undefined) offer(entry, score);
    }
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
    // Extended search ANDs space-separated terms, each fuzzy. Its combined score can pass the per-term
    // threshold, so the threshold is applied again to what it returns: loose matches are noise.
    for (const result of fuse.search(words.map((w) => w.word).join(' '))) {
      const score = result.score ?? 1;
      if (score <= FUZZY_THRESHOLD) offer(result.item, 0.2 + score);
    }
  }

  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].code - b[0].code)
    .slice(0, limit)
    .map(([entry, score]) => ({ entry, score: Number(score.toFixed(4)), terms: stems }));
}
