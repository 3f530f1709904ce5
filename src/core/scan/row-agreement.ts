// Whether a code table's row describes a code as the catalogue does: another product's table reuses Tencent's numbers.
import { splitCodeKey } from '../code-key.js';
import { bigrams, canonical, termsOf } from '../search-text.js';

/**
 * What the row checks read: the search index built at build time, which already holds every reading's words
 * (names, descriptions in both languages, causes, advice, symptoms), so the first table row a scan meets costs a few
 * lookups instead of reading and splitting the whole catalogue.
 */
export interface ReadingTerms {
  /** Readings as "source:code", by position. */
  readonly docs: readonly string[];
  has(term: string): boolean;
  /** The readings (positions) whose text holds the term. */
  postings(term: string): ReadonlyArray<readonly [number, ...unknown[]]>;
}

/** A row must say at least this many things the catalogue's texts use before it is judged. */
const MIN_KNOWN_TERMS = 2;
/** Words a row must share with a code's texts to repeat its description (three English stems, or a few Chinese words as bigrams). */
const MIN_ECHOED_TERMS = 3;
/** Only the head of a row is read, whatever the caller passes: a table cell is short, and the line may be long. */
const MAX_ROW_CHARS = 160;
/** Kana: a Japanese table (Tencent's own docs exist in Japanese) cannot be compared with English or Chinese texts. */
const KANA = /[\u3040-\u30ff]/u;

const termsIn = (text: string) => new Set(termsOf(canonical(text.length > MAX_ROW_CHARS ? text.slice(0, MAX_ROW_CHARS) : text), bigrams));

export class RowAgreement {
  private index: ReadingTerms | undefined;
  /** Each code's readings (positions in the index), found on first use. */
  private readonly readingsOf = new Map<number, Set<number>>();

  constructor(private readonly loadIndex: () => ReadingTerms) {}

  /**
   * False only when the row says enough to judge (two words or more that the catalogue's texts use) and shares not
   * one of them with what the catalogue says of the code: `50001 | The current application needs to purchase the
   * … Package` from another product's table, where Tencent's 50001 is an account that does not exist. Any shared
   * word counts, however common ("Internal server error when setting data" agrees with "Internal server error"), so
   * a row Tencent wrote is never judged foreign for being worded differently. Rows in a language the catalogue does
   * not speak (Tencent's Japanese docs) are not judged.
   */
  describes(code: number, row: string): boolean {
    if (KANA.test(row.slice(0, MAX_ROW_CHARS))) return true;
    const own = this.readings(code);
    if (own.size === 0) return true;
    let known = 0;
    for (const term of termsIn(row)) {
      const shared = this.sharedWith(term, own);
      if (shared === undefined) continue;
      if (shared) return true;
      known++;
    }
    return known < MIN_KNOWN_TERMS;
  }

  /**
   * Whether the row repeats what the catalogue says of the code: a table in source code or config, whatever its
   * punctuation (`2999: { msg: '接口需要 SDK 处于 ready 状态后才能调用' }`), where the code's own message follows it.
   */
  echoes(code: number, row: string): boolean {
    const own = this.readings(code);
    if (own.size === 0) return false;
    let shared = 0;
    for (const term of termsIn(row)) if (this.sharedWith(term, own) && ++shared >= MIN_ECHOED_TERMS) return true;
    return false;
  }

  /** Whether one of the code's readings holds the term; undefined when no reading does (a word the catalogue never uses). */
  private sharedWith(term: string, own: Set<number>): boolean | undefined {
    const index = this.terms();
    if (!index.has(term)) return undefined;
    for (const [doc] of index.postings(term)) if (own.has(doc)) return true;
    return false;
  }

  private readings(code: number): Set<number> {
    let own = this.readingsOf.get(code);
    if (!own) {
      own = new Set();
      this.terms().docs.forEach((key, doc) => {
        if (splitCodeKey(key).code === code) own?.add(doc);
      });
      this.readingsOf.set(code, own);
    }
    return own;
  }

  private terms(): ReadingTerms {
    return (this.index ??= this.loadIndex());
  }
}
