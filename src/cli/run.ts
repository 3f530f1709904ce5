// Runs one command line against an io and turns every failure into an exit code and one line on stderr.
import { CommanderError } from 'commander';
import { getCatalogue } from '../core/catalogue.js';
import { withBareLookup } from './bare-lookup.js';
import { CliError, EXIT } from './errors.js';
import type { CliIO } from './io.js';
import { createProgram } from './program.js';

/** Help asked for and the version are successes; help shown because no command was given is a usage error. */
const SILENT_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

/** argv is what follows the program name. Resolves with the exit code, which is also left on io.exitCode. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const program = createProgram(io);
    const isKnownName = (name: string) => getCatalogue().lookupName(name) !== undefined;
    await program.parseAsync(withBareLookup(argv, program, isKnownName), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message; only the exit code is ours to map.
      const asked = SILENT_SUCCESS.has(error.code) || (error.code === 'commander.help' && error.exitCode === 0);
      io.exitCode = asked ? EXIT.ok : EXIT.usage;
    } else if (error instanceof CliError) {
      io.stderr.write(`chaterr: ${error.message}\n`);
      io.exitCode = error.exitCode;
    } else {
      const err = error instanceof Error ? error : new Error(String(error));
      io.stderr.write(debug ? `${err.stack ?? err.message}\n` : `chaterr: unexpected error: ${err.message} (run with --debug for details)\n`);
      io.exitCode = EXIT.usage;
    }
  }
  return io.exitCode;
}
