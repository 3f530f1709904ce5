// Runs one command line against an io and turns every failure into an exit code and one line on stderr.
import { CommanderError } from 'commander';
import { errorDocument, toJsonLine, versionDocument } from '../render/json.js';
import { escapeControls } from '../render/text.js';
import { inCommanderWords, safeCommanderMessage } from './commander-message.js';
import { getCatalogue } from '../core/catalogue.js';
import { asksVersion, withBareLookup } from './bare-lookup.js';
import packageJson from '../../package.json' with { type: 'json' };
import { CliError, EXIT, sayIn, type Said } from './errors.js';
import { withColorWhen } from './global-options.js';
import type { CliIO } from './io.js';
import { langInArgv, resolveLang } from './lang.js';
import { createProgram } from './program.js';

/** Help asked for and the version are successes; help shown because no command was given is a usage error. */
const SILENT_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

/** argv is what follows the program name. Resolves with the exit code, which is also left on io.exitCode. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Options end at `--`: after it, `--json` and `--debug` are words (`chaterr -- --json` is an unknown command).
  const dashes = argv.indexOf('--');
  const options = dashes < 0 ? argv : argv.slice(0, dashes);
  const debug = options.includes('--debug');
  // A script that asked for JSON parses stdout; a failure must not leave it empty.
  const json = options.includes('--json');
  let failure: { message: Said; exitCode: number } | undefined;
  const lang = resolveLang(langInArgv(argv), io.env);
  // `--version --json`: as every other --json output, one document (commander's version is text for people).
  if (json && asksVersion(options)) {
    io.stdout.write(toJsonLine(versionDocument(packageJson.version)));
    return io.exitCode;
  }
  try {
    const program = createProgram(io, lang);
    const isKnownName = (name: string) => getCatalogue().lookupName(name) !== undefined;
    await program.parseAsync(withBareLookup(withColorWhen(argv), program, isKnownName), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message (made safe by safeCommanderMessage); only the exit code is ours.
      const asked = SILENT_SUCCESS.has(error.code) || (error.code === 'commander.help' && error.exitCode === 0);
      io.exitCode = asked ? EXIT.ok : EXIT.usage;
      // commander's help paths carry an internal marker ("(outputHelp)") as their message, not words for a user.
      const helpShown = error.code === 'commander.help' || error.code === 'commander.helpDisplayed';
      if (!asked) {
        const message = helpShown ? { en: 'no command given: see chaterr --help', zh: '没有给出命令：见 chaterr --help' } : inCommanderWords(safeCommanderMessage(error.message));
        failure = { message, exitCode: EXIT.usage };
      }
    } else if (error instanceof CliError) {
      io.stderr.write(`chaterr: ${escapeControls(error.textIn(lang))}\n`);
      io.exitCode = error.exitCode;
      failure = { message: { en: error.message, zh: error.textIn('zh') }, exitCode: error.exitCode };
    } else {
      const err = error instanceof Error ? error : new Error(String(error));
      const unexpected = { en: `unexpected error: ${err.message}`, zh: `意外错误：${err.message}` };
      const hint = sayIn({ en: ' (run with --debug for details)', zh: '（加上 --debug 查看详情）' }, lang);
      io.stderr.write(debug ? `${escapeControls(err.stack ?? err.message).replace(/\\n/g, '\n')}\n` : `chaterr: ${escapeControls(sayIn(unexpected, lang))}${hint}\n`);
      io.exitCode = EXIT.usage;
      failure = { message: unexpected, exitCode: EXIT.usage };
    }
  }
  if (json && failure && !io.signal?.aborted) io.stdout.write(toJsonLine(errorDocument(failure.message, failure.exitCode)));
  return io.exitCode;
}
