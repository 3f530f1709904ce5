// The versioned --json contract (schemaVersion 1, documented in the README): typed documents and their builders.
import type { ExplainResult, Suggestions } from '../core/explain.js';
import type { SearchHit } from '../core/search.js';
import type { CategoryInfo, CodeRef, Entry, Link } from '../core/types.js';
import { holdsSecretKey, looksLikeUserSig } from '../core/usersig-shape.js';
import { SECRET_KEY_ECHO, USERSIG_ECHO, withoutUserSigs } from './echo-input.js';
import { categoryTitle, queryErrorText, words } from './i18n.js';
import { versionFacts } from '../core/provenance.js';

export const SCHEMA_VERSION = 1;

/** One meaning of a code in one source, in both languages whatever --lang says. */
/** One API's row: its name, its Chinese title, what its doc says of the code, and the doc. */
export interface ApiRow {
  api: string;
  titleZh: string;
  descriptionZh: string;
  source: string;
}

export interface Reading {
  code: number;
  source: Entry['source'];
  category: string;
  categoryTitle: string;
  /** The category's Chinese title, as `--lang zh` shows it (the English one where no Chinese name is kept). */
  categoryTitleZh: string;
  names: string[];
  description: string;
  descriptionZh: string;
  descriptionZhFrom: Entry['descriptionZhFrom'];
  links: Link[];
  class: Entry['class'];
  advice: string;
  adviceZh: string;
  adviceFrom: Entry['adviceFrom'];
  causes: string[];
  causesZh: string[];
  adviceSources: Link[];
  related: CodeRef[];
  documented: boolean;
  /** Tencent's own error strings seen with the reading in public logs and REST replies; only where some are recorded. */
  messages?: string[];
  /** Server readings only, where recorded: the REST APIs whose error tables list the code, with what each page says. */
  restApis?: ApiRow[];
  /** Where recorded: the client SDK methods whose references tie them to the code, with what each says. */
  sdkApis?: ApiRow[];
  /** Web readings only: false where the current Web SDK (3.x) no longer has the code. */
  current?: boolean;
  range?: [number, number];
}

export interface ExplainItem {
  query: string;
  found: boolean;
  readings: Reading[];
  error?: string;
  /** The error in Chinese, as `--lang zh` prints it on stderr (added within version 1). */
  errorZh?: string;
  /** As explain found them, the neighbourhood with its category's Chinese title (titleZh, added within version 1). */
  suggestions?: Omit<Suggestions, 'nearby'> & { nearby?: NonNullable<Suggestions['nearby']> & { titleZh: string } };
}

export interface ExplainDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  results: ExplainItem[];
}

export interface SearchDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  query: string;
  results: Array<Reading & { score: number }>;
}

export interface CategoryDocumentItem {
  source: CategoryInfo['source'];
  category: string;
  title: string;
  /** The Chinese title `list --lang zh` shows (added within version 1). */
  titleZh: string;
  count: number;
  min: number;
  max: number;
  /** The `[first, last]` blocks of codes the category holds (added within version 1). */
  spans?: Array<[number, number]>;
}

export interface CategoriesDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  categories: CategoryDocumentItem[];
}

export interface EntriesDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  entries: Reading[];
}

const copyLinks = (links: Link[]): Link[] => links.map((l) => ({ text: l.text, url: l.url }));

/** Fixed key order, so the output diffs cleanly across versions. */
export function toReading(entry: Entry): Reading {
  const reading: Reading = {
    code: entry.code,
    source: entry.source,
    category: entry.category,
    categoryTitle: entry.categoryTitle,
    categoryTitleZh: categoryTitle({ source: entry.source, category: entry.category, title: entry.categoryTitle }, 'zh'),
    names: [...entry.names],
    description: entry.description,
    descriptionZh: entry.descriptionZh,
    descriptionZhFrom: entry.descriptionZhFrom,
    links: copyLinks(entry.links),
    class: entry.class,
    advice: entry.advice,
    adviceZh: entry.adviceZh,
    adviceFrom: entry.adviceFrom,
    causes: [...entry.causes],
    causesZh: [...entry.causesZh],
    adviceSources: copyLinks(entry.adviceSources),
    related: entry.related.map((r) => ({ code: r.code, source: r.source })),
    documented: entry.documented,
  };
  if (entry.messages) reading.messages = [...entry.messages];
  const apiRows = (rows: readonly ApiRow[]): ApiRow[] => rows.map(({ api, titleZh, descriptionZh, source }) => ({ api, titleZh, descriptionZh, source }));
  if (entry.restApis) reading.restApis = apiRows(entry.restApis);
  if (entry.sdkApis) reading.sdkApis = apiRows(entry.sdkApis);
  if (entry.current !== undefined) reading.current = entry.current;
  if (entry.range) reading.range = [entry.range[0], entry.range[1]];
  return reading;
}

export function explainDocument(results: ExplainResult[]): ExplainDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    results: results.map((r) => {
      // A UserSig is a credential: neither it nor suggestions made from it are written back (as stderr does not).
      // Its error in both languages, as every other field: under --lang zh the document had only the English one.
      if (!r.found && looksLikeUserSig(r.query)) return { query: USERSIG_ECHO, found: false, readings: [], error: words('en').problems.userSig, errorZh: words('zh').problems.userSig };
      if (!r.found && holdsSecretKey(r.query)) return { query: SECRET_KEY_ECHO, found: false, readings: [], error: words('en').problems.secretKey, errorZh: words('zh').problems.secretKey };
      // A sig inside a longer word (`x$SIG`, `/tmp/$SIG`) is not written back either, as stderr shows it.
      const item: ExplainItem = { query: withoutUserSigs(r.query), found: r.found, readings: r.readings.map(toReading) };
      if (r.error) {
        item.error = r.error;
        item.errorZh = queryErrorText(r.error, 'zh');
      }
      // The category's Chinese title beside its English one, as in list's document (added within version 1).
      if (r.suggestions) {
        const { didYouMean, nearby, trySearch } = r.suggestions;
        item.suggestions = { didYouMean, ...(nearby ? { nearby: nearbyDocument(nearby) } : {}), ...(trySearch !== undefined ? { trySearch } : {}) };
      }
      return item;
    }),
  };
}

/** A Neighbourhood with the key order it always had and titleZh after title. */
function nearbyDocument(n: NonNullable<Suggestions['nearby']>): NonNullable<Suggestions['nearby']> & { titleZh: string } {
  return { source: n.source, category: n.category, title: n.title, titleZh: categoryTitle(n, 'zh'), min: n.min, max: n.max, span: [n.span[0], n.span[1]] };
}

export function searchDocument(query: string, hits: SearchHit[]): SearchDocument {
  return { schemaVersion: SCHEMA_VERSION, query, results: hits.map((h) => ({ ...toReading(h.entry), score: h.score })) };
}

export function categoriesDocument(categories: Array<CategoryInfo & { spans?: Array<[number, number]> }>): CategoriesDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    categories: categories.map((c) => ({
      source: c.source,
      category: c.category,
      title: c.title,
      titleZh: categoryTitle(c, 'zh'),
      count: c.count,
      min: c.min,
      max: c.max,
      ...(c.spans ? { spans: c.spans.map(([a, b]) => [a, b]) } : {}),
    })),
  };
}

export function entriesDocument(entries: Entry[]): EntriesDocument {
  return { schemaVersion: SCHEMA_VERSION, entries: entries.map(toReading) };
}

/**
 * JSON.stringify leaves DEL, the C1 controls, the JavaScript line separators and the bidirectional overrides and
 * isolates raw; a terminal would act on them (a terminal that honours an override shows the rest of the line reversed).
 */
const RAW_IN_JSON_CLASS = '[\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const RAW_IN_JSON = new RegExp(RAW_IN_JSON_CLASS, 'g');
const HOLDS_RAW_IN_JSON = new RegExp(RAW_IN_JSON_CLASS);

/** Whether the text holds a character escapeRawInJson would escape: most texts do not, and need no copy. */
export function holdsRawInJson(text: string): boolean {
  return HOLDS_RAW_IN_JSON.test(text);
}

/** `usersig generate --json`: the sig, what it was made for, and when it was issued and expires (seconds). */
export function generatedSigDocument(sig: { userSig: string; identifier: string; sdkAppId: number; time: number; expire: number }) {
  return {
    schemaVersion: SCHEMA_VERSION,
    userSig: sig.userSig,
    identifier: sig.identifier,
    sdkAppId: sig.sdkAppId,
    issuedAt: new Date(sig.time * 1000).toISOString(),
    expiresAt: new Date((sig.time + sig.expire) * 1000).toISOString(),
    expire: sig.expire,
  };
}

export function toJsonLine(document: object): string {
  return `${escapeRawInJson(JSON.stringify(document))}\n`;
}

/** JSON text with DEL, the C1 controls, U+2028/U+2029 and the bidi controls written as \u escapes (the same JSON value). */
export function escapeRawInJson(text: string): string {
  return text.replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `--version --json`: the tool's version and the catalogue's readings and sources (added within version 1). */
export function versionDocument(toolVersion: string): object {
  return { schemaVersion: SCHEMA_VERSION, ...versionFacts(toolVersion) };
}

/**
 * What `--json` prints on stdout when a command fails before it could print its own document, in both languages as
 * every document carries its text (`messageZh` came within version 1).
 */
export function errorDocument(message: { en: string; zh: string }, exitCode: number): object {
  return { schemaVersion: SCHEMA_VERSION, error: { message: message.en, messageZh: message.zh, exitCode } };
}
