// GB18030 input decoded as it streams: characters cut between chunks or reads stay whole, other text passes as it is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gb18030Switch } from '../../src/cli/gb18030-input.js';
import type { CliIO } from '../../src/cli/io.js';
import { readInput } from '../../src/cli/scan-inputs.js';
import { tempDir } from '../helpers/temp-dir.js';
import { GBK_LINE, GBK_LINE_TEXT as TEXT } from '../helpers/gbk.js';

/** The chunks through one switch, joined. */
function through(chunks: Buffer[]): string {
  const text = new Gb18030Switch();
  // Copies: a decoded chunk is valid until the next is taken.
  const out = chunks.map((chunk) => Buffer.from(text.take(chunk)));
  const last = text.end();
  return Buffer.concat(last ? [...out, last] : out).toString();
}

describe('Gb18030Switch', () => {
  it('keeps a GBK character cut at any place between two chunks whole, once the first told GBK', () => {
    const bytes = Buffer.concat([GBK_LINE, GBK_LINE]);
    for (let at = GBK_LINE.length; at < bytes.length; at++) expect(through([bytes.subarray(0, at), bytes.subarray(at)])).toBe(TEXT + TEXT);
  });

  it('waits for the next chunk when the first non-ASCII bytes are a character cut by the chunk end', () => {
    const bytes = Buffer.concat([Buffer.from('boot\n'), GBK_LINE]);
    const text = new Gb18030Switch();
    // The ASCII before the cut character goes on at once; the character's byte waits.
    expect(text.take(bytes.subarray(0, 6)).toString()).toBe('boot\n');
    expect(text.take(bytes.subarray(6)).toString()).toBe(TEXT);
    expect(text.end()).toBeUndefined();
    // The same with UTF-8, which then passes as it is, and an input that ends with a cut character keeps its byte.
    expect(through([Buffer.from('a 用').subarray(0, 3), Buffer.from('用 b').subarray(1)])).toBe('a 用 b');
    expect(through([Buffer.from('a \xb5', 'latin1')])).toBe('a \ufffd');
  });

  it('decodes a read larger than its decoding slices, characters cut at their edges kept whole', () => {
    // 23-byte lines after one byte: the slices' edges (every 16 KiB) fall inside characters.
    const lines = Array.from({ length: 5000 }, () => GBK_LINE);
    expect(through([Buffer.concat([Buffer.from('x'), ...lines])])).toBe('x' + TEXT.repeat(5000));
  });

  it('decides at the first chunk with a non-ASCII byte: ASCII chunks before it read alike either way', () => {
    expect(through([Buffer.from('boot\n'), Buffer.from('ok\n'), GBK_LINE])).toBe(`boot\nok\n${TEXT}`);
  });

  it('passes UTF-8 and other bytes through as they are, the very chunks', () => {
    const utf8 = Buffer.from(TEXT);
    const text = new Gb18030Switch();
    expect(text.take(utf8)).toBe(utf8);
    // Decided: GBK after UTF-8 is not decoded (a log is one or the other).
    expect(text.take(GBK_LINE)).toBe(GBK_LINE);
    expect(text.end()).toBeUndefined();
  });

  it('weighs a first chunk too short to tell together with the next: one GBK character is read as GBK, and the log stays GBK', () => {
    // `错 code:6206` in GBK, one line at a time from a pipe: the lone 错 was read as UTF-8, and so was the whole log after it.
    const one = Buffer.concat([Buffer.from('b4ed', 'hex'), Buffer.from(' code:6206\n')]);
    expect(through([Buffer.from('boot\n'), one, GBK_LINE])).toBe(`boot\n错 code:6206\n${TEXT}`);
    // A lone GBK character that is well-formed UTF-8 too (全, c8 ab, is U+022B) is read as UTF-8, and the next
    // chunk's GBK settles the log.
    expect(through([Buffer.from('c8ab0a', 'hex'), GBK_LINE, GBK_LINE])).toBe(`\u022b\n${TEXT}${TEXT}`);
    // A GBK character cut between two such chunks stays whole.
    const cut = Buffer.concat([one, Buffer.from('x '), GBK_LINE]);
    for (let at = one.length; at < cut.length; at++) expect(through([cut.subarray(0, at), cut.subarray(at)])).toBe(`错 code:6206\nx ${TEXT}`);
  });

  it('never decodes a UTF-8 log whose first chunks hold a few accented letters, which GBK reads as Han pairs', () => {
    const chunks = ['café\n', 'naïve\n', 'x\n', 'über ', 'más\n'].map((t) => Buffer.from(t));
    const text = new Gb18030Switch();
    const out = chunks.map((chunk) => Buffer.from(text.take(chunk)));
    expect(Buffer.concat(out).toString()).toBe('café\nnaïve\nx\nüber más\n');
    // Four UTF-8 characters settle it: GBK after them passes as it is.
    expect(text.take(GBK_LINE)).toBe(GBK_LINE);
  });

  it('decodes a GBK log that comes a byte or a few at a time, its first chunk one Chinese character', () => {
    // A chunk that leaned to GBK was cut as UTF-8 reads it: 错's lead (b4) went to the decoder and its trail (ed) was
    // weighed with the next byte as a broken character, which settled the log as UTF-8; every line passed undecoded.
    const bytes = Buffer.concat([Buffer.from('b4ed', 'hex'), Buffer.from(' code:6206\n'), GBK_LINE, GBK_LINE]);
    const text = `错 code:6206\n${TEXT}${TEXT}`;
    for (const size of [1, 2, 3, 5, 7]) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
      expect(through(chunks), `chunks of ${size}`).toBe(text);
    }
  });

  it('decodes a broken four-byte form (a stray byte before digits) cut between chunks, as one chunk would', () => {
    // Node's decoder, asked to stream, threw ERR_ENCODING_INVALID_ENCODED_DATA when such a form (ba 36 32) was
    // completed by a call of a byte or two: the read's text was lost and the input reported unreadable.
    // Eight lines before it: in fewer the broken byte would be more than one in 64, and the log not taken for GBK.
    const head = Buffer.concat(Array.from({ length: 8 }, () => GBK_LINE));
    const bytes = Buffer.concat([head, Buffer.from('ba3632', 'hex'), Buffer.from('06\n'), GBK_LINE]);
    const whole = through([bytes]);
    expect(whole).toBe(`${TEXT.repeat(8)}\ufffd6206\n${TEXT}`);
    for (let at = head.length; at < head.length + 5; at++) {
      for (let second = at + 1; second <= at + 3; second++) {
        expect(through([bytes.subarray(0, at), bytes.subarray(at, second), bytes.subarray(second)]), `cut at ${at} and ${second}`).toBe(whole);
      }
    }
  });

  it('ends a character cut by the end of the input as U+FFFD', () => {
    expect(through([GBK_LINE, GBK_LINE.subarray(0, 1)])).toBe(`${TEXT}\ufffd`);
  });
});

describe('readInput of a GBK file', () => {
  it('decodes it across reads that cut its characters, from the first read or a later one', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => Buffer.concat([Buffer.from(`${i} `), GBK_LINE]));
    for (const head of ['', 'ascii start\n'.repeat(50)]) {
      const file = join(tempDir('gbk'), 'app.log');
      writeFileSync(file, Buffer.concat([Buffer.from(head), ...lines]));
      const parts: Buffer[] = [];
      // Reads of 37 bytes: an odd size, so that many cut a two-byte character.
      for await (const chunk of readInput({} as CliIO, file, Buffer.alloc(74), new AbortController().signal)) parts.push(Buffer.from(chunk));
      expect(Buffer.concat(parts).toString()).toBe(head + Array.from({ length: 300 }, (_, i) => `${i} ${TEXT}`).join(''));
    }
  });
});
