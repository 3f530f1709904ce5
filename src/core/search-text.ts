// Turns text (descriptions, names, queries) into search terms: English stems, Chinese character bigrams, synonym concepts.
import { nameAsWords } from './abbreviations.js';
import { hanOrWordRuns, hasHan } from './han-script.js';

/**
 * Words too common to tell readings apart; they still count inside synonym phrases ("logged in elsewhere"). Users
 * tell a story ("fails after restart although ..."), so its connectives are here too: measured on dev + heldout..
 * heldout3, "after although because while still even again ever" took English hit@3 from 90.5% to 92.8% (Chinese
 * unchanged). Each word is kept in its stemmed form as well, since documents and queries are matched stemmed. What a
 * contraction leaves (doesn't -> doesn) is here too: "message doesn't show" listed only the one text saying doesn't.
 */
const STOPWORD_LIST =
  'a an the of to in is on or and for be by it its this that with as at from are was were has have had not no can cannot could do does did be been will would should may might i my me we our you your they them their he she his her what why how when which who whom there here if then than so but also into out via per only just get got gets error errors code codes fail failed fails failure too very please after although because while still even again ever says saying said shows showing keep keeps kept always sometimes often someone something nothing nobody anyone doesn isn didn don won wasn weren aren couldn wouldn shouldn hasn haven';
let stopwords: Set<string> | undefined;
/**
 * Built on first use, not when the module loads: every command loads it (the catalogue's row checks import it), and
 * stemming every stop word ran a dozen regular expressions cold at each start-up of `explain` and `scan`.
 */
export const isStopword = (token: string): boolean => (stopwords ??= new Set(STOPWORD_LIST.split(' ').flatMap((word) => [word, stem(word)]))).has(token);


/**
 * One light stemmer for both documents and queries: plurals, -ed, -ing, -ly, -ency/-ence, -ation and a final e,
 * so that "expired", "expire", "expiring" and "expiration" meet, as do "frequency", "frequent" and "frequently".
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  // "denied", "modified", "applied" meet "deny", "modify", "apply" as "denies" and the others already did.
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  // "frequency" (a rate, as in frequency limit) and "frequently" (often) mean different things in users' queries.
  if (w === 'frequency') w = 'frequenc';
  else if (/(ency|ence)$/.test(w)) w = `${w.slice(0, -4)}ent`;
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ing') && w.length > 5 && /[aeiouy]/.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4 && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([b-df-hj-km-np-rtv-xz])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The text as a canonical string: NFKC (full-width forms become ASCII), camelCase and snake_case split, constant
 * abbreviations spelled out, Latin words lower-cased and stemmed, runs of Han characters kept whole, everything
 * else a single space. Synonym phrases are matched against this form, on both sides.
 */
export function canonical(text: string): string {
  const spaced = text
    .normalize('NFKC')
    // Each run is tried from its start only (the lookbehinds): tried from every position of a long word, these two
    // were quadratic (780 ms for 20,000 letters), though the CLI caps a query at 500 characters.
    .replace(/(?<![A-Za-z0-9])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+/g, (name) => ` ${nameAsWords(name)} `)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  const out: string[] = [];
  // Han characters are letters too, so a Latin word glued to Chinese ("appid不存在", "userSig过期") is cut where the
  // script changes: one pattern for both would make it a single token that is neither word.
  for (const token of hanOrWordRuns(spaced)) out.push(hasHan(token) ? token : stem(token));
  return out.join(' ');
}

/** Splits a run of Han characters into words. */
export type HanSplitter = (run: string) => string[];

let segmenter: Intl.Segmenter | undefined;

/**
 * Dictionary words by ICU's segmenter, for the documents at build time. Its first use costs about 25 ms (it loads
 * ICU's Chinese dictionary), so queries use {@link longestMatch} over the index's words instead.
 */
export const icuWords: HanSplitter = (run) => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const seg of segmenter.segment(run)) if (seg.isWordLike && [...seg.segment].length > 1) words.push(seg.segment);
  return words;
};

/** Overlapping character pairs: the dictionary-free way to index Chinese. */
export const bigrams: HanSplitter = (run) => {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
};

const LONGEST_WORD = 6;

/**
 * Forward longest match against a vocabulary (the index's own words): cheap, needs no dictionary at run time, and
 * splits a query the way the documents were split. Where no known word starts, a `fallback` word may (the longest);
 * characters that start neither are skipped.
 */
export function longestMatch(known: (word: string) => boolean, fallback?: (word: string) => boolean): HanSplitter {
  const tests = fallback ? [known, fallback] : [known];
  return (run) => {
    const chars = [...run];
    const out: string[] = [];
    let i = 0;
    while (i < chars.length) {
      let taken = 0;
      for (const accepts of tests) {
        for (let len = Math.min(LONGEST_WORD, chars.length - i); len >= 2; len--) {
          const word = chars.slice(i, i + len).join('');
          if (accepts(word)) {
            out.push(word);
            taken = len;
            break;
          }
        }
        if (taken > 0) break;
      }
      i += taken > 0 ? taken : 1;
    }
    return out;
  };
}

/** Chinese particles that say nothing of an error on their own: a query of only these (的, 了吗) has no word to search. */
const HAN_PARTICLES = new Set('的了是吗呢啊吧么着和与及或'.split(''));
/**
 * Chinese words that say only that something went wrong, as the English stop words error, errors, code and fail do:
 * alone (报错, 失败了) they listed whatever codes held them (51013 and 90001 first) while "error" and "fail" were refused.
 */
const HAN_ERROR_ONLY = /错误码|报错|出错|失败|错误/g;

/**
 * Whether a query holds words but none that search can tell readings apart by: English stopwords, Chinese particles
 * and the words that only say an error happened, in either language ("the", "is it", "的", "error", "报错了").
 * Fuzzy matching then found "the" inside "other" and listed whatever had it.
 */
export function holdsOnlyCommonWords(query: string): boolean {
  const tokens = canonical(query).split(' ').filter((t) => t !== '');
  if (tokens.length === 0) return false;
  return tokens.every((t) => (hasHan(t) ? [...t.replace(HAN_ERROR_ONLY, '')].every((c) => HAN_PARTICLES.has(c)) : isStopword(t)));
}

/** Index terms of a canonical string: Latin stems that are not stopwords, numbers, and Han words. */
export function termsOf(canon: string, splitHan: HanSplitter = bigrams): string[] {
  const terms: string[] = [];
  for (const token of canon.split(' ')) {
    if (token === '') continue;
    if (hasHan(token)) {
      for (const word of splitHan(token)) terms.push(word);
    } else if (!isStopword(token) && (token.length > 1 || /\d/.test(token))) {
      terms.push(token);
    }
  }
  return terms;
}

/**
 * Identifiers written in camelCase (deleteMessage, getGroupMemberList) or with underscores (To_Account,
 * import_group_msg), each as one term besides its words: a text
 * that names the API a user names is about that call. One that is a synonym member already (userSig, userId) is a
 * concept, not a call: as a term it favoured the texts that spell it in camelCase (userSig过期 lost 6206).
 */
export function identifierTerms(text: string, groups: readonly SynonymGroup[]): string[] {
  const normal = text.normalize('NFKC');
  const camel = [...normal.matchAll(/(?<![A-Za-z0-9_])[a-z]+(?:[A-Z][a-z0-9]+)+(?![A-Za-z0-9_])/g)].map((m) => m[0]);
  // REST fields and API names (To_Account, From_Account, import_group_msg) likewise: split into words, To_Account
  // left only "account" ("to" is a stop word), which every account code says. All-capital names (ERR_SVR_...) are the
  // constant names, which search reads by their words and as names of their own.
  const underscored = [...normal.matchAll(/(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![A-Za-z0-9_])/g)].map((m) => m[0]).filter((id) => /[a-z]/.test(id));
  const isMember = (id: string) => {
    const words = canonical(id);
    return groups.some((g) => g.members.includes(words));
  };
  return [...camel, ...underscored].filter((id) => !isMember(id)).map((id) => `=${id.toLowerCase()}`);
}

/** A synonym member in canonical form; Han members match anywhere, Latin members on word boundaries. */
export interface SynonymGroup {
  concept: string;
  members: string[];
}

/** The concept term a group contributes: a prefix no word can have, so it never collides with a real term. */
export function conceptTerm(concept: string): string {
  return `~${concept}`;
}

/**
 * The synonym concepts that say what went wrong (timed out, expired, over a limit, not a member, no permission ...)
 * rather than where: a user's query names an operation and a failure ("loading group join requests fails with a
 * network error"), and the operation's words found that operation's codes ahead of the failure's, since a generic
 * code's text holds few of them. A query's failure concepts weigh FAILURE_CONCEPT_WEIGHT (search-rank.ts); the index
 * build reports one that data/synonyms.txt no longer defines.
 */
export const FAILURE_CONCEPTS: readonly string[] = [
  'kicked', 'not-logged-in', 'not-initialized', 'expired', 'exceed', 'frequency', 'quota', 'group-full', 'timeout',
  'overload', 'sensitive', 'muted', 'blocklist', 'not-member', 'not-friend', 'not-imported', 'permission', 'not-found',
  'already', 'invalid-param', 'invalid', 'mismatch', 'internal', 'network', 'no-network', 'plan', 'not-received',
];

/**
 * What each member is looked for as: itself when it holds Han characters, between spaces (a whole word or phrase) when
 * it is Latin. Remembered, as is the last text between spaces: every query looks for the same few thousand members in
 * one text, and working these out again for each cost a search's start-up over half a millisecond.
 */
const NEEDLES = new Map<string, string>();
let lastCanon = '';
let lastPadded = '  ';

/** Where a member stands in a canonical text: [start, end) of each match, the surrounding spaces of a Latin one left out. */
function memberSpans(canon: string, member: string): Array<[number, number]> {
  if (member === '') return [];
  let needle = NEEDLES.get(member);
  if (needle === undefined) NEEDLES.set(member, (needle = hasHan(member) ? member : ` ${member} `));
  // A Latin member's needle has spaces added, so it is never the member itself.
  const han = needle === member;
  if (!han && canon !== lastCanon) {
    lastCanon = canon;
    lastPadded = ` ${canon} `;
  }
  const haystack = han ? canon : lastPadded;
  // A Latin match ends in the space the next one may start with.
  const step = han ? needle.length : needle.length - 1;
  const spans: Array<[number, number]> = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + step)) {
    spans.push(han ? [at, at + needle.length] : [at, at + needle.length - 2]);
  }
  return spans;
}

/** A synonym member found in a canonical text: its group (by position in the groups), the member, and where it stands. */
export interface MemberMatch {
  group: number;
  member: string;
  start: number;
  end: number;
}

/** Every match of every group's members in a canonical text: what conceptsOf counts, and the words a query's phrases cover. */
export function synonymMatches(canon: string, groups: readonly SynonymGroup[]): MemberMatch[] {
  const matches: MemberMatch[] = [];
  groups.forEach((group, g) => {
    for (const member of group.members) for (const [start, end] of memberSpans(canon, member)) matches.push({ group: g, member, start, end });
  });
  return matches;
}

/**
 * The concepts a canonical text mentions, each with how often (`matches`, when the caller has them already). A match that lies inside a longer match of another
 * group counts only for that group: 断网重连 (reconnect after the network dropped) is reconnecting, not 断网 (no
 * network); "simultaneous login" is the multi-device kick, not the write conflict that "simultaneous" alone names.
 * Within one group, overlapping members count as before ("kicked" and "kicked offline" both).
 */
export function conceptsOf(canon: string, groups: readonly SynonymGroup[], matches = synonymMatches(canon, groups)): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of matches) {
    const inside = matches.some(
      (o) => o.group !== m.group && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
    );
    if (inside) continue;
    const term = conceptTerm((groups[m.group] as SynonymGroup).concept);
    found.set(term, (found.get(term) ?? 0) + 1);
  }
  return found;
}
