// Line numbering for piped `scan -n`: the WebAssembly pass writes exactly what numbering line by line writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { LinePrefilter } from '../../src/core/scan/line-prefilter.js';
import { numberLines, startNumberingBatch, type LinePrefix, type NumberingState } from '../../src/core/scan/line-numbers.js';

/** Numbering as the printer did it line by line: the reference. */
function byLine(chunks: Buffer[], prefix: LinePrefix, state: NumberingState): string {
  let out = '';
  for (const data of chunks) {
    for (let start = 0; start < data.length; ) {
      const newline = data.indexOf(10, start);
      const end = newline < 0 ? data.length : newline + 1;
      if (state.atLineStart) out += `${prefix.before.toString('latin1')}${prefix.numbers ? state.nextLine : ''}${prefix.after.toString('latin1')}`;
      out += data.subarray(start, end).toString('latin1');
      state.atLineStart = newline >= 0;
      if (newline >= 0) state.nextLine++;
      start = end;
    }
  }
  return out;
}

function inOnePass(chunks: Buffer[], prefix: LinePrefix, state: NumberingState): string {
  return chunks.map((data) => Buffer.concat(numberLines(data, prefix, state) ?? []).toString('latin1')).join('');
}

const prefixOf = (before: string, numbers: boolean, after: string): LinePrefix => ({ before: Buffer.from(before), numbers, after: Buffer.from(after) });

describe('numberLines', () => {
  it('puts the number and colon in front of each line, across chunks that end mid-line', () => {
    const state = { nextLine: 1, atLineStart: true };
    const prefix = prefixOf('', true, ':');
    expect(inOnePass([Buffer.from('a\nb'), Buffer.from('b\n\nc')], prefix, state)).toBe('1:a\n2:bb\n3:\n4:c');
    expect(state).toEqual({ nextLine: 4, atLineStart: false });
  });

  it('writes the same bytes as numbering line by line, for any lines, chunks and prefixes', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('\n', '\r\n', '\r', 'x', 'code:6206 ', '错误码', '\0'), fc.string({ maxLength: 40 })), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.boolean(),
        (parts, before, numbers, after, nextLine, atLineStart) => {
          const chunks = parts.map((p) => Buffer.from(p));
          const prefix = prefixOf(before, numbers, after);
          const mine = { nextLine, atLineStart };
          const reference = { nextLine, atLineStart };
          expect(inOnePass(chunks, prefix, mine)).toBe(byLine(chunks, prefix, reference));
          expect(mine).toEqual(reference);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('numbers a chunk larger than its windows, with many short lines, in order', () => {
    const lines = Array.from({ length: 600_000 }, (_, i) => (i % 7 === 0 ? '' : `l${i}`));
    const data = Buffer.from(`${lines.join('\n')}\n`);
    const state = { nextLine: 1, atLineStart: true };
    const out = Buffer.concat(numberLines(data, prefixOf('f.log:', true, ':'), state) ?? []).toString();
    expect(out).toBe(lines.map((l, i) => `f.log:${i + 1}:${l}\n`).join(''));
    expect(state).toEqual({ nextLine: 600_001, atLineStart: true });
  });

  it('keeps every piece of a batch whole until the next batch starts, past the room it hands out as views', () => {
    startNumberingBatch();
    const prefix = prefixOf('', true, ':');
    const chunks = Array.from({ length: 40 }, (_, k) => Buffer.from(Array.from({ length: 2000 }, (_, i) => `chunk ${k} line ${i} code:6206`).join('\n') + '\n'));
    const mine = { nextLine: 1, atLineStart: true };
    // All 40 chunks (about 2.6 MB numbered) in one batch: nothing handed out may be written over.
    const pieces = chunks.flatMap((chunk) => numberLines(chunk, prefix, mine) ?? []);
    expect(Buffer.concat(pieces).toString('latin1')).toBe(byLine(chunks, prefix, { nextLine: 1, atLineStart: true }));
    startNumberingBatch();
  });

  it('numbers bytes read into a prefilter where they lie, with the same result', () => {
    const prefilter = new LinePrefilter('default', getCatalogue().known);
    const text = Buffer.from('first\nsecond code:6206\n\nlast without end');
    const area = prefilter.readArea(1024);
    text.copy(area);
    const state = { nextLine: 7, atLineStart: true };
    const prefix = prefixOf('app.log:', true, ':');
    expect(Buffer.concat(numberLines(area.subarray(0, text.length), prefix, state) ?? []).toString()).toBe(byLine([text], prefix, { nextLine: 7, atLineStart: true }));
    expect(state).toEqual({ nextLine: 10, atLineStart: false });
    prefilter.release();
  });
});
