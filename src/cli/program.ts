// Builds the commander program; a fresh one per run, so tests can drive it with a fake io.
import { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { versionText } from '../core/provenance.js';
import { registerExplain } from './commands/explain.js';
import { registerList } from './commands/list.js';
import { registerScan } from './commands/scan.js';
import { registerSearch } from './commands/search.js';
import { registerUserSig } from './commands/usersig.js';
import { withGlobalOptions } from './global-options.js';
import type { CliIO } from './io.js';

export function createProgram(io: CliIO): Command {
  const program = new Command('chaterr')
    .description('Explain Tencent Cloud Chat (Tencent IM) error codes, offline.')
    .version(versionText(packageJson.version), '-V, --version', 'print the version and the catalogue\'s sources')
    .helpOption('-h, --help', 'show help')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`chaterr: ${text.replace(/^error: /, '').trimEnd().replace(/\n+/g, ' ')}\n`),
    })
    .addHelpText(
      'after',
      `
Examples:
  chaterr explain 70001                  what it means and what to do
  chaterr explain -10001 ERR_SDK_NOT_INITIALIZED 2801
  chaterr search "frequency"             search descriptions and names
  chaterr list                           categories with counts; chaterr list group
  tail -f app.log | chaterr scan         annotate error codes in a log
  chaterr usersig <sig>                  decode a UserSig and check it

Exit codes: 0 success, 1 not found (scan: no code found), 2 usage or input error.`,
    );
  withGlobalOptions(program).exitOverride();
  for (const register of [registerExplain, registerSearch, registerList, registerScan, registerUserSig]) {
    const sub = withGlobalOptions(register(program, io));
    sub.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
  }
  return program;
}
