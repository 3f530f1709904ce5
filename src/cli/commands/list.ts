// chaterr list: the categories with counts and the spans of codes they hold, or the codes of one category, of one
// source, of one triage class, or all of them.
import { InvalidArgumentError, type Command } from 'commander';
import { getCatalogue } from '../../core/catalogue.js';
import { isTriageClass, TRIAGE_CLASS_NAMES } from '../../core/classes.js';
import { selectForList } from '../../core/list-select.js';
import { otherCodesName } from '../../core/explain.js';
import { parseQuery } from '../../core/query.js';
import { looksLikeUserSig } from '../../core/usersig-shape.js';
import { SOURCES, type Source, type TriageClass } from '../../core/types.js';
import { categoriesDocument, entriesDocument, toJsonLine } from '../../render/json.js';
import { echoInput } from '../../render/echo-input.js';
import { userSigHint } from '../../render/i18n.js';
import { categoryArgument } from '../../render/labels.js';
import { renderContext } from '../context.js';
import { refuseTogether } from '../global-options.js';
import { CliError, EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { parseSource } from '../options.js';

interface ListFlags {
  source?: Source;
  class?: TriageClass;
  all?: boolean;
  json?: boolean;
  table?: boolean;
}

/** Any case, as the sources and --lang are: a class typed in capitals (`AUTH`) is still the class. */
function parseClass(value: string): TriageClass {
  const name = value.trim().toLowerCase();
  if (!isTriageClass(name)) throw new InvalidArgumentError(`expected one of ${TRIAGE_CLASS_NAMES.join(', ')}`);
  return name;
}

/** The source among two words, when exactly one of them is one (group web, web group). */
function sourceWordOf(words: readonly string[]): Source | undefined {
  const sources = words.filter((w) => (SOURCES as readonly string[]).includes(w.trim().toLowerCase()));
  return sources.length === 1 ? (sources[0] as string).trim().toLowerCase() as Source : undefined;
}

/**
 * A category and a source typed as two words (`list group web`, `list web group`) read as `list group --source web`;
 * commander said only "too many arguments for 'list'". Any other second word is still too many, said with the way to
 * give a source.
 */
function withSourceWord(first: string | undefined, words: readonly string[], options: ListFlags): { input: string | undefined; options: ListFlags } {
  if (words.length <= 1) return { input: first, options };
  const source = words.length === 2 ? sourceWordOf(words) : undefined;
  if (source !== undefined && options.source !== undefined && options.source !== source) {
    throw new CliError({
      en: `${source} and --source ${options.source} name two sources: give one`,
      zh: `${source} 与 --source ${options.source} 指定了两个来源：请只给一个`,
    });
  }
  if (source === undefined) {
    throw new CliError({
      en: `too many arguments for 'list': give one category or source, and a source with --source (chaterr list group --source web)`,
      zh: `list 的参数过多：请给出一个分类或来源，来源也可用 --source 给出（chaterr list group --source web）`,
    });
  }
  const category = words.find((w) => w.trim().toLowerCase() !== source) as string;
  return { input: category, options: { ...options, source } };
}

export function registerList(program: Command, io: CliIO): Command {
  return program
    .command('list')
    .description('list categories with counts and code spans, or the codes in a category, a source or a class')
    .argument('[category-or-source]', 'a category slug, title or unique prefix (group, recent, ...), or a source (sdk, server, sdk-v3, web)')
    // A second word is read below: a category and a source in two words (list group web) is what --source says.
    .allowExcessArguments()
    .option('-s, --source <source>', 'only sdk, server, sdk-v3 or web', parseSource)
    .option('-a, --all', 'list every code, not the categories')
    .option('--class <class>', `only codes of this triage class (${TRIAGE_CLASS_NAMES.join(', ')})`, parseClass)
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .addHelpText(
      'after',
      `
Examples:
  chaterr list
  chaterr list web                       the Web SDK's categories
  chaterr list group                     the SDK, server and Web group tables
  chaterr list group --source server
  chaterr list group web                 the same as --source web
  chaterr list recent                    a unique prefix is enough
  chaterr list --all                     every code
  chaterr list server --class auth       the server's login and UserSig codes
  chaterr list --source web --json

Exit codes: 0 listed, 1 no such category or source (a typo gets the nearest) or the filters leave nothing, 2 a usage error.`,
    )
    .action(async (firstWord: string | undefined, flags: ListFlags, command: Command) => {
      refuseTogether(flags, 'table', 'json');
      const { input, options } = withSourceWord(firstWord, command.args, flags);
      // An empty word is a usage error, as explain '', search '', scan '' and --category '' are, not a category not found.
      if (input !== undefined && input.trim() === '') throw new CliError({
          en: 'empty category: give a category or a source (chaterr list shows them), or none',
          zh: '分类为空：请给出一个分类或来源（chaterr list 会列出它们），或者不给',
        });
      const catalogue = getCatalogue();
      const named = input === undefined ? undefined : categoryArgument(input, catalogue.categories);
      const selection = selectForList(catalogue, { input: named, source: options.source, triageClass: options.class, all: options.all });
      // cli-table3 loads only when a table is drawn.
      const tables = () => import('../../render/tables.js');
      switch (selection.kind) {
        case 'ambiguous':
          throw new CliError({
            en: `"${echoInput(selection.input)}" matches several categories: ${selection.candidates.join(', ')}`,
            zh: `“${echoInput(selection.input)}”匹配多个分类：${selection.candidates.join(', ')}`,
          });
        case 'unknown': {
          // A credential is not echoed back, as explain and search do not echo one.
          if (input !== undefined && looksLikeUserSig(input)) {
            throw new CliError(userSigHint('category'));
          }
          const query = input === undefined ? undefined : parseQuery(input);
          // A code is not a mistyped slug: it is explain's. The command names the code as explain reads it, so
          // pasted back it runs (`(6206)` and `code:6206` as typed were a shell syntax error and a quoting puzzle).
          const asCode = query?.kind === 'code' ? String(query.code) : query?.kind === 'span' ? `${query.min}${query.min < 0 || query.max < 0 ? '~' : '-'}${query.max}` : undefined;
          // So is a constant name (`list ERR_SDK_NOT_INITIALIZED` listed every slug, as for a mistyped one).
          const asName = query?.kind === 'name' ? getCatalogue().lookupName(query.name)?.names.find((n) => n.toUpperCase() === query.name.toUpperCase()) : undefined;
          const typed = echoInput(input ?? '');
          // A pair whose name is another code's (`6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED)`) points to both, as explain would refuse it.
          const readings = query?.kind === 'code' ? catalogue.lookupCode(query.code) : [];
          const other = query?.kind === 'code' && query.pairedName !== undefined ? otherCodesName(catalogue, query.code, query.pairedName, readings) : undefined;
          // A code the catalogue does not know, paired with a known name, is not offered: its explain is a dead end.
          const both = other !== undefined && readings.length > 0;
          const [nearEn, nearZh] =
            other !== undefined
              ? [
                  `; ${typed} looks like a code, but ${other.name} is ${other.code}: ${both ? `chaterr explain ${asCode} or ` : ''}chaterr explain ${other.code}`,
                  `；${typed} 看起来是错误码，但 ${other.name} 是 ${other.code}：${both ? `chaterr explain ${asCode} 或 ` : ''}chaterr explain ${other.code}`,
                ]
              : asCode !== undefined
                ? [`; ${typed} looks like a code: chaterr explain ${asCode}`, `；${typed} 看起来是错误码：chaterr explain ${asCode}`]
                : asName !== undefined
                  ? [`; ${typed} is a constant name: chaterr explain ${asName}`, `；${typed} 是常量名：chaterr explain ${asName}`]
                  : selection.didYouMean.length > 0
                    ? [`; did you mean ${selection.didYouMean.join(' or ')}?`, `；是否想输入 ${selection.didYouMean.join(' 或 ')}？`]
                    : [`; categories: ${selection.candidates.join(', ')}`, `；分类有：${selection.candidates.join(', ')}`];
          const asked = echoInput(input ?? selection.input);
          throw new CliError({ en: `no category or source "${asked}"${nearEn}`, zh: `没有名为“${asked}”的分类或来源${nearZh}` }, EXIT.notFound);
        }
        case 'categories':
          if (selection.categories.length === 0) {
            const asked = echoInput(input ?? '');
            const source = options.source ?? '';
            throw new CliError({ en: `no categories in ${asked} with --source ${source}`, zh: `${asked} 中没有 --source ${source} 的分类` }, EXIT.notFound);
          }
          io.stdout.write(
            options.json ? toJsonLine(categoriesDocument(selection.categories)) : (await tables()).renderCategoriesTable(selection.categories, renderContext(command, io)),
          );
          return;
        case 'entries': {
          if (selection.blocks.length === 0) {
            const place = input ?? options.source;
            const withSource = input !== undefined && options.source ? options.source : undefined;
            const ofClass = options.class ? `${options.class} ` : '';
            throw new CliError(
              {
                en: `no ${ofClass}codes in ${echoInput(place ?? 'the catalogue')}${withSource ? ` with --source ${withSource}` : ''}`,
                zh: `${place === undefined ? '整个目录' : echoInput(place)}中${withSource ? `在 --source ${withSource} 下` : ''}没有${options.class ? ` ${options.class} 类的` : ''}错误码`,
              },
              EXIT.notFound,
            );
          }
          if (options.json) {
            io.stdout.write(toJsonLine(entriesDocument(selection.blocks.flatMap((b) => b.entries))));
            return;
          }
          const ctx = renderContext(command, io);
          const { renderEntriesTable } = await tables();
          // Plain lines are records: no blank line between one category's and the next's, so wc -l and cut see entries only.
          io.stdout.write(selection.blocks.map((b) => renderEntriesTable(b.category, b.entries, ctx)).join(ctx.layout === 'plain' ? '' : '\n'));
        }
      }
    });
}
