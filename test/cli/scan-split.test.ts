// scan --summary of a large log shared with a worker (run here on the test's thread): the summary is the one-thread summary, and every case the split cannot take is scanned alone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scanPart, type ScanPartJob, type ScanPartResult } from '../../src/cli/scan-part.js';
import type { ScanPartStarter } from '../../src/cli/scan-split.js';
import { GBK_LINE } from '../helpers/gbk.js';
import { run } from '../helpers/fake-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('scan-split');
/** Logs from 1 MiB on are split here, so that the test logs can stay small. */
const MIN_BYTES = 1 << 20;

/** A starter that runs the worker's part on this thread, and keeps each job and result. */
function inProcess(answer: (job: ScanPartJob) => ScanPartResult = scanPart) {
  const results: ScanPartResult[] = [];
  const starter: ScanPartStarter = {
    minBytes: MIN_BYTES,
    // Half each, whatever the size.
    startBytes: 0,
    start(job) {
      const result = answer(job);
      results.push(result);
      return { result: Promise.resolve(result), terminate() {} };
    },
  };
  return { starter, results };
}

/**
 * A log of `lines` lines: noise, with the lines `coded` gives (by 1-based line number) in between. The noise lines
 * differ, so each part of the log holds lines the other does not.
 */
function log(lines: number, coded: (line: number) => string | undefined): string {
  const out: string[] = [];
  for (let n = 1; n <= lines; n++) out.push(coded(n) ?? `2026-11-27 10:00:${String(n % 60).padStart(2, '0')} I/imsdk: heartbeat ok seq:${n} size:${(n * 7919) % 9000}`);
  return `${out.join('\n')}\n`;
}

/** 6206 all through the log, 70001 in its first part only, 9520 (twice) and -10003 in its last part only. */
const LINES = 40_000;
const coded = (n: number): string | undefined => {
  if (n % 997 === 0) return `2026-11-27 10:00:00 E/imsdk: login failed|code:6206|desc:expired seq:${n}`;
  if (n === 1_234 || n === 5_000) return `{"ActionStatus":"FAIL","ErrorInfo":"request failed","ErrorCode":70001}`;
  if (n === 36_001 || n === 39_999) return `I/flutter (4242): PlatformException(9520, request failed, null)`;
  if (n === 38_500) return `2026-11-27 10:00:00 E/TUIKit: sendMessage errCode: -10003 errMsg: failed`;
  return undefined;
};

describe('scan --summary on two threads', () => {
  const file = join(dir, 'large.log');
  writeFileSync(file, log(LINES, coded));

  it('gives the summary of one thread, counts, line numbers and the later part first places included', async () => {
    const { starter, results } = inProcess();
    for (const flags of [['--summary'], ['--summary', '--json'], ['--markdown'], ['--summary', '--loose'], ['--summary', '--strict']]) {
      const alone = await run(['scan', ...flags, file]);
      const split = await run(['scan', ...flags, file], { scanPart: starter });
      expect(split).toEqual(alone);
    }
    expect(results).toHaveLength(5);
    const part = results[0] as Extract<ScanPartResult, { lines: number }>;
    expect(part.lines).toBeGreaterThan(0);
    const summary = JSON.parse((await run(['scan', '--summary', '--json', file], { scanPart: starter })).stdout) as { summary: { code: number; count: number; firstLine: number }[] };
    const row = (code: number) => summary.summary.find((r) => r.code === code);
    expect(row(6206)).toMatchObject({ count: Math.floor(LINES / 997), firstLine: 997 });
    expect(row(70001)).toMatchObject({ count: 2, firstLine: 1_234 });
    expect(row(9520)).toMatchObject({ count: 2, firstLine: 36_001 });
    expect(row(-10003)).toMatchObject({ count: 1, firstLine: 38_500 });
  });

  it("counts the worker's part, not a second read of it", async () => {
    // A worker that reports one more 6206 than its part holds: the summary must show it, or the split was never taken.
    const { starter } = inProcess((job) => {
      const result = scanPart(job);
      if ('gaveUp' in result) return result;
      return { ...result, texts: ['code:6206', ...result.texts], at: [1, ...result.at] };
    });
    const alone = JSON.parse((await run(['scan', '--summary', '--json', file])).stdout) as { summary: { code: number; count: number }[] };
    const split = JSON.parse((await run(['scan', '--summary', '--json', file], { scanPart: starter })).stdout) as { summary: { code: number; count: number }[] };
    const count = (s: typeof alone) => s.summary.find((r) => r.code === 6206)?.count;
    expect(count(split)).toBe((count(alone) as number) + 1);
  });

  it('a worker that gives up or dies leaves the scan to the main thread, with the same summary', async () => {
    const alone = await run(['scan', '--summary', file]);
    for (const gaveUp of ['dense', 'EIO', 'exit 1']) {
      const { starter } = inProcess(() => ({ gaveUp }));
      expect(await run(['scan', '--summary', file], { scanPart: starter })).toEqual(alone);
    }
  });
});

describe('scan --summary stays on one thread where a split would not read the log as one thread does', () => {
  it('GBK lines in the last part only (the first part all ASCII): their codes are found', async () => {
    const file = join(dir, 'gbk-late.log');
    const ascii = Buffer.from(log(LINES, coded));
    const noise = Buffer.from(log(1_000, () => undefined));
    writeFileSync(file, Buffer.concat([ascii, ascii, GBK_LINE, noise]));
    const { starter, results } = inProcess();
    const alone = await run(['scan', '--summary', '--json', file]);
    const split = await run(['scan', '--summary', '--json', file], { scanPart: starter });
    expect(split).toEqual(alone);
    // The worker read the GBK bytes as they are, which loses their code: its part was not taken.
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ascii: false });
    const rows = (JSON.parse(split.stdout) as { summary: { code: number; count: number }[] }).summary;
    expect(rows.find((r) => r.code === 6206)?.count).toBe(2 * Math.floor(LINES / 997) + 1);
  });

  it('a log in GB18030 from its start: the codes of its last part are found, at their lines', async () => {
    const file = join(dir, 'gbk.log');
    const lines: Buffer[] = [];
    for (let n = 1; n <= 60_000; n++) lines.push(n % 1000 === 0 ? GBK_LINE : Buffer.from(`I/imsdk: heartbeat ok seq:${n} 中`.replace('中', '\xd6\xd0') + '\n', 'latin1'));
    writeFileSync(file, Buffer.concat(lines));
    const { starter } = inProcess();
    const alone = await run(['scan', '--summary', '--json', file]);
    const split = await run(['scan', '--summary', '--json', file], { scanPart: starter });
    expect(split).toEqual(alone);
    expect(JSON.parse(split.stdout).summary).toMatchObject([{ code: 6206, count: 60, firstLine: 1000 }]);
  });

  it('gzip, several files, standard input and small logs are never split', async () => {
    const text = log(LINES, coded);
    const gz = join(dir, 'large.log.gz');
    writeFileSync(gz, gzipSync(text));
    const plain = join(dir, 'plain.log');
    writeFileSync(plain, text);
    const small = join(dir, 'small.log');
    writeFileSync(small, log(1_000, coded));
    const { starter, results } = inProcess();
    for (const [args, stdin] of [[[gz]], [[plain, plain]], [['-'], text], [[small]]] as [string[], string?][]) {
      const alone = await run(['scan', '--summary', ...args], { stdin });
      expect(await run(['scan', '--summary', ...args], { stdin, scanPart: starter })).toEqual(alone);
    }
    expect(results).toHaveLength(0);
  });

  it('a log dense with codes: the worker gives up at its first read and the main thread reads on', async () => {
    const file = join(dir, 'dense.log');
    writeFileSync(file, log(60_000, (n) => `E/imsdk: send failed code:${n % 2 ? 6206 : 70001}`));
    const { starter, results } = inProcess();
    const alone = await run(['scan', '--summary', file]);
    expect(await run(['scan', '--summary', file], { scanPart: starter })).toEqual(alone);
    expect(results).toEqual([{ gaveUp: 'dense' }]);
  });
});
