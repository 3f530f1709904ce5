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

export class LinePrefilter {
  private readonly wasm: PrefilterExports;
  private readonly memory: Uint8Array;
  private readonly inputPtr: number;
  private readonly inputCap: number;
  private readonly mode: number;

  constructor(mode: ScanMode, known: KnownCodes) {
    // Compiling is a one-off; each scanner gets its own instance, so its table and buffers are its own.
    compiled ??= new wasmApi.Module(Buffer.from(LINE_PREFILTER_WASM_BASE64, 'base64'));
    this.wasm = new wasmApi.Instance(compiled, {}).exports as unknown as PrefilterExports;
    this.memory = new Uint8Array(this.wasm.memory.buffer);
    this.inputPtr = this.wasm.input_ptr();
    this.inputCap = this.wasm.input_cap();
    this.mode = MODE_NUMBER[mode];
    this.fillKnown(known);
  }

  /** Sets bit n of the table when n or -n is known, for every n the standalone rule can read (up to 6 digits). */
  private fillKnown(known: KnownCodes): void {
    const table = this.wasm.known_ptr();
    const max = this.wasm.known_max();
    for (const [low, high] of known.spans()) {
      const from = low <= 0 && high >= 0 ? 0 : Math.min(Math.abs(low), Math.abs(high));
      const to = Math.min(max, Math.max(Math.abs(low), Math.abs(high)));
      for (let n = from; n <= to; n++) this.memory[table + (n >> 3)] = (this.memory[table + (n >> 3)] as number) | (1 << (n & 7));
    }
  }

  /**
   * The candidate lines of `region`, which holds whole lines (the last may lack its newline). A region larger
   * than the module's buffer goes through in windows cut at newlines; a single line larger than the buffer is
   * a candidate without a look, and the detector decides.
   */
  candidates(region: Buffer): Candidates {
    const result: Candidates = { starts: [], lineIndexes: [], newlines: 0 };
    let from = 0;
    while (from < region.length) {
      let to = Math.min(region.length, from + this.inputCap);
      if (to < region.length) {
        const cut = region.lastIndexOf(NEWLINE, to - 1);
        if (cut < from) {
          // One line longer than the buffer.
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
      this.scanWindow(region, from, to, result);
      from = to;
    }
    return result;
  }

  private scanWindow(region: Buffer, from: number, to: number, result: Candidates): void {
    const length = to - from;
    this.memory.set(region.subarray(from, to), this.inputPtr);
    const starts = new Uint32Array(this.wasm.memory.buffer, this.wasm.out_start_ptr(), this.wasm.out_cap());
    const lines = new Uint32Array(this.wasm.memory.buffer, this.wasm.out_line_ptr(), this.wasm.out_cap());
    let at = 0;
    while (at < length) {
      const count = this.wasm.scan(at, length, this.mode);
      for (let i = 0; i < count; i++) {
        result.starts.push(from + (starts[i] as number));
        result.lineIndexes.push(result.newlines + (lines[i] as number));
      }
      result.newlines += this.wasm.lines_seen();
      at = this.wasm.stopped_at();
    }
  }
}
