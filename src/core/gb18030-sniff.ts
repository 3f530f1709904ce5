// Tells a GBK / GB18030 log (Chinese Windows apps, older SDKs on Chinese systems) from UTF-8 by its non-ASCII bytes.

/**
 * What a chunk's bytes say: no non-ASCII byte yet, UTF-8 (or anything else read as bytes), GB18030, or nothing yet
 * because its only non-ASCII bytes are a character cut by its end (at most 3 bytes, to be read with the next chunk).
 */
export type TextVerdict = 'ascii' | 'utf8' | 'gb18030' | 'unknown';

/**
 * Bytes looked at from the first non-ASCII byte on: a few thousand Chinese characters, plenty to tell, and a bound
 * on the work however large the chunk.
 */
export const GB18030_PROBE = 64 * 1024;

/**
 * Two-byte GB18030 characters that are common Han: GB2312's levels 1 and 2, nearly every character of Chinese text.
 * GBK's rarer extension areas are left out: a stray byte before an ASCII letter, or a UTF-8 character's bytes, make
 * pairs there by chance.
 */
const isHanPair = (lead: number, trail: number): boolean => lead >= 0xb0 && lead <= 0xf7 && trail >= 0xa1;

/** UTF-8's counts: well-formed multi-byte characters, and bytes that start none (incomplete ones at `end` excepted). */
function utf8Counts(bytes: Uint8Array, from: number, end: number): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = from;
  while (i < end) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or values past U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    for (; length > 0 && k < length && i + k < end; k++) {
      const next = bytes[i + k] as number;
      if (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80) break;
    }
    if (length > 0 && k === length) {
      valid++;
      i += length;
    } else if (length > 0 && i + k === end) {
      return { valid, invalid };
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** GB18030's counts: Han pairs, other two- and four-byte characters, and bytes that start no character. */
function gbCounts(bytes: Uint8Array, from: number, end: number): { han: number; other: number; invalid: number } {
  let han = 0;
  let other = 0;
  let invalid = 0;
  let i = from;
  while (i < end) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      // Control characters other than the usual whitespace and ESC (colour codes) are binary's, not a log's.
      if (lead < 0x20 ? lead < 0x09 || (lead > 0x0d && lead !== 0x1b) : lead === 0x7f) invalid++;
      i++;
      continue;
    }
    // A character cut by the end of the chunk is neither: the next chunk has the rest.
    if (i + 1 >= end) break;
    const second = bytes[i + 1] as number;
    if (lead === 0x80 || lead === 0xff) {
      invalid++;
      i++;
    } else if (second >= 0x30 && second <= 0x39) {
      if (i + 3 >= end) break;
      const third = bytes[i + 2] as number;
      const fourth = bytes[i + 3] as number;
      if (third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39) {
        other++;
        i += 4;
      } else {
        invalid++;
        i++;
      }
    } else if (second >= 0x40 && second <= 0xfe && second !== 0x7f) {
      if (isHanPair(lead, second)) han++;
      else other++;
      i += 2;
    } else {
      invalid++;
      i++;
    }
  }
  return { han, other, invalid };
}

/**
 * Whether `bytes` (a log's first chunk with a non-ASCII byte) are GB18030 text rather than UTF-8. GB18030 only when the
 * bytes are not UTF-8, with broken UTF-8 bytes more than half as many as whole characters (a few GBK pairs are
 * well-formed UTF-8 by chance; a few stray bytes in a UTF-8 log are far fewer than its characters), and when as GB18030
 * they hold two or more common Han characters, a third or more of its characters, with at most one broken byte or
 * binary control character in 64 (random bytes break a quarter of their would-be pairs). A pure-ASCII or well-formed
 * UTF-8 chunk is never GB18030. One pass over at most GB18030_PROBE bytes.
 * A chunk whose only non-ASCII bytes are a character cut by its end is 'unknown'.
 */
export function sniffGb18030(bytes: Uint8Array): TextVerdict {
  let from = 0;
  while (from < bytes.length && (bytes[from] as number) < 0x80) from++;
  if (from === bytes.length) return 'ascii';
  const end = Math.min(bytes.length, from + GB18030_PROBE);
  const utf8 = utf8Counts(bytes, from, end);
  if (utf8.valid + utf8.invalid === 0) return 'unknown';
  if (utf8.invalid === 0 || utf8.invalid * 2 <= utf8.valid) return 'utf8';
  const gb = gbCounts(bytes, from, end);
  if (gb.han + gb.other + gb.invalid === 0) return 'unknown';
  const gbk = gb.han >= 2 && gb.han * 2 >= gb.other && gb.invalid * 64 <= gb.han + gb.other;
  return gbk ? 'gb18030' : 'utf8';
}
