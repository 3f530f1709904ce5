// Resolves each query to every reading the catalogue has, or to suggestions when it has none.
import { getCatalogue, type Catalogue } from './catalogue.js';
import { parseQuery } from './query.js';
import { holdsOnlyCommonWords } from './search-text.js';
import { nearCodes, nearNames, whereCodeWouldSit, type Neighbourhood } from './suggest.js';
import type { Entry } from './types.js';

export interface Suggestions {
  /** Known codes or names one typo away. */
  didYouMean: Array<number | string>;
  /** The category whose codes surround an unknown number. */
  nearby?: Neighbourhood;
  /** The input reads like words: `chaterr search` is the better tool. */
  trySearch?: boolean;
}

export interface ExplainResult {
  query: string;
  found: boolean;
  readings: Entry[];
  /** Set when the input cannot be a code or a name at all (a usage error). */
  error?: string;
  suggestions?: Suggestions;
}

function isNameFragment(catalogue: Catalogue, name: string): boolean {
  const upper = name.toUpperCase();
  for (const known of catalogue.names) if (known.includes(upper)) return true;
  return false;
}

/**
 * Why a code and the constant name beside it cannot both be meant, when the name is another code's:
 * `6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED)` explained 6014 and `70001 ERR_SDK_NOT_LOGGED_IN` 70001, with no word that
 * the name was 70001's or 6014's, so a mistyped code gave the wrong card. A name the catalogue does not know says nothing.
 */
function pairMismatch(catalogue: Catalogue, code: number, name: string, readings: Entry[]): string | undefined {
  const other = otherCodesName(catalogue, code, name, readings);
  return other && `${code} and ${other.name} disagree: ${other.name} is ${other.code}; give the code or the name alone`;
}

/** The name as the catalogue spells it and its code, when a name paired with `code` is another code's. */
export function otherCodesName(catalogue: Catalogue, code: number, name: string, readings = catalogue.lookupCode(code)): { name: string; code: number } | undefined {
  const named = catalogue.lookupName(name);
  if (!named || named.code === code || namedAmong(readings, name)) return undefined;
  const upper = name.toUpperCase();
  return { name: named.names.find((n) => n.toUpperCase() === upper) ?? upper, code: named.code };
}

/** Whether `name` is one of the readings' own names, in any case. */
function namedAmong(readings: readonly Entry[], name: string): boolean {
  const upper = name.toUpperCase();
  return readings.some((entry) => entry.names.some((n) => n.toUpperCase() === upper));
}

/** Letters that stand in for digits when a code is typed off a screenshot or a printout: O for 0, I and l for 1. */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };

/** Whether a word is made of digits and DIGIT_LOOKALIKES' letters only, with a digit among them (`70O01`, `l0010`). */
export function isDigitsOrLookalikes(word: string): boolean {
  return /^-?[0-9OoIl]+$/.test(word) && /\d/.test(word);
}

/**
 * The known code a word is when its look-alike letters are read as the digits they stand in for (`70O01`, `6O14`,
 * `7000l`): "not a number" said nothing of 70001. Only a word of digits and such letters, with a digit in it.
 */
function misreadDigits(catalogue: Catalogue, input: string): number[] {
  const word = input.trim();
  if (!isDigitsOrLookalikes(word) || !/[OoIl]/.test(word)) return [];
  const code = Number(word.replace(/[OoIl]/g, (ch) => DIGIT_LOOKALIKES[ch] ?? ch));
  return Number.isSafeInteger(code) && catalogue.lookupCode(code).length > 0 ? [code] : [];
}

export function explainQuery(input: string, catalogue: Catalogue = getCatalogue()): ExplainResult {
  const query = parseQuery(input);
  switch (query.kind) {
    case 'invalid':
      // Every unknown query carries suggestions, so callers can read didYouMean without checking for error first.
      return { query: input, found: false, readings: [], error: query.reason, suggestions: { didYouMean: misreadDigits(catalogue, input) } };
    case 'code': {
      const readings = catalogue.lookupCode(query.code);
      const mismatch = query.pairedName === undefined ? undefined : pairMismatch(catalogue, query.code, query.pairedName, readings);
      if (mismatch) return { query: input, found: false, readings: [], error: mismatch, suggestions: { didYouMean: [] } };
      if (readings.length > 0) return { query: input, found: true, readings };
      const suggestions: Suggestions = { didYouMean: nearCodes(catalogue, query.code) };
      const nearby = whereCodeWouldSit(catalogue, query.code);
      if (nearby) suggestions.nearby = nearby;
      return { query: input, found: false, readings: [], suggestions };
    }
    case 'span': {
      // The one range row answers to its span as list prints it; any other span is not one code.
      const readings = catalogue.lookupCode(query.min).filter((e) => e.range?.[0] === query.min && e.range[1] === query.max);
      if (readings.length > 0) return { query: input, found: true, readings };
      return { query: input, found: false, readings: [], error: `"${input.trim()}" is a span of codes, not one code: give one code, or see chaterr list`, suggestions: { didYouMean: [] } };
    }
    case 'name': {
      const entry = catalogue.lookupName(query.name);
      if (entry) return { query: input, found: true, readings: [entry] };
      const suggestions: Suggestions = { didYouMean: nearNames(catalogue, query.name) };
      // A prefix or fragment of real names (ERR_SVR_GROUP): search lists every name that starts with or holds it.
      if (isNameFragment(catalogue, query.name)) suggestions.trySearch = true;
      return { query: input, found: false, readings: [], suggestions };
    }
    case 'words': {
      const entry = catalogue.lookupName(query.text);
      if (entry) return { query: input, found: true, readings: [entry] };
      // A code whose first digit was typed as a letter (l0010, O6014) reads as a word, not as "not a number": it is
      // named as 10O01 is, and searching for the word would find nothing.
      const misread = misreadDigits(catalogue, input);
      if (misread.length > 0) return { query: input, found: false, readings: [], suggestions: { didYouMean: misread } };
      // Words search refuses as saying nothing of the error (error, the, 报错, 失败了) are not sent there: the hint led
      // to that refusal.
      const searchable = !holdsOnlyCommonWords(query.text);
      return { query: input, found: false, readings: [], suggestions: { didYouMean: nearNames(catalogue, query.text), ...(searchable ? { trySearch: true } : {}) } };
    }
  }
}

export function explain(inputs: string | string[], catalogue: Catalogue = getCatalogue()): ExplainResult[] {
  const results = withPairsJoined(Array.isArray(inputs) ? inputs : [inputs], catalogue).map((input) => explainQuery(input, catalogue));
  return withoutRepeats(results);
}

/**
 * The results less any that repeats an earlier one: `chaterr explain 6014 6014` (a code copied twice, or given again
 * after its pair, 6014 ERR_SDK_NOT_LOGGED_IN 6014) showed the same card twice. A found result repeats when every card
 * it holds is shown already; one not found, when it is the same input with the same error.
 */
function withoutRepeats(results: ExplainResult[]): ExplainResult[] {
  const shown = new Set<string>();
  return results.filter((result) => {
    const keys = result.found ? result.readings.map((entry) => `${entry.source}:${entry.code}`) : [`unknown ${result.query.trim()} ${result.error ?? ''}`];
    if (keys.every((key) => shown.has(key))) return false;
    for (const key of keys) shown.add(key);
    return true;
  });
}

/** Whether `text` is a code beside one of that code's own names. */
function agreeingPair(catalogue: Catalogue, text: string): boolean {
  const query = parseQuery(text);
  return query.kind === 'code' && query.pairedName !== undefined && namedAmong(catalogue.lookupCode(query.code), query.pairedName);
}

/** A separator standing alone between a code and its name, as a table row pasted unquoted splits into words. */
const LONE_SEPARATOR = /^[-–—|:：/]$/;

/** A dash or a tilde standing alone between two codes: a span typed with spaces around its mark. */
const LONE_SPAN_MARK = /^[-–—~～]$/;

/**
 * `chaterr explain 6014 - ERR_SDK_NOT_LOGGED_IN`, a table's row pasted without quotes, is three words to the shell:
 * the lone `-` was "holds no code" (exit 2). Three words that parse as a code-and-name pair once joined are that one
 * pair (checked as any pair); two codes around a lone dash are the span they spell (`70001 - 6014`, refused as a
 * span; `120001 - 130000`, the webhook range); anything else stays as given.
 */
function withPairsJoined(inputs: string[], catalogue: Catalogue): string[] {
  const joined: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const [word, separator, next] = [inputs[i] ?? '', inputs[i + 1], inputs[i + 2]];
    // A date typed apart (`error 2024 11 27`) is one word, refused as a date, before its year can be read as a code.
    const date = dateWords(inputs, i);
    if (date > 0) {
      joined.push(inputs.slice(i, i + date).join(' '));
      i += date - 1;
      continue;
    }
    // A code after its key, pasted unquoted (`Error 70001`, `错误码 6206`, `code: 6206`, `Error Code: 6206`): the key
    // alone was "not an error code or constant name" (exit 1) beside the code's card. Joined when the key is no code or
    // name by itself and the words read as that one keyed code (`retry 3` does not).
    const keyed = keyedCodeWords(inputs, i);
    if (keyed > 0) {
      joined.push(inputs.slice(i, i + keyed).join(' '));
      i += keyed - 1;
      continue;
    }
    // A code and its own name side by side (`6014 ERR_SDK_NOT_LOGGED_IN`, as a log line prints the pair, pasted
    // unquoted): two words to the shell, and the same card twice. Joined only when the name is that code's, so a
    // list of different codes and names (`-10001 ERR_SDK_NOT_INITIALIZED 2801`) stays a list.
    if (separator !== undefined && agreeingPair(catalogue, `${word} ${separator}`)) {
      joined.push(`${word} ${separator}`);
      i += 1;
      continue;
    }
    if (separator !== undefined && next !== undefined && LONE_SEPARATOR.test(separator)) {
      const pair = `${word} ${separator} ${next}`;
      const query = parseQuery(pair);
      if (query.kind === 'code' && query.pairedName !== undefined) {
        joined.push(pair);
        i += 2;
        continue;
      }
    }
    // A span pasted unquoted (`120001 - 130000`, as a doc's table or a sentence spaces it): the webhook range showed its
    // card beside '"-" holds no code' (exit 2), and another span gave two unknown codes and that line. Joined, it is
    // read as the span it is, as `120001-130000` is: the range's card, or "a span of codes, not one code".
    if (separator !== undefined && next !== undefined && LONE_SPAN_MARK.test(separator)) {
      const span = `${word} ${separator} ${next}`;
      if (parseQuery(span).kind === 'span') {
        joined.push(span);
        i += 2;
        continue;
      }
    }
    joined.push(word);
  }
  return joined;
}

/**
 * How many words from `i` on make one calendar date typed or pasted apart (`2024 11 27`, perhaps after a code's key
 * of one or two words, `error 2024 11 27`, and with a time after it, `2024-11-27 10:32:01`), or 0. Its year read as
 * the Web code 2024 while the month and the day were "not a known error code" (exit 1): the date is one word,
 * refused as a date (exit 2). The longest reading wins; a date in one word needs no joining.
 */
export function dateWords(inputs: readonly string[], i: number): number {
  for (let count = Math.min(MAX_DATE_WORDS, inputs.length - i); count >= 2; count--) {
    const query = parseQuery(inputs.slice(i, i + count).join(' '));
    if (query.kind === 'invalid' && query.date === true) return count;
  }
  return 0;
}

/** A key of two words, the year, the month, the day and the time. */
const MAX_DATE_WORDS = 6;

/** How many words from `i` on make one keyed code (a key of one or two words, then the code), or 0. */
export function keyedCodeWords(inputs: readonly string[], i: number): number {
  const first = parseQuery(inputs[i] ?? '');
  if (first.kind !== 'words' && first.kind !== 'invalid') return 0;
  for (const count of [2, 3]) {
    const words = inputs.slice(i, i + count);
    const last = words[count - 1];
    if (words.length < count || last === undefined || parseQuery(last).kind !== 'code') continue;
    const query = parseQuery(words.join(' '));
    if (query.kind === 'code' && query.pairedName === undefined) return count;
  }
  return 0;
}
