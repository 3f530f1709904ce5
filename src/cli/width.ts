// The width to lay text out in: COLUMNS, else the terminal's own width, else 80; always within sane bounds.
import { PROSE_MAX_WIDTH } from '../render/context.js';
import type { CliIO, OutputStream } from './io.js';

const DEFAULT_WIDTH = 80;
/** Narrower than this nothing useful fits; stacked cards still read at 20 columns. */
export const MIN_WIDTH = 20;
/** COLUMNS=10000000 must not make a renderer build ten-million-character lines. */
export const MAX_WIDTH = 500;

function clamp(width: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
}

/** `stream` is where the text goes: help shown for a usage error goes to stderr, whose terminal may be all there is. */
export function outputWidth(io: CliIO, stream: OutputStream = io.stdout): number {
  const columns = io.env.COLUMNS?.trim() ?? '';
  if (/^\d{1,12}$/.test(columns) && Number(columns) > 0) return clamp(Number(columns));
  const fromTerminal = stream.isTTY ? stream.columns : undefined;
  return fromTerminal && fromTerminal > 0 ? clamp(fromTerminal) : DEFAULT_WIDTH;
}

/** Help is prose: it wraps to the terminal, but no wider than cards do. */
export function helpWidth(io: CliIO, stream: OutputStream = io.stdout): number {
  return Math.min(outputWidth(io, stream), PROSE_MAX_WIDTH);
}
