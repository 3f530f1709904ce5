// Finds the lines of a byte region that could hold an error code, with the WebAssembly prefilter in wasm/.
import type { KnownCodes, ScanMode } from './detect.js';
import { LINE_PREFILTER_WASM_BASE64 } from './wasm/line-prefilter.generated.js';

/** The part of the WebAssembly API used here: Node has it, but its types do not declare it. */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WasmApi };

interface PrefilterExports {
  memory: { buffer: ArrayBuffer };
  input_ptr(): number;
  input_cap(): number;
  known_ptr(): number;
  known_max(): number;
  out_start_ptr(): number;
  out_line_ptr(): number;
  out_cap(): number;
  stopped_at(): number;
  lines_seen(): number;
  scan(from: number, len: number, mode: number): number;
}

/** The candidate lines of a region: where each starts, and its 0-based line index within the region. */
export interface Candidates {
  starts: number[];
  lineIndexes: number[];
  /** Newlines in the region. */
  newlines: number;
}

const MODE_NUMBER: Record<ScanMode, number> = { strict: 0, default: 1, loose: 2 };
const NEWLINE = 0x0a;

let compiled: object | undefined;
/** Instances of released prefilters, ready for the next one. */
const idleInstances: PrefilterExports[] = [];
/** Built once per set of codes: scanning many small files should not rebuild it for each. */
const knownTables = new WeakMap<KnownCodes, Uint8Array>();

function instantiate(): PrefilterExports {
  try {
    compiled ??= new wasmApi.Module(Buffer.from(LINE_PREFILTER_WASM_BASE64, 'base64'));
  } catch (error) {
    // Node 20 runs WebAssembly SIMD on x64 and arm64; say plainly what is missing anywhere else.
    throw new Error(`scanning needs WebAssembly SIMD, which this Node.js cannot run (${(error as Error).message})`);
  }
  return new wasmApi.Instance(compiled, {}).exports as unknown as PrefilterExports;
}

/** Bit n is set when n or -n is known, for every n the standalone rule can read (up to 6 digits). */
function knownTable(known: KnownCodes, max: number): Uint8Array {
  let table = knownTables.get(known);
  if (table) return table;
  table = new Uint8Array((max >> 3) + 1);
  for (const [low, high] of known.spans()) {
    const from = low <= 0 && high >= 0 ? 0 : Math.min(Math.abs(low), Math.abs(high));
    const to = Math.min(max, Math.max(Math.abs(low), Math.abs(high)));
    for (let n = from; n <= to; n++) table[n >> 3] = (table[n >> 3] as number) | (1 << (n & 7));
  }
  knownTables.set(known, table);
  return table;
}

export class LinePrefilter {
  private readonly wasm: PrefilterExports;
  private readonly memory: Uint8Array;
  private readonly inputPtr: number;
  private readonly inputCap: number;
  private readonly copyCap: number;
  private readonly mode: number;
  /** The module's output arrays; its memory never grows, so these views stay valid. */
  private readonly outStarts: Uint32Array;
  private readonly outLines: Uint32Array;
  private released = false;

  constructor(mode: ScanMode, known: KnownCodes) {
    // Each prefilter has an instance to itself, so its table and buffers are its own. Creating one costs
    // about half a millisecond, so the instances of released prefilters are used again.
    this.wasm = idleInstances.pop() ?? instantiate();
    this.memory = new Uint8Array(this.wasm.memory.buffer);
    this.inputPtr = this.wasm.input_ptr();
    this.inputCap = this.wasm.input_cap();
    this.copyCap = this.inputCap / 2;
    this.mode = MODE_NUMBER[mode];
    this.outStarts = new Uint32Array(this.wasm.memory.buffer, this.wasm.out_start_ptr(), this.wasm.out_cap());
    this.outLines = new Uint32Array(this.wasm.memory.buffer, this.wasm.out_line_ptr(), this.wasm.out_cap());
    this.memory.set(knownTable(known, this.wasm.known_max()), this.wasm.known_ptr());
  }

  /** Done with this prefilter: its instance goes to the next one created. It must not be used again. */
  release(): void {
    if (this.released) return;
    this.released = true;
    idleInstances.push(this.wasm);
  }

  /**
   * A buffer to read input into: a region that lies in it is scanned where it is, without a copy. It is the
   * upper half of the module's input space; copies go to the lower half.
   */
  readArea(size: number): Buffer {
    return Buffer.from(this.wasm.memory.buffer, this.inputPtr + this.copyCap, Math.min(size, this.inputCap - this.copyCap));
  }

  /**
   * The candidate lines of `region`, which holds whole lines (the last may lack its newline). A region larger
   * than the copy space goes through in windows cut at newlines; a single line larger than that is a
   * candidate without a look, and the detector decides.
   */
  candidates(region: Buffer): Candidates {
    if (this.released) throw new Error('LinePrefilter used after release()');
    const result: Candidates = { starts: [], lineIndexes: [], newlines: 0 };
    const offset = region.byteOffset - this.inputPtr;
    if (region.buffer === this.wasm.memory.buffer && offset >= 0 && offset + region.length <= this.inputCap) {
      this.scanInPlace(offset, offset + region.length, result);
      return result;
    }
    let from = 0;
    while (from < region.length) {
      let to = Math.min(region.length, from + this.copyCap);
      if (to < region.length) {
        const cut = region.lastIndexOf(NEWLINE, to - 1);
        if (cut < from) {
          const end = region.indexOf(NEWLINE, from);
          result.starts.push(from);
          result.lineIndexes.push(result.newlines);
          if (end < 0) break;
          result.newlines++;
          from = end + 1;
          continue;
        }
        to = cut + 1;
      }
      this.memory.set(region.subarray(from, to), this.inputPtr);
      this.scanInPlace(0, to - from, result, from);
      from = to;
    }
    return result;
  }

  /** Scans input[from, to) of the module's input space; `shift` maps its offsets to the caller's region. */
  private scanInPlace(from: number, to: number, result: Candidates, shift = 0): void {
    const base = shift - from;
    for (let at = from; at < to; at = this.wasm.stopped_at()) {
      const count = this.wasm.scan(at, to, this.mode);
      for (let i = 0; i < count; i++) {
        result.starts.push(base + (this.outStarts[i] as number));
        result.lineIndexes.push(result.newlines + (this.outLines[i] as number));
      }
      result.newlines += this.wasm.lines_seen();
    }
  }
}
