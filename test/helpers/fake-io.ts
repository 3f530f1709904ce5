// A fake CliIO: captured stdout and stderr, a chosen TTY state, stdin from a string, a fixed clock.
import { statSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import type { CliIO, OutputStream } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
  /** How many writes stdout took (batching shows here). */
  stdoutWrites: number;
  /** With stdinTty: each setRawMode call on stdin, in order (a terminal's echo is off while raw). */
  rawModes: boolean[];
}

export interface FakeOptions {
  tty?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  /** stdin's bytes; an array is delivered chunk by chunk, as a pipe may (a byte or two first). */
  stdin?: string | Buffer | Buffer[];
  /** stdin is a terminal: what is typed (or pasted) there. */
  stdinTty?: boolean;
  /** stdin stays open after its text, as with `tail -f`; only a Ctrl-C (see interrupt) ends the command. */
  stdinOpen?: boolean;
  /** The user presses Ctrl-C as soon as the command listens for it. */
  interrupt?: boolean;
  /**
   * The Ctrl-C that also ended the producer (`tail -f`): stdin ends first, and the signal follows this many
   * milliseconds later, as a terminal's Ctrl-C reaches the two processes.
   */
  interruptAfterEnd?: number;
  /** stdout is redirected to this regular file (`> out.txt`); what is written still lands in the captured text. */
  stdoutFile?: string;
  now?: Date;
}

function capture(tty: boolean, columns: number | undefined): { stream: OutputStream; text: () => string; writes: () => number } {
  const stream = new PassThrough() as OutputStream;
  stream.isTTY = tty;
  if (columns !== undefined) stream.columns = columns;
  const parts: Buffer[] = [];
  // Copied: a writer may reuse its buffer once the write has gone through, as process stdout allows.
  stream.on('data', (chunk: Buffer) => parts.push(Buffer.from(chunk)));
  return { stream, text: () => Buffer.concat(parts).toString('utf8'), writes: () => parts.length };
}

export async function run(argv: string[], options: FakeOptions = {}): Promise<FakeRun> {
  const out = capture(options.tty ?? false, options.columns);
  const err = capture(options.tty ?? false, options.columns);
  const chunks = options.stdin === undefined ? [] : Array.isArray(options.stdin) ? options.stdin : [Buffer.from(options.stdin)];
  const stdin = (options.stdinOpen ? new PassThrough() : Readable.from(chunks)) as CliIO['stdin'];
  if (options.stdinOpen) for (const chunk of chunks) stdin.push(chunk);
  const rawModes: boolean[] = [];
  if (options.stdinTty) {
    stdin.isTTY = true;
    Object.assign(stdin, { setRawMode: (raw: boolean) => rawModes.push(raw) });
  }
  const io: CliIO = {
    stdout: out.stream,
    stderr: err.stream,
    stdin,
    env: options.env ?? {},
    now: () => options.now ?? new Date('2026-11-25T12:00:00Z'),
    exitCode: 0,
  };
  if (options.stdoutFile !== undefined) {
    const { dev, ino } = statSync(options.stdoutFile, { bigint: true });
    io.stdoutFileId = () => `${dev}:${ino}`;
  }
  if (options.interrupt) {
    io.onInterrupt = (handler) => {
      const pressed = setImmediate(handler);
      return () => clearImmediate(pressed);
    };
  }
  const afterEnd = options.interruptAfterEnd;
  if (afterEnd !== undefined) {
    io.onInterrupt = (handler) => {
      let pressed: NodeJS.Timeout | undefined;
      stdin.once('end', () => (pressed = setTimeout(handler, afterEnd)));
      return () => clearTimeout(pressed);
    };
  }
  const code = await runCli(argv, io);
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out.text(), stderr: err.text(), stdoutWrites: out.writes(), rawModes };
}
