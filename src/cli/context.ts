// Per-invocation helpers shared by commands: the colour policy, layout width, language and output.
import type { Command } from 'commander';
import type { Lang, RenderContext } from '../render/context.js';
import { createChalk, resolveColorLevel } from './color.js';
import type { CliIO } from './io.js';
import { resolveLang } from './lang.js';
import { outputWidth } from './width.js';

export interface GlobalOptions {
  color?: boolean;
  debug?: boolean;
  lang?: Lang;
  /** list, search and scan: box tables even when piped. */
  table?: boolean;
}

/** Colour, width, language and layout for this run, decided once from flags, environment and the terminal. */
export function renderContext(command: Command, io: CliIO): RenderContext {
  const { color, lang, table } = command.optsWithGlobals<GlobalOptions>();
  const isTTY = Boolean(io.stdout.isTTY);
  const level = resolveColorLevel({ flag: color, env: io.env, isTTY });
  return {
    chalk: createChalk(level),
    width: outputWidth(io),
    lang: resolveLang(lang, io.env),
    layout: isTTY || table ? 'table' : 'plain',
  };
}

export function raiseExitCode(io: CliIO, code: number): void {
  io.exitCode = Math.max(io.exitCode, code);
}
