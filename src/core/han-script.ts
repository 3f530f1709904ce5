// Han characters and word characters told by code point: what \p{Script=Han} and [\p{L}\p{N}] say, without their cost.
//
// V8 builds a pattern's Unicode property sets when it first runs it: the tokenizer's Han-or-word pattern took 2.7 ms and
// the Han/Latin seam pattern 3.5 ms of every Chinese search's start-up, for a query of a few characters. A test checks
// these functions against the patterns at every code point, so they say exactly what the patterns say.

/** Script=Han as pairs of first and last code points, in order (Node 20's Unicode data). */
const HAN_RANGES: readonly number[] = [
  0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x3005, 0x3005, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303b,
  0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xf900, 0xfa6d, 0xfa70, 0xfad9, 0x16fe2, 0x16fe3, 0x16ff0, 0x16ff6, 0x20000, 0x2a6df,
  0x2a700, 0x2b81d, 0x2b820, 0x2cead, 0x2ceb0, 0x2ebe0, 0x2ebf0, 0x2ee5d, 0x2f800, 0x2fa1d, 0x30000, 0x3134a, 0x31350,
  0x33479,
];

export function isHanCode(cp: number): boolean {
  if (cp < 0x2e80) return false;
  for (let i = 0; i < HAN_RANGES.length; i += 2) {
    if (cp < (HAN_RANGES[i] as number)) return false;
    if (cp <= (HAN_RANGES[i + 1] as number)) return true;
  }
  return false;
}

/**
 * The Han characters that are no letter or number: the radicals (Kangxi and supplement) are symbols, U+16FE2 a mark of
 * punctuation, U+16FF0 and U+16FF1 combining marks. Every other Han character is a letter or number.
 */
const isHanNonWord = (cp: number) => (cp >= 0x2e80 && cp <= 0x2fd5) || cp === 0x16fe2 || cp === 0x16ff0 || cp === 0x16ff1;

/** CJK symbols and punctuation (U+3000 to U+303F) that are letters or numbers but not Han: 〆 and the kana repeat marks. */
const CJK_SYMBOL_WORDS: ReadonlySet<number> = new Set([0x3006, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303c]);

let wordPattern: RegExp | undefined;

/** [\p{L}\p{N}]: ASCII, Han and the punctuation Chinese text uses are answered by range; other scripts by the pattern. */
export function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (isHanCode(cp)) return !isHanNonWord(cp);
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  if (cp >= 0x3000 && cp <= 0x303f) return CJK_SYMBOL_WORDS.has(cp);
  if (cp >= 0xfe30 && cp <= 0xfe4f) return false;
  if ((cp >= 0xff01 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20) || (cp >= 0xff3b && cp <= 0xff40) || (cp >= 0xff5b && cp <= 0xff65)) return false;
  return (wordPattern ??= /[\p{L}\p{N}]/u).test(String.fromCodePoint(cp));
}

/** Whether the text holds a Han character anywhere (\p{Script=Han}.test). */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x2e80) continue;
    const cp = text.codePointAt(i) as number;
    if (isHanCode(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** How many Han characters the text holds. */
export function countHan(text: string): number {
  let count = 0;
  for (const char of text) if (isHanCode(char.codePointAt(0) as number)) count++;
  return count;
}

/** Whether the text holds a letter or a digit of any script ([\p{L}\p{N}].test). */
export function hasWord(text: string): boolean {
  for (const char of text) if (isWordCode(char.codePointAt(0) as number)) return true;
  return false;
}

/**
 * The runs of Han characters, and of other letters and digits, in order: what
 * /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu matches. Everything else separates runs.
 */
export function hanOrWordRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  let runIsHan = false;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    const han = isHanCode(cp);
    const word = han || isWordCode(cp);
    if (run !== '' && (!word || han !== runIsHan)) {
      runs.push(run);
      run = '';
    }
    if (word) {
      run += char;
      runIsHan = han;
    }
  }
  if (run !== '') runs.push(run);
  return runs;
}

/** Whether a code point is a letter or digit of a script other than Han. */
const isOtherWord = (cp: number) => !isHanCode(cp) && isWordCode(cp);

/**
 * A space where Han meets another script's letter or digit, either way round ("TLS解密" -> "TLS 解密"); what
 * replacing /(?<=Han)(?=[\p{L}\p{N}])(?!Han)|(?<=[\p{L}\p{N}])(?<!Han)(?=Han)/gu with a space gives.
 */
export function spaceHanSeams(text: string): string {
  let out = '';
  let previous = -1;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (previous >= 0 && ((isHanCode(previous) && isOtherWord(cp)) || (isOtherWord(previous) && isHanCode(cp)))) out += ' ';
    out += char;
    previous = cp;
  }
  return out;
}

/** The text without a space that stands beside a Han character (/ (?=Han)|(?<=Han) /gu replaced with nothing). */
export function dropSpacesBesideHan(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const besideHan = (at: number) => at >= 0 && at < chars.length && isHanCode((chars[at] as string).codePointAt(0) as number);
    if (char === ' ' && (besideHan(i - 1) || besideHan(i + 1))) continue;
    out += char;
  }
  return out;
}
