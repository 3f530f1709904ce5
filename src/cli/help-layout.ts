// Help layout shared by every command: epilogues wrapped to 80 columns, each command's own options listed
// before the options every command takes, and the whole help in the user's language.
import { withEveryGlobalOption } from './global-options.js';
import { parseKeepingCodes } from './code-words.js';
import { programOptionHint } from './option-hint.js';
import { Command, type AddHelpTextContext, type AddHelpTextPosition, type Help, type Option, type ParseOptionsResult } from 'commander';
import type { Lang } from '../render/context.js';
import { helpChoices, helpDefault, helpEpilogue, helpText, helpTitle } from '../render/help-zh.js';
import { displayWidth } from '../render/text.js';

export const HELP_WIDTH = 80;

/** The long flags of withGlobalOptions (global-options.ts): help lists them after a command's own. */
export const GLOBAL_OPTION_FLAGS: readonly string[] = ['--color', '--no-color', '--lang', '--debug'];

/**
 * Wraps the lines of a help text that are wider than `width`. A line with a two-space gap (an example and its
 * comment) continues under the comment; a long example without a comment continues its shell command with a
 * backslash, so it still pastes as one command; prose continues under its own indent.
 */
export function wrapHelpText(text: string, width = HELP_WIDTH): string {
  return text
    .split('\n')
    .map((line) => (displayWidth(line) <= width ? line : wrapLine(line, width)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  const gap = /^( +\S.*?\S {2,})(\S.*)$/.exec(line);
  if (gap?.[1] !== undefined && gap[2] !== undefined) {
    const hang = gap[1].length;
    if (hang < width - 20) {
      const [first = '', ...rest] = breakWords(gap[2], width - hang);
      return [`${gap[1]}${first}`, ...rest.map((part) => `${' '.repeat(hang)}${part}`)].join('\n');
    }
    // Too narrow to hang the comment beside its example: the example alone, then the comment indented under it.
    const example = gap[1].trimEnd();
    const comment = breakWords(gap[2], width - indent - 4).map((part) => `${' '.repeat(indent + 4)}${part}`);
    return [displayWidth(example) <= width ? example : wrapLine(example, width), ...comment].join('\n');
  }
  if (indent > 0 && /(^ +(\S+=\S* )*|\| )chaterr /.test(line)) {
    // An example command: break it between words, each break escaped for the shell.
    const parts = breakWords(line.slice(indent), width - indent - 6);
    return parts.map((part, i) => `${' '.repeat(i === 0 ? indent : indent + 4)}${part}${i < parts.length - 1 ? ' \\' : ''}`).join('\n');
  }
  return breakWords(line.slice(indent), width - indent)
    .map((part) => `${' '.repeat(indent)}${part}`)
    .join('\n');
}

/**
 * Greedy word wrap by display width (a Chinese character takes two columns); a single word longer than the room
 * stays whole on its own line. Counted in UTF-16 units, a Chinese comment was left too wide, and the output's own
 * wrap then broke it mid-word (`或使` / `用 zh_CN` / `语言环境）`).
 */
function breakWords(text: string, room: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/)) {
    if (current === '') current = word;
    else if (displayWidth(current) + 1 + displayWidth(word) <= room) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** commander's own unknown-option error, which ChaterrCommand.unknownOption falls back to. */
const COMMANDER_UNKNOWN_OPTION = (Command.prototype as unknown as { unknownOption: (this: Command, flag: string) => void }).unknownOption;

/** A command whose help epilogues are wrapped as they are added; subcommands are made of the same class. */
export class ChaterrCommand extends Command {
  /** The epilogues as written, unwrapped: the man page lays them out itself. */
  readonly epilogues: string[] = [];
  /** The language help is shown in; set on the program (createProgram), read by every command under it. */
  helpLang: Lang = 'en';

  override createCommand(name?: string): Command {
    return new ChaterrCommand(name);
  }

  /**
   * The program's own unknown options get a hint commander cannot give (option-hint.ts); a command's are commander's.
   * commander calls this method on a parse error; its typings leave it out, as internal.
   */
  unknownOption(flag: string): void {
    // The words the program was given: the command among them is the one the option was meant for.
    const hint = this.parent === null ? programOptionHint(this, flag, (this as unknown as { rawArgs: string[] }).rawArgs) : undefined;
    if (hint === undefined) return COMMANDER_UNKNOWN_OPTION.call(this, flag);
    this.error(`error: unknown option '${flag}' (Did you mean ${hint}?)`, { code: 'commander.unknownOption' });
  }

  override createHelp(): Help {
    const help = super.createHelp();
    const lang = helpLangOf(this);
    return lang === 'en' ? help : translatedHelp(help, lang);
  }

  /**
   * `chaterr explain -１０００１` and `-10001,` (a negative code typed with full-width digits, or copied with the
   * comma after it) were unknown options: commander leaves only ASCII negative numbers to a command.
   */
  override parseOptions(args: string[]): ParseOptionsResult {
    // The program's words go to its commands. A command with subcommands and an argument of its own (usersig and its
    // sig) gets no negative number from commander either: `chaterr usersig -10001` was "unknown option '-10001'",
    // where `usersig 70001` points at explain; its codes are kept as arguments too.
    if (this.commands.length > 0 && (this.parent === null || this.registeredArguments.length === 0)) return super.parseOptions(args);
    const takesValue = (flag: string) => this.options.some((o) => (o.required || o.optional) && (o.long === flag || o.short === flag));
    return parseKeepingCodes(args, takesValue, (marked) => super.parseOptions(marked), this.commands.length > 0);
  }

  /**
   * `chaterr help <command>` shows a command's help without running it, and a command list shows each command's
   * usage ("[options]"): help is drawn with every global option in place.
   */
  override helpInformation(context?: Parameters<Command['helpInformation']>[0]): string {
    withEveryGlobalOption(this);
    return super.helpInformation(context);
  }

  override addHelpText(position: AddHelpTextPosition, text: string): this;
  override addHelpText(position: AddHelpTextPosition, text: (context: AddHelpTextContext) => string): this;
  override addHelpText(position: AddHelpTextPosition, text: string | ((context: AddHelpTextContext) => string)): this {
    if (typeof text === 'string') {
      if (position === 'after') this.epilogues.push(text);
      // Translated and wrapped only when help is shown: every start-up builds the program, few print its help.
      return super.addHelpText(position, (context) => wrapHelpText(helpEpilogue(commandPath(context.command), text, helpLangOf(context.command)), helpTextWidth(context)));
    }
    return super.addHelpText(position, (context) => wrapHelpText(text(context), helpTextWidth(context)));
  }
}

/** A command's full name: `chaterr usersig generate`. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The language of the program a command belongs to. */
function helpLangOf(command: Command): Lang {
  let root = command;
  while (root.parent) root = root.parent;
  return root instanceof ChaterrCommand ? root.helpLang : 'en';
}

/**
 * commander's help drawn in another language: descriptions and headings looked up by their English text, the
 * default it appends in that language too, and widths counted in columns, as a Chinese character takes two.
 */
function translatedHelp(help: Help, lang: Lang): Help {
  const english = {
    optionDescription: help.optionDescription.bind(help),
    argumentDescription: help.argumentDescription.bind(help),
    subcommandDescription: help.subcommandDescription.bind(help),
    commandDescription: help.commandDescription.bind(help),
  };
  /**
   * commander's text is the description, then " (default: …)" or " (choices: …)" when it shows one: completion's
   * `shell` read "要补全的 Shell (choices: "bash", "zsh", "fish")" under zh.
   */
  const translate = (described: string, description: string) => {
    const extra = described.startsWith(description) ? described.slice(description.length) : '';
    const defaulted = /^ \(default: (.*)\)$/.exec(extra);
    const choices = /^ \(choices: (.*)\)$/.exec(extra);
    const said = defaulted?.[1] !== undefined ? helpDefault(defaulted[1], lang) : choices?.[1] !== undefined ? helpChoices(choices[1], lang) : extra;
    return helpText(description, lang) + said;
  };
  return Object.assign(help, {
    optionDescription: (option: Option) => translate(english.optionDescription(option), option.description ?? ''),
    argumentDescription: (argument: Parameters<Help['argumentDescription']>[0]) =>
      translate(english.argumentDescription(argument), argument.description ?? ''),
    subcommandDescription: (command: Command) => helpText(english.subcommandDescription(command), lang),
    commandDescription: (command: Command) => helpText(english.commandDescription(command), lang),
    styleTitle: (title: string) => helpTitle(title, lang),
    displayWidth: (text: string) => displayWidth(text),
    // commander breaks lines at spaces only, which Chinese text has few of; the output's own wrap
    // (render/help.ts, by display width, between any two Chinese characters) lays each line out instead.
    boxWrap: (text: string) => text,
  });
}

/**
 * The width the rest of the help is laid out in (the program's getOutHelpWidth, from COLUMNS or the terminal), so an
 * epilogue is wrapped once, to that width, and never wrapped at 80 first and again narrower, which left hanging
 * lines wider than the terminal.
 */
function helpTextWidth(context: AddHelpTextContext): number {
  const output = context.command.configureOutput();
  const width = context.error ? output.getErrHelpWidth?.() : output.getOutHelpWidth?.();
  return width !== undefined && width > 0 ? Math.min(width, HELP_WIDTH) : HELP_WIDTH;
}

/** Help settings for every command: options defined by the command come first, then the global ones, then help. */
export const helpConfiguration: Partial<Help> = {
  visibleOptions(this: Help, cmd: Command): Option[] {
    const all = Object.getPrototypeOf(this).visibleOptions.call(this, cmd) as Option[];
    const isGlobal = (o: Option) => GLOBAL_OPTION_FLAGS.includes(o.long ?? '');
    const isHelp = (o: Option) => o.long === '--help';
    return [...all.filter((o) => !isGlobal(o) && !isHelp(o)), ...all.filter(isGlobal), ...all.filter(isHelp)];
  },
};
