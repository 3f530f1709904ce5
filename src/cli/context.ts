// Per-invocation helpers shared by commands: the colour policy, the layout width and output.
import type { Command } from 'commander';
import type { RenderContext } from '../render/explain.js';
import { createChalk, resolveColorLevel } from './color.js';
import type { CliIO } from './io.js';
import { outputWidth } from './width.js';

export interface GlobalOptions {
  color?: boolean;
  debug?: boolean;
}

export function renderContext(command: Command, io: CliIO): RenderContext {
  const { color } = command.optsWithGlobals<GlobalOptions>();
  const level = resolveColorLevel({ flag: color, env: io.env, isTTY: Boolean(io.stdout.isTTY) });
  return { chalk: createChalk(level), width: outputWidth(io) };
}

export function raiseExitCode(io: CliIO, code: number): void {
  io.exitCode = Math.max(io.exitCode, code);
}
