// Splits a byte stream into lines and finds codes in them, touching only the lines a cheap prefilter flags.
import { findCodesInLine, type Finding, type KnownCodes, type ScanMode } from './detect.js';
import { endsWithLineEnd, lastLineEnd, LinePrefilter, lineEndAt } from './line-prefilter.js';
import { byteOrderMarkLength } from '../byte-order-mark.js';
import { NEWLINE } from '../newline.js';

export interface LineHit {
  /** 1-based line number within this input. */
  line: number;
  findings: Finding[];
  /**
   * The line's bytes as read, newline included when there was one; for an over-long line, only its head. Empty when
   * the scanner was told not to keep lines.
   */
  raw: Buffer;
  /**
   * An over-long line: its bytes went out in `bytes` segments before this hit (raw is only its head). Otherwise
   * the line's bytes are not in any `bytes` segment, and whoever echoes lines echoes `raw`.
   */
  truncated: boolean;
  /** Whether the line ended with a newline (false only for a last line at the end of input). */
  newline: boolean;
}

/**
 * What the scanner hands back, in input order. With `passThrough` on, `bytes` segments and the `raw` of hits
 * that are not truncated cover every input byte exactly once: a whole line with codes comes as its hit only,
 * so that it can be echoed with its codes marked; an over-long one comes as bytes, then its hit.
 */
export type ScanSegment = { kind: 'bytes'; data: Buffer } | { kind: 'hit'; hit: LineHit };

export interface LogScannerOptions {
  mode: ScanMode;
  known: KnownCodes;
  /** Emit the input bytes too, for modes that echo every line. */
  passThrough: boolean;
  /** Lines longer than this are scanned only at their head, so memory stays bounded. */
  maxLineBytes?: number;
  /**
   * Whether hits carry their line's bytes (`raw`); false where nothing is echoed (summaries, JSON), so a log with a
   * code on every line does not make a buffer view per line. Defaults to true.
   */
  keepLines?: boolean;
}

/** The `raw` of hits whose bytes are not kept. */
const NO_BYTES = Buffer.alloc(0);

const DEFAULT_MAX_LINE_BYTES = 1 << 20;
const RETURN = 0x0d;

export class LogScanner {
  private readonly prefilter: LinePrefilter;
  private readonly maxLineBytes: number;
  private readonly keepLines: boolean;
  private carry: Buffer = Buffer.alloc(0);
  /** Lines completed so far. */
  private linesDone = 0;
  /** Inside an over-long line whose head was scanned: bytes pass until its newline. */
  private skippingLongLine = false;
  /** The over-long line's bytes so far end with a CR: it ended there unless an LF comes next. */
  private longLineEndsWithCR = false;
  private pendingLongHit: LineHit | undefined;
  /** Lines the detector read during the last push: how much work each read costs, whether or not it found codes. */
  private candidatesInPush = 0;

  constructor(private readonly options: LogScannerOptions) {
    this.prefilter = new LinePrefilter(options.mode, options.known);
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.keepLines = options.keepLines ?? true;
  }

  /**
   * A buffer to read chunks into before pushing them: a chunk read there is scanned where it lies, without
   * a copy. The scanner never writes to it.
   */
  chunkBuffer(size: number): Buffer {
    return this.prefilter.readArea(size);
  }

  get lineCount(): number {
    return this.linesDone;
  }

  /** How many lines of the last chunk pushed passed the prefilter and were read by the detector. */
  get lastPushCandidates(): number {
    return this.candidatesInPush;
  }

  push(chunk: Buffer): ScanSegment[] {
    const out: ScanSegment[] = [];
    this.candidatesInPush = 0;
    let buf = chunk;
    if (chunk.length === 0) return out;
    if (this.carry.length > 0 && this.carry[this.carry.length - 1] === RETURN && chunk[0] !== NEWLINE) {
      // The carried line ended with a lone CR (old Mac line ends) that waited to see whether an LF followed.
      const line = this.carry;
      this.carry = Buffer.alloc(0);
      this.scanCompleteLines(line, out, true);
    }
    if (this.carry.length > 0) {
      // Finish the carried partial line on its own, so the whole chunk is never copied.
      const newline = lineEndAt(chunk, 0, false);
      const joined = Buffer.concat([this.carry, newline < 0 ? chunk : chunk.subarray(0, newline + 1)]);
      this.carry = Buffer.alloc(0);
      if (newline < 0) {
        if (joined.length > this.maxLineBytes) this.startLongLine(joined, out);
        else this.carry = joined;
        return out;
      }
      this.scanCompleteLines(joined, out);
      buf = chunk.subarray(newline + 1);
    }
    if (this.skippingLongLine && this.longLineEndsWithCR && buf[0] !== NEWLINE) this.finishLongLine(out);
    if (this.skippingLongLine) {
      const newline = lineEndAt(buf, 0, false);
      if (newline < 0) {
        this.longLineEndsWithCR = buf[buf.length - 1] === RETURN;
        this.emitBytes(out, buf);
        return out;
      }
      this.emitBytes(out, buf.subarray(0, newline + 1));
      this.finishLongLine(out);
      buf = buf.subarray(newline + 1);
    }
    const lastNewline = lastLineEnd(buf);
    if (lastNewline >= 0) this.scanCompleteLines(buf.subarray(0, lastNewline + 1), out);
    const rest = buf.subarray(lastNewline + 1);
    if (rest.length > this.maxLineBytes) this.startLongLine(rest, out);
    else this.carry = Buffer.from(rest);
    return out;
  }

  /** The input ended: a last line without a newline still counts. The scanner takes no more input. */
  end(): ScanSegment[] {
    const out: ScanSegment[] = [];
    if (this.skippingLongLine) this.finishLongLine(out, false);
    else if (this.carry.length > 0) {
      const last = this.carry;
      this.carry = Buffer.alloc(0);
      this.scanCompleteLines(last, out, true);
    }
    this.prefilter.release();
    return out;
  }

  private emitBytes(out: ScanSegment[], data: Buffer): void {
    if (this.options.passThrough && data.length > 0) out.push({ kind: 'bytes', data });
  }

  private findings(bytes: Buffer, start = 0, end = bytes.length): Finding[] {
    const { known, mode } = this.options;
    // A UTF-8 byte-order mark (a file saved by Notepad, or several such files run together) is not a character of
    // the line: columns count from after it, as they do for UTF-16 input, whose decoder drops its mark.
    return findCodesInLine(bytes.toString('utf8', start + byteOrderMarkLength(bytes, start, end), end), known.has, mode, known);
  }

  private startLongLine(rest: Buffer, out: ScanSegment[]): void {
    const findings = this.findings(rest.subarray(0, this.maxLineBytes));
    this.pendingLongHit =
      findings.length > 0 ? { line: this.linesDone + 1, findings, raw: Buffer.from(rest.subarray(0, this.maxLineBytes)), truncated: true, newline: true } : undefined;
    this.skippingLongLine = true;
    this.longLineEndsWithCR = rest[rest.length - 1] === RETURN;
    this.emitBytes(out, rest);
  }

  private finishLongLine(out: ScanSegment[], newline = true): void {
    this.linesDone++;
    this.skippingLongLine = false;
    this.longLineEndsWithCR = false;
    if (this.pendingLongHit) out.push({ kind: 'hit', hit: { ...this.pendingLongHit, newline } });
    this.pendingLongHit = undefined;
  }

  /** `region` holds whole lines; the last one may lack its newline only at the end of input. */
  private scanCompleteLines(region: Buffer, out: ScanSegment[], atEnd = false): void {
    const { starts, lineIndexes, ends, newlines } = this.prefilter.candidates(region);
    this.candidatesInPush += starts.length;
    let emittedUpTo = 0;
    for (let i = 0; i < starts.length; i++) {
      const lineStart = starts[i] as number;
      const newline = ends[i] as number;
      const lineEnd = newline < 0 ? region.length : newline + 1;
      const findings = this.findings(region, lineStart, newline < 0 ? region.length : newline);
      if (findings.length === 0) continue;
      this.emitBytes(out, region.subarray(emittedUpTo, lineStart));
      const raw = this.keepLines ? region.subarray(lineStart, lineEnd) : NO_BYTES;
      const hit: LineHit = { line: this.linesDone + (lineIndexes[i] as number) + 1, findings, raw, truncated: false, newline: newline >= 0 };
      out.push({ kind: 'hit', hit });
      emittedUpTo = lineEnd;
    }
    this.emitBytes(out, region.subarray(emittedUpTo));
    this.linesDone += newlines;
    if (atEnd && region.length > 0 && !endsWithLineEnd(region)) this.linesDone++;
  }
}
