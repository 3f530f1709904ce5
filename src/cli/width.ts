// The width to lay text out in: COLUMNS, else the terminal's own width, else 80.
import type { CliIO } from './io.js';

const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;

export function outputWidth(io: CliIO): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(MIN_WIDTH, fromEnv);
  const fromTerminal = io.stdout.isTTY ? io.stdout.columns : undefined;
  return fromTerminal && fromTerminal > 0 ? Math.max(MIN_WIDTH, fromTerminal) : DEFAULT_WIDTH;
}
