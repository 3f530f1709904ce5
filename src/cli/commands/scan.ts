// chaterr scan: streams logs line by line, echoing them with an annotation under every line that holds a code.
import type { Command } from 'commander';
import { getCatalogue } from '../../core/catalogue.js';
import type { Entry } from '../../core/types.js';
import type { ScanMode } from '../../core/scan/detect.js';
import { LogScanner, type LineHit, type ScanSegment } from '../../core/scan/log-scanner.js';
import { CodeTally, type Sighting } from '../../core/scan/tally.js';
import { annotation, findingJson, summaryJson } from '../../render/scan.js';
import { escapeControls } from '../../render/text.js';
import { renderContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { Echo, NEWLINE, type Piece } from '../echo.js';
import type { CliIO } from '../io.js';
import { BatchWriter, describeReadError, READ_CHUNK, readChunks } from '../streams.js';

interface ScanFlags {
  onlyMatching?: boolean;
  summary?: boolean;
  json?: boolean;
  strict?: boolean;
  loose?: boolean;
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
      const known = catalogue.known;
      const tally = new CodeTally();
      const showFile = inputs.length > 1;
      const echoLines = !flags.summary && !flags.json;
      const passThrough = echoLines && !flags.onlyMatching;
      let failed = false;
      const output = new BatchWriter(io);
      // A log repeats the same few codes: look each up once.
      const readingsCache = new Map<number, Entry[]>();
      const readingsOf = (code: number): Entry[] => {
        let readings = readingsCache.get(code);
        if (!readings) readingsCache.set(code, (readings = catalogue.lookupCode(code)));
        return readings;
      };

      // A repeat's note never changes (its first sighting is fixed), and a log may repeat a code a million times.
      const repeatNotes = new Map<number, Buffer>();
      const repeatNote = (code: number, readings: Entry[], firstSeen: Sighting): Buffer => {
        let note = repeatNotes.get(code);
        if (!note) repeatNotes.set(code, (note = Buffer.from(annotation(ctx.chalk, code, readings, firstSeen, showFile))));
        return note;
      };

      for (const file of inputs) {
        if (io.signal?.aborted) break;
        const scanner = new LogScanner({ mode, known, passThrough });
        const echo = new Echo(Boolean(io.stdout.isTTY), showFile ? `${ctx.chalk.magenta(escapeControls(file))}${ctx.chalk.cyan(':')}` : undefined);

        const render = (segments: ScanSegment[]): Piece[] => {
          const pieces: Piece[] = [];
          for (const segment of segments) {
            if (segment.kind === 'bytes') pieces.push(...echo.render(segment.data));
            else renderHit(segment.hit, pieces);
          }
          return pieces;
        };

        const renderHit = (hit: LineHit, pieces: Piece[]): void => {
          if (echoLines && flags.onlyMatching) pieces.push(...echo.line(hit.raw));
          else if (echoLines && hit.raw[hit.raw.length - 1] !== NEWLINE) pieces.push('\n');
          hit.findings.forEach((finding, i) => {
            const firstSeen = tally.record(finding.code, { file, line: hit.line });
            const readings = readingsOf(finding.code);
            if (flags.json && !flags.summary) pieces.push(findingJson(file, hit.line, finding, readings));
            // One annotation per code and line, however often the line repeats it.
            const repeatInLine = hit.findings.findIndex((f) => f.code === finding.code) < i;
            if (echoLines && !repeatInLine) pieces.push(firstSeen ? repeatNote(finding.code, readings, firstSeen) : annotation(ctx.chalk, finding.code, readings, firstSeen, showFile));
          });
        };

        try {
          for await (const chunk of readChunks(io, file, scanner.chunkBuffer(READ_CHUNK))) {
            const more = await output.write(render(scanner.push(chunk)));
            if (!more || io.signal?.aborted) break;
          }
          await output.write(render(scanner.end()));
        } catch (error) {
          // Only the input can fail here: anything without an errno is a bug and goes up as one.
          if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
          failed = true;
          io.stderr.write(`chaterr: ${describeReadError(file, error)}\n`);
        }
      }

      if (io.signal?.aborted) return;
      if (flags.summary && flags.json) await output.write([summaryJson(tally.summary(), readingsOf)]);
      else if (flags.summary && tally.total > 0) {
        const { summaryTable } = await import('../../render/scan-summary.js');
        await output.write([summaryTable(tally.summary(), readingsOf, ctx, showFile)]);
      }
      if (tally.total === 0 && !failed) io.stderr.write('chaterr: no error codes found\n');
      io.exitCode = failed ? EXIT.usage : tally.total > 0 ? EXIT.ok : EXIT.notFound;
    });
}
