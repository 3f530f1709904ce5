// Splits a byte stream into lines and finds codes in them, touching only the lines a cheap prefilter flags.
import { findCodesInLine, type Finding, type IsKnownCode, type ScanMode } from './detect.js';

export interface LineHit {
  /** 1-based line number within this input. */
  line: number;
  findings: Finding[];
  /** The line's bytes as read, newline included when there was one; for an over-long line, only its head. */
  raw: Buffer;
}

/**
 * What the scanner hands back, in input order. `bytes` segments cover every input byte exactly once
 * (only when `passThrough` is on); a `hit` follows the bytes of its line.
 */
export type ScanSegment = { kind: 'bytes'; data: Buffer } | { kind: 'hit'; hit: LineHit };

export interface LogScannerOptions {
  mode: ScanMode;
  isKnown: IsKnownCode;
  /** Emit the input bytes too, for modes that echo every line. */
  passThrough: boolean;
  /** Lines longer than this are scanned only at their head, so memory stays bounded. */
  maxLineBytes?: number;
}

const DEFAULT_MAX_LINE_BYTES = 1 << 20;
/** Below V8's large-object threshold (128 KiB), so window strings are allocated in the young generation. */
const WINDOW_BYTES = 96 * 1024;

const NEWLINE = 0x0a;

/**
 * The hot path reads bytes as latin1, where one byte is one character and only 0x0a is a newline, so
 * string offsets are byte offsets.
 *
 * A line can hold a code only if it has one of the detector's keys or failure words. The ASCII ones are found
 * by one case-insensitive regular expression: a code-ish key with a number close behind, a "ret" key with a
 * separator, or a failure word (standalone codes count there). The Chinese ones are found as UTF-8 bytes by
 * Buffer.indexOf, because a case-insensitive expression with non-ASCII characters runs at half the speed.
 */
const ASCII_PREFILTER = /code[^\d\n]{0,12}\d|ret(?:[_-]?code)?[\s"']*[:=]|err|fail|exception|timeout|timed out/gi;
/** Chinese keys and failure words: 错误码 and 报错 start with these, and 失败, 超时, 异常 are failure words. */
const CJK_NEEDLES = ['错误', '报', '返回', '失败', '超时', '异常'].map((word) => Buffer.from(word, 'utf8'));
/** Loose mode reports any standalone known number: every line with three digits in a row is a candidate. */
const LOOSE_PREFILTER = /\d{3}/g;

/** Starts of the lines that hold a Chinese key or failure word, in order, each once. */
function cjkLineStarts(region: Buffer): number[] {
  const starts = new Set<number>();
  for (const needle of CJK_NEEDLES) {
    for (let at = region.indexOf(needle); at >= 0; at = region.indexOf(needle, at + needle.length)) {
      const start = region.lastIndexOf(NEWLINE, at) + 1;
      starts.add(start);
      const end = region.indexOf(NEWLINE, at);
      if (end < 0) break;
      at = end - needle.length + 1;
    }
  }
  return [...starts].sort((a, b) => a - b);
}

export class LogScanner {
  private readonly prefilter: RegExp;
  private readonly maxLineBytes: number;
  private carry: Buffer = Buffer.alloc(0);
  /** Lines completed so far. */
  private linesDone = 0;
  /** Inside an over-long line whose head was scanned: bytes pass until its newline. */
  private skippingLongLine = false;
  private pendingLongHit: LineHit | undefined;

  constructor(private readonly options: LogScannerOptions) {
    // A fresh RegExp per scanner: lastIndex is state.
    this.prefilter = options.mode === 'loose' ? new RegExp(LOOSE_PREFILTER) : new RegExp(ASCII_PREFILTER);
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }

  get lineCount(): number {
    return this.linesDone;
  }

  push(chunk: Buffer): ScanSegment[] {
    const out: ScanSegment[] = [];
    let buf = chunk;
    if (this.carry.length > 0) {
      // Finish the carried partial line on its own, so the whole chunk is never copied.
      const newline = chunk.indexOf(NEWLINE);
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
    if (this.skippingLongLine) {
      const newline = buf.indexOf(NEWLINE);
      if (newline < 0) {
        this.emitBytes(out, buf);
        return out;
      }
      this.emitBytes(out, buf.subarray(0, newline + 1));
      this.finishLongLine(out);
      buf = buf.subarray(newline + 1);
    }
    const lastNewline = buf.lastIndexOf(NEWLINE);
    if (lastNewline >= 0) this.scanCompleteLines(buf.subarray(0, lastNewline + 1), out);
    const rest = buf.subarray(lastNewline + 1);
    if (rest.length > this.maxLineBytes) this.startLongLine(rest, out);
    else this.carry = Buffer.from(rest);
    return out;
  }

  /** The input ended: a last line without a newline still counts. */
  end(): ScanSegment[] {
    const out: ScanSegment[] = [];
    if (this.skippingLongLine) this.finishLongLine(out);
    else if (this.carry.length > 0) {
      const last = this.carry;
      this.carry = Buffer.alloc(0);
      this.scanCompleteLines(last, out, true);
    }
    return out;
  }

  private emitBytes(out: ScanSegment[], data: Buffer): void {
    if (this.options.passThrough && data.length > 0) out.push({ kind: 'bytes', data });
  }

  private findings(bytes: Buffer): Finding[] {
    return findCodesInLine(bytes.toString('utf8'), this.options.isKnown, this.options.mode);
  }

  private startLongLine(rest: Buffer, out: ScanSegment[]): void {
    const findings = this.findings(rest.subarray(0, this.maxLineBytes));
    this.pendingLongHit = findings.length > 0 ? { line: this.linesDone + 1, findings, raw: Buffer.from(rest.subarray(0, this.maxLineBytes)) } : undefined;
    this.skippingLongLine = true;
    this.emitBytes(out, rest);
  }

  private finishLongLine(out: ScanSegment[]): void {
    this.linesDone++;
    this.skippingLongLine = false;
    if (this.pendingLongHit) out.push({ kind: 'hit', hit: this.pendingLongHit });
    this.pendingLongHit = undefined;
  }

  /**
   * `region` holds whole lines (the last one may lack its newline only at the end of input). It is scanned in
   * windows of whole lines under V8's large-object size, so each window's string dies young in the nursery
   * instead of piling up in large-object space: that keeps memory flat on gigabyte inputs.
   */
  private scanCompleteLines(region: Buffer, out: ScanSegment[], atEnd = false): void {
    let from = 0;
    while (region.length - from > WINDOW_BYTES) {
      const cut = region.lastIndexOf(NEWLINE, from + WINDOW_BYTES - 1);
      const end = cut >= from ? cut + 1 : region.indexOf(NEWLINE, from + WINDOW_BYTES) + 1;
      if (end <= 0 || end >= region.length) break;
      this.scanWindow(region.subarray(from, end), out, false);
      from = end;
    }
    this.scanWindow(region.subarray(from), out, atEnd);
  }

  private scanWindow(region: Buffer, out: ScanSegment[], atEnd: boolean): void {
    const text = region.toString('latin1');
    const prefilter = this.prefilter;
    const cjk = this.options.mode === 'loose' ? [] : cjkLineStarts(region);
    let cjkNext = 0;
    let emittedUpTo = 0;
    let countedUpTo = 0;
    let line = this.linesDone;

    /** Runs the detector on the line starting at `lineStart`; returns the offset just past the line. */
    const visit = (lineStart: number): number => {
      const newline = text.indexOf('\n', lineStart);
      const bodyEnd = newline < 0 ? text.length : newline;
      const lineEnd = newline < 0 ? text.length : newline + 1;
      const findings = this.findings(region.subarray(lineStart, bodyEnd));
      if (findings.length > 0) {
        line += countNewlines(region, countedUpTo, lineStart);
        countedUpTo = lineStart;
        this.emitBytes(out, region.subarray(emittedUpTo, lineEnd));
        out.push({ kind: 'hit', hit: { line: line + 1, findings, raw: region.subarray(lineStart, lineEnd) } });
        emittedUpTo = lineEnd;
      }
      return lineEnd;
    };

    let scannedUpTo = 0;
    prefilter.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = prefilter.exec(text)) !== null) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      // Chinese candidates before this line come first, so hits stay in input order.
      while (cjkNext < cjk.length && (cjk[cjkNext] as number) < lineStart) {
        const start = cjk[cjkNext++] as number;
        if (start >= scannedUpTo) scannedUpTo = visit(start);
      }
      if (cjk[cjkNext] === lineStart) cjkNext++;
      scannedUpTo = visit(lineStart);
      prefilter.lastIndex = scannedUpTo;
    }
    for (; cjkNext < cjk.length; cjkNext++) {
      const start = cjk[cjkNext] as number;
      if (start >= scannedUpTo) scannedUpTo = visit(start);
    }
    this.emitBytes(out, region.subarray(emittedUpTo));
    line += countNewlines(region, countedUpTo, region.length);
    if (atEnd && region.length > 0 && region[region.length - 1] !== NEWLINE) line++;
    this.linesDone = line;
  }
}

function countNewlines(buf: Buffer, from: number, to: number): number {
  let count = 0;
  let at = buf.indexOf(NEWLINE, from);
  while (at >= 0 && at < to) {
    count++;
    at = buf.indexOf(NEWLINE, at + 1);
  }
  return count;
}
