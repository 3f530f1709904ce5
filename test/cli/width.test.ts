// The layout width: COLUMNS, then the terminal, then 80, always bounded so nothing builds absurd lines.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO, OutputStream } from '../../src/cli/io.js';
import { helpWidth, MAX_WIDTH, MIN_WIDTH, outputWidth } from '../../src/cli/width.js';

function io(env: Record<string, string>, tty?: { columns: number }): CliIO {
  const stdout = new PassThrough() as OutputStream;
  if (tty) {
    stdout.isTTY = true;
    stdout.columns = tty.columns;
  }
  return { stdout, stderr: new PassThrough(), stdin: Readable.from([]), env, now: () => new Date(0), exitCode: 0 };
}

describe('outputWidth', () => {
  it.each([
    [{}, undefined, 80],
    [{ COLUMNS: '120' }, undefined, 120],
    [{ COLUMNS: '120' }, { columns: 70 }, 120],
    [{}, { columns: 70 }, 70],
    [{ COLUMNS: '10000000' }, undefined, MAX_WIDTH],
    [{ COLUMNS: '99999999999999999999999' }, undefined, 80],
    [{ COLUMNS: '3' }, undefined, MIN_WIDTH],
    [{ COLUMNS: '-5' }, undefined, 80],
    [{ COLUMNS: 'wide' }, { columns: 90 }, 90],
    [{}, { columns: 100000 }, MAX_WIDTH],
  ])('%j on %j -> %i', (env, tty, width) => {
    expect(outputWidth(io(env, tty))).toBe(width);
  });

  it('caps help at the prose width', () => {
    expect(helpWidth(io({ COLUMNS: '300' }))).toBe(100);
    expect(helpWidth(io({ COLUMNS: '60' }))).toBe(60);
  });
});
