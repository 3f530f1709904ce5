// The search index: BM25F weights per (term, reading), built at build time from the catalogue and the synonym groups.
import { codeKey, splitCodeKey } from './code-key.js';
import type { Entry, Source } from './types.js';
import { countHan, dropSpacesBesideHan, hasHan, spaceHanSeams } from './han-script.js';
import { fromUtf8Bytes, toUtf8Bytes } from './utf8-bytes.js';
import { bigrams, canonical, conceptsOf, icuWords, identifierTerms, termsOf, type HanSplitter, type SynonymGroup } from './search-text.js';

/** Bump when the index layout or the weighting changes, so a stale generated file is never read as current. */
export const SEARCH_INDEX_VERSION = 10;

/** What the generated module carries (as one JSON string, parsed on first search). */
export interface SearchIndexData {
  version: number;
  /** Readings indexed, in catalogue order, as "source:code": a check that the index belongs to the catalogue. */
  docs: string[];
  groups: SynonymGroup[];
  /** Tencent's own error strings (the readings' messages) in messageForm, with the readings (positions) they belong to. */
  messages: Array<[string, number[]]>;
  /**
   * Readings (positions) that share one guidance file, as groups of two or more: their causes, advice and symptoms are
   * the same text, so for most queries they score alike and would fill the top of the list together.
   */
  families: number[][];
  /**
   * How many REST API pages list a reading in their error tables (data/rest-api-errors.tsv), as [position, pages] for
   * the readings some page lists: 10002 and 10004 stand on dozens of pages, a narrow feature's code on one. How often a
   * caller meets a code, as far as Tencent's own tables tell it.
   */
  prior: Array<[number, number]>;
  /** term -> "doc:weight doc:weight ..." (weights ×1000, rounded); decoded only for the terms a query uses. */
  postings: Record<string, string>;
}

/**
 * How much a term counts in each field: names say what the code is, descriptions how, categories only where. A code's
 * own causes and advice are long and full of generic words ("check", "call", "console"), so they only tip the balance:
 * the English ones barely (measured on dev + earlier held-out queries, English hit@3 went from 83.3% at 0.6/0.4 to
 * 88.1% at 0.1/0.05), the Chinese ones more, because Tencent's Chinese descriptions are short and many Chinese queries
 * use words found only in our Chinese causes (with both languages at 0.2/0.1, Chinese hit@3 fell from 95.1% to 90.2%).
 * Symptoms (how users report the problem, from the guidance files) are users' own words, so they count like a
 * description. Measured on dev + heldout..heldout3 (84 English, 61 Chinese queries) with symptoms for 37 guidance
 * files, hit@3 EN/ZH: 0.5/0.5 91.6%/95.1%, 1/1 94.1%/95.1%, 1.5/1.5 92.8%/95.1%, 2/1 92.8%/95.1%, 1/2 94.1%/95.1%
 * (0/0, no symptoms: 91.7%/93.4%): more pulls a reading whose phrases repeat a word ahead of the readings whose
 * descriptions say it.
 */
const FIELD_WEIGHTS = {
  names: 2.5,
  description: 1,
  descriptionZh: 1,
  causes: 0.1,
  causesZh: 0.4,
  advice: 0.05,
  adviceZh: 0.3,
  category: 0.4,
  symptoms: 1,
  symptomsZh: 1,
  messages: 2,
  restApis: 1,
  sdkApis: 1,
} as const;
type Field = keyof typeof FIELD_WEIGHTS;
/**
 * Fields that only search reads: scan's table-row checks ask whether a row shares a word with what the catalogue
 * itself says of a code, and the REST pages' many per-API words would make nearly any Chinese row agree. A posting
 * whose term is in no other field of its reading is marked (`doc:weight+`), and the row checks skip it.
 */
const SEARCH_ONLY_FIELDS: ReadonlySet<Field> = new Set<Field>(['restApis', 'sdkApis']);
/** One posting: the reading, the term's weight there, and whether the term is only in its search-only fields. */
export type Posting = [doc: number, weight: number, searchOnly: boolean];

const K1 = 1.2;
/**
 * Chinese text is indexed twice over: ICU's dictionary words and every character pair. Measured on the dev half of the
 * query set, that beat either alone (hit@3 for Chinese: bigrams 73.9%, ICU words 78.3%, both 82.6%).
 */
const DOC_SPLITTER: HanSplitter = (run) => [...new Set([...icuWords(run), ...bigrams(run)])];
/** Length normalisation is kept mild: Web SDK texts are a few words long and would otherwise win on length alone. */
const B = 0.4;

/** How users report a reading's problem, from its guidance file (index-only: not part of the Entry). */
export interface IndexSymptoms {
  en: readonly string[];
  zh: readonly string[];
}

function fieldTexts(entry: Entry, symptoms: IndexSymptoms | undefined): Record<Field, string> {
  const own = entry.adviceFrom === 'code';
  return {
    names: entry.names.join(' '),
    description: entry.description,
    descriptionZh: entry.descriptionZh ?? '',
    causes: (entry.causes ?? []).join('\n'),
    causesZh: (entry.causesZh ?? []).join('\n'),
    // Class advice is the same for a whole class, so it would only blur the ranking; a code's own advice counts.
    advice: own ? (entry.advice ?? '') : '',
    adviceZh: own ? (entry.adviceZh ?? '') : '',
    category: `${entry.categoryTitle} ${entry.category}`,
    symptoms: (symptoms?.en ?? []).join('\n'),
    symptomsZh: (symptoms?.zh ?? []).join('\n'),
    messages: (entry.messages ?? []).join('\n'),
    restApis: apiText(entry.restApis),
    sdkApis: apiText(entry.sdkApis),
  };
}

/** An API table's rows as a field's text: each API's name, title and what its doc says of the code. */
function apiText(rows: Entry['restApis']): string {
  return (rows ?? []).map((r) => `${r.api} ${r.titleZh} ${r.descriptionZh}`).join('\n');
}

/** Term frequencies of one field: its terms and the concepts its synonym phrases name. */
function fieldTerms(text: string, groups: readonly SynonymGroup[]): Map<string, number> {
  const canon = canonical(text);
  const counts = new Map<string, number>();
  for (const term of termsOf(canon, DOC_SPLITTER)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const term of identifierTerms(text, groups)) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [concept, n] of conceptsOf(canon, groups)) counts.set(concept, n);
  return counts;
}

/** A reading's key in the index: the catalogue's one source:code key. */
export const docKey = codeKey;

export function buildSearchIndex(
  entries: readonly Entry[],
  groups: readonly SynonymGroup[],
  symptoms: ReadonlyMap<string, IndexSymptoms> = new Map(),
): SearchIndexData {
  const fields = Object.keys(FIELD_WEIGHTS) as Field[];
  const perDoc = entries.map((e) => {
    const texts = fieldTexts(e, symptoms.get(docKey(e)));
    return Object.fromEntries(fields.map((f) => [f, fieldTerms(texts[f], groups)])) as Record<Field, Map<string, number>>;
  });
  const length = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const avg = Object.fromEntries(
    fields.map((f) => [f, Math.max(1, perDoc.reduce((sum, d) => sum + length(d[f]), 0) / Math.max(1, perDoc.length))]),
  ) as Record<Field, number>;

  const df = new Map<string, number>();
  for (const d of perDoc) {
    const seen = new Set<string>();
    for (const f of fields) for (const t of d[f].keys()) seen.add(t);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }

  const n = entries.length;
  const lists = new Map<string, string[]>();
  perDoc.forEach((d, doc) => {
    const pseudo = new Map<string, number>();
    const own = new Set<string>();
    for (const f of fields) if (!SEARCH_ONLY_FIELDS.has(f)) for (const t of d[f].keys()) own.add(t);
    for (const f of fields) {
      const norm = 1 - B + (B * length(d[f])) / avg[f];
      for (const [t, tf] of d[f]) pseudo.set(t, (pseudo.get(t) ?? 0) + (FIELD_WEIGHTS[f] * tf) / norm);
    }
    for (const [t, tf] of pseudo) {
      const docFreq = df.get(t) ?? 1;
      const idf = Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
      const weight = Math.round(1000 * idf * ((tf * (K1 + 1)) / (tf + K1)));
      if (weight <= 0) continue;
      const list = lists.get(t) ?? [];
      list.push(`${doc}:${weight}${own.has(t) ? '' : '+'}`);
      lists.set(t, list);
    }
  });

  const postings: Record<string, string> = {};
  for (const t of [...lists.keys()].sort()) postings[t] = (lists.get(t) as string[]).join(' ');
  const docs = entries.map(docKey);
  const phrases = new Map<string, number[]>();
  entries.forEach((entry, doc) => {
    for (const message of entry.messages ?? []) {
      if (!isMessagePhrase(canonical(message), (word) => df.get(word) ?? 0)) continue;
      const phrase = messageForm(message);
      phrases.set(phrase, [...(phrases.get(phrase) ?? []), doc]);
    }
  });
  const messageList = [...phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const groupCopies = groups.map((g) => ({ concept: g.concept, members: [...g.members] }));
  return { version: SEARCH_INDEX_VERSION, docs, groups: groupCopies, messages: messageList, families: guidanceFamilies(entries), prior: restPrior(entries), postings };
}

/** The readings that REST API pages list, with how many distinct pages list each. */
function restPrior(entries: readonly Entry[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  entries.forEach((entry, doc) => {
    const pages = new Set((entry.restApis ?? []).map((r) => r.api)).size;
    if (pages > 0) out.push([doc, pages]);
  });
  return out;
}

/**
 * The readings that share a guidance file. A file gives every reading it applies to the same causes, and no two files
 * give the same ones, so equal causes mark one file without the generator passing file names along.
 */
function guidanceFamilies(entries: readonly Entry[]): number[][] {
  const byCauses = new Map<string, number[]>();
  entries.forEach((entry, doc) => {
    const causes = entry.causes ?? [];
    if (causes.length === 0) return;
    const key = causes.join('\n');
    const family = byCauses.get(key);
    if (family) family.push(doc);
    else byCauses.set(key, [doc]);
  });
  return [...byCauses.values()].filter((docs) => docs.length > 1);
}

/** A word in at most this many readings' texts (about 4% of them) makes a three-word string specific. */
const RARE_WORD_READINGS = 24;

/**
 * Whether a message is specific enough that a query holding all of it means its reading: five Han characters or more
 * ("找不到指定的群组"), four words or more ("last request is running"), or three words that are all words the
 * catalogue's texts use ("invalid group id") or of which one is rare there ("no previous login", "QALSERVICE not
 * ready"). Shorter strings ("request timeout") and three words around a stop word ("not support @all") are what many
 * codes' logs and users' own sentences say, so they are left to the ranking, as a field of the index. `docFreq` says
 * in how many readings' texts a word stands (0 for a stop word, which is in none).
 */
export function isMessagePhrase(phrase: string, docFreq: (word: string) => number): boolean {
  const han = countHan(phrase);
  if (han >= 5) return true;
  const words = phrase.split(' ').filter((w) => w !== '' && !hasHan(w));
  // A stop word ("not", "no", "of") is in no reading's terms at all (0), which is not rare but empty.
  const rare = (word: string) => {
    const readings = docFreq(word);
    return readings > 0 && readings <= RARE_WORD_READINGS;
  };
  const content = (word: string) => docFreq(word) > 0;
  return words.length >= 4 || (words.length === 3 && (words.every(content) || words.some(rare)));
}

/**
 * The form a message and a query are compared in: canonical, lower-cased first, with Latin words cut off the Han text
 * they touch and no space left beside a Han character. The same string reaches users spaced differently where Chinese
 * meets Latin ("登录时TLS解密失败" in one SDK's log, "登录时 TLS 解密失败" in a doc) and in other case ("USERID" from
 * a logger that upper-cases), and canonical alone reads each of those as other words (it splits camelCase, and keeps
 * a Latin word glued to Han as one unstemmed token).
 */
export function messageForm(text: string): string {
  // Where Han characters meet Latin letters or digits, either way round ("TLS解密", "A2校验"), a space; then no space
  // beside a Han character.
  return dropSpacesBesideHan(canonical(spaceHanSeams(text.normalize('NFKC').toLowerCase())));
}

/**
 * Whether the query holds the message whole, both in {@link messageForm}: Latin words on word boundaries, Han characters
 * anywhere (Chinese runs straight on into the next word).
 */
export function holdsMessage(query: string, phrase: string): boolean {
  const startsHan = hasHan(phrase.charAt(0));
  const endsHan = hasHan(phrase.charAt(phrase.length - 1));
  const boundary = (c: string) => c === '' || c === ' ' || hasHan(c);
  for (let at = query.indexOf(phrase); at >= 0; at = query.indexOf(phrase, at + 1)) {
    if ((startsHan || boundary(query.charAt(at - 1))) && (endsHan || boundary(query.charAt(at + phrase.length)))) return true;
  }
  return false;
}

/**
 * The index as shipped: parsing 12,000 postings as JSON took 12 ms of every search, so the terms and their postings
 * are two text tables searched in place. `terms` holds one "term<TAB>offset" line per term, sorted by UTF-16 code
 * unit (what `<` compares); `offset` is where the term's line of postings starts in `postings` ("doc:weight ...").
 */
export interface PackedSearchIndex {
  /** JSON of { version, docs, groups, messages, families, prior }. */
  head: string;
  terms: string;
  postings: string;
  /** The line of postings that starts at an offset, when it can be read without `postings` whole (the bin reads it from disk). */
  postingLine?: (offset: number) => string;
  /**
   * How `terms` holds its text: as text (the default), or as its UTF-8 bytes, one character each ('utf8-bytes'), as the
   * bin reads the terms' file (latin1, about 0.5 ms, where decoding its UTF-8 took 2.5 to 3 ms of every search's
   * start-up). The table is sorted either way, since UTF-8 bytes sort as the code points, and so as the code units
   * of text without astral characters (the build checks that the terms hold none).
   */
  termsForm?: TermsForm;
}

export type TermsForm = 'text' | 'utf8-bytes';

export function packSearchIndex(data: SearchIndexData): PackedSearchIndex {
  const terms = Object.keys(data.postings).sort();
  const termLines: string[] = [];
  const postingLines: string[] = [];
  let offset = 0;
  for (const term of terms) {
    if (/[\t\n]/.test(term)) throw new Error(`search term ${JSON.stringify(term)} holds a tab or newline`);
    const list = data.postings[term] as string;
    termLines.push(`${term}\t${offset}`);
    postingLines.push(list);
    offset += list.length + 1;
  }
  const { version, docs, groups, messages, families, prior } = data;
  return { head: JSON.stringify({ version, docs, groups, messages, families, prior }), terms: termLines.join('\n'), postings: postingLines.join('\n') };
}

/** Where the line holding `from` ends: its newline, or the end of the text for the last line. */
function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

interface IndexHead {
  version: number;
  docs: string[];
  groups: SynonymGroup[];
  messages: Array<[string, number[]]>;
  families: number[][];
  prior?: Array<[number, number]>;
}

/**
 * A loaded index: terms found by binary search in the packed table, postings decoded per term on demand, and kept.
 * `packed.terms` and `packed.postings` are read only when first needed, so they may be getters that load them.
 */
export class SearchIndex {
  private readonly decoded = new Map<string, Posting[]>();
  private readonly head: IndexHead;
  /** A term as the packed table spells it (see PackedSearchIndex.termsForm), and back. */
  private readonly packedForm: (term: string) => string;
  private readonly textForm: (term: string) => string;

  constructor(private readonly packed: PackedSearchIndex) {
    this.head = JSON.parse(packed.head) as IndexHead;
    const asBytes = packed.termsForm === 'utf8-bytes';
    this.packedForm = asBytes ? toUtf8Bytes : (term) => term;
    this.textForm = asBytes ? fromUtf8Bytes : (term) => term;
  }

  get version(): number {
    return this.head.version;
  }

  /** Readings indexed, in catalogue order, as "source:code". */
  get docs(): readonly string[] {
    return this.head.docs;
  }

  get groups(): readonly SynonymGroup[] {
    return this.head.groups;
  }

  /** Tencent's own error strings in messageForm, with the readings (positions) they belong to. */
  get messages(): ReadonlyArray<readonly [string, readonly number[]]> {
    return this.head.messages;
  }

  private familyOf: Map<number, number> | undefined;
  /** The first reading of the guidance family a reading belongs to (itself when it shares its file with none). */
  family(doc: number): number {
    if (this.familyOf === undefined) {
      this.familyOf = new Map();
      for (const docs of this.head.families ?? []) for (const d of docs) this.familyOf.set(d, docs[0] as number);
    }
    return this.familyOf.get(doc) ?? doc;
  }

  private priorOf: Map<number, number> | undefined;
  /** How many REST API pages list a reading in their error tables (0 for the readings none lists). */
  prior(doc: number): number {
    this.priorOf ??= new Map(this.head.prior ?? []);
    return this.priorOf.get(doc) ?? 0;
  }

  private priorTop: number | undefined;
  /** The most REST API pages that list any one reading. */
  get maxPrior(): number {
    return (this.priorTop ??= Math.max(1, ...(this.head.prior ?? []).map(([, n]) => n)));
  }

  /** Where a term's postings start, or -1: a binary search over the sorted lines, one line at a time. */
  private find(term: string): number {
    term = this.packedForm(term);
    const text = this.packed.terms;
    // lo is always a line start, hi a line start or the end, so each step lands inside a whole line.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const tab = text.indexOf('\t', start);
      const end = lineEnd(text, tab);
      const key = text.slice(start, tab);
      if (key === term) return Number(text.slice(tab + 1, end));
      if (key < term) lo = end + 1;
      else hi = start;
    }
    return -1;
  }

  has(term: string): boolean {
    return this.find(term) >= 0;
  }

  private numbers: ReadonlySet<string> | undefined;
  /**
   * The terms that are numbers (12, 4096), read once from the head of the sorted table, where digits sort first: a log
   * of table rows numbers every row differently, and each number would otherwise cost a binary search.
   */
  numberTerms(): ReadonlySet<string> {
    if (this.numbers === undefined) {
      const found = new Set<string>();
      const text = this.packed.terms;
      let inDigits = false;
      for (let start = 0; start < text.length; ) {
        const digit = isAsciiDigitCode(text.charCodeAt(start));
        // Sorted: the terms that start with a digit stand together, and nothing after them does.
        if (!digit && inDigits) break;
        inDigits = digit;
        const tab = text.indexOf('\t', start);
        const term = text.slice(start, tab);
        if (digit && /^[0-9]+$/.test(term)) found.add(term);
        const end = text.indexOf('\n', tab);
        start = end < 0 ? text.length : end + 1;
      }
      this.numbers = found;
    }
    return this.numbers;
  }

  private latin: readonly string[] | undefined;
  /** The terms made of Latin letters only (kick, frequenc), read once: what a misspelt query word is matched against. */
  latinTerms(): readonly string[] {
    if (this.latin === undefined) {
      const found: string[] = [];
      for (const line of this.packed.terms.split('\n')) {
        const term = line.slice(0, line.indexOf('\t'));
        if (/^[a-z]+$/.test(term)) found.push(term);
      }
      this.latin = found;
    }
    return this.latin;
  }

  private postingLine(offset: number): string {
    const { packed } = this;
    return packed.postingLine ? packed.postingLine(offset) : packed.postings.slice(offset, lineEnd(packed.postings, offset));
  }

  postings(term: string): Posting[] {
    let list = this.decoded.get(term);
    if (!list) {
      const offset = this.find(term);
      const raw = offset < 0 ? '' : this.postingLine(offset);
      list = raw === '' ? [] : raw.split(' ').map((p): Posting => {
        const colon = p.indexOf(':');
        const searchOnly = p.endsWith('+');
        return [Number(p.slice(0, colon)), Number(p.slice(colon + 1, searchOnly ? -1 : undefined)) / 1000, searchOnly];
      });
      this.decoded.set(term, list);
    }
    return list;
  }

  /** The source of the reading at a position, from its "source:code" key: no reading need be parsed to weigh it. */
  docSource(doc: number): Source {
    return splitCodeKey(this.head.docs[doc] ?? '').source;
  }

  /** Chinese words of the vocabulary that hold this character: lets a one-character query ("群") find its words. */
  wordsWith(char: string): string[] {
    const text = this.packed.terms;
    const found: string[] = [];
    let lastLine = -1;
    const needle = this.packedForm(char);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const start = text.lastIndexOf('\n', at) + 1;
      const tab = text.indexOf('\t', start);
      // A hit in the offset column, or a second hit in the same term, adds nothing.
      if (at >= tab || start === lastLine) continue;
      lastLine = start;
      const term = this.textForm(text.slice(start, tab));
      if (term !== char && hasHan(term)) found.push(term);
    }
    return found;
  }
}

function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
