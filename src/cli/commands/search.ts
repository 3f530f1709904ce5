// chaterr search: ranked search in English or Chinese over names, descriptions and synonyms; fuse.js loads only for typos.
import { MAX_QUERY_CHARS } from '../../core/limits.js';
import { looksLikeSecretKey } from '../../core/usersig-shape.js';
import type { Command } from 'commander';
import { getCatalogue } from '../../core/catalogue.js';
import { resolveCategory, splitQualifiedCategory } from '../../core/categories.js';
import { nearCategoryWords } from '../../core/list-select.js';
import { SOURCES } from '../../core/types.js';
import { hasWord } from '../../core/han-script.js';
import { categoryFromZh, secretKeyHint, userSigHint, words as wordsIn } from '../../render/i18n.js';
import type { Source } from '../../core/types.js';
import { searchDocument, toJsonLine } from '../../render/json.js';
import { echoInput, holdsUserSig } from '../../render/echo-input.js';
import { outputLang, raiseExitCode, renderContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import type { CliIO } from '../io.js';
import { parsePositiveInt, parseSource } from '../options.js';


interface SearchFlags {
  limit: number;
  source?: Source;
  category?: string;
  json?: boolean;
}

/** Checks --category against the catalogue; an exact slug, a title or a unique prefix is accepted. */
function categoryOption(input: string | undefined, source: Source | undefined): string | undefined {
  if (input === undefined) return undefined;
  const resolved = resolveCategory(getCatalogue(), input, source);
  if (resolved.kind === 'found') return resolved.categories[0]?.category;
  if (resolved.kind === 'ambiguous') throw new CliError(`"${echoInput(input)}" is ambiguous; choose one of: ${resolved.candidates.join(', ')}`);
  // A typo gets the nearest slug, as list's argument does (grup: did you mean group?), not the list of all of them.
  const near = nearCategoryWords(getCatalogue(), input, source).filter((w) => !(SOURCES as readonly string[]).includes(w));
  const hint = near.length > 0 ? `did you mean ${near.join(' or ')}?` : `choose one of: ${resolved.candidates.join(', ')}`;
  throw new CliError(`"${echoInput(input)}" is not a category; ${hint}`);
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
  chaterr search blocklist --json`,
    )
    .action(async (words: string[], options: SearchFlags, command: Command) => {
      const query = words.join(' ').trim();
      if (query === '') throw new CliError('give some words to search for, e.g. chaterr search frequency');
      // Only punctuation or emoji (`!!!`, `，。`, `👍`) holds no word to search for: a usage error like an empty query,
      // not "nothing matches" (exit 1), which says the words were fine and the catalogue lacks them.
      if (!hasWord(query)) throw new CliError(`"${echoInput(query)}" holds no word to search for: give some words, e.g. chaterr search frequency`);
      // A UserSig's base64 matched stray fragments of the index (2118 VOICE_TO_TEXT_FAIL, exit 0): it is pointed at
      // the command that decodes it, and not echoed (it is a credential).
      // Among other words too (`search login failed "$SIG"`), where it was searched for and written back as --json's query.
      if (holdsUserSig(query)) throw new CliError(userSigHint('words about an error'));
      // A secret key would be written back whole as --json's query and in "nothing matches".
      if (query.split(/\s+/).some(looksLikeSecretKey)) throw new CliError(secretKeyHint('words about an error'));
      if (query.length > MAX_QUERY_CHARS) throw new CliError(`the query has ${query.length} characters; search takes at most ${MAX_QUERY_CHARS}`);
      // `--category sdk/account` (as scan and list print a category) names the source too; it must agree with --source.
      const qualified = options.category === undefined ? undefined : splitQualifiedCategory(categoryFromZh(options.category, getCatalogue().categories) ?? options.category);
      if (qualified?.source && options.source && qualified.source !== options.source) {
        throw new CliError(`--category ${echoInput(options.category ?? '')} is in ${qualified.source}, but --source says ${options.source}`);
      }
      const source = qualified?.source ?? options.source;
      const category = categoryOption(qualified?.category, source);
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
        throw new CliError(`"${echoInput(query)}" holds only common words (the, is, 的): give words about the error, e.g. chaterr search "kicked offline"`);
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
