// The characters a code is written with in logs and chats: ASCII, full-width or Arabic-script digits, and any of the minus signs.

const FULLWIDTH_ZERO = 0xff10;
/** The Arabic-Indic digits (٠ to ٩) and the extended ones of Persian and Urdu (۰ to ۹). */
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/**
 * An ASCII digit, a full-width one (错误码：７０００１, as Chinese input methods type it), or an Arabic-script one: Java's
 * and Android's String.format("%d") writes a number in the device locale's digits, so an app's log line formatted that
 * way on a phone set to Arabic or Persian reads `code: ٦٢٠٦`.
 */
export const isCodeDigit = (c: number): boolean =>
  // ASCII first, in as many comparisons as before: the scan asks this of every character of a candidate line.
  c < ARABIC_INDIC_ZERO
    ? c >= 48 && c <= 57
    : c <= ARABIC_INDIC_ZERO + 9 || (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9) || (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9);

/** The value of a digit isCodeDigit accepts, or -1 for any other character: the detector reads a code by it. */
export function codeDigitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9) return c - FULLWIDTH_ZERO;
  if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_ZERO + 9) return c - EXTENDED_ARABIC_INDIC_ZERO;
  if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) return c - ARABIC_INDIC_ZERO;
  return -1;
}

/**
 * A code's sign: the ASCII hyphen-minus, and the minus signs that word processors and Chinese input methods put in its
 * place (the minus sign of docs pasted into a chat, the full-width one beside full-width digits): read as a separator,
 * 错误码 −10001 was reported as 10001, another code.
 */
export const isMinusSign = (c: number): boolean => c === 45 || c === 0x2212 || c === 0xff0d;

/**
 * A decimal digit's value, in any script. Unicode assigns each script's digits as a run from zero to nine, so the
 * value is the distance to the run's zero; runs that follow one another (the mathematical digits) are each ten long.
 */
export function digitValue(digit: string): number {
  const point = digit.codePointAt(0) as number;
  let zero = point;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return (point - zero) % 10;
}

/** A full-width form, the Unicode minus or another script's digit as its ASCII twin (callers pick which to convert). */
export function asciiTwin(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x2212) return '-';
  return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : String(digitValue(ch));
}

/**
 * A typed number's text with its digits in ASCII and its full-width letters and marks (and the Unicode minus) as
 * their ASCII twins: what a Chinese input method in full-width mode types (`--limit ５`, `--expire ７ｄ`), or an
 * Arabic or Hindi locale's digits.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u2212]|[^0-9\P{Nd}]/gu, asciiTwin);
}
