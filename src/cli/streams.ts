// Batched output for streaming commands (one reused buffer, backpressure) and read errors in words.
import { echoInput } from '../render/echo-input.js';
import type { Piece } from '../render/scan.js';
import type { CliIO } from './io.js';
import type { Said } from './errors.js';

/**
 * Small enough to keep memory flat and latency low, large enough that per-chunk costs vanish: 1 MiB reads
 * measured about a tenth faster than 256 KiB on `scan --summary` of a 100 MB log (bench/run.mjs).
 */
export const READ_CHUNK = 1024 * 1024;
/**
 * Reads when every line gets a prefix (`-n`, file names): a chunk of short lines comes out several times its
 * size, and a smaller chunk keeps that batch (and the memory behind it) small.
 */
export const PREFIXED_READ_CHUNK = 256 * 1024;
/**
 * Reads once a log proved dense: DENSE_HITS lines with codes, or lines the detector had to read, per READ_CHUNK
 * bytes (a log with a code or a code table's row on nearly every line). Each hit lives until its chunk is written or
 * tallied, and a 1 MiB chunk's worth of them made V8 grow its young generation to its largest, 122 MiB of RSS for
 * 200,000 hits against 90 MiB with 256 KiB reads. A file's first read is this size too, so that a dense log is known
 * before a large read's worth of hits is alive. Ordinary logs go on with 1 MiB reads. A dense log of very short lines
 * reads less than this (denseReadSize).
 */
export const DENSE_READ_CHUNK = 128 * 1024;
export const DENSE_HITS = 2 * 1024;
/** The smallest read of a dense log (see denseReadSize): below this, per-read costs would show. */
export const MIN_DENSE_READ_CHUNK = 16 * 1024;

/**
 * How much to read next from a dense log whose last read of `bytes` held this many hits or detector-read lines: about
 * DENSE_HITS lines, between MIN_DENSE_READ_CHUNK and DENSE_READ_CHUNK. Lines of a few bytes each (`code:6206`) put
 * 13,000 hits in a 128 KiB read, and peak RSS went to 110 MiB on 30 MiB of them; 20 KiB reads keep it near 75 MiB.
 * Logs of usual line lengths (60 bytes or more) read DENSE_READ_CHUNK as before.
 */
export function denseReadSize(bytes: number, lines: number): number {
  return Math.max(MIN_DENSE_READ_CHUNK, Math.min(DENSE_READ_CHUNK, Math.floor((bytes * DENSE_HITS) / Math.max(lines, 1))));
}

/**
 * A scan that has read fewer lines than this (all its inputs so far) never finds a log dense, whatever their rate: a
 * short log needs no care for memory, and the heap settings a dense log asks for would otherwise be set by the build's
 * warm-up scan, whose code cache V8 would then reject at every start (it checks that the flags match). The count is the
 * scan's, not one chunk's or one file's: gzip and UTF-16 come in 16 KiB chunks, and a directory may hold thousands of
 * dense logs shorter than this (1,458 files of 250 lines peaked at 104 MiB, 71-77 MiB with the heap kept small).
 */
export const DENSE_MIN_LINES = 256;

/**
 * Whether a chunk of `bytes` with this many hits or detector-read lines marks its log as dense (see DENSE_HITS), in a
 * scan that has read `linesSoFar` lines (see DENSE_MIN_LINES).
 */
export function isDenseChunk(bytes: number, hits: number, candidates: number, linesSoFar: number): boolean {
  return linesSoFar >= DENSE_MIN_LINES && Math.max(hits, candidates) * READ_CHUNK >= DENSE_HITS * Math.max(bytes, 1);
}

/**
 * Writes batches of pieces to stdout, each as one write from one reused buffer, so that echoing a large log
 * costs one copy and no allocation per batch. The buffer is written into again only once stdout has taken
 * the last batch: at once for files, terminals and pipes that had room, otherwise when the write completes
 * (which is also the backpressure). CliIO's stdout must be done with a chunk when its write callback runs.
 */
export class BatchWriter {
  private buffer = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly io: CliIO) {}

  /** False when stdout went away meanwhile. */
  async write(pieces: Piece[]): Promise<boolean> {
    if (pieces.length === 0) return true;
    let size = 0;
    for (const piece of pieces) size += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
    if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
    let at = 0;
    for (const piece of pieces) at += typeof piece === 'string' ? this.buffer.write(piece, at) : piece.copy(this.buffer, at);
    const { stdout, signal } = this.io;
    let done!: () => void;
    const written = new Promise<void>((resolve) => (done = resolve));
    stdout.write(this.buffer.subarray(0, at), () => done());
    if (stdout.writableLength === 0) return !signal?.aborted;
    if (signal?.aborted) return false;
    await new Promise<void>((resolve) => {
      const onAbort = () => resolve();
      signal?.addEventListener('abort', onAbort, { once: true });
      void written.then(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
    return !signal?.aborted;
  }
}

/** The error code of a format scan does not open (scan-inputs.ts throws it; scan tells it from other read errors). */
export const UNOPENED_FORMAT = 'CHATERR_UNOPENED_FORMAT';

/** Why a file could not be read, in words rather than errno names, in both languages. */
export function readErrorReason(error: unknown): Said {
  const err = error as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return { en: 'no such file', zh: '文件不存在' };
    case 'EISDIR':
      return { en: 'is a directory', zh: '这是一个目录' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', zh: '没有权限' };
    case 'ELOOP':
      return { en: 'symbolic link loop', zh: '符号链接循环' };
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
      // A log still being written or cut by a copy: every whole line before the break was scanned, as zcat shows them.
      if (err.code === 'Z_BUF_ERROR' && /unexpected end/i.test(err.message)) {
        return {
          en: 'gzip data ends early (a truncated file?); the lines before the break were scanned',
          zh: 'gzip 数据提前结束（文件被截断？）；中断之前的行已扫描',
        };
      }
      // Otherwise zlib's messages ("incorrect header check", "unknown compression method") say what went wrong.
      return { en: `not valid gzip data (${err.message})`, zh: `不是有效的 gzip 数据（${err.message}）` };
    case UNOPENED_FORMAT:
      // A zip, xz, bzip2, zstd or 7z file: the error says which, and what opens it.
      return (error as { said: Said }).said;
    case 'ENAMETOOLONG':
      return { en: 'file name too long', zh: '文件名过长' };
    case 'ENOTDIR':
      return { en: 'a part of the path is not a directory', zh: '路径中有一部分不是目录' };
    default: {
      // Node's own messages repeat the path in full ("ENXIO: no such device or address, open '…'"): their words
      // between the code and the call say what failed without echoing it again (a socket named on the command
      // line said only "ENXIO"). The code stands in when there are none. They are the system's words, in English.
      const reason = /^E[A-Z0-9]+: ([^,']+),/.exec(err.message ?? '')?.[1] ?? err.code ?? 'unreadable';
      return { en: reason, zh: reason === 'unreadable' ? '无法读取' : reason };
    }
  }
}

/** Paths can be long for good reasons, so the cap is looser than for typed words. */
const MAX_PATH_ECHO = 240;

/**
 * A path shown in a message: escaped, and capped more loosely than a typed word. A path with a directory in it keeps
 * its runs of hex digits: Docker names each container's log directory and file by its 64-digit id
 * (`/var/lib/docker/containers/<id>/<id>-json.log`), which is no secret key, and was shown as one. A key typed where
 * a path belongs is a word with no directory (`--key-file "$KEY"` one digit short), and is still hidden, as it is
 * after only `./`, `../` or `~/` (`--key-file ./$KEY`, `scan ./$KEY`), which echoed the whole key.
 */
export const echoPath = (path: string, { exists = false } = {}): string => echoInput(path, MAX_PATH_ECHO, 'en', { keyRuns: !exists && WORD_AS_PATH.test(path) });
/** A path that is one word, or one word after `./`, `../` or `~/`. */
const WORD_AS_PATH = /^(?:(?:\.{1,2}|~)\/+)?[^/]*$/;

/**
 * A file that is there (refused for permission, not a log, or read with a warning) is named whole by echoPath(..., {
 * exists: true }): a run of hex digits in its name is its name, not a key typed where a path belongs. A folder of logs
 * named by their hash warned `(a secret key, not shown).log.gz: trailing garbage`, not saying which, while the scan's
 * own lines named the file whole.
 */
const MISSING_PATH_ERRORS = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG']);
const pathExists = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && !MISSING_PATH_ERRORS.has(code);
};

export function describeReadError(file: string, error: unknown): Said {
  // An empty argument (`chaterr scan "$LOG"` with LOG unset) is named as such, not as nothing.
  if (file === '') return { en: 'cannot read "": an empty path names no file', zh: '无法读取 ""：空路径不指向任何文件' };
  const reason = readErrorReason(error);
  // stdin is `-` only on the command line: "cannot read -" named nothing a user would recognise.
  if (file === '-') return { en: `cannot read standard input: ${reason.en}`, zh: `无法读取标准输入：${reason.zh}` };
  const shown = echoPath(file, { exists: pathExists(error) });
  return { en: `cannot read ${shown}: ${reason.en}`, zh: `无法读取 ${shown}：${reason.zh}` };
}
