// Runs one command line against an io and turns every failure into an exit code and one line on stderr.
import { CommanderError } from 'commander';
import { errorDocument, toJsonLine } from '../render/json.js';
import { escapeControls } from '../render/text.js';
import { safeCommanderMessage } from './commander-message.js';
import { commanderMessage } from '../render/help-zh.js';
import { getCatalogue } from '../core/catalogue.js';
import { withBareLookup } from './bare-lookup.js';
import { CliError, EXIT } from './errors.js';
import type { CliIO } from './io.js';
import { langInArgv, resolveLang } from './lang.js';
import { createProgram } from './program.js';

/** Help asked for and the version are successes; help shown because no command was given is a usage error. */
const SILENT_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

/** argv is what follows the program name. Resolves with the exit code, which is also left on io.exitCode. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Only before `--`: after it `--json` is a word (`chaterr list -- --json`), and a text run got a JSON error
  // document on stdout beside its error line.
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const debug = options.includes('--debug');
  // A script that asked for JSON parses stdout; a failure must not leave it empty.
  const json = options.includes('--json');
  let failure: { message: string; exitCode: number } | undefined;
  const lang = resolveLang(langInArgv(argv), io.env);
  try {
    const program = createProgram(io, lang);
    const isKnownName = (name: string) => getCatalogue().lookupName(name) !== undefined;
    await program.parseAsync(withBareLookup(argv, program, isKnownName), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message (made safe by safeCommanderMessage); only the exit code is ours.
      const asked = SILENT_SUCCESS.has(error.code) || (error.code === 'commander.help' && error.exitCode === 0);
      io.exitCode = asked ? EXIT.ok : EXIT.usage;
      // commander's help paths carry an internal marker ("(outputHelp)") as their message, not words for a user.
      const helpShown = error.code === 'commander.help' || error.code === 'commander.helpDisplayed';
      if (!asked) failure = { message: helpShown ? 'no command given: see chaterr --help' : safeCommanderMessage(error.message), exitCode: EXIT.usage };
    } else if (error instanceof CliError) {
      // A message of ours in commander's words (bare-lookup's "unknown command 'SCAN' (Did you mean scan?)") reads in
      // the language commander's own do; the JSON error document stays English.
      io.stderr.write(`chaterr: ${escapeControls(commanderMessage(error.message, lang))}\n`);
      io.exitCode = error.exitCode;
      failure = { message: error.message, exitCode: error.exitCode };
    } else {
      const err = error instanceof Error ? error : new Error(String(error));
      io.stderr.write(
        debug ? `${escapeControls(err.stack ?? err.message).replace(/\\n/g, '\n')}\n` : `chaterr: unexpected error: ${escapeControls(err.message)} (run with --debug for details)\n`,
      );
      io.exitCode = EXIT.usage;
      failure = { message: `unexpected error: ${err.message}`, exitCode: EXIT.usage };
    }
  }
  if (json && failure && !io.signal?.aborted) io.stdout.write(toJsonLine(errorDocument(failure.message, failure.exitCode)));
  return io.exitCode;
}
