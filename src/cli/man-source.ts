// Gathers the man page's content from the two places that already hold it: the commander program (synopses,
// options and epilogues, exactly as --help shows them) and README.md (the description and each command's section).
import type { Command } from 'commander';
import type { ManCommand, ManOption, ManPage } from '../render/man.js';
import { withEveryGlobalOption } from './global-options.js';
import { ChaterrCommand, GLOBAL_OPTION_FLAGS } from './help-layout.js';

/** README sections, besides the command sections, that the man page carries, with their man headings. */
const README_SECTIONS: Array<[string, string]> = [
  ['Install', 'INSTALL'],
  ['Output rules', 'OUTPUT RULES AND EXIT STATUS'],
  ['Triage classes', 'TRIAGE CLASSES'],
];

/** The body of a `## title` section (up to the next `## `), or '' when the README has none. */
export function readmeSection(readme: string, title: string): string {
  const lines = readme.replace(/\r/g, '').split('\n');
  const start = lines.findIndex((l) => l === `## ${title}` || l.startsWith(`## ${title} `));
  if (start < 0) return '';
  const end = lines.findIndex((l, k) => k > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The README's `### \`chaterr <name> ...\`` sections under Commands, by command name. */
export function readmeCommandSections(readme: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | undefined;
  let body: string[] = [];
  for (const line of readmeSection(readme, 'Commands').split('\n')) {
    const heading = /^### `chaterr ([a-z-]+)/.exec(line);
    if (heading || /^### /.test(line)) {
      if (current) sections.set(current, body.join('\n'));
      current = heading?.[1];
      body = [];
    } else body.push(line);
  }
  if (current) sections.set(current, body.join('\n'));
  return sections;
}

/** The README's opening: what comes between the title and the first `##` section. */
function readmeIntro(readme: string): string {
  const lines = readme.replace(/\r/g, '').split('\n');
  const end = lines.findIndex((l) => /^## /.test(l));
  return lines.slice(1, end < 0 ? undefined : end).join('\n');
}

function optionsOf(command: Command, keep: (flags: string) => boolean): ManOption[] {
  const help = command.createHelp();
  return help
    .visibleOptions(command)
    .filter((o) => keep(o.long ?? o.short ?? ''))
    .map((o) => ({ flags: o.flags, description: help.optionDescription(o) }));
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export function manPageFrom(program: Command, readme: string, version: string): ManPage {
  withEveryGlobalOption(program);
  const sections = readmeCommandSections(readme);
  const commands: ManCommand[] = [];
  const visit = (command: Command, readmeText: string) => {
    commands.push({
      name: command.name(),
      synopsis: `${commandPath(command)} ${command.usage()}`,
      summary: command.description(),
      options: optionsOf(command, (flag) => !GLOBAL_OPTION_FLAGS.includes(flag) && flag !== '--help'),
      epilogue: command instanceof ChaterrCommand ? command.epilogues.join('\n') : '',
      readme: readmeText,
    });
    for (const sub of command.commands) visit(sub, '');
  };
  for (const command of program.commands) visit(command, sections.get(command.name()) ?? '');
  return {
    name: program.name(),
    version,
    summary: program.description().replace(/\.$/, ''),
    description: readmeIntro(readme),
    synopsis: [`${program.name()} ${program.usage()}`, ...program.commands.map((c) => `${program.name()} ${c.name()} ${c.usage()}`)],
    // -V and --version are the program's own: `chaterr list -V` is an unknown option, so the page's "every command
    // takes these" listed them wrongly.
    globalOptions: optionsOf(program, (flag) => GLOBAL_OPTION_FLAGS.includes(flag) || flag === '--help'),
    programOptions: optionsOf(program, (flag) => !GLOBAL_OPTION_FLAGS.includes(flag) && flag !== '--help'),
    commands,
    epilogue: program instanceof ChaterrCommand ? program.epilogues.join('\n') : '',
    sections: README_SECTIONS.map(([title, heading]) => ({ title: heading, markdown: readmeSection(readme, title) })).filter((s) => s.markdown.trim() !== ''),
  };
}
