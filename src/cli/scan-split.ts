// scan --summary of one large plain log on two threads: a worker prefilters the log's last part while the main thread scans the rest.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { findCodesInLine as FindCodesInLine, KnownCodes, ScanMode } from '../core/scan/detect.js';
import type { CodeTally } from '../core/scan/tally.js';
import type { Gb18030Switch } from './gb18030-input.js';
import type { ScanPartJob, ScanPartResult } from './scan-part.js';
import { sniffsPlain } from './scan-inputs.js';

/** A worker scanning a part (CliIO.scanPart starts one): its result, and a way to end it. */
export interface ScanPartWorker {
  result: Promise<ScanPartResult>;
  terminate(): void;
}

/** How the process starts a part's worker: a worker thread in the real process (main.ts); tests may pass their own. */
export interface ScanPartStarter {
  /** Logs smaller than this are scanned by the main thread alone. */
  minBytes: number;
  /** About the bytes the main thread scans while a worker starts: the worker's part is smaller than half by this much, less on small logs. */
  startBytes: number;
  start(job: ScanPartJob): ScanPartWorker;
}

/**
 * Logs from this size on are shared with a worker (main.ts). A worker costs about 30 ms of CPU to start and load, and
 * the main thread waits for its part, so a log must be large enough for the worker's part to outweigh its start.
 */
export const SPLIT_MIN_BYTES = 32 * 1024 * 1024;
/** ScanPartStarter.startBytes of a worker thread: its start-up takes about as long as the main thread's scan of this much. */
export const WORKER_START_BYTES = 20 * 1024 * 1024;
/** Bytes looked at from the cut for a line end; a log without one there is scanned alone. */
const BOUNDARY_PROBE = 1 << 20;

/**
 * The byte at which the worker's part of a log of `size` bytes should start (before moving to a line's start): half of
 * a large log; on a smaller one, less by about what the main thread scans while the worker starts, so both end together.
 */
export function workerPartStart(size: number, startBytes: number): number {
  const part = Math.min(size / 2, (size - startBytes) * 0.6);
  return Math.floor(size - Math.max(0, part));
}

/**
 * A log shared with a worker. The main thread reads it up to `at` (a line's start) as it would alone; there it waits
 * for the worker's candidate lines and runs the detector on them, when the bytes so far leave the text switch passing
 * bytes as they are (not GB18030, or undecided and the worker's bytes all ASCII), as it would have passed the rest.
 * Otherwise (GB18030 text, a worker that gave up or failed) it reads on itself, which is exactly the scan of one thread.
 */
export class SplitScan {
  private result: { lines: number; texts: string[]; at: number[] } | undefined;
  private readonly stopFlag: Int32Array;

  private constructor(
    /** Where the worker's part starts. */
    readonly at: number,
    private readonly worker: ScanPartWorker,
    stop: SharedArrayBuffer,
  ) {
    this.stopFlag = new Int32Array(stop);
  }

  /**
   * A split scan of `file`, or undefined when it is scanned alone: no starter, no prefilter module, standard input, not
   * a regular file, a small one, one whose first bytes say gzip or UTF-16, or no line end near the cut.
   */
  static start(starter: ScanPartStarter | undefined, file: string, fsPath: string | Buffer, mode: ScanMode, known: KnownCodes, module: object | undefined): SplitScan | undefined {
    if (!starter || !module || file === '-') return undefined;
    let at: number | undefined;
    try {
      const stats = statSync(fsPath);
      if (!stats.isFile() || stats.size < starter.minBytes) return undefined;
      at = lineStartFrom(fsPath, workerPartStart(stats.size, starter.startBytes), stats.size);
    } catch {
      // The reader reports it.
      return undefined;
    }
    if (at === undefined) return undefined;
    const stop = new SharedArrayBuffer(4);
    const spans = Array.from(known.spans(), ([low, high]): [number, number] => [low, high]);
    const job: ScanPartJob = { path: typeof fsPath === 'string' ? fsPath : new Uint8Array(fsPath), start: at, mode, module, spans, stop };
    return new SplitScan(at, starter.start(job), stop);
  }

  /**
   * Asked at the boundary, with how the text switch would take the next bytes: waits for the worker (a Ctrl-C stops
   * it where it is, and the summary is of the lines both read, the log's first lines) and says whether its part stands
   * for the rest of the log.
   */
  async reached(next: Gb18030Switch['next'], stop: AbortSignal): Promise<boolean> {
    if (next === 'changed') {
      this.abandon();
      return false;
    }
    const onStop = () => Atomics.store(this.stopFlag, 0, 1);
    stop.addEventListener('abort', onStop, { once: true });
    if (stop.aborted) onStop();
    const result = await this.worker.result;
    stop.removeEventListener('abort', onStop);
    this.worker.terminate();
    if ('gaveUp' in result || (next === 'ascii-as-is' && !result.ascii)) return false;
    this.result = result;
    return true;
  }

  /** The boundary was not reached (the input ended before it, a read failed, the scan stopped): the worker's part is not wanted. */
  abandon(): void {
    Atomics.store(this.stopFlag, 0, 1);
    this.worker.terminate();
  }

  /** Whether the worker's part was taken: merge() adds it. */
  get used(): boolean {
    return this.result !== undefined;
  }

  /**
   * Runs the detector on the worker's candidate lines and tallies their codes after the main thread's own sightings,
   * with line numbers counted on from `linesBefore`, the main thread's lines; returns the lines of the worker's part.
   */
  merge(tally: CodeTally, file: string, linesBefore: number, detect: (text: string) => ReturnType<typeof FindCodesInLine>): number {
    const result = this.result;
    if (!result) return 0;
    const { texts, at } = result;
    for (let i = 0; i < texts.length; i++) {
      const line = linesBefore + (at[i] as number);
      for (const finding of detect(texts[i] as string)) tally.record(finding.code, { file, line });
    }
    return result.lines;
  }
}

/**
 * The start of the first line that begins at or after `from` (just past an LF) within BOUNDARY_PROBE bytes, when the
 * file reads as plain text; undefined otherwise, or when that is the end of the file.
 */
function lineStartFrom(path: string | Buffer, from: number, size: number): number | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    if (!sniffsPlain(head.subarray(0, readSync(fd, head, 0, head.length, 0)))) return undefined;
    const probe = Buffer.alloc(BOUNDARY_PROBE);
    // From the byte before: a line that starts at `from` is found too.
    const start = Math.max(0, from - 1);
    const newline = probe.subarray(0, readSync(fd, probe, 0, probe.length, start)).indexOf(0x0a);
    const at = newline < 0 ? undefined : start + newline + 1;
    return at !== undefined && at < size ? at : undefined;
  } finally {
    closeSync(fd);
  }
}
