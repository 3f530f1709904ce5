// chaterr list: the categories with counts and code ranges, or the codes of one category.
import type { Command } from 'commander';
import { getCatalogue } from '../../core/catalogue.js';
import { resolveCategory } from '../../core/categories.js';
import type { Source } from '../../core/types.js';
import { categoriesDocument, entriesDocument, toJsonLine } from '../../render/json.js';
import { escapeControls } from '../../render/text.js';
import { renderContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { parseSource } from '../options.js';

export function registerList(program: Command, io: CliIO): Command {
  return program
    .command('list')
    .description('list categories with counts and code ranges, or the codes in one category')
    .argument('[category]', 'a category slug, title or unique prefix (group, account, recent, ...)')
    .option('-s, --source <source>', 'only sdk, server, sdk-v3 or web', parseSource)
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .addHelpText(
      'after',
      `
Examples:
  chaterr list
  chaterr list group                     both the SDK and the server group tables
  chaterr list group --source server
  chaterr list recent                    a unique prefix is enough
  chaterr list --source web --json`,
    )
    .action(async (input: string | undefined, options: { source?: Source; json?: boolean }, command: Command) => {
      const catalogue = getCatalogue();
      // cli-table3 loads only when a table is drawn.
      const tables = () => import('../../render/tables.js');
      if (input === undefined) {
        const categories = catalogue.categories.filter((c) => !options.source || c.source === options.source);
        io.stdout.write(options.json ? toJsonLine(categoriesDocument(categories)) : (await tables()).renderCategoriesTable(categories, renderContext(command, io)));
        return;
      }
      const resolved = resolveCategory(catalogue, input, options.source);
      if (resolved.kind === 'ambiguous') {
        throw new CliError(`"${escapeControls(input)}" matches several categories: ${resolved.candidates.join(', ')}`);
      }
      if (resolved.kind === 'unknown') {
        throw new CliError(`no category "${escapeControls(input)}"; categories: ${resolved.candidates.join(', ')}`, EXIT.notFound);
      }
      if (options.json) {
        const entries = resolved.categories.flatMap((c) => catalogue.entriesIn(c.category, c.source));
        io.stdout.write(toJsonLine(entriesDocument(entries)));
        return;
      }
      const ctx = renderContext(command, io);
      const { renderEntriesTable } = await tables();
      const blocks = resolved.categories.map((c) => renderEntriesTable(c, catalogue.entriesIn(c.category, c.source), ctx));
      io.stdout.write(blocks.join('\n'));
    });
}
