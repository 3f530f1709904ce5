// The world a command sees: streams, environment, clock and exit code. Tests pass a fake; main.ts passes the process.
import type { Readable, Writable } from 'node:stream';

export type OutputStream = Writable & { isTTY?: boolean; columns?: number };
export type InputStream = Readable & { isTTY?: boolean };

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  env: Record<string, string | undefined>;
  now(): Date;
  /** The exit code the process will end with; commands set it, they never exit. */
  exitCode: number;
  /** Aborted when stdout has gone away (EPIPE): long-running commands stop reading. */
  signal?: AbortSignal;
  /**
   * Asks to hear of the user's Ctrl-C (SIGINT) instead of dying of it; returns the undo. Only commands that
   * have something to say at the end ask (scan --summary). Without it, Ctrl-C ends the process as usual.
   */
  onInterrupt?(handler: () => void): () => void;
  /**
   * `dev:ino` of the regular file stdout is redirected to, if it is one: scan must not read the file it writes
   * (`chaterr scan logs/ > logs/out.txt`), or it reads its own output forever.
   */
  stdoutFileId?(): string | undefined;
  /** `dev:ino` of the regular file stdin is redirected from, if it is one: the output file too, it is not read. */
  stdinFileId?(): string | undefined;
}
