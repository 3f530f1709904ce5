// Chunked input and batched output for streaming commands: reused read buffers, backpressure, readable errors.
import { once } from 'node:events';
import { closeSync, openSync, readSync } from 'node:fs';
import { escapeControls } from '../render/text.js';
import type { Piece } from './echo.js';
import type { CliIO } from './io.js';

/** Small enough to keep memory flat and latency low, large enough that per-chunk costs vanish. */
const READ_CHUNK = 256 * 1024;

/** Writes one batch as a single copy (input buffers are reused), waiting for the reader when it lags behind. */
export async function writeAll(io: CliIO, pieces: Piece[]): Promise<boolean> {
  if (pieces.length === 0) return true;
  const data = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
  if (io.stdout.write(data)) return true;
  try {
    await once(io.stdout, 'drain', io.signal ? { signal: io.signal } : {});
    return true;
  } catch {
    return false;
  }
}

/** Reading a file blocks between chunks; every this many chunks the event loop gets a turn (to see EPIPE). */
const CHUNKS_PER_TURN = 32;

/**
 * The input's bytes in chunks. A file is read synchronously into one reused buffer: a CLI has nothing else
 * to do meanwhile, and it is measurably faster than promise-based reads. Memory stays flat however large
 * the file. A chunk is valid only until the next one is taken; output copies what it keeps.
 */
export async function* readChunks(io: CliIO, file: string, signal: AbortSignal | undefined): AsyncGenerator<Buffer> {
  if (file === '-') {
    for await (const chunk of io.stdin) {
      yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      if (signal?.aborted) return;
    }
    return;
  }
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (let count = 1; ; count++) {
      const bytesRead = readSync(fd, buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
      if (count % CHUNKS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be read, in words rather than errno names. */
export function readErrorReason(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  return err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
}

export function describeReadError(file: string, error: unknown): string {
  return `cannot read ${escapeControls(file)}: ${readErrorReason(error)}`;
}
