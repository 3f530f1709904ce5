// chaterr explain: one card per reading of each code or name; unknown input gets suggestions on stderr.
import type { Command } from 'commander';
import { explain } from '../../core/explain.js';
import { renderExplainCards, renderExplainProblems } from '../../render/explain.js';
import { explainDocument, toJsonLine } from '../../render/json.js';
import { raiseExitCode, renderContext } from '../context.js';
import { EXIT } from '../errors.js';
import type { CliIO } from '../io.js';

export function registerExplain(program: Command, io: CliIO): Command {
  return program
    .command('explain')
    .description('explain error codes or constant names: meaning, source table, what to do, related codes')
    .argument('<code-or-name...>', 'codes (70001, -10001, 125000) or names (ERR_SDK_NOT_INITIALIZED, MESSAGE_SEND_FAIL)')
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .addHelpText(
      'after',
      `
Examples:
  chaterr explain 70001
  chaterr explain -10001                 negative codes need no --
  chaterr explain err_sdk_not_initialized MESSAGE_SEND_FAIL
  chaterr explain 125000                 any code in the webhook range 120001-130000
  chaterr explain '6014(ERR_SDK_NOT_LOGGED_IN)'  a code beside its name, as logs print the pair
  chaterr explain 70,001                 grouped as a spreadsheet shows it
  chaterr explain 6014 --lang zh         in Chinese (also: CHATERR_LANG=zh, or a zh_CN locale)
  chaterr explain 6206 --json | jq '.results[0].readings[0].class'

Exit codes: 0 every code was found, 1 one is not a known code, 2 one cannot be a code (12abc, 70001,6206) or is a code beside another code's name ('70001 ERR_SDK_NOT_LOGGED_IN').`,
    )
    .action((queries: string[], options: { json?: boolean }, command: Command) => {
      const results = explain(queries);
      const ctx = renderContext(command, io);
      if (options.json) io.stdout.write(toJsonLine(explainDocument(results)));
      else io.stdout.write(renderExplainCards(results, ctx));
      const problems = renderExplainProblems(results, ctx.lang);
      if (problems !== '') io.stderr.write(problems);
      if (results.some((r) => r.error)) raiseExitCode(io, EXIT.usage);
      else if (results.some((r) => !r.found)) raiseExitCode(io, EXIT.notFound);
    });
}
