// The grammar's words as the detector looks them up: key, unit, id and other products' words, in sets, indexes and hashes.
import { isWordChar } from './char-classes.js';
import {
  APP_KEY_WORDS,
  CJK_ID_WORDS,
  CJK_LIST_JOINERS,
  CJK_UNIT_WORDS,
  FAILURE_WORDS,
  FOREIGN_CONSTANT_PREFIXES,
  FOREIGN_CREDENTIALS,
  FOREIGN_FEATURES,
  FOREIGN_FIELDS,
  FOREIGN_KEY_CONTEXT,
  FOREIGN_PRODUCTS,
  ID_WORDS,
  STRONG_CJK_KEYS,
  STRONG_KEYS,
  TIMER_CALLS,
  UNIT_WORDS,
  WEAK_CJK_KEYS,
  WEAK_KEYS,
  WECHAT_NAMES,
} from './grammar.js';

/** A hash of a word's ASCII letters, digits, `_` and `-` ignoring case: a word is sliced only when its hash matches. */
function lowerHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return h >>> 0;
}
const hashesOf = (words: Iterable<string>) => new Set([...words].map((w) => lowerHash(w, 0, w.length)));

/** Every spelling of a key: `err~code` gives errcode, err_code and err-code. */
function spellings(key: string): string[] {
  return key.split('~').reduce<string[]>((acc, part, i) => (i === 0 ? [part] : acc.flatMap((s) => [s + part, `${s}_${part}`, `${s}-${part}`])), []);
}
export const STRONG_KEY_SET = new Set(STRONG_KEYS.flatMap(spellings));
export const WEAK_KEY_SET = new Set(WEAK_KEYS.flatMap(spellings));
const LONGEST_KEY = Math.max(...[...STRONG_KEY_SET, ...WEAK_KEY_SET].map((k) => k.length));
const KEY_HASHES = hashesOf([...STRONG_KEY_SET, ...WEAK_KEY_SET]);
/** The key word (strong or weak) that line[k, j) is, lower-cased, or '': sliced only when its hash may be one. */
export const keyWordAt = (line: string, k: number, j: number): string =>
  j - k <= LONGEST_KEY && KEY_HASHES.has(lowerHash(line, k, j)) ? line.slice(k, j).toLowerCase() : '';
/** Longest first, so 报错码 wins over 报错 and 报. */
const byLengthDown = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
/** Words grouped by one of their characters, longest first, so a position costs one map lookup. */
export function indexBy(words: readonly string[], at: (word: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of byLengthDown(words)) index.set(at(word), [...(index.get(at(word)) ?? []), word]);
  return index;
}
export const lastChar = (word: string) => word[word.length - 1] as string;
export const firstChar = (word: string) => word[0] as string;
export const CJK_KEYS_BY_LAST = indexBy([...STRONG_CJK_KEYS, ...WEAK_CJK_KEYS], lastChar);
export const STRONG_CJK_KEY_SET = new Set<string>(STRONG_CJK_KEYS);
export const ID_WORD_SET = new Set<string>(ID_WORDS);
export const UNIT_SET = new Set<string>(UNIT_WORDS);
export const CJK_UNITS_BY_FIRST = indexBy(CJK_UNIT_WORDS, firstChar);
export const CJK_ID_BY_LAST = indexBy(CJK_ID_WORDS, lastChar);
export const JOINERS = new Set<string>(CJK_LIST_JOINERS);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (words: readonly string[]) => byLengthDown(words).map(escape).join('|');
/** A line about failure: one alternation of literals, linear in the line. */
export const FAILURE_LINE = new RegExp(alternation(FAILURE_WORDS), 'i');
/** A line that names WeChat, whose numbering overlaps Tencent's: one alternation of literals. */
export const WECHAT_LINE = new RegExp(alternation(WECHAT_NAMES), 'i');
/** A line that calls a timer (setTimeout, sleep): one alternation of literals, so only such lines walk back to a call. */
export const TIMER_LINE = new RegExp(alternation(TIMER_CALLS), 'i');
/** Other products' names: ASCII ones are looked up word by word, Chinese ones searched for in lines with Chinese. */
export const FOREIGN_WORDS = new Set([...FOREIGN_PRODUCTS, ...FOREIGN_FIELDS, ...FOREIGN_FEATURES].filter((w) => /^[\x00-\x7f]+$/.test(w)).map((w) => w.toLowerCase()));
export const FOREIGN_CJK = [...FOREIGN_PRODUCTS, ...FOREIGN_FEATURES].filter((w) => !/^[\x00-\x7f]+$/.test(w));
const LONGEST_FOREIGN_WORD = Math.max(...[...FOREIGN_WORDS].map((w) => w.length));
const FOREIGN_HASHES = hashesOf(FOREIGN_WORDS);

/** LiteAV's constant prefixes (FOREIGN_CONSTANT_PREFIXES), each with the length of its part before its first `_`. */
const FOREIGN_PREFIX_HEADS = FOREIGN_CONSTANT_PREFIXES.map((prefix) => ({ prefix, head: prefix.indexOf('_') }));
/**
 * Whether the line holds a word that starts with one of FOREIGN_CONSTANT_PREFIXES and goes on past it, ignoring ASCII
 * case (PLAY_WARNING_RECONNECT). The line is searched from one `_` to the next, each looked at once, rather than word
 * by word: most lines hold few underscores, and this runs only on a line that names no product by its words.
 */
export function hasForeignConstant(line: string): boolean {
  for (let at = line.indexOf('_'); at >= 0; at = line.indexOf('_', at + 1)) {
    for (const { prefix, head } of FOREIGN_PREFIX_HEADS) {
      const start = at - head;
      if (start < 0 || (start > 0 && isWordChar(line.charCodeAt(start - 1))) || start + prefix.length >= line.length) continue;
      let k = 0;
      for (; k < prefix.length; k++) {
        const c = line.charCodeAt(start + k);
        if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== prefix.charCodeAt(k)) break;
      }
      if (k === prefix.length && isWordChar(line.charCodeAt(start + k))) return true;
    }
  }
  return false;
}

export const CREDENTIAL_WORDS = new Set<string>(FOREIGN_CREDENTIALS);
/** One hash set for both lists: a word's hash is looked up once, and sliced only when it may be one of them. */
export const FOREIGN_OR_CREDENTIAL_HASHES = new Set([...FOREIGN_HASHES, ...hashesOf(CREDENTIAL_WORDS)]);
export const LONGEST_LISTED_WORD = Math.max(LONGEST_FOREIGN_WORD, ...FOREIGN_CREDENTIALS.map((w) => w.length));
/** The hashes of the app key's two words (lowerHash), so the walk slices a word of three letters only when it may be one. */
export const APP_KEY_HASHES = APP_KEY_WORDS.map((w) => lowerHash(w, 0, w.length));
/** One space or `-` between the app key's words: App Key, app-key. */
export const isAppKeyJoin = (c: number) => c === 32 || c === 45;

const FOREIGN_KEY_SET = new Set(FOREIGN_KEY_CONTEXT.map((w) => w.toLowerCase()));
const LONGEST_FOREIGN_KEY_WORD = Math.max(...FOREIGN_KEY_CONTEXT.map((w) => w.length));
/** Their hashes (lowerHash): a word before a key is sliced and lowercased only when its hash is one of these. */
const FOREIGN_KEY_HASHES = hashesOf(FOREIGN_KEY_SET);
/** Whether line[start, end) is a word of FOREIGN_KEY_CONTEXT, ignoring case; the hash first, so most words cost no slice. */
export const isForeignKeyWord = (line: string, start: number, end: number) =>
  end - start <= LONGEST_FOREIGN_KEY_WORD && FOREIGN_KEY_HASHES.has(lowerHash(line, start, end)) && FOREIGN_KEY_SET.has(line.slice(start, end).toLowerCase());
