// The last part of a large log, prefiltered in scan --summary's worker thread: its candidate lines' text and its line count.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Finding, KnownCodes, ScanMode } from '../core/scan/detect.js';
import { adoptPrefilterModule } from '../core/scan/line-prefilter.js';
import { LogScanner, type ScanSegment } from '../core/scan/log-scanner.js';
import { isDenseChunk, READ_CHUNK } from './streams.js';

/** What the main thread hands the worker (structured-cloned: the module and the shared flag are shared, not copied). */
export interface ScanPartJob {
  /** The path as the file system takes it (the bytes of a name that is not UTF-8). */
  path: string | Uint8Array;
  /** The byte the part starts at, a line's start; it runs to the end of the file. */
  start: number;
  mode: ScanMode;
  /** The prefilter's compiled WebAssembly.Module: V8 shares its code between threads. */
  module: object;
  /** The known codes as inclusive spans: all the prefilter needs of the catalogue. */
  spans: [number, number][];
  /** An Int32Array's memory: its first element is set to 1 when the main thread wants the worker to stop (Ctrl-C). */
  stop: SharedArrayBuffer;
}

/**
 * The part's candidate lines: each one's text as the detector is given it and its line number (1-based within the
 * part), the lines read whole (all of them unless `stopped`), and whether every byte read was ASCII. `gaveUp` when
 * the main thread should scan the part itself: a log dense with candidates, or a read error it then reports.
 */
export type ScanPartResult = { lines: number; ascii: boolean; stopped: boolean; texts: string[]; at: number[] } | { gaveUp: string };

/**
 * Candidate text past which the worker gives up: the texts wait in its heap, and are copied to the main thread's,
 * until the main thread's detector reads them. An ordinary log's candidate lines are about 1% of its bytes (0.5 MB of
 * the benchmark's 50 MB part); a log of lines with thousands of codes each (400 KB JSON arrays) would hold megabytes in
 * both threads, where the main thread alone reads them in small chunks. So the worker gives up once its candidates'
 * text passes MAX_CANDIDATE_CHARS or a sixteenth of the bytes it read.
 */
const MAX_CANDIDATE_CHARS = 8 * 1024 * 1024;
const MAX_CANDIDATE_SHARE = 16;

/** Not a finding: it makes LogScanner report a candidate line as a hit, so that its line number comes with it. */
const CANDIDATE = [{}] as Finding[];

/**
 * Prefilters the part: reads it in READ_CHUNK pieces into the prefilter's memory and keeps what LogScanner would hand
 * the detector, which the main thread runs later (one thread warms the detector up, not two). Stops between reads
 * once the stop flag is set.
 */
export function scanPart(job: ScanPartJob): ScanPartResult {
  adoptPrefilterModule(job.module);
  const stopFlag = new Int32Array(job.stop);
  const known: KnownCodes = { has: () => false, spans: () => job.spans };
  const texts: string[] = [];
  const at: number[] = [];
  let chars = 0;
  const findCodes = (text: string): Finding[] => {
    texts.push(text);
    chars += text.length;
    return CANDIDATE;
  };
  const scanner = new LogScanner({ mode: job.mode, known, passThrough: false, keepLines: false, findCodes });
  const take = (segments: ScanSegment[]) => {
    for (const segment of segments) if (segment.kind === 'hit') at.push(segment.hit.line);
  };
  let fd: number;
  try {
    fd = openSync(typeof job.path === 'string' ? job.path : Buffer.from(job.path), 'r');
  } catch (error) {
    return { gaveUp: String((error as NodeJS.ErrnoException).code ?? error) };
  }
  try {
    const buffer = scanner.chunkBuffer(READ_CHUNK);
    let position = job.start;
    let ascii = true;
    let stopped = false;
    for (;;) {
      if (Atomics.load(stopFlag, 0) !== 0) {
        stopped = true;
        break;
      }
      const bytesRead = readSync(fd, buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      position += bytesRead;
      ascii &&= isAscii(chunk);
      take(scanner.push(chunk));
      const crowded = chars > MAX_CANDIDATE_CHARS || chars * MAX_CANDIDATE_SHARE > position - job.start;
      if (crowded || isDenseChunk(bytesRead, scanner.lastPushCandidates, 0, Number.MAX_SAFE_INTEGER)) return { gaveUp: 'dense' };
    }
    if (!stopped) take(scanner.end());
    // Stopped inside an over-long line: its head's text was taken, but the line is not done.
    texts.length = at.length;
    return { lines: scanner.lineCount, ascii, stopped, texts, at };
  } catch (error) {
    return { gaveUp: String((error as NodeJS.ErrnoException).code ?? error) };
  } finally {
    closeSync(fd);
  }
}
