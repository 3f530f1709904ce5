// Builds the commander program; a fresh one per run, so tests can drive it with a fake io.
import type { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { registerCompletion } from './commands/completion.js';
import { versionText } from '../core/provenance.js';
import { registerExplain } from './commands/explain.js';
import { registerList } from './commands/list.js';
import { registerScan } from './commands/scan.js';
import { registerSearch } from './commands/search.js';
import { registerUserSig } from './commands/usersig.js';
import { safeCommanderMessage } from './commander-message.js';
import { globalOptionsOnUse, withGlobalOptions } from './global-options.js';
import { ChaterrCommand, helpConfiguration } from './help-layout.js';
import type { CliIO } from './io.js';
import type { Lang } from '../render/context.js';
import { wrapHelpText } from '../render/help.js';
import { commanderMessage } from '../render/help-zh.js';
import { helpWidth } from './width.js';

/** `lang` is the language help and commander's usage errors are shown in; the man page and completions ask for English. */
export function createProgram(io: CliIO, lang: Lang = 'en'): Command {
  const program = new ChaterrCommand('chaterr');
  program.helpLang = lang;
  program
    .description('Explain Tencent Cloud Chat (Tencent IM) error codes, offline.')
    .usage('[options] <command> | <code-or-name...>')
    .version(versionText(packageJson.version), '-V, --version', 'print the version and the catalogue\'s sources')
    .helpOption('-h, --help', 'show help')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureHelp(helpConfiguration)
    .configureOutput({
      // Help and the version go through here: epilogues are wrapped to the terminal like commander's own text.
      writeOut: (text) => io.stdout.write(wrapHelpText(text, helpWidth(io))),
      getOutHelpWidth: () => helpWidth(io),
      // Help shown for a usage error (`chaterr` alone) goes here: wrapped as on stdout, since under zh commander
      // leaves the wrapping to wrapHelpText (help-layout.ts translatedHelp) and the lines ran to 115 columns.
      // Measured on stderr's own terminal: `chaterr > out.txt` in a 50-column terminal laid it out at 80.
      writeErr: (text) => io.stderr.write(wrapHelpText(text, helpWidth(io, io.stderr))),
      getErrHelpWidth: () => helpWidth(io, io.stderr),
      // An error is one line, never wrapped.
      outputError: (text) => io.stderr.write(`chaterr: ${commanderMessage(safeCommanderMessage(text), lang)}\n`),
    })
    .addHelpText(
      'after',
      `
Examples:
  chaterr 70001                          what it means and what to do
  chaterr explain 70001                  the same
  chaterr explain -10001 ERR_SDK_NOT_INITIALIZED 2801
  chaterr search "frequency"             search descriptions and names
  chaterr list                           categories, with counts and code spans
  chaterr scan app.log                   annotate error codes in a log
  tail -f app.log | chaterr scan         the same, as lines arrive
  chaterr --json explain 70001           one JSON document; --json may come before the command
  chaterr usersig "$SIG"                 decode a UserSig and check it
  chaterr completion bash                a shell completion script

Exit codes: 0 success, 1 not found (scan: no code found), 2 usage or input error, 130 after Ctrl-C with scan --summary.`,
    );
  globalOptionsOnUse(withGlobalOptions(program)).exitOverride();
  for (const register of [registerExplain, registerSearch, registerList, registerScan, registerUserSig, registerCompletion]) {
    register(program, io).exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
  }
  return program;
}
