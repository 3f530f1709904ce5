// The process entry: wires the real stdio into runCli and treats a closed stdout (EPIPE) as success.
import { fstatSync } from 'node:fs';
import { CliError } from './errors.js';
import { langInArgv, resolveLang } from './lang.js';
import { runCli } from './run.js';
import { fileIdOf } from './scan-inputs.js';
import type { CliIO } from './io.js';

const closed = new AbortController();
let stdinUsed = false;
let stderrUsed = false;

const io: CliIO = {
  stdout: process.stdout,
  // Like stdin, stderr is a stream created on first touch; most runs never write to it.
  get stderr() {
    if (!stderrUsed) {
      stderrUsed = true;
      process.stderr.on('error', onStreamError);
    }
    return process.stderr;
  },
  // Touching process.stdin creates a stream; only scan and usersig need it, so it stays lazy.
  // `< somedir` gives a stream that simply ends, which would read as "empty input": say what it really is.
  get stdin() {
    if (!stdinUsed && stdinIsDirectory()) throw new CliError({ en: 'standard input is a directory, not a file or a pipe', zh: '标准输入是一个目录，而不是文件或管道' });
    stdinUsed = true;
    return process.stdin;
  },
  env: process.env,
  now: () => new Date(),
  get exitCode() {
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  },
  set exitCode(code: number) {
    if (!closed.signal.aborted) process.exitCode = code;
  },
  signal: closed.signal,
  stdoutFileId: () => regularFileId(1),
  stdinFileId: () => regularFileId(0),
  // Once: a second Ctrl-C ends the process the usual way.
  onInterrupt(handler) {
    process.once('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
};

/** `dev:ino` of the regular file a descriptor is redirected to or from, if it is one. */
function regularFileId(fd: number): string | undefined {
  try {
    const stats = fstatSync(fd, { bigint: true });
    return stats.isFile() ? fileIdOf(stats) : undefined;
  } catch {
    return undefined;
  }
}

function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    // No fd 0 at all (closed stdin): the stream reports that itself.
    return false;
  }
}

/** Stops reading and freezes the exit code: nothing more can be written. */
function stopOutput(exitCode: number): void {
  process.exitCode = exitCode;
  if (!closed.signal.aborted) closed.abort();
  if (stdinUsed) process.stdin.destroy();
}

/**
 * EPIPE arrives as an async 'error' event: the reader has gone, so stop quietly with success. Any other write
 * failure (a full disk, a closed terminal) is one line on stderr and exit 2, never a stack trace. A failure on
 * stderr itself changes nothing: its notes are lost, but stdout's data and the exit code are the command's own (a
 * scan went on reading with stderr on a full disk or a closed pipe, but printed only its first chunk, and exited 0).
 */
function onStreamError(this: NodeJS.WriteStream, error: NodeJS.ErrnoException): void {
  if (this === process.stderr) return;
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
    stopOutput(0);
    return;
  }
  if (closed.signal.aborted) return;
  stopOutput(2);
  const zh = resolveLang(langInArgv(process.argv.slice(2)), process.env) === 'zh';
  const reason = error.code === 'ENOSPC' ? (zh ? '设备上没有剩余空间' : 'no space left on the device') : (error.code ?? error.message);
  // Through io so stderr has its error listener: when it is the same full disk, that failure ends quietly too.
  io.stderr.write(zh ? `chaterr: 无法写出输出：${reason}\n` : `chaterr: cannot write the output: ${reason}\n`);
}
process.stdout.on('error', onStreamError);

void runCli(process.argv.slice(2), io);
