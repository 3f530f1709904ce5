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

/**
 * The global options with the command's own last, so the one nearer the command wins (`chaterr --color explain
 * 6206 --no-color` is not coloured). commander's optsWithGlobals lets the program's option win instead.
 */
function globalOptions(command: Command): GlobalOptions {
  const chain: Command[] = [];
  for (let c: Command | null = command; c; c = c.parent) chain.unshift(c);
  const merged: GlobalOptions = {};
  for (const c of chain) {
    for (const [key, value] of Object.entries(c.opts<GlobalOptions>())) if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/** Colour, width, language and layout for this run, decided once from flags, environment and the terminal. */
export function renderContext(command: Command, io: CliIO): RenderContext {
  const { color, lang, table } = globalOptions(command);
  const isTTY = Boolean(io.stdout.isTTY);
  const level = resolveColorLevel({ flag: color, env: io.env, isTTY });
  return {
    chalk: createChalk(level),
    width: outputWidth(io),
    lang: resolveLang(lang, io.env),
    layout: isTTY || table ? 'table' : 'plain',
  };
}

/** The language alone, for a note on stderr: no colour policy to settle (chalk loads on first use). */
export function outputLang(command: Command, io: CliIO): Lang {
  return resolveLang(globalOptions(command).lang, io.env);
}

export function raiseExitCode(io: CliIO, code: number): void {
  io.exitCode = Math.max(io.exitCode, code);
}
