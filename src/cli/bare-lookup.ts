// Bare lookup: `chaterr 70001`, `chaterr -10001` and `chaterr ERR_SDK_NOT_INITIALIZED` mean `chaterr explain ...`,
// as `errno 2` does; any other unknown word is left for commander to reject with a did-you-mean.
import type { Command } from 'commander';
import { dateWords, isDigitsOrLookalikes, keyedCodeWords } from '../core/explain.js';
import { parseQuery } from '../core/query.js';
import { holdsSecretKey, looksLikeUserSig } from '../core/usersig-shape.js';
import { echoInput } from '../render/echo-input.js';
import { secretKeyHint, userSigHint } from '../render/i18n.js';
import { CliError } from './errors.js';
import { inCommanderWords } from './commander-message.js';
import { GLOBAL_OPTION_FLAGS } from './help-layout.js';

/** Global options that take a value as the next word (`--lang zh`): that word is not the command. */
const GLOBAL_OPTIONS_WITH_VALUE: readonly string[] = ['--lang'];

/** A global option in one word: a flag, `--json`, or one carrying its value after `=` (`--lang=zh`). */
const isGlobalOptionWord = (arg: string): boolean =>
  GLOBAL_OPTION_FLAGS.includes(arg) || arg === '--json' || GLOBAL_OPTIONS_WITH_VALUE.some((option) => arg.startsWith(`${option}=`));

/** Where the first word that is not a global option (nor a global option's value) is, or -1. */
function firstWord(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (GLOBAL_OPTIONS_WITH_VALUE.includes(arg)) i++;
    else if (!isGlobalOptionWord(arg)) return i;
  }
  return -1;
}

/** `help` given more words than it takes, worded as commander words its own "too many arguments". */
function tooManyForHelp(expected: number, got: number): CliError {
  return new CliError(inCommanderWords(`too many arguments for 'help'. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`));
}

/** Whether the command line asks for the version (`-V` or `--version` where a command would stand). */
export function asksVersion(argv: readonly string[]): boolean {
  const word = argv[firstWord(argv)];
  return word === '-V' || word === '--version';
}

/** Each command name (aliases included) with its subcommands' names: `help` takes a command and, for these, one of them. */
type Commands = ReadonlyMap<string, readonly string[]>;

/** The commands with a --json option: a `--json` before one of them (`chaterr --json explain 70001`) is its own. */
const JSON_COMMANDS = new Set(['explain', 'search', 'list', 'scan', 'usersig']);

/** argv with a `--json` given before a command that takes one moved to just after the command's name. */
function withLeadingJson(argv: readonly string[], commands: Commands): string[] {
  const first = firstWord(argv);
  const command = argv[first];
  const lead = first < 0 ? argv : argv.slice(0, first);
  if (!lead.includes('--json')) return [...argv];
  if (command !== undefined && JSON_COMMANDS.has(command)) return [...lead.filter((a) => a !== '--json'), command, '--json', ...argv.slice(first + 1)];
  // Before an unknown word (or no word at all), --json is not the mistake: without it commander names the word
  // ("unknown command 'foo'") or says no command was given. run.ts still writes the JSON error document.
  if (command === undefined || !commands.has(command)) return [...lead.filter((a) => a !== '--json'), ...argv.slice(lead.length)];
  return [...argv];
}

/**
 * argv with `explain` put in front of the first word when that word is a code or a constant name rather than a
 * command. `isKnownName` decides for lower-case names, so a mistyped command with an underscore stays an error.
 */
export function withBareLookup(argv: readonly string[], program: Command, isKnownName: (name: string) => boolean): string[] {
  const subcommands = (c: Command) => c.commands.map((sub) => sub.name());
  const commands: Commands = new Map([['help', []], ...program.commands.flatMap((c) => [c.name(), ...c.aliases()].map((name): [string, string[]] => [name, subcommands(c)]))]);
  return withLeadingJson(withExplain(withSubcommandHelp(argv, program), commands, isKnownName), commands);
}

/**
 * `chaterr usersig help generate` and `chaterr usersig generate help` as `chaterr usersig generate --help`. usersig
 * has an action of its own, so commander gives it no help command: `help` was read as the sig and `generate` as
 * one argument too many (exit 2), and after generate, `help` met its required options first.
 */
function withSubcommandHelp(argv: readonly string[], program: Command): string[] {
  const first = firstWord(argv);
  const parent = program.commands.find((c) => c.name() === argv[first]);
  const [next, after] = [argv[first + 1], argv[first + 2]];
  const isSub = (word: string | undefined) => word !== undefined && parent !== undefined && parent.commands.some((c) => c.name() === word);
  // A further word (`usersig help generate extra`) is one too many, as after `help scan` (withExplain).
  if (next === 'help' && isSub(after)) {
    const words = helpWords(argv.slice(first + 2));
    if (words.length > 1) throw tooManyForHelp(1, words.length);
    return [...argv.slice(0, first + 1), after as string, '--help', ...argv.slice(first + 3)];
  }
  if (isSub(next) && after === 'help') {
    const words = helpWords(argv.slice(first + 3));
    if (words.length > 0) throw tooManyForHelp(0, words.length);
    return [...argv.slice(0, first + 2), '--help', ...argv.slice(first + 3)];
  }
  return [...argv];
}

/**
 * A word explain would look up: a code or a constant name in any form explain reads (full-width digits, the
 * quotes, brackets and punctuation it was copied with), so `chaterr ７０００１` and `chaterr '(6206)'` work as
 * `chaterr explain ...` does. A lower-case name must be known, so a mistyped command with an underscore stays an error.
 */
function isLookup(word: string, isKnownName: (name: string) => boolean): boolean {
  const query = parseQuery(word);
  // Several codes in one word (`chaterr 70001,6206`) go to explain too, which says how to give them.
  // So does a date (`chaterr 2024/11/27`, a log line's opening), which it names as one: "unknown command" said nothing.
  if (query.kind === 'code' || query.kind === 'span' || (query.kind === 'invalid' && (query.several || query.date))) return true;
  // A code with a letter typed for a digit (70O01, l0010): no command holds a digit, and explain names the code it
  // stands for where "unknown command '70O01'" said nothing of 70001.
  if (isDigitsOrLookalikes(word) && word.replace(/^-/, '').length >= 3) return true;
  // A number that is not whole (`chaterr 6206.0`, `7e4`): explain says so, where "unknown command '6206.0'" did not. A
  // word that merely opens with a digit (`12abc`) stays a mistyped command. No digit before the point (`.5`) or none
  // after it with an exponent (`1.e5`) is such a number too; they were "unknown command '.5'".
  if (/^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?$/i.test(word)) return true;
  // A code written in hexadecimal (`chaterr 0x1846`, as a C log prints an int): explain says codes are decimal, where
  // "unknown command '0x1846'" did not. No command opens with 0x.
  if (/^0x[0-9a-f]+$/i.test(word)) return true;
  return query.kind === 'name' && (query.name === query.name.toUpperCase() || isKnownName(query.name));
}

/**
 * `help` followed by options: the global ones go after the command it names (`help scan --lang zh` already
 * worked), `-h`/`--help` asks for what `help` gives anyway, and with no command named it is the program's own
 * help. Any other option, or `--lang` without its value, is left alone after dropping `help`, so commander names
 * it ("unknown option '--bogus'") instead of printing the help as an error.
 */
function withHelpOptionsLast(argv: readonly string[], first: number, commands: Commands, isKnownName: (name: string) => boolean): string[] {
  const before = argv.slice(0, first);
  const options: string[] = [];
  const words: string[] = [];
  for (let i = first + 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') continue;
    if (GLOBAL_OPTIONS_WITH_VALUE.includes(arg)) {
      if (i + 1 === argv.length) return [...before, ...argv.slice(first + 1)];
      options.push(arg, argv[i + 1] as string);
      i++;
    } else if (isGlobalOptionWord(arg)) {
      options.push(arg);
    } else if (arg.startsWith('-')) {
      return [...before, ...argv.slice(first + 1)];
    } else {
      words.push(arg);
    }
  }
  if (words.length === 0) return [...before, ...options, '--help'];
  return withExplain([...before, 'help', ...words, ...options], commands, isKnownName);
}

/** The words among `help <command>`'s further arguments: not the global options, nor `--lang`'s value; none past another option. */
function helpWords(args: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (GLOBAL_OPTIONS_WITH_VALUE.includes(arg)) i++;
    else if (isGlobalOptionWord(arg)) continue;
    // Another option (`--bogus`, `--`) is left to commander, which names it.
    else if (arg.startsWith('-')) break;
    else words.push(arg);
  }
  return words;
}

function withExplain(argv: readonly string[], commands: Commands, isKnownName: (name: string) => boolean): string[] {
  const first = firstWord(argv);
  const word = argv[first];
  if (word === undefined) return [...argv];
  // `help <unknown>` would print the whole help as an error with no word on what went wrong: it is read as the
  // unknown word alone, so commander says "unknown command" with its did-you-mean, as for `chaterr <unknown>`.
  const target = argv[first + 1];
  // `help help` asks for the help of the help command, which is the program's help: commander has no command of
  // that name and printed the whole help as an error.
  // `chaterr --help scan`, as `git --help commit` and `npm --help install` take it, showed the program's help, not
  // scan's: the option before a command's name asks for that command's help, as after it.
  // It goes just after the command's name (or its subcommand's, `--help usersig generate`), before any `--`.
  if ((word === '--help' || word === '-h') && target !== undefined && target !== 'help' && commands.has(target)) {
    const at = commands.get(target)?.includes(argv[first + 2] ?? '') ? first + 3 : first + 2;
    return [...argv.slice(0, first), ...argv.slice(first + 1, at), word, ...argv.slice(at)];
  }
  if (word === 'help' && target === 'help') return withExplain([...argv.slice(0, first + 1), ...argv.slice(first + 2)], commands, isKnownName);
  // commander's help command reads the word after it as a command name: `help --help`, `help -h`, `help --lang zh`
  // and `help --no-color scan` printed the whole help on stderr, unwrapped, with exit 2.
  if (word === 'help' && target !== undefined && target.startsWith('-') && target !== '--') {
    return withHelpOptionsLast(argv, first, commands, isKnownName);
  }
  if (word === 'help' && target !== undefined && !target.startsWith('-') && !commands.has(target)) {
    return withExplain([...argv.slice(0, first), ...argv.slice(first + 1)], commands, isKnownName);
  }
  // `help usersig generate`: commander's help command takes one word and showed usersig's help; the command's own
  // --help knows its subcommands. Any other word after the command (`help scan extra`) is one too many, a usage
  // error as `help nosuchcommand` is: it was passed on with --help, which showed the command's help with exit 0.
  const subs = target === undefined || target === 'help' ? undefined : commands.get(target);
  if (word === 'help' && subs !== undefined) {
    const words = helpWords(argv.slice(first + 2));
    const sub = words[0];
    if (sub !== undefined && words.length === 1 && subs.includes(sub) && argv[first + 2] === sub) return [...argv.slice(0, first), ...argv.slice(first + 1), '--help'];
    const expected = sub !== undefined && subs.includes(sub) ? 2 : 1;
    if (words.length >= expected) throw tooManyForHelp(expected, words.length + 1);
  }
  if (commands.has(word)) return [...argv];
  // commander's suggestions weigh case like any other edit: `chaterr SEARCH` (caps lock) got no "did you mean".
  const lower = word.toLowerCase();
  if (lower !== word && commands.has(lower) && !isLookup(word, isKnownName)) {
    const shown = echoInput(word);
    throw new CliError({ en: `unknown command '${shown}' (Did you mean ${lower}?)`, zh: `未知命令 '${shown}'（是否想输入 ${lower}？）` });
  }
  // `chaterr eJw...`: a UserSig pasted without its command. It is a credential, so it is not echoed back as an
  // "unknown command"; it is pointed at the command that decodes it.
  // `chaterr -- -10001`, the usual way to pass a negative number: `--` ends the options and a code follows it.
  const lookup = word === '--' ? target : word;
  // After `--` too (`chaterr -- eJw...`), where commander's "unknown command" quoted its first 80 characters.
  if (looksLikeUserSig(lookup ?? '')) throw new CliError(userSigHint('command'));
  if (holdsSecretKey(lookup ?? '')) throw new CliError(secretKeyHint('command'));
  // A code after its key, pasted unquoted (`chaterr Error 70001`, `chaterr 错误码 6206`): "unknown command 'Error'".
  const keyed = word !== '--' && (keyedCodeWords(argv, first) > 0 || dateWords(argv, first) > 0);
  if (lookup === undefined || (word === '--' && commands.has(lookup)) || (!keyed && !isLookup(lookup, isKnownName))) return [...argv];
  return [...argv.slice(0, first), 'explain', ...argv.slice(first)];
}
