// The completion spec, read off the commander program itself and the catalogue, so completion never lists a
// command, option, category, source or class that the program and data do not have.
import type { Command, Option } from 'commander';
import type { Catalogue } from '../core/catalogue.js';
import { TRIAGE_CLASS_NAMES } from '../core/classes.js';
import { SOURCES } from '../core/types.js';
import { withEveryGlobalOption } from './global-options.js';
import { LANGS } from '../render/context.js';
import { SHELLS, type CompletionCommand, type CompletionOption, type CompletionSpec, type ValueSet } from '../render/completion.js';

const words = (list: readonly string[]): ValueSet => ({ kind: 'words', words: [...list] });
const FILES: ValueSet = { kind: 'files' };

/** The catalogue's distinct category slugs, in catalogue order. */
export function categorySlugs(catalogue: Catalogue): string[] {
  return [...new Set(catalogue.categories.map((c) => c.category))];
}

export function completionSpec(program: Command, catalogue: Catalogue, version: string): CompletionSpec {
  withEveryGlobalOption(program);
  const slugs = categorySlugs(catalogue);
  /** Values an option takes, by the option's name; an option not listed here takes a value nobody can guess. */
  const optionValues: Record<string, ValueSet> = {
    source: words(SOURCES),
    category: words(slugs),
    class: words(TRIAGE_CLASS_NAMES),
    keyFile: FILES,
    lang: words(LANGS),
  };
  /** What each command's arguments can be. */
  const commandArgs: Record<string, ValueSet> = {
    explain: words([...catalogue.names].sort()),
    list: words([...SOURCES, ...slugs.filter((s) => !(SOURCES as readonly string[]).includes(s))]),
    scan: FILES,
    completion: words(SHELLS),
    help: words(program.commands.map((c) => c.name())),
  };

  const toOption = (o: Option): CompletionOption => {
    const flags = [o.long, o.short].filter((f): f is string => f !== undefined);
    const option: CompletionOption = { flags, description: o.description };
    if (o.required || o.optional) option.values = optionValues[o.attributeName()] ?? words([]);
    return option;
  };
  const toCommand = (c: Command): CompletionCommand => {
    // The options --help lists, in its order: the command's own, then the global ones, then help.
    const options = c.createHelp().visibleOptions(c).map(toOption);
    const command: CompletionCommand = { name: c.name(), description: c.description(), options, subcommands: c.commands.map(toCommand) };
    const args = commandArgs[c.name()];
    if (args && c.parent === program) command.args = args;
    return command;
  };
  const root = toCommand(program);
  root.subcommands.push({ name: 'help', description: 'show help for a command', options: [], args: commandArgs.help, subcommands: [] });
  return { program: program.name(), version, root };
}
