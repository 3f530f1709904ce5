// Whether a code table's row describes a code as the catalogue does: another product's table reuses Tencent's numbers.
import { splitCodeKey } from '../code-key.js';
import { holdsMessage, messageForm } from '../search-index.js';
import { bigrams, canonical, termsOf } from '../search-text.js';
import type { RowJudge } from './detect.js';

/** A table row's description is read only this far: a cell is short, and the line may be long. */
export const MAX_ROW_CHARS = 160;

/**
 * What the row checks read: the search index built at build time, which already holds every reading's words
 * (names, descriptions in both languages, causes, advice, symptoms), so the first table row a scan meets costs a few
 * lookups instead of reading and splitting the whole catalogue.
 */
export interface ReadingTerms {
  /** Readings as "source:code", by position. */
  readonly docs: readonly string[];
  has(term: string): boolean;
  /** The readings (positions) whose text holds the term; the third element marks a search-only field's term. */
  postings(term: string): ReadonlyArray<readonly [number, number, boolean]>;
  /** Tencent's own error strings in messageForm, with the readings (positions) that return them. */
  readonly messages?: ReadonlyArray<readonly [string, readonly number[]]>;
  /** The terms that are numbers, all of them: any other number is no term, without a lookup. */
  numberTerms?(): ReadonlySet<string>;
}

/** A row must say at least this many things the catalogue's texts use before it is judged. */
const MIN_KNOWN_TERMS = 2;
/**
 * A word of more codes than this tells little of which code a row is about (请求, 参数, error): a row must share a rarer
 * word with its code's texts, when it has any (RowAgreement.describes).
 */
const MAX_TELLING_TERM_CODES = 100;
/** Rarer words a code's paired text must say, none of them the code's, before it is about other codes (RowAgreement.allows). */
const MIN_CONTRADICTING_TERMS = 2;
/** Words a row must share with a code's texts to repeat its description (three English stems, or a few Chinese words as bigrams). */
const MIN_ECHOED_TERMS = 3;
/** Words remembered at most (a log of all-different words cannot grow the memo). */
const TERM_MEMO_LIMIT = 1 << 14;
/** Verdicts remembered at most: rows of all-different text cannot grow the memo. */
const VERDICT_MEMO_LIMIT = 4096;
/** Kana: a Japanese table (Tencent's own docs exist in Japanese) cannot be compared with English or Chinese texts. */
const KANA = /[\u3040-\u30ff]/u;

/** Whitespace between a row's words; canonical() never joins words across it, so each word's terms stand alone. */
const WORD_GAP = /\s+/u;
const ASCII_NUMBER = /^[0-9]+$/;

/**
 * The search terms of a row's head, as termsOf(canonical(head)) gives them, built word by word through `memo`:
 * canonical() (NFKC, name splitting, stemming) of every row cost more than the rest of a scan of table rows, and rows
 * repeat the same words. The memo is bounded; numbers, which rows rarely repeat, bypass it.
 */
export function rowTerms(row: string, memo: Map<string, readonly string[]>): Set<string> {
  const terms = new Set<string>();
  for (const word of (row.length > MAX_ROW_CHARS ? row.slice(0, MAX_ROW_CHARS) : row).split(WORD_GAP)) {
    if (word === '') continue;
    if (ASCII_NUMBER.test(word)) {
      terms.add(word);
      continue;
    }
    let wordTerms = memo.get(word);
    if (wordTerms === undefined) {
      wordTerms = termsOf(canonical(word), bigrams);
      if (memo.size >= TERM_MEMO_LIMIT) memo.clear();
      memo.set(word, wordTerms);
    }
    for (const term of wordTerms) terms.add(term);
  }
  return terms;
}

/** The catalogue's judge of table rows; it reads the index on its first question. */
export class RowAgreement implements RowJudge {
  private index: ReadingTerms | undefined;
  private readonly termCodes = new Map<string, Set<number> | undefined>();
  /** The code of each reading in the index, by position: parsed once, not per word and posting. */
  private docCodes: number[] | undefined;
  /** Every code the index has readings of. */
  private codes: Set<number> | undefined;
  private codeMessages: Map<number, string[]> | undefined;
  /** Each word's terms, remembered: a log of table rows repeats the same words on every row. */
  private readonly wordTerms = new Map<string, readonly string[]>();
  /**
   * Verdicts by question, code and row: a log repeats the same message with the same code on line after line
   * (PlatformException(6014, …) on every failed call): a remembered verdict pair costs about 1 µs, a judged one 5 to 8
   * (measured warm on four repeated rows). Bounded.
   */
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly loadIndex: () => ReadingTerms) {}

  /**
   * False when the row says enough to judge (two words or more that the catalogue's texts use) and is not about the
   * code. Either it shares not one of those words with what the catalogue says of the code (`50001 | The current
   * application needs to purchase the … Package` from another product's table, where Tencent's 50001 is an account that
   * does not exist), or the only ones it shares are words of more than MAX_TELLING_TERM_CODES codes while its telling
   * words are all about other codes (`3004 | 无效参数 | 请核查发送的请求参数…` from a voice product's table shares 请求 and
   * 参数 with Tencent's 3004, yet none of its rarer words). Tencent's own rows, however worded ("Internal server error
   * when setting data" for 40006), share a telling word with the code, and a row that holds a string Tencent returns
   * with the code is its own. Rows in a language the catalogue does not speak (Tencent's Japanese docs) are not judged.
   */
  describes(code: number, row: string): boolean {
    return this.remembered('d', code, row, () => this.judgeDescribes(code, row, 1));
  }

  /**
   * Like describes, for the few words a code is paired with mid-line (`1001:重复初始化`, `8002 请求参数错误。`), often a
   * user's own words for it: false when they share nothing with what the catalogue says of the code, or share only
   * common words while saying at least MIN_CONTRADICTING_TERMS rarer things, all of them about other codes. One rare
   * word is not enough there: `10004: 参数错误` paraphrases the catalogue's 参数非法 with a common word and one rarer pair.
   */
  allows(code: number, text: string): boolean {
    return this.remembered('a', code, text, () => this.judgeDescribes(code, text, MIN_CONTRADICTING_TERMS));
  }

  private judgeDescribes(code: number, row: string, minTelling: number): boolean {
    if (KANA.test(row.slice(0, MAX_ROW_CHARS)) || !this.hasReadings(code)) return true;
    const terms = rowTerms(row, this.wordTerms);
    // Fewer than MIN_KNOWN_TERMS of the row's terms are in the index at all, so fewer are known to codes (below): the
    // verdict is known without any term's postings, which then need not be read (`, request failed` on every line).
    let indexed = 0;
    for (const term of terms) if (this.indexes(term) && ++indexed >= MIN_KNOWN_TERMS) break;
    if (indexed < MIN_KNOWN_TERMS) return true;
    let known = 0;
    let shares = false;
    let telling = 0;
    let sharesTelling = false;
    for (const term of terms) {
      const codes = this.codesWith(term);
      if (codes === undefined) continue;
      known++;
      const own = codes.has(code);
      shares ||= own;
      if (codes.size > MAX_TELLING_TERM_CODES) continue;
      telling++;
      sharesTelling ||= own;
    }
    if (known < MIN_KNOWN_TERMS) return true;
    return shares && (sharesTelling || telling < minTelling || this.holdsOwnMessage(code, row));
  }

  /**
   * Whether the row repeats what the catalogue says of the code: a table in source code or config, whatever its
   * punctuation (`2999: { msg: '接口需要 SDK 处于 ready 状态后才能调用' }`), where the code's own message follows it.
   */
  echoes(code: number, row: string): boolean {
    return this.remembered('e', code, row, () => this.judgeEchoes(code, row));
  }

  private judgeEchoes(code: number, row: string): boolean {
    if (!this.hasReadings(code)) return false;
    if (this.holdsOwnMessage(code, row)) return true;
    let shared = 0;
    for (const term of rowTerms(row, this.wordTerms)) if (this.sharedWith(term, code) && ++shared >= MIN_ECHOED_TERMS) return true;
    return false;
  }

  private remembered(question: 'd' | 'e' | 'a', code: number, row: string, judge: () => boolean): boolean {
    const key = `${question}${code}:${row.length > MAX_ROW_CHARS ? row.slice(0, MAX_ROW_CHARS) : row}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = judge();
      if (this.verdicts.size >= VERDICT_MEMO_LIMIT) this.verdicts.clear();
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  /**
   * Whether the row holds a string Tencent returns with the code ("Out of frequency limit." for 9506): its own words,
   * however few of them the catalogue's texts share ("out" and "of" are no search terms).
   */
  private holdsOwnMessage(code: number, row: string): boolean {
    const phrases = this.messagesOf().get(code);
    if (phrases === undefined) return false;
    const form = messageForm(row.length > MAX_ROW_CHARS ? row.slice(0, MAX_ROW_CHARS) : row);
    return phrases.some((phrase) => holdsMessage(form, phrase));
  }

  /** The strings of each code, so a row costs only its own code's few strings. */
  private messagesOf(): Map<number, string[]> {
    if (this.codeMessages === undefined) {
      this.codeMessages = new Map();
      for (const [phrase, docs] of this.terms().messages ?? []) {
        for (const doc of docs) {
          const code = this.codeOf(doc);
          this.codeMessages.set(code, [...(this.codeMessages.get(code) ?? []), phrase]);
        }
      }
    }
    return this.codeMessages;
  }

  /** Whether one of the code's readings holds the term; undefined when no reading does (a word the catalogue never uses). */
  private sharedWith(term: string, code: number): boolean | undefined {
    const codes = this.codesWith(term);
    return codes === undefined ? undefined : codes.has(code);
  }

  /**
   * Whether the term may be known to codes: exactly when codesWith has remembered it, else whether the index has it at
   * all (no postings are read). Never false for a term codesWith would find codes of.
   */
  private indexes(term: string): boolean {
    if (this.termCodes.has(term)) return this.termCodes.get(term) !== undefined;
    const index = this.terms();
    if (index.numberTerms && ASCII_NUMBER.test(term)) return index.numberTerms().has(term);
    return index.has(term);
  }

  /**
   * The codes whose readings hold a term, remembered: a log of table rows repeats the same words on every row, and a
   * binary search of the index per word and row cost more than the rest of the scan. Bounded like the detector's memo.
   */
  private codesWith(term: string): Set<number> | undefined {
    const index = this.terms();
    // A row's own number (its line in the table, a request id) is rarely a term; knowing that costs no lookup or memo.
    if (index.numberTerms && ASCII_NUMBER.test(term) && !index.numberTerms().has(term)) return undefined;
    if (this.termCodes.has(term)) return this.termCodes.get(term);
    let codes: Set<number> | undefined;
    if (index.has(term)) {
      // Only what the catalogue itself says of a code: the REST pages' per-API wording is for search alone.
      for (const [doc, , searchOnly] of index.postings(term)) if (!searchOnly) (codes ??= new Set()).add(this.codeOf(doc));
    }
    if (this.termCodes.size >= TERM_MEMO_LIMIT) this.termCodes.clear();
    this.termCodes.set(term, codes);
    return codes;
  }

  private hasReadings(code: number): boolean {
    this.codes ??= new Set(this.codesByDoc());
    return this.codes.has(code);
  }

  private codeOf(doc: number): number {
    return this.codesByDoc()[doc] ?? 0;
  }

  private codesByDoc(): number[] {
    return (this.docCodes ??= this.terms().docs.map((key) => splitCodeKey(key).code));
  }

  private terms(): ReadingTerms {
    return (this.index ??= this.loadIndex());
  }
}
