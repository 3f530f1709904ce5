// Finds the lines of a byte region that could hold an error code, with the WebAssembly prefilter in wasm/.
import type { KnownCodes, ScanMode } from './detect.js';
import { LINE_PREFILTER_WASM_BASE64 } from './wasm/line-prefilter.generated.js';

/** The part of the WebAssembly API used here: Node has it, but its types do not declare it. */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WasmApi };

/** The module's exports (also timed on their own by bench/prefilter-speed.ts). */
export interface PrefilterExports {
  memory: { buffer: ArrayBuffer };
  input_ptr(): number;
  input_cap(): number;
  known_ptr(): number;
  known_max(): number;
  out_start_ptr(): number;
  out_line_ptr(): number;
  out_end_ptr(): number;
  out_cap(): number;
  stopped_at(): number;
  lines_seen(): number;
  scan(from: number, len: number, mode: number): number;
}

/** The candidate lines of a region: where each starts, its 0-based line index within the region, and where it ends. */
export interface Candidates {
  starts: number[];
  lineIndexes: number[];
  /** Each line's end as lineEndAt() gives it: the index of its LF or lone CR, or -1 when it runs to the region's end. */
  ends: number[];
  /** Newlines in the region. */
  newlines: number;
}

const MODE_NUMBER: Record<ScanMode, number> = { strict: 0, default: 1, loose: 2 };
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Where the line starting at `from` ends: the index of its LF, or of a lone CR (old Mac logs), or -1 when it
 * runs to the end of `buf`. A CR as the last byte of `buf` ends a line only when `final` (else its LF may come
 * with the next read). The CR of a CRLF belongs to the line, as it always has.
 */
export function lineEndAt(buf: Buffer, from: number, final = true): number {
  return new LineEnds(buf, final).at(from);
}

/**
 * lineEndAt() for a loop over one buffer's lines, each `from` past the last line's end. It keeps the next LF it
 * found until a line passes it: looked for afresh each line, it was searched for to the buffer's end once per line
 * of a log of lone CRs (old Mac line ends), with no LF, and a 1 MiB one took 7 s to scan on a terminal, 2 MiB 20 s.
 */
export class LineEnds {
  /** The next LF at or after the last `from`, -1 when there is none, -2 before the first search. */
  private newline = -2;

  constructor(
    private readonly buf: Buffer,
    private readonly final = true,
  ) {}

  at(from: number): number {
    const buf = this.buf;
    if (this.newline !== -1 && this.newline < from) this.newline = buf.indexOf(NEWLINE, from);
    const newline = this.newline;
    const to = newline < 0 ? buf.length : newline;
    // Only the stretch before the newline is searched, so a log without CR costs one short search per line.
    const cr = buf.subarray(from, to).indexOf(RETURN);
    if (cr < 0) return newline;
    const at = from + cr;
    if (at === to - 1 && newline >= 0) return newline;
    if (at === buf.length - 1 && !this.final) return -1;
    return at;
  }
}

/** The last line end in `buf` (LF or lone CR; a CR as the very last byte waits for the next read), or -1. */
export function lastLineEnd(buf: Buffer): number {
  const newline = buf.lastIndexOf(NEWLINE);
  // Only the stretch after the last LF is searched for a CR: a log without CR pays for less than a line.
  const tail = buf.subarray(newline + 1, buf.length - 1);
  const cr = tail.lastIndexOf(RETURN);
  return cr >= 0 ? newline + 1 + cr : newline;
}

/** Whether `buf` ends with a line end (LF, or a CR that nothing follows). */
export function endsWithLineEnd(buf: Buffer): boolean {
  const last = buf[buf.length - 1];
  return last === NEWLINE || last === RETURN;
}

let compiled: object | undefined;
/** Set when this Node.js cannot run the module (no WebAssembly SIMD): every line then goes to the detector. */
let wasmUnavailable = false;
/** Instances of released prefilters, ready for the next one. */
const idleInstances: PrefilterExports[] = [];
/** Built once per set of codes: scanning many small files should not rebuild it for each. */
const knownTables = new WeakMap<KnownCodes, Uint8Array>();

/** Every instance by its memory, so that bytes read into one can be worked on there (line numbering). */
const instancesByMemory = new WeakMap<ArrayBuffer, PrefilterExports>();

/** The module's exports, or undefined where WebAssembly SIMD is missing (Node 20 runs it on x64 and arm64). */
function instantiate(): PrefilterExports | undefined {
  if (wasmUnavailable) return undefined;
  try {
    compiled ??= new wasmApi.Module(Buffer.from(LINE_PREFILTER_WASM_BASE64, 'base64'));
    const exports = new wasmApi.Instance(compiled, {}).exports as unknown as PrefilterExports;
    instancesByMemory.set(exports.memory.buffer, exports);
    return exports;
  } catch {
    // Correct and slower beats failing: without the module, the detector reads every line.
    wasmUnavailable = true;
    return undefined;
  }
}

/**
 * A fresh instance of the module for another of its uses (line numbering), or undefined where WebAssembly SIMD
 * is missing. Its exports are typed by the caller.
 */
export function newModuleInstance(): unknown {
  return instantiate();
}

/** The instance whose input space holds all of `bytes` (read there by a prefilter's readArea), if any. */
export function moduleInstanceHolding(bytes: Buffer): unknown {
  const wasm = instancesByMemory.get(bytes.buffer as ArrayBuffer);
  if (!wasm) return undefined;
  const offset = bytes.byteOffset - wasm.input_ptr();
  return offset >= 0 && offset + bytes.length <= wasm.input_cap() ? wasm : undefined;
}

/** For tests: behave as a Node.js without WebAssembly SIMD (true), or try the module again (false). */
export function simulateMissingWasmForTesting(missing: boolean): void {
  wasmUnavailable = missing;
  if (!missing) compiled = undefined;
}

/**
 * Sets bits from..to (inclusive) of `table`: the whole bytes between by fill(). A range row (120001-130000) is ten
 * thousand bits, which bit by bit made V8 compile this loop on its own at every scan's start.
 */
function setBits(table: Uint8Array, from: number, to: number): void {
  let n = from;
  for (; n <= to && (n & 7) !== 0; n++) table[n >> 3] = (table[n >> 3] as number) | (1 << (n & 7));
  const wholeEnd = (to + 1) & ~7;
  if (n < wholeEnd) {
    table.fill(0xff, n >> 3, wholeEnd >> 3);
    n = wholeEnd;
  }
  for (; n <= to; n++) table[n >> 3] = (table[n >> 3] as number) | (1 << (n & 7));
}

/** Bit n is set when n or -n is known, for every n the standalone rule can read (up to 6 digits). */
function knownTable(known: KnownCodes, max: number): Uint8Array {
  let table = knownTables.get(known);
  if (table) return table;
  table = new Uint8Array((max >> 3) + 1);
  for (const [low, high] of known.spans()) {
    const from = low <= 0 && high >= 0 ? 0 : Math.min(Math.abs(low), Math.abs(high));
    const to = Math.min(max, Math.max(Math.abs(low), Math.abs(high)));
    setBits(table, from, to);
  }
  knownTables.set(known, table);
  return table;
}

export class LinePrefilter {
  /** Undefined where WebAssembly SIMD is missing: then every line is a candidate. */
  private readonly wasm: PrefilterExports | undefined;
  private readonly memory: Uint8Array;
  private readonly inputPtr: number;
  private readonly inputCap: number;
  private readonly copyCap: number;
  private readonly mode: number;
  /** The module's output arrays; its memory never grows, so these views stay valid. */
  private readonly outStarts: Uint32Array;
  private readonly outLines: Uint32Array;
  private readonly outEnds: Uint32Array;
  private released = false;

  constructor(mode: ScanMode, known: KnownCodes) {
    // Each prefilter has an instance to itself, so its table and buffers are its own. Creating one costs
    // about half a millisecond, so the instances of released prefilters are used again.
    this.wasm = wasmUnavailable ? undefined : (idleInstances.pop() ?? instantiate());
    this.mode = MODE_NUMBER[mode];
    if (!this.wasm) {
      this.memory = new Uint8Array(0);
      this.inputPtr = this.inputCap = this.copyCap = 0;
      this.outStarts = this.outLines = this.outEnds = new Uint32Array(0);
      return;
    }
    this.memory = new Uint8Array(this.wasm.memory.buffer);
    this.inputPtr = this.wasm.input_ptr();
    this.inputCap = this.wasm.input_cap();
    this.copyCap = this.inputCap / 2;
    this.outStarts = new Uint32Array(this.wasm.memory.buffer, this.wasm.out_start_ptr(), this.wasm.out_cap());
    this.outLines = new Uint32Array(this.wasm.memory.buffer, this.wasm.out_line_ptr(), this.wasm.out_cap());
    this.outEnds = new Uint32Array(this.wasm.memory.buffer, this.wasm.out_end_ptr(), this.wasm.out_cap());
    this.memory.set(knownTable(known, this.wasm.known_max()), this.wasm.known_ptr());
  }

  /** Whether this prefilter runs the WebAssembly module (false: every line goes to the detector). */
  get usesWasm(): boolean {
    return this.wasm !== undefined;
  }

  /** Done with this prefilter: its instance goes to the next one created. It must not be used again. */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.wasm) idleInstances.push(this.wasm);
  }

  /**
   * A buffer to read input into: a region that lies in it is scanned where it is, without a copy. It is the
   * upper half of the module's input space; copies go to the lower half.
   */
  readArea(size: number): Buffer {
    if (!this.wasm) return Buffer.allocUnsafe(size);
    return Buffer.from(this.wasm.memory.buffer, this.inputPtr + this.copyCap, Math.min(size, this.inputCap - this.copyCap));
  }

  /**
   * The candidate lines of `region`, which holds whole lines (the last may lack its line end). Lines end at LF,
   * CRLF or a lone CR. A region larger than the copy space goes through in windows cut at line ends; a single
   * line larger than that is a candidate without a look, and the detector decides.
   */
  candidates(region: Buffer): Candidates {
    if (this.released) throw new Error('LinePrefilter used after release()');
    const result: Candidates = { starts: [], lineIndexes: [], ends: [], newlines: 0 };
    if (!this.wasm) return everyLine(region, result);
    const offset = region.byteOffset - this.inputPtr;
    if (region.buffer === this.wasm.memory.buffer && offset >= 0 && offset + region.length <= this.inputCap) {
      this.scanInPlace(offset, offset + region.length, result);
      return result;
    }
    let from = 0;
    while (from < region.length) {
      let to = Math.min(region.length, from + this.copyCap);
      if (to < region.length) {
        const cut = lastLineEnd(region.subarray(from, to));
        if (cut < 0) {
          const end = lineEndAt(region, from);
          result.starts.push(from);
          result.lineIndexes.push(result.newlines);
          result.ends.push(end);
          if (end < 0) break;
          result.newlines++;
          from = end + 1;
          continue;
        }
        to = from + cut + 1;
      }
      this.memory.set(region.subarray(from, to), this.inputPtr);
      this.scanInPlace(0, to - from, result, from);
      from = to;
    }
    return result;
  }

  /** Scans input[from, to) of the module's input space; `shift` maps its offsets to the caller's region. */
  private scanInPlace(from: number, to: number, result: Candidates, shift = 0): void {
    const wasm = this.wasm as PrefilterExports;
    const base = shift - from;
    for (let at = from; at < to; at = wasm.stopped_at()) {
      const count = wasm.scan(at, to, this.mode);
      for (let i = 0; i < count; i++) {
        result.starts.push(base + (this.outStarts[i] as number));
        result.lineIndexes.push(result.newlines + (this.outLines[i] as number));
        // The module says where the line ends, so the caller need not search for it again.
        const end = this.outEnds[i] as number;
        result.ends.push(end === to ? -1 : base + end);
      }
      result.newlines += wasm.lines_seen();
    }
  }
}

/** Without the module: every line of the region is a candidate. */
function everyLine(region: Buffer, result: Candidates): Candidates {
  const ends = new LineEnds(region);
  let from = 0;
  while (from < region.length) {
    result.starts.push(from);
    result.lineIndexes.push(result.newlines);
    const end = ends.at(from);
    result.ends.push(end);
    if (end < 0) break;
    result.newlines++;
    from = end + 1;
  }
  return result;
}
