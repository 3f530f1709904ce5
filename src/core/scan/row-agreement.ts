// Whether a code table's row describes a code as the catalogue does: another product's table reuses Tencent's numbers.
import { bigrams, canonical, termsOf } from '../search-text.js';
import type { Entry } from '../types.js';

/** A row must say at least this many things the catalogue's vocabulary knows before it is judged. */
const MIN_KNOWN_TERMS = 2;
/** Terms a row must share with the catalogue's texts of a code to repeat its description (three English stems, or a few Chinese words as bigrams). */
const MIN_ECHOED_TERMS = 3;
/** Only the head of a row is read, whatever the caller passes: a table cell is short, and the line may be long. */
const MAX_ROW_CHARS = 160;
/** Kana: a Japanese table (Tencent's own docs exist in Japanese) cannot be compared with English or Chinese texts. */
const KANA = /[\u3040-\u30ff]/u;

const termsIn = (text: string) => new Set(termsOf(canonical(text), bigrams));

export class RowAgreement {
  /** Terms of each code's readings (descriptions in both languages, names and causes), built on first use. */
  private byCode: Map<number, Set<string>> | undefined;
  private vocabulary: Set<string> | undefined;

  constructor(private readonly entries: () => readonly Entry[]) {}

  /**
   * False only when the row says enough to judge (two terms or more that the catalogue's texts use) and shares not
   * one of them with what the catalogue says of the code: `50001 | The current application needs to purchase the
   * … Package` from another product's table, where Tencent's 50001 is an account that does not exist. Any shared
   * word counts, however common ("Internal server error when setting data" agrees with "Internal server error"), so
   * a row Tencent wrote is never judged foreign for being worded differently. Rows in a language the catalogue does
   * not speak (Tencent's Japanese docs) are not judged.
   */
  describes(code: number, row: string): boolean {
    const text = row.length > MAX_ROW_CHARS ? row.slice(0, MAX_ROW_CHARS) : row;
    if (KANA.test(text)) return true;
    const { byCode, vocabulary } = this.tables();
    const own = byCode.get(code);
    if (!own) return true;
    let known = 0;
    for (const term of termsIn(text)) {
      if (own.has(term)) return true;
      if (vocabulary.has(term)) known++;
    }
    return known < MIN_KNOWN_TERMS;
  }

  /**
   * Whether the row repeats what the catalogue says of the code: a table in source code or config, whatever its
   * punctuation (`2999: { msg: '接口需要 SDK 处于 ready 状态后才能调用' }`), where the code's own message follows it.
   */
  echoes(code: number, row: string): boolean {
    const text = row.length > MAX_ROW_CHARS ? row.slice(0, MAX_ROW_CHARS) : row;
    const own = this.tables().byCode.get(code);
    if (!own) return false;
    let shared = 0;
    for (const term of termsIn(text)) if (own.has(term) && ++shared >= MIN_ECHOED_TERMS) return true;
    return false;
  }

  private tables(): { byCode: Map<number, Set<string>>; vocabulary: Set<string> } {
    if (!this.byCode || !this.vocabulary) {
      const byCode = new Map<number, Set<string>>();
      for (const e of this.entries()) {
        const terms = byCode.get(e.code) ?? new Set<string>();
        // Our causes count too: they say how users meet the code (6017 in a live group: 直播群), which Tencent's one line does not.
        for (const text of [e.description, e.descriptionZh ?? '', e.names.join(' '), ...(e.causes ?? []), ...(e.causesZh ?? [])]) for (const t of termsIn(text)) terms.add(t);
        byCode.set(e.code, terms);
      }
      const vocabulary = new Set<string>();
      for (const terms of byCode.values()) for (const t of terms) vocabulary.add(t);
      this.byCode = byCode;
      this.vocabulary = vocabulary;
    }
    return { byCode: this.byCode, vocabulary: this.vocabulary };
  }
}
