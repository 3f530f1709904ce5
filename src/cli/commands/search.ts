// chaterr search: ranked search in English or Chinese over names, descriptions and synonyms; fuse.js loads only for typos.
import { characterCount, MAX_QUERY_CHARS } from '../../core/limits.js';
import { holdsSecretKey } from '../../core/usersig-shape.js';
import type { Command } from 'commander';
import { getCatalogue } from '../../core/catalogue.js';
import { resolveCategory, splitQualifiedCategory } from '../../core/categories.js';
import { nearCategoryWords } from '../../core/list-select.js';
import { SOURCES } from '../../core/types.js';
import { hasWord } from '../../core/han-script.js';
import { secretKeyHint, userSigHint, words as wordsIn } from '../../render/i18n.js';
import { categoryArgument } from '../../render/labels.js';
import type { Source } from '../../core/types.js';
import { searchDocument, toJsonLine } from '../../render/json.js';
import { echoInput, holdsUserSig } from '../../render/echo-input.js';
import { outputLang, raiseExitCode, renderContext } from '../context.js';
import { refuseTogether } from '../global-options.js';
import { CliError, EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { parsePositiveInt, parseSource } from '../options.js';


interface SearchFlags {
  limit: number;
  source?: Source;
  category?: string;
  json?: boolean;
  table?: boolean;
}

/**
 * Checks --category against the catalogue; an exact slug, a title or a unique prefix is accepted. `typed` is the
 * option as given, which errors quote: `--category 服务端` was rejected as "server" is not a category.
 */
function categoryOption(input: string | undefined, source: Source | undefined, typed: string): string | undefined {
  if (input === undefined) return undefined;
  const resolved = resolveCategory(getCatalogue(), input, source);
  if (resolved.kind === 'found') return resolved.categories[0]?.category;
  const shown = echoInput(typed);
  if (resolved.kind === 'ambiguous') {
    throw new CliError({
      en: `"${shown}" is ambiguous; choose one of: ${resolved.candidates.join(', ')}`,
      zh: `“${shown}”有歧义；请选择以下之一：${resolved.candidates.join(', ')}`,
    });
  }
  // A typo gets the nearest slug, as list's argument does (grup: did you mean group?), not the list of all of them.
  const near = nearCategoryWords(getCatalogue(), input, source).filter((w) => !(SOURCES as readonly string[]).includes(w));
  const [hintEn, hintZh] =
    near.length > 0
      ? [`did you mean ${near.join(' or ')}?`, `是否想输入 ${near.join(' 或 ')}？`]
      : [`choose one of: ${resolved.candidates.join(', ')}`, `请选择以下之一：${resolved.candidates.join(', ')}`];
  throw new CliError({ en: `"${shown}" is not a category; ${hintEn}`, zh: `“${shown}”不是分类；${hintZh}` });
}

export function registerSearch(program: Command, io: CliIO): Command {
  return program
    .command('search')
    .description('search codes by words (English or Chinese), constant names or name prefixes')
    .argument('<words...>', 'what to look for, e.g. frequency, "kicked offline", 被踢下线, ERR_SVR_GROUP')
    .option('-n, --limit <n>', 'how many results at most', parsePositiveInt(1000), 10)
    .option('-s, --source <source>', 'only sdk, server, sdk-v3 or web', parseSource)
    .option('-c, --category <slug>', 'only this category (slug, title, unique prefix, or source/slug as in sdk/account)')
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .addHelpText(
      'after',
      `
Examples:
  chaterr search frequency
  chaterr search "usersig expired" --limit 5
  chaterr search 群已满
  chaterr search ERR_SVR_GROUP --limit 50
  chaterr search timeout --source sdk --category network
  chaterr search blocklist --json

Exit codes: 0 something was found, 1 nothing matches, 2 a usage error (an empty query, one of only punctuation or common words, a bad option value).`,
    )
    .action(async (words: string[], options: SearchFlags, command: Command) => {
      refuseTogether(options, 'table', 'json');
      const query = words.join(' ').trim();
      if (query === '') throw new CliError({ en: 'give some words to search for, e.g. chaterr search frequency', zh: '请给出要搜索的词语，例如 chaterr search 频率' });
      // Only punctuation or emoji (`!!!`, `，。`, `👍`) holds no word to search for: a usage error like an empty query,
      // not "nothing matches" (exit 1), which says the words were fine and the catalogue lacks them.
      if (!hasWord(query)) {
        throw new CliError({
          en: `"${echoInput(query)}" holds no word to search for: give some words, e.g. chaterr search frequency`,
          zh: `“${echoInput(query)}”中没有可搜索的词语：请给出一些词语，例如 chaterr search 频率`,
        });
      }
      // A UserSig's base64 matched stray fragments of the index (2118 VOICE_TO_TEXT_FAIL, exit 0): it is pointed at
      // the command that decodes it, and not echoed (it is a credential).
      // Among other words too (`search login failed "$SIG"`), where it was searched for and written back as --json's query.
      if (holdsUserSig(query)) throw new CliError(userSigHint('searchWords'));
      // A secret key would be written back whole as --json's query and in "nothing matches".
      if (query.split(/\s+/).some(holdsSecretKey)) throw new CliError(secretKeyHint('searchWords'));
      const characters = characterCount(query);
      if (characters > MAX_QUERY_CHARS) {
        throw new CliError({
          en: `the query has ${characters} characters; search takes at most ${MAX_QUERY_CHARS}`,
          zh: `查询有 ${characters} 个字符；search 最多接受 ${MAX_QUERY_CHARS} 个`,
        });
      }
      // `--category sdk/account` (as scan and list print a category) names the source too; it must agree with --source.
      const named = options.category === undefined ? undefined : categoryArgument(options.category, getCatalogue().categories);
      // A source alone (`服务端`, `Web SDK`, `server`), as list takes it for its argument and README says --category
      // takes too, is that source: it was "\"server\" is not a category" (exit 2).
      const qualified =
        named === undefined ? undefined : (SOURCES as readonly string[]).includes(named.toLowerCase()) ? { source: named.toLowerCase() as Source, category: undefined } : splitQualifiedCategory(named);
      if (qualified?.source && options.source && qualified.source !== options.source) {
        const category = echoInput(options.category ?? '');
        throw new CliError({
          en: `--category ${category} is in ${qualified.source}, but --source says ${options.source}`,
          zh: `--category ${category} 属于 ${qualified.source}，但 --source 指定的是 ${options.source}`,
        });
      }
      const source = qualified?.source ?? options.source;
      const category = categoryOption(qualified?.category, source, options.category ?? '');
      const searchOptions = { limit: options.limit, source, category };
      // The character map loads with search alone: the other commands' start-up need not read it. The messages echo
      // the user's own words, not the Simplified form searched.
      const { rankTier } = await import('../../core/search-tiers.js');
      const tier = rankTier(query, searchOptions, getCatalogue());
      let result = tier.ranked;
      if (tier.wantsFuzzy) {
        // fuse.js loads only here, for a query with a word no reading contains (most likely a typo).
        const { addFuzzyHits } = await import('../../core/search-fuzzy.js');
        result = addFuzzyHits(result, tier.query, searchOptions, getCatalogue(), options.limit);
      }
      const { hits, total } = result;
      // Only common words ("the", "的"): the words were no help, which is a usage error like punctuation alone.
      if (hits.length === 0 && tier.ranked.onlyCommonWords) {
        // A platform's name alone (android) says where it failed, not what: ask for that, keeping the platform.
        const platform = tier.ranked.onlyPlatform;
        if (platform !== undefined) {
          throw new CliError({
            en: `"${echoInput(query)}" names a platform but not what failed: add words about the error, e.g. chaterr search "kicked offline ${platform}"`,
            zh: `“${echoInput(query)}”只说了平台，没说出了什么错：请加上描述错误的词语，例如 chaterr search "${platform} 被踢下线"`,
          });
        }
        throw new CliError({
          en: `"${echoInput(query)}" holds only common words (the, is, 的): give words about the error, e.g. chaterr search "kicked offline"`,
          zh: `“${echoInput(query)}”只有常用词（的、是、the）：请给出描述错误的词语，例如 chaterr search 被踢下线`,
        });
      }
      if (options.json) io.stdout.write(toJsonLine(searchDocument(query, hits)));
      else if (hits.length > 0) {
        const { renderSearchTable } = await import('../../render/tables.js');
        io.stdout.write(renderSearchTable(hits, renderContext(command, io)));
      }
      const lang = outputLang(command, io);
      const notes = wordsIn(lang).notes;
      if (hits.length > 0 && total > hits.length) io.stderr.write(`chaterr: ${notes.searchCut(hits.length, total)}\n`);
      if (hits.length === 0) {
        // With a filter, the filter may be what leaves nothing (search --source web 6206): say so.
        const filters = [options.source ? `--source ${options.source}` : '', options.category !== undefined ? `--category ${echoInput(options.category)}` : ''].filter(Boolean).join(' ');
        io.stderr.write(`chaterr: ${notes.nothingMatches(echoInput(query, undefined, lang), filters)}\n`);
        raiseExitCode(io, EXIT.notFound);
      }
    });
}
