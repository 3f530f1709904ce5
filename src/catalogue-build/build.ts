// Assembles the catalogue from the source texts and validates it, collecting every problem before failing.
import { EXTRA_SERVER_CODES_FILE, extraServerEntries } from './extra-server-codes.js';
import { applyLegacyNames, LEGACY_NAMES_FILE } from './legacy-names.js';
import { LOG_MESSAGES_FILE, parseLogMessages } from './log-messages.js';
import { parseRestApiErrors, parseSdkApiErrors, REST_API_ERRORS_FILE, SDK_API_ERRORS_FILE } from './rest-api-errors.js';
import type { CatalogueData, CatalogueFacts, CategoryInfo, Entry, Link, OfficialLinks, Source } from '../core/types.js';
import { SOURCES } from '../core/types.js';
import { codeKey } from '../core/code-key.js';
import { attachChinese, CHINESE_FILES } from './chinese.js';
import { classifyText } from './classify.js';
import { codeSpans } from '../core/code-spans.js';
import { TRIAGE_CLASSES } from '../core/classes.js';
import { parseClassOverrides, parseRelatedGroups } from './curated-files.js';
import { humanizeConstant } from './humanize.js';
import { markdownToPlain } from './markdown-text.js';
import { parseNativeConstants, parseWebConstants, type NativeConstant } from './parse-json-sources.js';
import { parsePage, type PageRow } from './parse-page.js';
import { parseCatalogueSources, parseUserSigChecks } from './facts.js';
import { attachGuidance, type GuidanceText } from './guidance.js';
import { ProblemList } from './problems.js';
import { parseWeb3Descriptions, parseWeb3Table, type Web3Table } from './web-3x.js';
import { webCategory } from './web-categories.js';

/** The data/ files the catalogue is built from, by their repository paths. */
export const SOURCE_FILES = {
  page: 'data/chat-error-codes.md',
  native: 'data/native-error-constants.json',
  web: 'data/web-sdk-error-codes.json',
  web3: 'data/web-sdk-error-codes-3.x.json',
  web3Descriptions: 'data/web-sdk-3.x-descriptions.txt',
  related: 'data/related.txt',
  overrides: 'data/class-overrides.txt',
  usersig: 'data/usersig-checks.txt',
  catalogueSources: 'data/catalogue-sources.json',
  logMessages: LOG_MESSAGES_FILE,
  legacyNames: LEGACY_NAMES_FILE,
  restApiErrors: REST_API_ERRORS_FILE,
  sdkApiErrors: SDK_API_ERRORS_FILE,
  extraServerCodes: EXTRA_SERVER_CODES_FILE,
  ...CHINESE_FILES,
} as const;

/** Every data file's text, plus the guidance directory's files (data/guidance/*.md) with their paths. */
export type SourceTexts = Record<keyof typeof SOURCE_FILES, string> & { guidance: GuidanceText[] };

export interface BuildResult {
  data: CatalogueData;
  facts: CatalogueFacts;
  /** The links attached to every reading, which the generated module stores once. */
  officialLinks: OfficialLinks;
  problems: ProblemList;
}

/** Placeholder guidance, filled from the class (or the code's own guidance) once classes are known. */
const NO_GUIDANCE = { advice: '', adviceZh: '', adviceFrom: 'class', causes: [], causesZh: [], adviceSources: [] } as const satisfies Partial<Entry>;

const key = (source: Source, code: number) => codeKey({ source, code });

/** Native names for codes the page lacks are grouped by their name; the nearest documented code decides the rest. */
const NAME_AREAS: Array<[RegExp, string]> = [
  [/^ERR_SVR_SSO_/, 'access-layer'],
  [/^ERR_SVR_RES_/, 'resource-file'],
  [/^ERR_SVR_COMM_/, 'common-backend'],
  [/^ERR_SVR_ACCOUNT_/, 'account'],
  [/^ERR_SVR_PROFILE_/, 'profile'],
  [/^ERR_SVR_FRIENDSHIP_/, 'relationship-chain'],
  [/^ERR_SVR_CONV_/, 'recent-contacts'],
  [/^ERR_SVR_MSG_/, 'message'],
  [/^ERR_SVR_GROUP_/, 'group'],
  [/^ERR_SDK_NET_/, 'network'],
  [/^ERR_SDK_GROUP_/, 'group'],
  [/^ERR_SDK_FRIENDSHIP_/, 'relationship-chain'],
  [/^ERR_SDK_ACCOUNT_/, 'account'],
];

function categoryForUndocumented(constant: NativeConstant, documented: Entry[]): { category: string; categoryTitle: string } | undefined {
  const sameSection = documented.filter((e) => e.source === constant.section);
  const byName = NAME_AREAS.find(([pattern]) => pattern.test(constant.name))?.[1];
  const pool = byName ? sameSection.filter((e) => e.category === byName) : sameSection;
  let nearest: Entry | undefined;
  for (const e of pool) {
    if (!nearest || Math.abs(e.code - constant.code) < Math.abs(nearest.code - constant.code)) nearest = e;
  }
  return nearest && { category: nearest.category, categoryTitle: nearest.categoryTitle };
}

function entriesFromPage(rows: PageRow[], problems: ProblemList): Entry[] {
  const byKey = new Map<string, { entry: Entry; row: PageRow }>();
  const entries: Entry[] = [];
  for (const row of rows) {
    const { text, links } = markdownToPlain(row.rawDescription);
    const k = key(row.source, row.code);
    const earlier = byKey.get(k);
    if (earlier) {
      if (earlier.row.rawDescription === row.rawDescription) {
        problems.notice(SOURCE_FILES.page, row.line, `code ${row.code} repeats line ${earlier.row.line} word for word; merged into one entry`);
      } else {
        problems.add(SOURCE_FILES.page, row.line, `code ${row.code} appears again (first at line ${earlier.row.line}) with different text`);
      }
      continue;
    }
    const entry: Entry = {
      code: row.code,
      source: row.source,
      category: row.category,
      categoryTitle: row.categoryTitle,
      names: [],
      description: text,
      descriptionZh: '',
      descriptionZhFrom: 'chaterr',
      links,
      class: 'retry',
      ...NO_GUIDANCE,
      related: [],
      documented: true,
    };
    if (row.range) entry.range = row.range;
    byKey.set(k, { entry, row });
    entries.push(entry);
  }
  return entries;
}

function attachNativeNames(entries: Entry[], constants: NativeConstant[], problems: ProblemList): Entry[] {
  const byCode = new Map<number, Entry>();
  for (const e of entries) if (e.source !== 'web' && !e.range) byCode.set(e.code, e);
  const undocumented: Entry[] = [];
  const seenCodes = new Map<number, number>();
  for (const c of constants) {
    const firstLine = seenCodes.get(c.code);
    if (firstLine !== undefined) {
      problems.add(SOURCE_FILES.native, c.line, `code ${c.code} is named twice (first at line ${firstLine})`);
      continue;
    }
    seenCodes.set(c.code, c.line);
    const documented = byCode.get(c.code);
    if (documented) {
      if (documented.source !== c.section) {
        problems.add(SOURCE_FILES.native, c.line, `${c.name} is in section ${c.section}, but the page lists ${c.code} under ${documented.source}`);
      }
      documented.names.push(c.name);
      continue;
    }
    const place = categoryForUndocumented(c, entries);
    if (!place) {
      problems.add(SOURCE_FILES.native, c.line, `no category can be derived for undocumented ${c.name}`);
      continue;
    }
    undocumented.push({
      code: c.code,
      source: c.section,
      ...place,
      names: [c.name],
      description: `${humanizeConstant(c.name)}. This code is not on the Error Codes page; it is known from the native SDK constant ${c.name}.`,
      descriptionZh: '',
      descriptionZhFrom: 'chaterr',
      links: [],
      class: 'retry',
      ...NO_GUIDANCE,
      related: [],
      documented: false,
    });
  }
  return undocumented;
}

/**
 * Web readings: every 2.22.1 code (logs carry both generations) with its 3.x name added where 3.x renamed it and
 * `current` saying whether 3.x still has it, then the codes 3.x added, described in our own file.
 */
function entriesFromWeb(texts: SourceTexts, web3: Web3Table, problems: ProblemList): Entry[] {
  const entries: Entry[] = [];
  const seen = new Map<number, number>();
  const descriptions = parseWeb3Descriptions(texts.web3Descriptions, SOURCE_FILES.web3Descriptions, problems);
  const webEntry = (code: number, names: string[], description: string, file: string, line: number): void => {
    const place = webCategory(code, names[0] ?? '');
    if (!place) {
      problems.add(file, line, `no Web category covers ${code} ${names.join(' ')}`);
      return;
    }
    entries.push({
      code,
      source: 'web',
      category: place.category,
      categoryTitle: place.title,
      names,
      description,
      descriptionZh: '',
      descriptionZhFrom: 'chaterr',
      links: [],
      class: 'retry',
      ...NO_GUIDANCE,
      current: web3.codes.has(code),
      related: [],
      documented: true,
    });
  };
  for (const w of parseWebConstants(texts.web, SOURCE_FILES.web, problems)) {
    const firstLine = seen.get(w.code);
    if (firstLine !== undefined) {
      problems.add(SOURCE_FILES.web, w.line, `code ${w.code} appears twice (first at line ${firstLine})`);
      continue;
    }
    seen.set(w.code, w.line);
    const now = web3.codes.get(w.code);
    const names = now && now.name.toUpperCase() !== w.name.toUpperCase() ? [w.name, now.name] : [w.name];
    webEntry(w.code, names, w.note, SOURCE_FILES.web, w.line);
  }
  for (const [code, { name, line }] of web3.codes) {
    if (seen.has(code)) continue;
    const own = descriptions.get(code);
    if (!own) {
      problems.add(SOURCE_FILES.web3, line, `${code} ${name} is new in Web SDK ${web3.version}: describe it in ${SOURCE_FILES.web3Descriptions}`);
      continue;
    }
    webEntry(code, [name], own.text, SOURCE_FILES.web3, line);
  }
  for (const [code, { line }] of descriptions) {
    if (seen.has(code) || !web3.codes.has(code)) problems.add(SOURCE_FILES.web3Descriptions, line, `${code} is not a code that Web SDK ${web3.version} added`);
  }
  return entries;
}

function checkNamesAreUnique(entries: Entry[], problems: ProblemList): void {
  const owner = new Map<string, Entry>();
  for (const e of entries) {
    for (const name of e.names) {
      const upper = name.toUpperCase();
      const other = owner.get(upper);
      if (other && other.code !== e.code) {
        const file = e.source === 'web' ? SOURCE_FILES.web : SOURCE_FILES.native;
        problems.add(file, 1, `name ${name} maps to two numbers: ${other.code} and ${e.code}`);
      }
      owner.set(upper, e);
    }
  }
}

/** Official documentation on every reading, after the page's own inline links; Web readings also get the Web SDK reference. */
function attachOfficialLinks(entries: Entry[], every: Link[], web: Link[]): void {
  for (const e of entries) {
    const extra = e.source === 'web' ? [...web, ...every] : every;
    for (const link of extra) if (!e.links.some((l) => l.url === link.url)) e.links.push({ ...link });
  }
}

function applyClasses(entries: Map<string, Entry>, overridesText: string, problems: ProblemList): void {
  for (const e of entries.values()) e.class = classifyText(`${e.names.join(' ')} ${e.description}`);
  for (const o of parseClassOverrides(overridesText, SOURCE_FILES.overrides, problems)) {
    const entry = entries.get(key(o.ref.source, o.ref.code));
    if (!entry) problems.add(SOURCE_FILES.overrides, o.line, `${key(o.ref.source, o.ref.code)} is not in the catalogue`);
    else entry.class = o.cls;
  }
}

function applyRelated(entries: Map<string, Entry>, relatedText: string, problems: ProblemList): void {
  for (const group of parseRelatedGroups(relatedText, SOURCE_FILES.related, problems)) {
    const members = group.members.filter((m) => {
      if (entries.has(key(m.source, m.code))) return true;
      problems.add(SOURCE_FILES.related, group.line, `${key(m.source, m.code)} in group "${group.id}" is not in the catalogue`);
      return false;
    });
    for (const m of members) {
      const entry = entries.get(key(m.source, m.code));
      if (!entry) continue;
      for (const other of members) {
        const isSelf = other.source === m.source && other.code === m.code;
        const known = entry.related.some((r) => r.source === other.source && r.code === other.code);
        if (!isSelf && !known) entry.related.push({ code: other.code, source: other.source });
      }
    }
  }
}

function summarizeCategories(entries: Entry[]): CategoryInfo[] {
  const byCategory = new Map<string, CategoryInfo>();
  for (const e of entries) {
    const k = `${e.source}/${e.category}`;
    const high = e.range ? e.range[1] : e.code;
    const info = byCategory.get(k);
    if (!info) {
      byCategory.set(k, { source: e.source, category: e.category, title: e.categoryTitle, count: 1, min: e.code, max: high });
    } else {
      info.count++;
      info.min = Math.min(info.min, e.code);
      info.max = Math.max(info.max, high);
    }
  }
  const members = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = `${e.source}/${e.category}`;
    const list = members.get(k);
    if (list) list.push(e);
    else members.set(k, [e]);
  }
  return [...byCategory.values()].map((info) => ({ ...info, spans: codeSpans(members.get(`${info.source}/${info.category}`) ?? []) }));
}

const sourceRank = (s: Source) => SOURCES.indexOf(s);

/** Sets one optional field on each reading a parsed data file gives values for ("source:code" -> value). */
function attachByReading<K extends 'messages' | 'restApis' | 'sdkApis'>(byKey: Map<string, Entry>, field: K, values: Map<string, NonNullable<Entry[K]>>): void {
  for (const [reading, value] of values) {
    const entry = byKey.get(reading);
    if (entry) entry[field] = value;
  }
}

export function buildCatalogue(texts: SourceTexts): BuildResult {
  const problems = new ProblemList();
  const pageEntries = entriesFromPage(parsePage(texts.page, SOURCE_FILES.page, problems), problems);
  const undocumented = attachNativeNames(pageEntries, parseNativeConstants(texts.native, SOURCE_FILES.native, problems), problems);
  const web3 = parseWeb3Table(texts.web3, SOURCE_FILES.web3, problems);
  const all = [...pageEntries, ...undocumented, ...entriesFromWeb(texts, web3, problems)];
  // Server codes only the REST pages document: Tencent's Chinese, our English, in the page's own server categories.
  all.push(...extraServerEntries(texts.extraServerCodes, all, problems));
  applyLegacyNames(texts.legacyNames, all, problems);
  checkNamesAreUnique(all, problems);
  const byKey = new Map(all.map((e) => [key(e.source, e.code), e]));
  applyClasses(byKey, texts.overrides, problems);
  applyRelated(byKey, texts.related, problems);
  attachChinese(all, texts, problems);
  for (const e of all) {
    Object.assign(e, { ...NO_GUIDANCE, causes: [], causesZh: [], adviceSources: [] });
    e.advice = TRIAGE_CLASSES[e.class].advice;
    e.adviceZh = TRIAGE_CLASSES[e.class].adviceZh;
  }
  attachGuidance(byKey, texts.guidance, problems);
  // Tencent's own error strings, on the readings they were seen with: a card shows them, search matches them. The REST
  // APIs and SDK methods tied to each code, with what their docs say of it: a card lists them, search reads them.
  attachByReading(byKey, 'messages', parseLogMessages(texts.logMessages, all, problems));
  attachByReading(byKey, 'restApis', parseRestApiErrors(texts.restApiErrors, all, problems));
  attachByReading(byKey, 'sdkApis', parseSdkApiErrors(texts.sdkApiErrors, all, problems));
  const catalogueSources = parseCatalogueSources(texts.catalogueSources, SOURCE_FILES.catalogueSources, problems);
  attachOfficialLinks(all, catalogueSources.links.every, catalogueSources.links.web);
  const web3Source = catalogueSources.sources.find((s) => s.id === 'web3');
  if (!web3Source?.version.startsWith(`${web3.version} `)) {
    problems.add(SOURCE_FILES.catalogueSources, 1, `the "web3" source must give the version of ${SOURCE_FILES.web3} (${web3.version}); npm run web-table sets it`);
  }
  const usersig = parseUserSigChecks(texts.usersig, SOURCE_FILES.usersig, problems, (ref) => byKey.has(key(ref.source, ref.code)));
  // Page order groups codes by category; keep it for categories, sort entries by code within each source.
  const categories = summarizeCategories(all);
  const categoryRank = new Map(categories.map((c, i) => [`${c.source}/${c.category}`, i]));
  const entries = [...all].sort(
    (a, b) =>
      sourceRank(a.source) - sourceRank(b.source) ||
      (categoryRank.get(`${a.source}/${a.category}`) ?? 0) - (categoryRank.get(`${b.source}/${b.category}`) ?? 0) ||
      a.code - b.code,
  );
  const guided = entries.filter((e) => e.adviceFrom === 'code').length;
  return {
    data: { entries, categories },
    facts: { readings: entries.length, guided, sources: catalogueSources.sources, usersig },
    officialLinks: catalogueSources.links,
    problems,
  };
}
