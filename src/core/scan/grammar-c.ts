// Renders the scan grammar (grammar.ts) as the C header the WebAssembly prefilter includes: its words, trigger classes and byte classes.
import {
  ARGUMENT_MARK,
  CJK_KEYS_AFTER,
  CODE_TABLE_MARKS,
  DEFINITION_LEADERS,
  DEFINITION_MARKS,
  DEFINITION_MARKS_AFTER_SPACE,
  FAILURE_WORDS,
  GLUED_AFTER,
  GLUED_BEFORE,
  KEY_AFTER_SEPARATORS,
  CONSTANT_NAME_PREFIXES,
  PLATFORM_EXCEPTION_TRIGGER,
  STRONG_CJK_KEYS,
  STRONG_KEYS,
  WEAK_KEYS,
} from './grammar.js';

export const GRAMMAR_HEADER_PATH = 'src/core/scan/wasm/grammar.generated.h';

/** Word kinds, as the C source reads them. */
const KEY = 1;
const FAILURE = 2;
const OPEN = 4;
/** A Chinese key that follows its code (6017错误码): the line is looked at for a digit run before it. */
const AFTER = 8;

/** Shufti gives 8 classes per byte lane; definition lines take two of them. */
const MAX_WORD_CLASSES = 6;
/**
 * When words need more classes than there are, these first letters share one: their nibble products admit few
 * common trigrams ({d,f,t,v}{a,i}{i,m}). Merging the two smallest groups instead could join err and exception,
 * whose product admits "ers" (version, users) on most log lines.
 */
const MERGE_FIRST = ['f', 't'];
/** In a word, this byte stands for an optional `_` or `-` (the grammar's `~`). */
const JOINER_BYTE = 1;

interface Word {
  bytes: number[];
  kinds: number;
}

function wordBytes(word: string): number[] {
  return [...Buffer.from(word.toLowerCase().replace(/~/g, '\x01'), 'utf8')];
}

/**
 * Every word the prefilter looks for, merged by spelling: error is both a key and a failure word. A key whose last
 * part is itself a key (result~code ends in code) needs no entry: the prefilter finds its last part, and fewer
 * words keep the trigger classes narrow.
 */
function words(): Word[] {
  const byText = new Map<string, number>();
  const add = (list: readonly string[], kind: number) => {
    for (const w of list) byText.set(w.toLowerCase(), (byText.get(w.toLowerCase()) ?? 0) | kind);
  };
  const asciiKeys = [...STRONG_KEYS, ...WEAK_KEYS] as string[];
  add(
    asciiKeys.filter((k) => !k.includes('~') || !asciiKeys.includes(k.slice(k.lastIndexOf('~') + 1))),
    KEY,
  );
  add(STRONG_CJK_KEYS, KEY);
  // Weak Chinese keys vouch for known codes only, and a known code standing alone in a line with non-ASCII bytes
  // is a candidate anyway: leaving them out keeps the Chinese trigger class narrow.
  add(FAILURE_WORDS, FAILURE);
  add(keysAfter(), AFTER);
  add([PLATFORM_EXCEPTION_TRIGGER], OPEN);
  add(CONSTANT_NAME_PREFIXES, OPEN);
  return [...byText].map(([text, kinds]) => ({ bytes: wordBytes(text), kinds })).sort((a, b) => Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes)));
}

/** The bytes that may stand in one place of a word: both cases of an ASCII letter. */
function cased(byte: number): number[] {
  const c = String.fromCharCode(byte);
  return byte < 0x80 && /[a-z]/.test(c) ? [byte, c.toUpperCase().charCodeAt(0)] : [byte];
}

/**
 * Trigger classes: the possible bytes at each of a word's first three places. Words are grouped by their first
 * byte; when there are more groups than classes, the two smallest merge (a wider class only costs closer looks).
 */
function wordClasses(all: Word[]): Array<[Set<number>, Set<number>, Set<number>]> {
  // ASCII words group by their first two letters (err and exception apart), Chinese words all together.
  const groups = new Map<string, Word[]>();
  for (const w of all) {
    const lead = w.bytes[0] as number;
    const key = lead >= 0x80 ? 'cjk' : String.fromCharCode(lead, w.bytes[1] as number);
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  let list = [...groups.values()];
  if (list.length > MAX_WORD_CLASSES) {
    const merged = [...groups.entries()].filter(([key]) => MERGE_FIRST.includes(key[0] as string)).flatMap(([, g]) => g);
    list = [merged, ...[...groups.entries()].filter(([key]) => !MERGE_FIRST.includes(key[0] as string)).map(([, g]) => g)];
  }
  if (list.length > MAX_WORD_CLASSES) throw new Error(`the grammar's words need ${list.length} trigger classes; the prefilter has ${MAX_WORD_CLASSES}`);
  return list.map((group) => {
    const places: [Set<number>, Set<number>, Set<number>] = [new Set(), new Set(), new Set()];
    for (const w of group) {
      for (let place = 0; place < 3; place++) {
        const byte = w.bytes[place];
        if (byte === undefined || byte === JOINER_BYTE) throw new Error(`grammar word too short for a trigger: ${Buffer.from(w.bytes).toString()}`);
        for (const b of cased(byte)) (places[place] as Set<number>).add(b);
      }
    }
    return places;
  });
}

/** For each first byte b, the index of the first word starting with b or a later byte (words are sorted by bytes). */
function wordsFrom(all: Word[]): number[] {
  const from: number[] = [];
  let k = 0;
  for (let b = 0; b <= 256; b++) {
    while (k < all.length && (all[k]?.bytes[0] as number) < b) k++;
    from.push(k);
  }
  return from;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const DIGITS = range(0x30, 0x39);

/** The byte that opens a terminal colour sequence (ESC [ 31 m), which the detector reads as blanks (detect.ts). */
const ESCAPE = 0x1b;
const OPEN_BRACKET = 0x5b;

/**
 * Definition lines: a digit, a mark, then a space, a control byte or a non-ASCII byte (6017: 直播…, 6017：…), or a
 * digit, a space or tab, then a space, tab, mark, capital letter or CJK lead byte (9520 | …, 6013 The IM SDK…). The sets are chosen so that their nibble products
 * admit no digit after the digit (`21 09:55`, `12,` in ordinary logs would otherwise fire on every line). A colour
 * sequence may stand where a space may (6014\x1b[0m | …, 6014:\x1b[0m未登录): the detector blanks it to spaces, so
 * ESC counts as one, and `[` may follow it.
 */
function definitionClasses(): Array<[Set<number>, Set<number>, Set<number>]> {
  const leads = (marks: string) => new Set([...marks].map((m) => Buffer.from(m, 'utf8')[0] as number));
  const afterMark = new Set([ESCAPE, ...range(1, 255).filter((b) => b < 0x10 || (b >= 0x20 && b < 0x30) || b >= 0x80)]);
  const spaces = new Set([0x20, 0x09]);
  // A table row without marks (6013 The IM SDK…, 70001 帐号…): a capital letter or the lead byte of a CJK character.
  const described = new Set([...range(0x41, 0x5a), ...range(0xe3, 0xe9)]);
  return [
    [new Set(DIGITS), leads(DEFINITION_MARKS + CODE_TABLE_MARKS), afterMark],
    [new Set(DIGITS), new Set([...spaces, ESCAPE]), new Set([...leads(DEFINITION_MARKS_AFTER_SPACE), ...spaces, ...described, ESCAPE, OPEN_BRACKET])],
  ];
}

/** Fails the build when a class's nibble product would admit a digit where the C source expects none. */
function assertNoDigitAdmitted(places: Set<number>, what: string): void {
  const lo = new Set([...places].map((b) => b & 15));
  const hi = new Set([...places].map((b) => b >> 4));
  for (const d of DIGITS) if (lo.has(d & 15) && hi.has(d >> 4)) throw new Error(`definition class admits the digit ${String.fromCharCode(d)} in ${what}`);
}

/** A C string literal; other than plain printable ASCII, bytes are octal escapes (never more than three digits). */
const cString = (bytes: number[]) =>
  `"${bytes.map((b) => (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c && b !== 0x3f ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`)).join('')}"`;

const bytesOf = (set: Set<number>) => cString([...set].sort((a, b) => a - b));

/** Keys after a code join the Chinese trigger class, so every such key must be non-ASCII (and at least three bytes). */
function keysAfter(): string[] {
  for (const key of CJK_KEYS_AFTER) if (/[\x00-\x7f]/.test(key)) throw new Error(`a key after its code must be all non-ASCII: ${key}`);
  return [...CJK_KEYS_AFTER];
}

export function renderGrammarHeader(): string {
  const all = words();
  const definitions = definitionClasses();
  for (const [k, [, second, third]] of definitions.entries()) {
    assertNoDigitAdmitted(second, `class ${k}, place 2`);
    assertNoDigitAdmitted(third, `class ${k}, place 3`);
  }
  const classes = [...wordClasses(all), ...definitions];
  const wordClassCount = classes.length - 2;
  const lines = [
    '/* Generated by scripts/generate-grammar.ts from src/core/scan/grammar.ts; do not edit. Rebuild with `npm run wasm`. */',
    '',
    `enum { WORD_KEY = ${KEY}, WORD_FAILURE = ${FAILURE}, WORD_OPEN = ${OPEN}, WORD_AFTER = ${AFTER} };`,
    `#define WORD_JOINER ${JOINER_BYTE}`,
    '/* After a closing quote, stands in for a key mark: map.putInt("code", 6208). */',
    `#define ARGUMENT_MARK ${ARGUMENT_MARK.charCodeAt(0)}`,
    '',
    '/* Keys, failure words and openers, lower case; WORD_JOINER stands for an optional _ or -. */',
    'static const struct grammar_word { const char *bytes; unsigned char kinds; } WORDS[] = {',
    ...all.map((w) => `    {${cString(w.bytes)}, ${w.kinds}},`),
    '};',
    `#define WORD_COUNT ${all.length}`,
    '/* The words starting with byte b are WORDS[WORDS_FROM[b]] up to WORDS[WORDS_FROM[b + 1]] (words are sorted). */',
    `static const unsigned char WORDS_FROM[257] = {${wordsFrom(all).join(', ')}};`,
    '',
    '/* Trigger classes: the bytes that may stand at each of the first three places. The last two are definition lines. */',
    `#define CLASSES ${classes.length}`,
    `#define DEFINITION_CLASSES (${((1 << classes.length) - 1) ^ ((1 << wordClassCount) - 1)}u)`,
    'static const char *const CLASS_BYTES[CLASSES][3] = {',
    ...classes.map((places) => `    {${places.map(bytesOf).join(', ')}},`),
    '};',
    '',
    '/* Bytes that may not touch a standalone number (besides letters, digits and _), before and after it. */',
    `static const char GLUED_BEFORE[] = ${cString([...Buffer.from(GLUED_BEFORE)])};`,
    `static const char GLUED_AFTER[] = ${cString([...Buffer.from(GLUED_AFTER)])};`,
    '/* Bytes that may open a definition line before its code (any byte from 0x80 also may). */',
    `static const char DEFINITION_LEADERS[] = ${cString([...Buffer.from(DEFINITION_LEADERS.replace(/[^\x00-\x7f]/g, ''))])};`,
    '',
    '/* Chinese keys that follow their code (6017错误码), and what may stand between (UTF-8). */',
    `static const char *const KEYS_AFTER[] = {${keysAfter().map((k) => cString([...Buffer.from(k)])).join(', ')}};`,
    `#define KEY_AFTER_COUNT ${CJK_KEYS_AFTER.length}`,
    `static const char *const KEY_AFTER_SEPARATORS[] = {${[...KEY_AFTER_SEPARATORS].map((c) => cString([...Buffer.from(c)])).join(', ')}};`,
    `#define KEY_AFTER_SEPARATOR_COUNT ${[...KEY_AFTER_SEPARATORS].length}`,
    '',
  ];
  return lines.join('\n');
}
