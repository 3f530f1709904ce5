// Puts the file name and line number in front of each line of piped scan output, in one WebAssembly pass per chunk.
import { moduleInstanceHolding, newModuleInstance } from './line-prefilter.js';

interface NumberingExports {
  memory: { buffer: ArrayBuffer };
  input_ptr(): number;
  input_cap(): number;
  numbered_ptr(): number;
  numbered_space(): number;
  affix_ptr(): number;
  affix_cap(): number;
  numbered_consumed(): number;
  numbered_next_line(): number;
  numbered_at_line_start(): number;
  number_lines(
    from: number,
    len: number,
    nextLine: number,
    atLineStart: number,
    beforeLength: number,
    afterLength: number,
    withNumbers: number,
    outFrom: number,
    outEnd: number,
  ): number;
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

/** What numbering keeps per module instance: the prefix written into it, and how much of its output area is in use. */
interface InstanceState {
  prefix: LinePrefix | undefined;
  affix: Buffer | undefined;
  batch: number;
  used: number;
}

/**
 * The output area's first part holds the pieces of a batch, handed out as views; its last third takes what
 * does not fit, copied out at once.
 */
const VIEW_SHARE = 2 / 3;
/** A call gets view space only with at least this much room left (a prefix and a 32-byte store must fit). */
const MIN_ROOM = 64 * 1024;

let own: NumberingExports | undefined;
let unavailable = false;
const states = new WeakMap<NumberingExports, InstanceState>();
let batch = 0;

/**
 * A new output batch begins: the views numberLines handed out before may be written over from now on. The
 * caller must be done with them (scan writes each batch out before it renders the next).
 */
export function startNumberingBatch(): void {
  batch++;
}

function ownInstance(): NumberingExports | undefined {
  if (!own && !unavailable) {
    own = newModuleInstance() as NumberingExports | undefined;
    unavailable = !own;
  }
  return own;
}

/**
 * `data` with the prefix in front of each line that starts in it (lines end at LF), as pieces in order; `state`
 * moves on. Pieces may be views into the module's memory, valid until startNumberingBatch() is next called.
 * Bytes read into a prefilter's memory are numbered where they lie; others are copied in first. Undefined where
 * the module cannot run or the prefix is longer than its room: the caller then does it line by line.
 */
export function numberLines(data: Buffer, prefix: LinePrefix, state: NumberingState): Buffer[] | undefined {
  const inPlace = moduleInstanceHolding(data) as NumberingExports | undefined;
  const wasm = inPlace ?? ownInstance();
  if (!wasm) return undefined;
  if (prefix.before.length + prefix.after.length > wasm.affix_cap()) return undefined;
  const memory = new Uint8Array(wasm.memory.buffer);
  let it = states.get(wasm);
  if (!it) states.set(wasm, (it = { prefix: undefined, affix: undefined, batch, used: 0 }));
  if (it.prefix !== prefix) {
    // The same prefix comes back for every chunk of a file: its bytes are written to the module once.
    const affix = Buffer.concat([prefix.before, prefix.after]);
    if (!it.affix?.equals(affix)) memory.set(affix, wasm.affix_ptr());
    it.prefix = prefix;
    it.affix = affix;
  }
  if (it.batch !== batch) {
    it.batch = batch;
    it.used = 0;
  }
  const out = wasm.numbered_ptr();
  const space = wasm.numbered_space();
  const viewEnd = Math.floor(space * VIEW_SHARE);
  const pieces: Buffer[] = [];
  let nextLine = state.nextLine;
  let atLineStart = state.atLineStart ? 1 : 0;
  // In place, the whole of `data` at once; otherwise through the lower half of the input space, as the prefilter copies.
  const window = inPlace ? data.length : wasm.input_cap() / 2;
  for (let from = 0; from < data.length; from += window) {
    const length = Math.min(window, data.length - from);
    let start = data.byteOffset - wasm.input_ptr();
    if (!inPlace) {
      memory.set(data.subarray(from, from + length), wasm.input_ptr());
      start = 0;
    }
    for (let at = start; at < start + length; ) {
      const asView = viewEnd - it.used >= MIN_ROOM;
      const outFrom = asView ? it.used : viewEnd;
      const end = wasm.number_lines(at, start + length, nextLine, atLineStart, prefix.before.length, prefix.after.length, prefix.numbers ? 1 : 0, outFrom, asView ? viewEnd : space);
      if (asView) {
        pieces.push(Buffer.from(wasm.memory.buffer, out + outFrom, end - outFrom));
        it.used = end;
      } else {
        const piece = Buffer.allocUnsafe(end - outFrom);
        piece.set(memory.subarray(out + outFrom, out + end));
        pieces.push(piece);
      }
      at = wasm.numbered_consumed();
      nextLine = wasm.numbered_next_line();
      atLineStart = wasm.numbered_at_line_start();
    }
  }
  state.nextLine = nextLine;
  state.atLineStart = atLineStart === 1;
  return pieces;
}
