// When scan asks V8 to keep its heap small: on dense logs however they come (gzip, many short files), never on a short one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectGarbage, keepHeapSmall } from '../../src/cli/heap.js';
import { DENSE_READ_CHUNK } from '../../src/cli/streams.js';
import { LogScanner } from '../../src/core/scan/log-scanner.js';
import { run } from '../helpers/fake-io.js';
import { tempDir } from '../helpers/temp-dir.js';

// The real one changes V8's flags for the rest of the test process; here only the asking is observed.
vi.mock('../../src/cli/heap.js', () => ({ keepHeapSmall: vi.fn(), collectGarbage: vi.fn() }));

const dir = tempDir('scan-heap');
/** Lines of a log with a code on every line, about 80 bytes each, as an SDK's failing retries write them. */
const denseLines = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `2020-01-21 09:55:35.297 [22008-22113] E/imsdk: login failed|code:6206|seq:${from + i}\n`).join('');

describe('scan and the heap', () => {
  beforeEach(() => {
    vi.mocked(keepHeapSmall).mockClear();
    vi.mocked(collectGarbage).mockClear();
  });

  it('keeps the heap small for a dense gzip log, whose 16 KiB decoded chunks each hold fewer than 256 lines', async () => {
    const file = join(dir, 'dense.log.gz');
    writeFileSync(file, gzipSync(denseLines(5000)));
    const r = await run(['scan', '--summary', file]);
    expect(r.code).toBe(0);
    expect(keepHeapSmall).toHaveBeenCalled();
  });

  it('keeps the heap small for a directory of dense logs each shorter than 256 lines', async () => {
    const logs = join(dir, 'logs');
    mkdirSync(logs);
    for (let i = 0; i < 40; i++) writeFileSync(join(logs, `part-${String(i).padStart(2, '0')}.log`), denseLines(100, i * 100));
    const r = await run(['scan', '--summary', logs]);
    expect(r.code).toBe(0);
    expect(keepHeapSmall).toHaveBeenCalled();
  });

  it('leaves the heap alone for a short log, however dense', async () => {
    const file = join(dir, 'short.log');
    writeFileSync(file, denseLines(100));
    const r = await run(['scan', '--summary', file]);
    expect(r.code).toBe(0);
    expect(keepHeapSmall).not.toHaveBeenCalled();
  });

  it('keeps the heap small and collects after crowded reads for a few lines of thousands of codes each, and counts them all', async () => {
    const file = join(dir, 'crowded.log');
    // A JSON array of 20,000 replies on one line, three times: 3 lines, 60,000 codes.
    const line = `${Array.from({ length: 20000 }, (_, i) => `{"code":${i % 2 === 0 ? 6206 : 70001}}`).join(',')}\n`;
    writeFileSync(file, line.repeat(3));
    const r = await run(['scan', '--summary', '--json', file]);
    expect(r.code).toBe(0);
    const counts = Object.fromEntries(JSON.parse(r.stdout).summary.map((c: { code: number; count: number }) => [c.code, c.count]));
    expect(counts).toEqual({ 6206: 30000, 70001: 30000 });
    expect(keepHeapSmall).toHaveBeenCalled();
    expect(collectGarbage).toHaveBeenCalled();
  });

  it('scans a read that began before the log turned dense in pieces no larger than a dense read', async () => {
    // 2 MiB without codes, then lines with codes: the read after the one that finds them began a chunk ahead, at 1 MiB.
    const file = join(dir, 'turns-dense.log');
    const quiet = '2020-01-21 09:55:35.297 [22008-22113] I/imsdk: heartbeat ok seq:1 size:2 appSeq:3\n';
    writeFileSync(file, quiet.repeat(Math.ceil((2 << 20) / quiet.length)) + denseLines(40000));
    const pushes: number[] = [];
    let denseAt = -1;
    vi.mocked(keepHeapSmall).mockImplementation(() => void (denseAt = pushes.length));
    const original = LogScanner.prototype.push;
    const push = vi.spyOn(LogScanner.prototype, 'push').mockImplementation(function (this: LogScanner, chunk: Buffer) {
      pushes.push(chunk.length);
      return original.call(this, chunk);
    });
    try {
      const r = await run(['scan', '--summary', file]);
      expect(r.code).toBe(0);
    } finally {
      push.mockRestore();
      vi.mocked(keepHeapSmall).mockReset();
    }
    expect(denseAt).toBeGreaterThan(0);
    expect(pushes[denseAt - 1]).toBeGreaterThan(DENSE_READ_CHUNK);
    expect(Math.max(...pushes.slice(denseAt))).toBeLessThanOrEqual(DENSE_READ_CHUNK);
  });

  it('never collects by hand for a dense log of ordinary lines', async () => {
    const file = join(dir, 'dense.log');
    writeFileSync(file, denseLines(20000));
    const r = await run(['scan', '--summary', file]);
    expect(r.code).toBe(0);
    expect(collectGarbage).not.toHaveBeenCalled();
  });
});
