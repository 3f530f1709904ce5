// chaterr completion <shell>: prints a completion script for bash, zsh or fish, read off this very program.
import { Argument, type Command } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import { getCatalogue } from '../../core/catalogue.js';
import { renderCompletion, SHELLS, type Shell } from '../../render/completion.js';
import { completionSpec } from '../completion-spec.js';
import type { CliIO } from '../io.js';

export function registerCompletion(program: Command, io: CliIO): Command {
  return program
    .command('completion')
    .description('print a shell completion script (commands, options, categories, sources, classes)')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
    .addHelpText(
      'after',
      `
Install:
  bash  echo 'source <(chaterr completion bash)' >> ~/.bashrc
  zsh   echo 'source <(chaterr completion zsh)' >> ~/.zshrc      (before or after compinit)
  fish  chaterr completion fish > ~/.config/fish/completions/chaterr.fish

Exit codes: 0 the script was printed, 2 a usage error (a shell other than bash, zsh or fish).`,
    )
    .action((shell: Shell) => {
      const root = program;
      io.stdout.write(renderCompletion(completionSpec(root, getCatalogue(), packageJson.version), shell));
    });
}
