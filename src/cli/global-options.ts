// The options every command accepts. Options are positional (the usersig subcommand shares names with its
// parent), so each command declares these itself and they work before or after the command's arguments.
import { Option, type Command } from 'commander';

export function withGlobalOptions(command: Command): Command {
  return command
    .addOption(new Option('--color', 'force coloured output'))
    .addOption(new Option('--no-color', 'never colour output (also: NO_COLOR=1)'))
    .option('--debug', 'show stack traces for unexpected errors');
}
