// Code words that open with a hyphen commander takes for an option (-１０００１, -10001, copied out of a sentence) stay arguments.
import type { ParseOptionsResult } from 'commander';
import { parseQuery } from '../core/query.js';

/** commander's own test for a negative number it leaves to a command (commander/lib/command.js, parseOptions). */
const COMMANDER_NEGATIVE = /^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/;

/** argv never holds a NUL (it is a list of C strings), so a word made with one never meets a real one. */
const MARK = '\u0000';

/**
 * A word explain reads as a code (or as codes, or a span, which it explains the trouble with) that commander would
 * reject as an unknown option: its digits are full-width, or punctuation it was copied with follows them.
 */
export function isHyphenedCode(word: string, plainNegatives = false): boolean {
  if (!word.startsWith('-') || word.startsWith('--') || (!plainNegatives && COMMANDER_NEGATIVE.test(word))) return false;
  const query = parseQuery(word);
  return query.kind === 'code' || query.kind === 'span' || (query.kind === 'invalid' && query.several === true);
}

/**
 * Runs commander's option parsing with such words held back as arguments, in their places, exactly as typed. A
 * word that is an option's value (`--user -１２３`) is left to the option.
 */
export function parseKeepingCodes(
  args: string[],
  takesValue: (flag: string) => boolean,
  parse: (args: string[]) => ParseOptionsResult,
  /** Keep ASCII negative numbers too: commander leaves them only to a command without subcommands. */
  plainNegatives = false,
): ParseOptionsResult {
  const kept: string[] = [];
  const marked = args.map((arg, i) => {
    const previous = args[i - 1];
    if (!isHyphenedCode(arg, plainNegatives) || (previous !== undefined && takesValue(previous))) return arg;
    kept.push(arg);
    return `${MARK}${kept.length - 1}`;
  });
  if (kept.length === 0) return parse(args);
  const restore = (word: string) => (word.startsWith(MARK) ? (kept[Number(word.slice(1))] as string) : word);
  const result = parse(marked);
  return { operands: result.operands.map(restore), unknown: result.unknown.map(restore) };
}
