// chaterr scan: streams logs line by line, echoing them with an annotation under every line that holds a code.
import { once } from 'node:events';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Command } from 'commander';
import { getCatalogue } from '../../core/catalogue.js';
import type { ScanMode } from '../../core/scan/detect.js';
import { LogScanner, type LineHit, type ScanSegment } from '../../core/scan/log-scanner.js';
import { CodeTally } from '../../core/scan/tally.js';
import { annotation, findingJson, summaryJson } from '../../render/scan.js';
import { escapeControls } from '../../render/text.js';
import { renderContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import type { CliIO } from '../io.js';

interface ScanFlags {
  onlyMatching?: boolean;
  summary?: boolean;
  json?: boolean;
  strict?: boolean;
  loose?: boolean;
}

const READ_CHUNK = 256 * 1024;

type Piece = string | Buffer;

const NEWLINE = 0x0a;

/** A line for a terminal: decoded, CRLF shown as a plain line end, control characters escaped. */
function escapeLine(bytes: Buffer): string {
  let text = bytes.toString('utf8');
  const ended = text.endsWith('\n');
  if (ended) text = text.slice(0, text.endsWith('\r\n') ? -2 : -1);
  return `${escapeControls(text)}${ended ? '\n' : ''}`;
}

/**
 * Turns raw log bytes into what stdout gets: the bytes themselves when piped, escaped lines on a terminal,
 * and each line prefixed with its file when several are scanned. Chunks may end mid-line, so it remembers
 * whether the next byte starts a line.
 */
class Echo {
  private atLineStart = true;
  private readonly prefix: Buffer | undefined;

  constructor(
    private readonly escape: boolean,
    prefix: string | undefined,
  ) {
    this.prefix = prefix === undefined ? undefined : Buffer.from(prefix);
  }

  render(data: Buffer): Piece[] {
    if (!this.escape && !this.prefix) return [data];
    const pieces: Piece[] = [];
    for (let start = 0; start < data.length; ) {
      const newline = data.indexOf(NEWLINE, start);
      const end = newline < 0 ? data.length : newline + 1;
      if (this.atLineStart && this.prefix) pieces.push(this.prefix);
      pieces.push(this.escape ? escapeLine(data.subarray(start, end)) : data.subarray(start, end));
      this.atLineStart = newline >= 0;
      start = end;
    }
    return pieces;
  }

  /** One whole line on its own (for --only-matching), always ending with a newline. */
  line(raw: Buffer): Piece[] {
    this.atLineStart = true;
    const pieces = this.render(raw);
    if (raw[raw.length - 1] !== NEWLINE) pieces.push('\n');
    this.atLineStart = true;
    return pieces;
  }
}

/** Writes one batch as a single copy (input buffers are reused), waiting for the reader when it lags behind. */
async function writeAll(io: CliIO, pieces: Piece[]): Promise<boolean> {
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
async function* readChunks(io: CliIO, file: string, signal: AbortSignal | undefined): AsyncGenerator<Buffer> {
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

function describeReadError(file: string, error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message;
  return `cannot read ${escapeControls(file)}: ${reason}`;
}

export function registerScan(program: Command, io: CliIO): Command {
  return program
    .command('scan')
    .description('find and explain the error codes in log files or standard input')
    .argument('[file...]', 'log files to read in order; none or - reads standard input')
    .option('-o, --only-matching', 'print only the lines that hold codes (with their annotations)')
    .option('--summary', 'print only a table of the codes found, most frequent first')
    .option('--json', 'print one JSON object per code found (NDJSON); with --summary, one summary document')
    .option('--strict', 'report keyed codes only (code:6206, "ErrorCode":90003, 错误码 20003)')
    .option('--loose', 'also report every standalone number that is a known code')
    .addHelpText(
      'after',
      `
Examples:
  chaterr scan app.log
  adb logcat | chaterr scan -o
  tail -f server.log | chaterr scan | grep 70001
  chaterr scan --summary a.log b.log
  chaterr scan --json app.log | jq .code

Exit codes follow grep: 0 when a code was found, 1 when none was, 2 on an error (a missing file,
reported on stderr while the other files are still scanned).`,
    )
    .action(async (files: string[], flags: ScanFlags, command: Command) => {
      if (flags.strict && flags.loose) throw new CliError('choose one of --strict and --loose');
      const mode: ScanMode = flags.strict ? 'strict' : flags.loose ? 'loose' : 'default';
      const inputs = files.length > 0 ? files : ['-'];
      const ctx = renderContext(command, io);
      const catalogue = getCatalogue();
      const isKnown = (code: number) => catalogue.isKnown(code);
      const tally = new CodeTally();
      const showFile = inputs.length > 1;
      const echoLines = !flags.summary && !flags.json;
      const passThrough = echoLines && !flags.onlyMatching;
      let failed = false;

      for (const file of inputs) {
        if (io.signal?.aborted) break;
        const label = file === '-' ? '-' : file;
        const scanner = new LogScanner({ mode, isKnown, passThrough });
        const echo = new Echo(Boolean(io.stdout.isTTY), showFile ? `${ctx.chalk.magenta(escapeControls(label))}${ctx.chalk.cyan(':')}` : undefined);

        const render = (segments: ScanSegment[]): Piece[] => {
          const pieces: Piece[] = [];
          for (const segment of segments) {
            if (segment.kind === 'bytes') {
              pieces.push(...echo.render(segment.data));
              continue;
            }
            pieces.push(...renderHit(segment.hit));
          }
          return pieces;
        };

        const renderHit = (hit: LineHit): Piece[] => {
          const pieces: Piece[] = [];
          if (echoLines && flags.onlyMatching) pieces.push(...echo.line(hit.raw));
          else if (echoLines && hit.raw[hit.raw.length - 1] !== NEWLINE) pieces.push('\n');
          const annotated = new Set<number>();
          for (const finding of hit.findings) {
            const firstSeen = tally.record(finding.code, { file: label, line: hit.line });
            const readings = catalogue.lookupCode(finding.code);
            if (flags.json && !flags.summary) pieces.push(findingJson(label, hit.line, finding, readings));
            if (echoLines && !annotated.has(finding.code)) {
              annotated.add(finding.code);
              pieces.push(annotation(ctx.chalk, finding.code, readings, firstSeen, showFile));
            }
          }
          return pieces;
        };

        try {
          for await (const chunk of readChunks(io, file, io.signal)) {
            const more = await writeAll(io, render(scanner.push(chunk)));
            if (!more || io.signal?.aborted) break;
          }
          await writeAll(io, render(scanner.end()));
        } catch (error) {
          failed = true;
          io.stderr.write(`chaterr: ${describeReadError(label, error)}\n`);
        }
      }

      if (io.signal?.aborted) return;
      const readingsOf = (code: number) => catalogue.lookupCode(code);
      if (flags.summary && flags.json) await writeAll(io, [summaryJson(tally.summary(), readingsOf)]);
      else if (flags.summary && tally.total > 0) {
        const { summaryTable } = await import('../../render/scan-summary.js');
        await writeAll(io, [summaryTable(tally.summary(), readingsOf, ctx, showFile)]);
      }
      if (tally.total === 0 && !failed) io.stderr.write('chaterr: no error codes found\n');
      io.exitCode = failed ? EXIT.usage : tally.total > 0 ? EXIT.ok : EXIT.notFound;
    });
}
