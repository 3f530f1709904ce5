// Puts the file name and line number in front of each line of piped scan output, in one WebAssembly pass per chunk.
import { newModuleInstance } from './line-prefilter.js';

interface NumberingExports {
  memory: { buffer: ArrayBuffer };
  input_ptr(): number;
  input_cap(): number;
  numbered_ptr(): number;
  affix_ptr(): number;
  affix_cap(): number;
  numbered_consumed(): number;
  numbered_next_line(): number;
  numbered_at_line_start(): number;
  number_lines(from: number, len: number, nextLine: number, atLineStart: number, beforeLength: number, afterLength: number, withNumbers: number): number;
}

/** Where numbering stands between chunks: the number of the next line, and whether the next byte starts it. */
export interface NumberingState {
  nextLine: number;
  atLineStart: boolean;
}

/** What goes in front of each line: `before`, then (when `numbers`) the line number, then `after`. */
export interface LinePrefix {
  before: Buffer;
  numbers: boolean;
  after: Buffer;
}

let numberer: { wasm: NumberingExports; memory: Uint8Array; prefix: LinePrefix | undefined; affix: Buffer | undefined } | undefined;
let unavailable = false;

function instance(): typeof numberer {
  if (!numberer && !unavailable) {
    const wasm = newModuleInstance() as NumberingExports | undefined;
    if (wasm) numberer = { wasm, memory: new Uint8Array(wasm.memory.buffer), prefix: undefined, affix: undefined };
    else unavailable = true;
  }
  return numberer;
}

/**
 * `data` with the prefix in front of each line that starts in it (lines end at LF), as pieces in order; `state`
 * moves on. Undefined where the module cannot run or the prefix is longer than its room: the caller then does
 * it line by line.
 */
export function numberLines(data: Buffer, prefix: LinePrefix, state: NumberingState): Buffer[] | undefined {
  const it = instance();
  if (!it) return undefined;
  const { wasm, memory } = it;
  const affixLength = prefix.before.length + prefix.after.length;
  if (affixLength > wasm.affix_cap()) return undefined;
  if (it.prefix !== prefix) {
    // The same prefix comes back for every chunk of a file: its bytes are written to the module once.
    const affix = Buffer.concat([prefix.before, prefix.after]);
    if (!it.affix?.equals(affix)) memory.set(affix, wasm.affix_ptr());
    it.prefix = prefix;
    it.affix = affix;
  }
  const pieces: Buffer[] = [];
  const input = wasm.input_ptr();
  // The lower half of the input space, as the prefilter copies into it.
  const window = wasm.input_cap() / 2;
  const out = wasm.numbered_ptr();
  let nextLine = state.nextLine;
  let atLineStart = state.atLineStart ? 1 : 0;
  for (let from = 0; from < data.length; from += window) {
    const length = Math.min(window, data.length - from);
    memory.set(data.subarray(from, from + length), input);
    for (let at = 0; at < length; ) {
      const written = wasm.number_lines(at, length, nextLine, atLineStart, prefix.before.length, prefix.after.length, prefix.numbers ? 1 : 0);
      const piece = Buffer.allocUnsafe(written);
      piece.set(memory.subarray(out, out + written));
      pieces.push(piece);
      at = wasm.numbered_consumed();
      nextLine = wasm.numbered_next_line();
      atLineStart = wasm.numbered_at_line_start();
    }
  }
  state.nextLine = nextLine;
  state.atLineStart = atLineStart === 1;
  return pieces;
}
