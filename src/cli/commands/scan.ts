// chaterr scan: streams logs (files, directories, gzip, UTF-16, GBK, stdin) and prints their lines with the codes explained, or a summary.
import type { Command } from 'commander';
import { getCatalogue } from '../../core/catalogue.js';
import type { Entry } from '../../core/types.js';
import type { ScanMode } from '../../core/scan/detect.js';
import { startNumberingBatch } from '../../core/scan/line-numbers.js';
import type { LineHit, ScanSegment } from '../../core/scan/log-scanner.js';
import { CodeTally } from '../../core/scan/tally.js';
import { findingJson, ScanPrinter, type Piece, type ScanProblem } from '../../render/scan.js';
import { summaryText } from '../../render/scan-summary.js';
import { words } from '../../render/i18n.js';
import { renderContext } from '../context.js';
import { refuseTogether } from '../global-options.js';
import { EXIT, sayIn, type Said } from '../errors.js';
import { collectGarbage, keepHeapSmall } from '../heap.js';
import type { CliIO } from '../io.js';
import { commandLinePaths, expandInputs, isDirectory, readInput, type InputProblem } from '../scan-inputs.js';
import { BatchWriter, DENSE_READ_CHUNK, denseReadSize, isDenseChunk, describeReadError, echoPath, PREFIXED_READ_CHUNK, readErrorReason, READ_CHUNK, UNOPENED_FORMAT } from '../streams.js';

/** Output is written once this much (characters or bytes) has been rendered, and at the end of each read. */
const FLUSH_CHARS = 1 << 20;

/**
 * Lines with codes among a read's segments, and their findings: enough lines (isDenseChunk) or findings
 * (CROWDED_READ_FINDINGS) make the next reads smaller.
 */
function hitCounts(segments: ScanSegment[]): { lines: number; findings: number } {
  let lines = 0;
  let findings = 0;
  for (const segment of segments) {
    if (segment.kind !== 'hit') continue;
    lines++;
    findings += segment.hit.findings.length;
  }
  return { lines, findings };
}

/**
 * Findings in one read past which the heap is collected after it (collectGarbage): a dense log of ordinary lines has
 * at most a few thousand per read (DENSE_HITS per MiB, and smaller reads once found dense), so only lines holding
 * thousands of codes each get here.
 */
const CROWDED_READ_FINDINGS = 16 * 1024;

/**
 * How long an end of stdin waits for a Ctrl-C that may have caused it. The terminal's Ctrl-C also ends the
 * producer (`tail -f`), and its end of input was often read a millisecond or so before the signal arrived: the
 * summary then ran on after the ^C and the exit code was 0. Ended early by the Ctrl-C itself.
 */
const INTERRUPT_GRACE_MS = 50;
/** Problems the JSON summary repeats: stderr has every one, and a CI job needs to know there were some, not 60,000. */
const MAX_JSON_PROBLEMS = 100;

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

interface ScanFlags {
  onlyMatching?: boolean;
  summary?: boolean;
  markdown?: boolean;
  json?: boolean;
  strict?: boolean;
  loose?: boolean;
  lineNumber?: boolean;
  /** The aligned summary: only the summary has that layout, so it asks for the summary, as --markdown does. */
  table?: boolean;
}

export function registerScan(program: Command, io: CliIO): Command {
  return program
    .command('scan')
    .description('find and explain the error codes in log files, directories or standard input')
    .argument('[path...]', 'log files (.gz, UTF-16 and GBK too) and directories to read in order; none or - reads standard input')
    .option('-o, --only-matching', 'print only the lines that hold codes (with their annotations)')
    .option('-n, --line-number', 'put the line number before each line (the default on a terminal)')
    .option('-N, --no-line-number', 'no line numbers, also on a terminal')
    .option('--summary', 'print only one line per code found, most frequent first, and a total')
    .option('--markdown', 'print the summary as a Markdown table (implies --summary)')
    .option('--json', 'print one JSON object per code found (NDJSON); with --summary, one summary document')
    .option('--strict', 'report keyed codes only (code:6206, "ErrorCode":90003, 错误码 20003)')
    .option('--loose', 'also report every standalone number that is a known code')
    .addHelpText(
      'after',
      `
Examples:
  chaterr scan app.log
  chaterr scan -n logs/                   # every file under logs/, with line numbers
  chaterr scan app.log.1.gz               # gzip is read as it streams
  adb logcat | chaterr scan -o
  tail -f server.log | chaterr scan --summary    # Ctrl-C prints the summary so far
  chaterr scan --summary --markdown ci.log >> "$GITHUB_STEP_SUMMARY"
  chaterr scan --json app.log | jq .code

Exit codes follow grep: 0 when a code was found, 1 when none was, 2 on an error (a file that cannot be read, reported on stderr while the others are still scanned), 130 after Ctrl-C with --summary.`,
    )
    .action(async (paths: string[], flags: ScanFlags, command: Command) => {
      refuseTogether(flags, 'strict', 'loose');
      refuseTogether(flags, 'markdown', 'json');
      // --table is the aligned summary, another layout than JSON's or Markdown's: taking one silently hid the mistake.
      refuseTogether(flags, 'table', 'json');
      refuseTogether(flags, 'table', 'markdown');
      const summary = Boolean(flags.summary || flags.markdown || flags.table);
      const mode: ScanMode = flags.strict ? 'strict' : flags.loose ? 'loose' : 'default';
      // Loaded here, not at the top: the detector builds its word tables when loaded, which no other command needs.
      const { LogScanner } = await import('../../core/scan/log-scanner.js');
      const inputs = paths.length > 0 ? commandLinePaths(paths) : ['-'];
      const ctx = renderContext(command, io);
      const { lang, layout } = ctx;
      const isTTY = Boolean(io.stdout.isTTY);
      const showFile = inputs.length > 1 || inputs.some(isDirectory);
      const echo = summary || flags.json ? 'none' : flags.onlyMatching ? 'matching' : 'all';
      const lineNumbers = flags.lineNumber ?? isTTY;
      const readChunk = echo === 'all' && (showFile || lineNumbers) ? PREFIXED_READ_CHUNK : READ_CHUNK;
      // Colour asked for when piped (`--color | less -R`, FORCE_COLOR in CI) is output bound for a terminal too: the
      // log's own escape sequences passed through live there, among chaterr's colours.
      const escape = isTTY || ctx.chalk.level > 0;
      const printer = new ScanPrinter({ chalk: ctx.chalk, lang, escape, lineNumbers, showFile, echo, width: isTTY ? ctx.width : undefined });
      const catalogue = getCatalogue();
      const tally = new CodeTally();
      const output = new BatchWriter(io);
      let unreadable = false;
      // A log repeats the same few codes: look each up once.
      const readingsCache = new Map<number, Entry[]>();
      const readingsOf = (code: number): Entry[] => {
        let readings = readingsCache.get(code);
        if (!readings) readingsCache.set(code, (readings = catalogue.lookupCode(code)));
        return readings;
      };

      // Ctrl-C during a summary (tail -f | chaterr scan --summary) stops reading and prints what was seen.
      const stop = new AbortController();
      let readingStdin = false;
      const stopListening = summary
        ? io.onInterrupt?.(() => {
            stop.abort();
            if (readingStdin) io.stdin.destroy();
            // The terminal has echoed ^C where the cursor was: the summary (or the word on stderr) starts a line of
            // its own, as ping's statistics do, instead of running on after the ^C.
            if (io.stdout.isTTY) io.stdout.write('\n');
            else if (io.stderr.isTTY) io.stderr.write('\n');
          })
        : undefined;

      const hitPieces = (file: string, hit: LineHit, pieces: Piece[]): void => {
        const notes: Piece[] = [];
        // One note per code and line, however often the line repeats it; a Set keeps a crowded line linear.
        const noted = new Set<number>();
        for (const finding of hit.findings) {
          const firstSeen = tally.record(finding.code, { file, line: hit.line });
          const readings = readingsOf(finding.code);
          if (echo !== 'none' && !noted.has(finding.code)) {
            noted.add(finding.code);
            notes.push(printer.note(finding.code, readings, firstSeen));
          }
        }
        printer.hit(hit, notes, pieces);
      };
      /**
       * Renders a read's segments and writes them, in batches of about FLUSH_CHARS: a log with a code on every line
       * makes several KB of JSON per line, and one batch per 1 MiB read once held hundreds of MB. False when stdout
       * went away meanwhile.
       */
      const emit = async (file: string, segments: ScanSegment[]): Promise<boolean> => {
        let pieces: Piece[] = [];
        let size = 0;
        // The last batch went out (output.write copies it at once), so its numbered lines' memory is free again.
        startNumberingBatch();
        /** Counts the pieces rendered since `from`; true once a batch is full. Synchronous: most pieces wait no write. */
        const full = (from: number): boolean => {
          for (let i = from; i < pieces.length; i++) size += (pieces[i] as Piece).length;
          return size >= FLUSH_CHARS;
        };
        const flush = async (): Promise<boolean> => {
          if (!(await output.write(pieces))) return false;
          startNumberingBatch();
          pieces = [];
          size = 0;
          return true;
        };
        for (const segment of segments) {
          if (segment.kind === 'hit' && flags.json && !summary) {
            // NDJSON is a line per finding: one log line can hold thousands of codes (a JSON array on one line), and
            // their JSON, several KB each, goes out in batches too rather than as one write of tens of MB.
            const { hit } = segment;
            for (const finding of hit.findings) {
              const from = pieces.length;
              tally.record(finding.code, { file, line: hit.line });
              findingJson(file, hit.line, finding, readingsOf(finding.code), pieces);
              if (full(from) && !(await flush())) return false;
            }
            continue;
          }
          const from = pieces.length;
          if (segment.kind === 'bytes') printer.bytes(segment.data, pieces);
          else hitPieces(file, segment.hit, pieces);
          if (full(from) && !(await flush())) return false;
        }
        return output.write(pieces);
      };

      /**
       * What a read's segments come to: a summary only counts its findings (nothing is rendered before the end, and the
       * rendering code is never run, nor compiled by V8, for it); the other modes are rendered and written by emit().
       */
      const take = async (file: string, segments: ScanSegment[]): Promise<boolean> => {
        if (!summary) return emit(file, segments);
        for (const segment of segments) {
          if (segment.kind !== 'hit') continue;
          const { hit } = segment;
          for (const finding of hit.findings) tally.record(finding.code, { file, line: hit.line });
        }
        return true;
      };

      // Kept for the JSON summary, which repeats them in both languages; capped, as a tree of 60,000 unreadable
      // files must not grow the heap.
      const problems: ScanProblem[] = [];
      let problemsLeftOut = 0;
      // Counted for the Markdown summary, which says how many inputs it could not read.
      let unreadableInputs = 0;
      const report = (problem: InputProblem) => {
        unreadable ||= problem.unreadable;
        if (problem.unreadable) unreadableInputs++;
        io.stderr.write(`chaterr: ${sayIn(problem.message, lang)}\n`);
        if (!summary || !flags.json) return;
        if (problems.length < MAX_JSON_PROBLEMS) {
          problems.push({ message: sayIn(problem.message, 'en'), messageZh: sayIn(problem.message, 'zh'), unreadable: problem.unreadable });
        } else problemsLeftOut++;
      };
      // Lines of the inputs done so far: a scan of many short dense logs is as dense as one long one (isDenseChunk).
      let linesBefore = 0;
      for (const file of expandInputs(inputs, report, io.stdoutFileId?.(), io.stdinFileId?.())) {
        if (io.signal?.aborted || stop.signal.aborted) break;
        readingStdin = file === '-';
        const scanner = new LogScanner({ mode, known: catalogue.known, passThrough: echo === 'all', keepLines: echo !== 'none' });
        printer.startFile(file);
        // A log dense with codes (or with lines the detector must read) is read in smaller chunks from then on, so
        // fewer hits are alive at once, and V8 is told to keep its heap small.
        let dense = false;
        let firstRead = true;
        let denseRead = DENSE_READ_CHUNK;
        const readSize = () => (dense ? Math.min(readChunk, denseRead) : firstRead ? Math.min(readChunk, DENSE_READ_CHUNK) : readChunk);
        try {
          // Room for two reads: one is scanned while the next is read (readInput).
          const warn = (message: Said) => report({ message, unreadable: false });
          reads: for await (const read of readInput(io, file, scanner.chunkBuffer(2 * readChunk), stop.signal, readSize, warn)) {
            // The read began a chunk ahead of the scan (readInput): one that began before the log was found dense is
            // scanned in pieces of the size now asked for, so no more hits are alive at once than a read of that size.
            for (let at = 0; at < read.length; ) {
              const chunk = read.subarray(at, at + Math.max(1, readSize()));
              at += chunk.length;
              const segments = scanner.push(chunk);
              firstRead = false;
              const hits = hitCounts(segments);
              const candidates = scanner.lastPushCandidates;
              // A read crowded with findings (lines of thousands of codes each) is dense whatever its line count.
              const crowded = hits.findings >= CROWDED_READ_FINDINGS;
              if (!dense && (crowded || isDenseChunk(chunk.length, hits.lines, candidates, linesBefore + scanner.lineCount))) {
                dense = true;
                keepHeapSmall();
              }
              if (dense) denseRead = denseReadSize(chunk.length, Math.max(hits.findings, candidates));
              const more = await take(file, segments);
              // After emit: the read's findings are garbage only once they are written or tallied.
              if (crowded) collectGarbage();
              if (!more || stop.signal.aborted) break reads;
            }
          }
        } catch (error) {
          // Only the input can fail here: anything without an error code is a bug and goes up as one.
          if (!stop.signal.aborted) {
            if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
            // Under a directory, an archive (an .apk or a .docx is a zip too) is skipped with a warning, as the walk
            // skips a FIFO: a CI job over an artifacts folder would fail on it. Named, it is an error the user sees.
            if ((error as NodeJS.ErrnoException).code === UNOPENED_FORMAT && !inputs.includes(file)) {
              const reason = readErrorReason(error);
              report({ message: { en: `warning: ${echoPath(file, { exists: true })}: ${reason.en}; skipped`, zh: `警告：${echoPath(file, { exists: true })}：${reason.zh}；已跳过` }, unreadable: false });
            } else {
              report({ message: describeReadError(file, error), unreadable: true });
            }
          }
        }
        if (io.signal?.aborted) break;
        // Only where a terminal is about (a Ctrl-C comes from one): a piped run in CI pays nothing.
        if (readingStdin && stopListening !== undefined && (io.stdout.isTTY || io.stderr.isTTY)) await pause(INTERRUPT_GRACE_MS, stop.signal);
        await take(file, scanner.end());
        const lineEnd: Piece[] = [];
        printer.endFile(lineEnd);
        // Writes nothing when the file ended with its line end.
        await output.write(lineEnd);
        linesBefore += scanner.lineCount;
      }

      if (io.signal?.aborted) {
        stopListening?.();
        return;
      }
      // JSON and Markdown go to machines and CI step summaries, which are told "none" too; a person reads stderr's note.
      if (summary && (flags.json || flags.markdown || tally.total > 0)) {
        const format = flags.json ? 'json' : flags.markdown ? 'markdown' : (layout ?? (isTTY ? 'table' : 'plain'));
        await output.write([summaryText(format, tally.summary(), readingsOf, ctx, { showFile, lang, problems, problemsLeftOut, unreadable: unreadableInputs })]);
      }
      if (tally.total === 0 && !unreadable) io.stderr.write(`chaterr: ${words(lang).notes.noCodesFound}\n`);
      io.exitCode = stop.signal.aborted ? EXIT.interrupted : unreadable ? EXIT.usage : tally.total > 0 ? EXIT.ok : EXIT.notFound;
      // Listening until here: with tail -f, Ctrl-C also ends tail, and its end of input may come first; a Ctrl-C
      // taken by default now would kill the process before the summary is out.
      stopListening?.();
    });
}
