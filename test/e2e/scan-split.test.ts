// scan --summary of a log large enough for the worker thread, spawned: the same summary as on one thread, from the built worker bundle.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { scanPart, type ScanPartJob, type ScanPartResult } from '../../src/cli/scan-part.js';
import { SPLIT_MIN_BYTES, WORKER_START_BYTES, workerPartStart } from '../../src/cli/scan-split.js';
import { getCatalogue } from '../../src/core/catalogue.js';
import { prefilterModule } from '../../src/core/scan/line-prefilter.js';
import { ROOT } from '../helpers/sources.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIN = join(ROOT, 'bin', 'chaterr.cjs');
const dir = tempDir('e2e-scan-split');

/** Lines of noise with 6206 every 997th line, 70001 twice near the start and 9520 twice near the end. */
function largeLog(minBytes: number): { text: string; late: number } {
  const out: string[] = [];
  let bytes = 0;
  for (let n = 1; bytes < minBytes; n++) {
    const line =
      n % 997 === 0
        ? `2026-11-27 10:00:00 E/imsdk: login failed|code:6206|desc:expired seq:${n}`
        : n === 1_234 || n === 5_000
          ? `{"ActionStatus":"FAIL","ErrorInfo":"request failed","ErrorCode":70001}`
          : `2026-11-27 10:00:${String(n % 60).padStart(2, '0')} I/imsdk: heartbeat ok seq:${n} size:${(n * 7919) % 9000} 收到新消息`;
    out.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  // Two lines of a code the first part never has, the first where only the worker reads.
  const late = out.length - 1_000;
  out[late - 1] = 'I/flutter (4242): PlatformException(9520, request failed, null)';
  out[out.length - 2] = 'I/flutter (4242): PlatformException(9520, request failed, null)';
  return { text: `${out.join('\n')}\n`, late };
}

describe('scan --summary with its worker thread', () => {
  const { text, late } = largeLog(SPLIT_MIN_BYTES + (1 << 20));
  const file = join(dir, 'large.log');
  writeFileSync(file, text);
  const chaterr = (args: string[], threads?: string) =>
    spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...(threads ? { CHATERR_SCAN_THREADS: threads } : {}) }, encoding: 'utf8', maxBuffer: 64 << 20 });

  it('prints what one thread prints, the codes of the last part at their lines', () => {
    for (const flags of [['--summary'], ['--summary', '--json']]) {
      const one = chaterr(['scan', ...flags, file], '1');
      const two = chaterr(['scan', ...flags, file]);
      expect({ code: two.status, stdout: two.stdout, stderr: two.stderr }).toEqual({ code: one.status, stdout: one.stdout, stderr: one.stderr });
    }
    const rows = (JSON.parse(chaterr(['scan', '--summary', '--json', file]).stdout) as { summary: { code: number; count: number; firstLine: number }[] }).summary;
    expect(rows.find((r) => r.code === 9520)).toMatchObject({ count: 2, firstLine: late });
    expect(rows.find((r) => r.code === 70001)).toMatchObject({ count: 2, firstLine: 1_234 });
    expect(rows.find((r) => r.code === 6206)).toMatchObject({ count: text.split('\n').filter((line) => line.includes('code:6206')).length, firstLine: 997 });
  });

  it('the built worker bundle finds the same candidate lines as the part scanned on this thread', async () => {
    const module = prefilterModule() as object;
    const spans = Array.from(getCatalogue().known.spans(), ([low, high]): [number, number] => [low, high]);
    const bytes = Buffer.from(text);
    // Where the CLI would cut the log: the first line start from the worker's share on.
    const start = bytes.indexOf(0x0a, workerPartStart(bytes.length, WORKER_START_BYTES) - 1) + 1;
    const job = (): ScanPartJob => ({ path: file, start, mode: 'default', module, spans, stop: new SharedArrayBuffer(4) });
    const worker = new Worker(join(ROOT, 'dist', 'chaterr-scan-worker.cjs'), { workerData: job() });
    const fromWorker = await new Promise<ScanPartResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const here = scanPart(job());
    expect(fromWorker).toEqual(here);
    expect(here).toMatchObject({ ascii: false, stopped: false });
    expect((here as { texts: string[] }).texts).toContain('I/flutter (4242): PlatformException(9520, request failed, null)');
  });
});
