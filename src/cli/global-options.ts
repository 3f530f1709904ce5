// The options every command accepts. Options are positional (the usersig subcommand shares names with its
// parent), so each command declares these itself and they work before or after the command's arguments.
import { Option, type Command } from 'commander';
import { echoInput } from '../render/echo-input.js';
import { CliError } from './errors.js';
import { inCommanderWords } from './commander-message.js';
import { parseLang } from './options.js';

/**
 * The commands that print lists of entries: piped they print plain lines, and --table asks for the terminal's
 * layout anyway. scan's is the aligned summary, not a box table: asking for it asks for the summary, as --markdown does.
 */
const TABLE_OPTION: ReadonlyMap<string, string> = new Map([
  ['list', 'draw box tables even when stdout is not a terminal'],
  ['search', 'draw box tables even when stdout is not a terminal'],
  ['scan', 'print the summary aligned as on a terminal even when stdout is not one (implies --summary)'],
]);

/**
 * Refuses two options given together that ask for opposite things (--strict and --loose, --table and --json): taking one
 * silently hid the mistake. `first` and `second` are the options' long names, as the flags object names them too.
 * --table is the layout for people and --json the one for programs: every command with both refuses the pair alike.
 */
export function refuseTogether<Flag extends string>(flags: Partial<Record<Flag, unknown>>, first: Flag, second: Flag): void {
  if (flags[first] && flags[second]) throw new CliError({ en: `choose one of --${first} and --${second}`, zh: `--${first} 和 --${second} 只能选一个` });
}

export function withGlobalOptions(command: Command): Command {
  // Once per command, whichever path asks first (a run, its help, the completion script, the man page).
  if (command.options.some((o) => o.long === '--debug')) return command;
  command
    .addOption(new Option('--color', 'force coloured output'))
    .addOption(new Option('--no-color', 'never colour output (also: NO_COLOR=1)'))
    .addOption(new Option('--lang <lang>', 'output language: en or zh (default: CHATERR_LANG, then the locale)').argParser(parseLang))
    .option('--debug', 'show stack traces for unexpected errors');
  const table = TABLE_OPTION.get(command.name());
  if (table !== undefined) command.addOption(new Option('--table', table));
  return command;
}

/**
 * Gives a parent's subcommands the global options only when one is about to run (or show its help): defining
 * some thirty options for commands a run never reaches cost about a millisecond of every start-up.
 */
export function globalOptionsOnUse(parent: Command): Command {
  return parent.hook('preSubcommand', (_parent, sub) => {
    withGlobalOptions(sub);
  });
}

/** Every command with its global options, for what reads the whole program (completion scripts, the man page). */
export function withEveryGlobalOption(command: Command): Command {
  withGlobalOptions(command);
  for (const sub of command.commands) withEveryGlobalOption(sub);
  return command;
}

/** What `--color=WHEN` stands for: chaterr's own flag, or none for auto (the default decides). */
const COLOR_WHEN: ReadonlyMap<string, string | undefined> = new Map([
  ['always', '--color'],
  ['never', '--no-color'],
  ['auto', undefined],
]);

/**
 * argv with `--color=always`, `--color=never` and `--color=auto`, as git and ripgrep take them, read as `--color`,
 * `--no-color` and neither (auto also undoes a flag before it, since the last one wins). commander saw an unknown
 * option and, hiding what follows `=` as it does for every option, said only "unknown option '--color=…'".
 * Words after `--` are arguments.
 */
export function withColorWhen(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (!arg.startsWith('--color=')) {
      out.push(arg);
      continue;
    }
    const when = arg.slice('--color='.length);
    if (!COLOR_WHEN.has(when.toLowerCase())) {
      throw new CliError(inCommanderWords(`option '--color' argument '${echoInput(when)}' is invalid. expected one of always, never, auto`));
    }
    const flag = COLOR_WHEN.get(when.toLowerCase());
    if (flag !== undefined) out.push(flag);
    else for (let k = out.length - 1; k >= 0; k--) if (out[k] === '--color' || out[k] === '--no-color') out.splice(k, 1);
  }
  return out;
}
