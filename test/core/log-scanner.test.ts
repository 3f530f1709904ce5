// The byte-level scanner: line numbers across chunk boundaries, CRLF, invalid UTF-8, NUL bytes and over-long lines.
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { findCodesInLine } from '../../src/core/scan/detect.js';
import { LogScanner, type LineHit, type LogScannerOptions } from '../../src/core/scan/log-scanner.js';
import { NEGATIVES, POSITIVES } from '../helpers/log-lines.js';

const catalogue = getCatalogue();

function scan(chunks: Array<string | Buffer>, options: Partial<LogScannerOptions> = {}) {
  const scanner = new LogScanner({ mode: 'default', known: catalogue.known, passThrough: true, ...options });
  const hits: LineHit[] = [];
  const bytes: Buffer[] = [];
  const take = (segments: ReturnType<LogScanner['push']>) => {
    for (const s of segments) {
      if (s.kind === 'bytes') bytes.push(s.data);
      else {
        hits.push({ ...s.hit, raw: Buffer.from(s.hit.raw) });
        // A whole line with codes comes as its hit alone; an over-long one came as bytes already.
        if (!s.hit.truncated && options.passThrough !== false) bytes.push(Buffer.from(s.hit.raw));
      }
    }
  };
  for (const chunk of chunks) take(scanner.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)));
  take(scanner.end());
  return { hits, echoed: Buffer.concat(bytes), lines: scanner.lineCount };
}

const summary = (hits: LineHit[]) => hits.map((h) => [h.line, h.findings.map((f) => f.code)]);

describe('LogScanner', () => {
  it('counts columns after a UTF-8 byte-order mark, as for UTF-16 input, and still echoes the bytes as they are', () => {
    // A file Notepad saved as "UTF-8 with BOM" put its first code one column to the right (2 for `code=6206`), where
    // the same file as UTF-16 said 1.
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const input = Buffer.concat([bom, Buffer.from('code=6206\n'), bom, Buffer.from('x error code: 6014\n')]);
    const { hits, echoed } = scan([input]);
    expect(hits.map((h) => h.findings.map((f) => [f.code, f.column, f.match]))).toEqual([[[6206, 1, 'code=6206']], [[6014, 9, 'code: 6014']]]);
    expect(echoed.equals(input)).toBe(true);
  });

  it('streams a log of every real-shaped line and reports exactly what the detector finds in each', () => {
    // `ret 70001` once slipped past the old prefilter while the detector alone reported it.
    const lines = [...POSITIVES.map(([line]) => line), ...NEGATIVES, 'ret 70001'];
    for (const mode of ['default', 'strict', 'loose'] as const) {
      const { hits } = scan([lines.join('\n')], { mode });
      const expected = lines.flatMap((line, i) => {
        const codes = findCodesInLine(line, catalogue.known.has, mode, catalogue.known).map((f) => f.code);
        return codes.length > 0 ? [[i + 1, codes]] : [];
      });
      expect(summary(hits), mode).toEqual(expected);
      expect(expected.length, mode).toBeGreaterThan(mode === 'strict' ? 30 : 40);
    }
  });

  it('numbers lines and passes every byte through unchanged', () => {
    const input = 'a\nlogin failed code:6206\nb\nc\n{"ErrorCode":90003}\n';
    const { hits, echoed, lines } = scan([input]);
    expect(summary(hits)).toEqual([[2, [6206]], [5, [90003]]]);
    expect(echoed.toString()).toBe(input);
    expect(lines).toBe(5);
  });

  it('finds a code split across chunk boundaries', () => {
    const input = 'noise line\nsend failed code:70001 desc\nmore\n';
    for (let cut = 1; cut < input.length; cut++) {
      const { hits, echoed } = scan([input.slice(0, cut), input.slice(cut)]);
      expect(summary(hits), `cut at ${cut}`).toEqual([[2, [70001]]]);
      expect(echoed.toString()).toBe(input);
    }
  });

  it('handles CRLF line endings', () => {
    const { hits, echoed } = scan(['x\r\ncode:6206\r\ny\r\n']);
    expect(summary(hits)).toEqual([[2, [6206]]]);
    expect(hits[0]?.raw.toString()).toBe('code:6206\r\n');
    expect(echoed.toString()).toBe('x\r\ncode:6206\r\ny\r\n');
  });

  it('survives invalid UTF-8, NUL bytes and binary, and keeps the lines around them', () => {
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28, 0x0a]);
    const input = Buffer.concat([Buffer.from('before code:6014\n'), binary, Buffer.from('\0\0 error_code:11000 \xff\n', 'latin1'), Buffer.from('after\n')]);
    const { hits, echoed, lines } = scan([input]);
    expect(summary(hits)).toEqual([[1, [6014]], [3, [11000]]]);
    expect(echoed.equals(input)).toBe(true);
    expect(lines).toBe(4);
  });

  it('finds codes in Chinese lines whose UTF-8 bytes span chunks', () => {
    const input = Buffer.from('登录失败，错误码 20003\n');
    for (let cut = 1; cut < input.length; cut++) {
      expect(summary(scan([input.subarray(0, cut), input.subarray(cut)]).hits)).toEqual([[1, [20003]]]);
    }
  });

  it('scans only the head of an over-long line, with bounded memory, and still counts lines', () => {
    const head = 'start code:6206 ';
    const long = head + 'x'.repeat(5000);
    const { hits, echoed, lines } = scan([long.slice(0, 1000), long.slice(1000, 4000), `${long.slice(4000)} code:70001\nnext code:9520\n`], { maxLineBytes: 256 });
    expect(summary(hits)).toEqual([[1, [6206]], [2, [9520]]]);
    expect(hits[0]?.raw.length).toBe(256);
    expect(echoed.toString()).toBe(`${long} code:70001\nnext code:9520\n`);
    expect(lines).toBe(2);
  });

  it('says whether a hit line was truncated and whether it ended with a newline', () => {
    const long = `code:6206 ${'x'.repeat(600)}`;
    // Split so that the long line spans chunks, as a line over the read size does.
    const flags = (input: string) => scan([input.slice(0, 300), input.slice(300)], { maxLineBytes: 256 }).hits.map((h) => [h.truncated, h.newline]);
    expect(flags(`${long}\ncode:9520\n`)).toEqual([[true, true], [false, true]]);
    // A long last line without a newline: the echo must add one, and only then (issue 13: no blank line after a long line).
    expect(flags(`${long}`)).toEqual([[true, false]]);
    expect(flags('code:9520')).toEqual([[false, false]]);
  });

  it('counts a last line without a newline', () => {
    const { hits, lines } = scan(['a\nb\nfailed code:6013']);
    expect(summary(hits)).toEqual([[3, [6013]]]);
    expect(lines).toBe(3);
  });

  it('keeps line numbers and bytes exact across the internal scanning windows of a large chunk', () => {
    const lines = Array.from({ length: 8000 }, (_, i) => (i % 7 === 3 ? `${i} send failed code:6206 ${'x'.repeat(i % 40)}` : `${i} heartbeat ok ${'y'.repeat(i % 60)}`));
    const input = `${lines.join('\n')}\n`;
    expect(input.length).toBeGreaterThan(3 * 96 * 1024);
    const { hits, echoed, lines: count } = scan([input]);
    expect(hits.map((h) => h.line)).toEqual(lines.flatMap((l, i) => (i % 7 === 3 ? [i + 1] : [])));
    expect(echoed.toString()).toBe(input);
    expect(count).toBe(8000);
  });

  it('emits no bytes when pass-through is off', () => {
    expect(scan(['code:6206\n'], { passThrough: false }).echoed.length).toBe(0);
  });
});

describe('LogScanner.lastPushCandidates', () => {
  it('counts the lines of the last chunk that the detector read, hits or not, and only that chunk', () => {
    const scanner = new LogScanner({ mode: 'default', known: catalogue.known, passThrough: false });
    // Two rows of another product's table (read, no hit), a keyed code (read, hit), a line without digits (not read).
    scanner.push(Buffer.from('| 90001 | message sign error |\n| 90002 | data too long here |\nlogin failed, code: 6206\nhello\n'));
    expect(scanner.lastPushCandidates).toBe(3);
    scanner.push(Buffer.from('nothing here\nstill nothing\n'));
    expect(scanner.lastPushCandidates).toBe(0);
  });
});
