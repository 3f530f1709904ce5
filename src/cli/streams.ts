// Chunked input and batched output for streaming commands: reused read buffers, backpressure, readable errors.
import { closeSync, openSync, readSync } from 'node:fs';
import { escapeControls } from '../render/text.js';
import type { Piece } from './echo.js';
import type { CliIO } from './io.js';

/** Small enough to keep memory flat and latency low, large enough that per-chunk costs vanish. */
export const READ_CHUNK = 256 * 1024;

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

/** Reading a file blocks between chunks; every this many chunks the event loop gets a turn (to see EPIPE). */
const CHUNKS_PER_TURN = 32;

/**
 * The input's bytes in chunks. A file is read synchronously into one reused buffer (the caller's, when it
 * passes one): a CLI has nothing else to do meanwhile, and it measured faster than promise-based reads, even
 * double-buffered. Memory stays flat however large the file. A chunk is valid only until the next one is
 * taken; output copies what it keeps.
 */
export async function* readChunks(io: CliIO, file: string, buffer?: Buffer): AsyncGenerator<Buffer> {
  const { signal } = io;
  if (file === '-') {
    for await (const chunk of io.stdin) {
      yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      if (signal?.aborted) return;
    }
    return;
  }
  const fd = openSync(file, 'r');
  try {
    const into = buffer ?? Buffer.allocUnsafe(READ_CHUNK);
    for (let count = 1; ; count++) {
      const bytesRead = readSync(fd, into, 0, into.length, null);
      if (bytesRead === 0) return;
      yield into.subarray(0, bytesRead);
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
