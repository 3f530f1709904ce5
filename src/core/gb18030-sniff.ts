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
 * What a log's non-ASCII bytes so far count, read both ways: whole UTF-8 characters and bytes that start none; common
 * Han pairs, other characters and broken bytes as GB18030; and how many bytes were looked at.
 */
export interface TextEvidence {
  utf8Valid: number;
  utf8Invalid: number;
  han: number;
  other: number;
  gbInvalid: number;
  probed: number;
}

export const NO_EVIDENCE: TextEvidence = { utf8Valid: 0, utf8Invalid: 0, han: 0, other: 0, gbInvalid: 0, probed: 0 };

/**
 * A verdict and whether it is only a lean: the evidence so far reads either way (a lone `é`, c3 a9, is a common Han
 * pair in GBK, and GBK's 全, c8 ab, is well-formed UTF-8) or is one Han character that is not UTF-8, too little to
 * rule out a UTF-8 log's one broken character. A lean is followed for its chunk, and the next chunks' evidence is
 * added to it until it is sure (see weighText).
 */
export interface TextReading {
  verdict: TextVerdict;
  tentative: boolean;
  evidence: TextEvidence;
}

/**
 * Well-formed UTF-8 characters that settle a log as UTF-8 even where GB18030 reads them too: a GBK pair is
 * well-formed UTF-8 about one time in seven, so four in a row is about one GBK log in 2,000, where a log of
 * accented Latin or Cyrillic in UTF-8 reads as common Han pairs throughout.
 */
const UTF8_SURE = 4;

/**
 * The text `bytes` hold, with what earlier chunks of the same log said (`prior`). UTF-8 when the bytes are not
 * broken UTF-8: no broken bytes, or fewer than half as many as whole characters (a few stray bytes in a UTF-8 log are
 * far fewer than its characters; a few GBK pairs are well-formed UTF-8 by chance). GB18030 when they are, and when as
 * GB18030 they hold two or more common (GB2312) Han characters, a third or more of its characters, with at most one
 * broken byte or binary control character in 64 (random bytes break a quarter of their would-be pairs). Anything
 * else (binary junk) is 'utf8': bytes as they are. The verdict is tentative while the evidence reads both ways with
 * fewer than UTF8_SURE UTF-8 characters, or is one Han character that is not UTF-8, until GB18030_PROBE bytes were
 * looked at in all. One pass over at most GB18030_PROBE bytes from the first non-ASCII one. A chunk whose only
 * non-ASCII bytes are a character cut by its end is 'unknown'.
 */
export function weighText(bytes: Uint8Array, prior: TextEvidence = NO_EVIDENCE): TextReading {
  let from = 0;
  while (from < bytes.length && (bytes[from] as number) < 0x80) from++;
  if (from === bytes.length) return { verdict: 'ascii', tentative: false, evidence: prior };
  const end = Math.min(bytes.length, from + GB18030_PROBE);
  const utf8 = utf8Counts(bytes, from, end);
  if (utf8.valid + utf8.invalid === 0) return { verdict: 'unknown', tentative: false, evidence: prior };
  const gb = gbCounts(bytes, from, end);
  const e: TextEvidence = {
    utf8Valid: prior.utf8Valid + utf8.valid,
    utf8Invalid: prior.utf8Invalid + utf8.invalid,
    han: prior.han + gb.han,
    other: prior.other + gb.other,
    gbInvalid: prior.gbInvalid + gb.invalid,
    probed: prior.probed + (end - from),
  };
  const open = e.probed < GB18030_PROBE;
  const gbText = e.han >= 1 && e.han * 2 >= e.other && e.gbInvalid * 64 <= e.han + e.other;
  if (e.utf8Invalid === 0 || e.utf8Invalid * 2 <= e.utf8Valid) return { verdict: 'utf8', tentative: open && gbText && e.utf8Valid < UTF8_SURE, evidence: e };
  // Broken as UTF-8, but as GB18030 only the lead of a character cut by the end: the next chunk has the rest.
  if (gb.han + gb.other + gb.invalid === 0) return { verdict: 'unknown', tentative: false, evidence: prior };
  if (gbText && e.han >= 2) return { verdict: 'gb18030', tentative: false, evidence: e };
  return gbText && open ? { verdict: 'gb18030', tentative: true, evidence: e } : { verdict: 'utf8', tentative: false, evidence: e };
}

/**
 * Where a character cut by the end of `bytes` starts: as GB18030 reads it, or (`either`) as UTF-8 or GB18030,
 * whichever starts earlier; `bytes.length` when none is cut. The two readings disagree (GBK's 错, b4 ed, is whole, where UTF-8
 * reads ed as the lead of a character cut short), so bytes decoded as GB18030 are cut as GB18030 reads them: cut
 * earlier, a pair's lead went to the decoder and its trail was read with the next chunk as a character of its own.
 * GB18030's characters are found from the last line end, which no character holds (its second and fourth bytes are
 * 0x30 or more), so the work is the last line's.
 */
export function cutCharacterAt(bytes: Uint8Array, reading: 'gb18030' | 'either' = 'either'): number {
  let cut = bytes.length;
  if (reading !== 'gb18030') {
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const byte = bytes[bytes.length - back] as number;
      if (byte < 0x80) break;
      if (byte >= 0xc0) {
        const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
        if (length > back) cut = bytes.length - back;
        break;
      }
    }
  }
  let i = bytes.lastIndexOf(0x0a) + 1;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    if (i + 1 >= bytes.length) return Math.min(cut, i);
    const second = bytes[i + 1] as number;
    if (second >= 0x30 && second <= 0x39) {
      if (i + 3 >= bytes.length) return Math.min(cut, i);
      i += 4;
    } else i += second >= 0x40 && second !== 0x7f && second !== 0xff ? 2 : 1;
  }
  return cut;
}
