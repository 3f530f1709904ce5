// Reading a log file: chunks land in the two halves of the caller's buffer in turn, as large as the caller asks for each time.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { readInput } from '../../src/cli/scan-inputs.js';
import { DENSE_HITS, DENSE_MIN_LINES, DENSE_READ_CHUNK, denseReadSize, isDenseChunk, MIN_DENSE_READ_CHUNK, READ_CHUNK } from '../../src/cli/streams.js';
import { tempDir } from '../helpers/temp-dir.js';

const io = {} as CliIO;

async function chunkSizes(size: number, bufferSize: number, readSize?: (taken: number) => number): Promise<{ sizes: number[]; text: string }> {
  const file = join(tempDir('read'), 'app.log');
  const content = Buffer.from('code:6014 login failed\n'.repeat(Math.ceil(size / 23))).subarray(0, size);
  writeFileSync(file, content);
  const sizes: number[] = [];
  const parts: Buffer[] = [];
  const buffer = Buffer.alloc(bufferSize);
  for await (const chunk of readInput(io, file, buffer, new AbortController().signal, readSize && (() => readSize(sizes.length)))) {
    sizes.push(chunk.length);
    parts.push(Buffer.from(chunk));
  }
  expect(Buffer.concat(parts).equals(content)).toBe(true);
  return { sizes, text: Buffer.concat(parts).toString() };
}

describe('readInput', () => {
  it('fills half the buffer by default', async () => {
    expect((await chunkSizes(100_000, 80_000)).sizes).toEqual([40_000, 40_000, 20_000]);
  });

  it('reads as much as readSize asks as each read starts, never more than half the buffer holds', async () => {
    // The next read starts before the caller has its chunk (it runs while the caller scans): a scan that found a
    // dense log in its first chunk reads smaller chunks from the third on.
    expect((await chunkSizes(100_000, 80_000, (taken) => (taken === 0 ? 40_000 : 16_000))).sizes).toEqual([40_000, 40_000, 16_000, 4_000]);
    expect((await chunkSizes(50_000, 80_000, () => 1 << 20)).sizes).toEqual([40_000, 10_000]);
  });

  it('hands out each chunk whole while the next is read into the other half of the buffer', async () => {
    const file = join(tempDir('read'), 'app.log');
    const content = Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i} code:6014\n`).join(''));
    writeFileSync(file, content);
    const buffer = Buffer.alloc(8192);
    let at = 0;
    for await (const chunk of readInput(io, file, buffer, new AbortController().signal)) {
      // Compared after a turn of the event loop, when the next read has had time to land in the other half.
      const copy = Buffer.from(chunk);
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(chunk.equals(copy)).toBe(true);
      expect(copy.equals(content.subarray(at, at + copy.length))).toBe(true);
      at += copy.length;
    }
    expect(at).toBe(content.length);
  });

  // Open files are counted through /proc, which Linux has.
  it.skipIf(!existsSync('/proc/self/fd'))('closes the file when the caller stops early, once the read in flight is done', async () => {
    const file = join(tempDir('read'), 'app.log');
    writeFileSync(file, 'code:6014 login failed\n'.repeat(10_000));
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for await (const chunk of readInput(io, file, Buffer.alloc(8192), new AbortController().signal)) {
      expect(chunk.length).toBe(4096);
      break;
    }
    expect(openFiles()).toBe(before);
  });
});

describe('isDenseChunk', () => {
  it.each([
    // bytes, hits, lines read, the scan's lines so far: dense at DENSE_HITS per READ_CHUNK bytes, whichever count is higher.
    [READ_CHUNK, DENSE_HITS, 0, 20_000, true],
    [READ_CHUNK, 0, DENSE_HITS, 20_000, true],
    [READ_CHUNK, DENSE_HITS - 1, DENSE_HITS - 1, 20_000, false],
    [READ_CHUNK / 8, DENSE_HITS / 8, 0, 20_000, true],
    [READ_CHUNK / 8, 0, DENSE_HITS / 8 - 1, 20_000, false],
    // A gzip or stdin chunk of 64 KiB with a code on every line is dense too.
    [64 * 1024, 0, 1000, 20_000, true],
    // So is a 16 KiB chunk from gzip or UTF-16 (the decoder's size), with fewer lines of its own than the minimum.
    [16 * 1024, 190, 190, 5_000, true],
    // A short scan never finds a log dense, however many of its lines hold codes.
    [400, DENSE_MIN_LINES - 1, DENSE_MIN_LINES - 1, DENSE_MIN_LINES - 1, false],
    [16 * 1024, 190, 190, 190, false],
    [0, 0, 0, 0, false],
  ])('a chunk of %i bytes with %i hits and %i lines read, %i lines into the scan: dense %s', (bytes, hits, candidates, linesSoFar, dense) => {
    expect(isDenseChunk(bytes, hits, candidates, linesSoFar)).toBe(dense);
  });
});

describe('denseReadSize', () => {
  it.each([
    // last read's bytes, its hits or lines read: the next read holds about DENSE_HITS lines, within the bounds.
    // The bench's dense log (86-byte lines): 1,524 hits in 128 KiB, so full 128 KiB reads go on.
    [DENSE_READ_CHUNK, 1524, DENSE_READ_CHUNK],
    // `code:6206` on every line (10 bytes): 13,107 hits in 128 KiB, so about 20 KiB reads.
    [DENSE_READ_CHUNK, 13_107, 20_480],
    // Shorter still: never below the floor, where each read's own cost would show.
    [DENSE_READ_CHUNK, 60_000, MIN_DENSE_READ_CHUNK],
    [16 * 1024, 0, DENSE_READ_CHUNK],
  ])('after %i bytes with %i lines with codes, reads %i bytes', (bytes, lines, next) => {
    expect(denseReadSize(bytes, lines)).toBe(next);
  });
});
