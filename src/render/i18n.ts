// The words chaterr itself writes, in English and Chinese: labels, headings, table heads, source and category titles.
import type { Entry, Source } from '../core/types.js';
import type { Lang } from './context.js';

interface Words {
  range: string;
  why: string;
  errorText: string;
  restApis: string;
  sdkApis: string;
  moreApis: (count: number) => string;
  whatToDo: string;
  sources: string;
  docs: string;
  related: string;
  check: string;
  note: string;
  rangeText: (min: number, max: number, asked: number | undefined) => string;
  readings: (query: string, count: number) => string;
  checkUsersig: string;
  undocumented: string;
  notCurrent: string;
  entriesHeading: (place: string, key: string, count: number) => string;
  codeRange: (min: number, max: number) => string;
  head: {
    code: string;
    where: string;
    description: string;
    source: string;
    category: string;
    count: string;
    codes: string;
    title: string;
    class: string;
  };
  codes: (count: number) => string;
  problems: {
    unknown: (query: string) => string;
    notACode: (query: string) => string;
    nearby: (place: string, range: string) => string;
    didYouMean: (list: string) => string;
    /** The query already quoted for a shell (shellWord). */
    trySearch: (word: string) => string;
    /** A UserSig given where a code belongs: not echoed (it is a credential), pointed at usersig. */
    userSig: string;
    /** An app's secret key given where a code belongs: not echoed either. */
    secretKey: string;
    separator: string;
  };
  /** One-line notes on stderr after a result; the query and filters come already made safe to echo. */
  notes: {
    /** search cut its list at --limit. */
    searchCut: (shown: number, total: number) => string;
    /** search found nothing; `filters` is "--source web --category x", or empty. */
    nothingMatches: (query: string, filters: string) => string;
    /** scan read everything and found no code. */
    noCodesFound: string;
    /** `usersig -` on a terminal asks for the sig on stderr. */
    pasteUserSig: string;
  };
}

/**
 * Where a UserSig was given in place of `notA` (an error code, a command, a category…): it is a credential, so the
 * message never echoes it, and points at the command that decodes it. One wording for every command and for JSON.
 */
export function userSigHint(notA: keyof typeof NOT_A): { en: string; zh: string } {
  const [en, zh] = NOT_A[notA];
  return {
    en: `this looks like a UserSig, not ${en}: decode it with chaterr usersig - (paste it there)`,
    zh: `这看起来是一个 UserSig，不是${zh}：请用 chaterr usersig - 解码（在那里粘贴）`,
  };
}

/** What a UserSig was given in place of, in each language. */
const NOT_A = {
  code: ['an error code', '错误码'],
  command: ['a command', '命令'],
  category: ['a category', '分类'],
  searchWords: ['words about an error', '描述错误的词语'],
  // A Latin word after Chinese takes a space, as elsewhere (存放的是 UserSig).
  userSig: ['a UserSig', ' UserSig'],
} as const;

/** An app's secret key pasted where something else belongs: named, never echoed, and pointed at where a key goes. */
export function secretKeyHint(notA: keyof typeof NOT_A): { en: string; zh: string } {
  const [en, zh] = NOT_A[notA];
  return {
    en: `this looks like a secret key, not ${en}: it is not shown; give a key only through --key-file or CHATERR_SECRET_KEY`,
    zh: `这看起来是应用的密钥，不是${zh}：此处不显示；密钥只应通过 --key-file 或 CHATERR_SECRET_KEY 提供`,
  };
}

const EN: Words = {
  range: 'Range',
  why: 'Why',
  errorText: 'Error text',
  restApis: 'REST APIs',
  sdkApis: 'SDK APIs',
  moreApis: (count) => `and ${count} more (--json lists them all)`,
  whatToDo: 'What to do',
  sources: 'Sources',
  docs: 'Docs',
  related: 'Related',
  check: 'Check',
  note: 'Note',
  rangeText: (min, max, asked) => `any code from ${min} to ${max}${asked !== undefined ? ` (${asked} is inside it)` : ''}`,
  readings: (query, count) => `${query} has ${count} readings, one per source:`,
  checkUsersig: 'chaterr usersig <sig> decodes the UserSig and says whether it expired or was made for another user, app or key.',
  undocumented: 'Not on the Error Codes page; the text comes from the native constant name.',
  notCurrent: 'The current Web SDK (3.x, @tencentcloud/chat) no longer has this code; it comes from Web SDK 2.x (tim-js-sdk).',
  entriesHeading: (place, key, count) => `${place} (${key}): ${count} ${count === 1 ? 'code' : 'codes'}`,
  codeRange: (min, max) => (min === max ? String(min) : `${min} to ${max}`),
  head: { code: 'Code', where: 'Where', description: 'Description', source: 'Source', category: 'Category', count: 'Count', codes: 'Codes', title: 'Title', class: 'Class' },
  codes: (count) => `${count} ${count === 1 ? 'code' : 'codes'}`,
  problems: {
    unknown: (query) => `${query} is not a known error code or name`,
    notACode: (query) => `"${query}" is not an error code or constant name`,
    nearby: (place, range) => `it would sit among the ${place} codes (${range})`,
    didYouMean: (list) => `did you mean ${list}?`,
    trySearch: (word) => `try: chaterr search ${word}`,
    userSig: userSigHint('code').en,
    secretKey: secretKeyHint('code').en,
    separator: '; ',
  },
  notes: {
    searchCut: (shown, total) => `showing ${shown} of ${total}; --limit for more`,
    nothingMatches: (query, filters) =>
      filters ? `nothing matches "${query}" with ${filters}; try without ${filters}, or other words` : `nothing matches "${query}"; try fewer or different words, or chaterr list to browse`,
    noCodesFound: 'no error codes found',
    pasteUserSig: 'Paste the UserSig and press Enter: ',
  },
};

const ZH: Words = {
  range: '范围',
  why: '常见原因',
  errorText: '报错信息',
  restApis: 'REST 接口',
  sdkApis: 'SDK 接口',
  // The count is of the APIs not shown: "等 26 个" read as 26 in all where 8 + 26 were meant.
  moreApis: (count) => `及另外 ${count} 个（--json 列出全部）`,
  whatToDo: '处理建议',
  sources: '依据',
  docs: '文档',
  related: '相关错误码',
  check: '检查',
  note: '说明',
  rangeText: (min, max, asked) => `${min} 至 ${max} 之间的任一错误码${asked !== undefined ? `（${asked} 在此范围内）` : ''}`,
  readings: (query, count) => `${query} 有 ${count} 种含义，每个来源一种：`,
  checkUsersig: 'chaterr usersig <sig> 可解析 UserSig，并说明它是否已过期，或是否签发给了其他用户、应用或密钥。',
  undocumented: '错误码页面未列出此错误码；说明来自原生 SDK 的常量名。',
  notCurrent: '当前的 Web SDK（3.x，@tencentcloud/chat）已没有此错误码；它来自 Web SDK 2.x（tim-js-sdk）。',
  entriesHeading: (place, key, count) => `${place}（${key}）：${count} 个错误码`,
  codeRange: (min, max) => (min === max ? String(min) : `${min} 至 ${max}`),
  head: { code: '错误码', where: '来源', description: '说明', source: '来源', category: '分类', count: '数量', codes: '错误码范围', title: '标题', class: '类别' },
  codes: (count) => `${count} 个错误码`,
  problems: {
    unknown: (query) => `${query} 不是已知的错误码或常量名`,
    notACode: (query) => `“${query}”不是错误码或常量名`,
    nearby: (place, range) => `按数值它应属于${place}错误码（${range}）`,
    didYouMean: (list) => `可能是 ${list}`,
    trySearch: (word) => `试试 chaterr search ${word}`,
    userSig: userSigHint('code').zh,
    secretKey: secretKeyHint('code').zh,
    separator: '；',
  },
  notes: {
    searchCut: (shown, total) => `共 ${total} 条结果，只显示了 ${shown} 条；用 --limit 查看更多`,
    nothingMatches: (query, filters) =>
      filters ? `在 ${filters} 范围内没有与“${query}”匹配的结果；去掉 ${filters} 或换个说法再试` : `没有与“${query}”匹配的结果；减少或换用其他关键词，或用 chaterr list 浏览`,
    noCodesFound: '没有发现错误码',
    pasteUserSig: '粘贴 UserSig 后按回车：',
  },
};

export function words(lang: Lang): Words {
  return lang === 'zh' ? ZH : EN;
}

const SOURCE_TITLES_ZH: Record<Source, string> = {
  sdk: '客户端 SDK',
  server: '服务端',
  'sdk-v3': 'SDK V3（旧版）',
  web: 'Web SDK',
};

/** Short Chinese names of the categories, by source and slug; a slug missing here falls back to English. */
const CATEGORY_SHORT_ZH: Record<string, string> = {
  'sdk:common': '通用',
  'sdk:account': '账号',
  'sdk:message': '消息',
  'sdk:group': '群组',
  'sdk:relationship-chain': '关系链',
  'sdk:network': '网络',
  'server:access-layer': '接入层',
  'server:resource-file': '资源文件',
  'server:common-backend': '后台公共',
  'server:account': '账号',
  'server:profile': '资料',
  'server:relationship-chain': '关系链',
  'server:recent-contacts': '最近联系人',
  'server:message': '消息',
  'server:group': '群组',
  'server:offline-push': '离线推送',
  'server:operations-data': '运营数据',
  'sdk-v3:legacy': '旧版 SDK V3',
  'web:login': '登录',
  'web:upload': '上传',
  'web:message': '消息',
  'web:conversation': '会话',
  'web:group': '群组',
  'web:sdk-state': '状态',
  'web:relationship': '关系链与资料',
  'web:network': '网络',
  'web:internal': '内部',
  'web:edition': '版本',
  'web:signaling': '信令',
};

export function sourceTitle(source: Source, lang: Lang, english: Record<Source, string>): string {
  return lang === 'zh' ? SOURCE_TITLES_ZH[source] : english[source];
}

/** The short Chinese category name, or undefined when there is none (the caller then uses the English title). */
export function categoryShortZh(source: Source, category: string): string | undefined {
  return CATEGORY_SHORT_ZH[`${source}:${category}`];
}

/** A category's full title in the language: "账号错误码", "Web SDK 登录错误"; English is the catalogue's own. */
export function categoryTitle(c: { source: Source; category: string; title: string }, lang: Lang): string {
  const short = lang === 'zh' ? categoryShortZh(c.source, c.category) : undefined;
  if (short === undefined) return c.title;
  if (c.source === 'web') return `Web SDK ${short}错误`;
  // A space where Latin meets Chinese, as in every other title: 旧版 SDK V3 错误码, not V3错误码.
  if (c.source === 'sdk-v3') return `${short} 错误码`;
  return c.source === 'sdk' ? `客户端 SDK ${short}错误码` : `${SOURCE_TITLES_ZH[c.source]}${short}错误码`;
}

/**
 * A category named by its Chinese name or title, as `--lang zh` prints them (`群组`, `服务端账号错误码`,
 * `Web SDK 登录错误`), as the slug when every category of that name shares it (`account`), or as `source/slug`
 * for one table; undefined when the input is no Chinese name.
 */
export function categoryFromZh(input: string, categories: ReadonlyArray<{ source: Source; category: string; title: string }>): string | undefined {
  const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  // A source before the name, as scan and list print a category (`sdk/账号`), narrows the tables to that source's.
  const slash = input.indexOf('/');
  const source = slash > 0 ? (input.slice(0, slash).trim().toLowerCase() as Source) : undefined;
  const wanted = squeeze(slash > 0 ? input.slice(slash + 1) : input);
  if (wanted === '' || !/[\u3400-\u9fff]/.test(wanted)) return undefined;
  const matches = categories.filter((c) => {
    if (source !== undefined && c.source !== source) return false;
    const short = categoryShortZh(c.source, c.category);
    return short !== undefined && [short, categoryTitle(c, 'zh')].some((name) => squeeze(name) === wanted);
  });
  const slugs = new Set(matches.map((c) => c.category));
  if (slugs.size !== 1) return undefined;
  const [only] = matches;
  return (matches.length === 1 || source !== undefined) && only ? `${only.source}/${only.category}` : [...slugs][0];
}

/** The entry's own text in the language; Chinese falls back to English where nobody has written it yet. */
export function entryText(entry: Entry, lang: Lang): { description: string; advice: string; causes: string[] } {
  if (lang === 'en') return { description: entry.description, advice: entry.advice, causes: entry.causes };
  return {
    description: entry.descriptionZh || entry.description,
    advice: entry.adviceZh || entry.advice,
    causes: entry.causesZh.length > 0 ? entry.causesZh : entry.causes,
  };
}

/** English messages by anchored pattern, each with its Chinese made from the parts the pattern captures. */
export type PatternTranslations = ReadonlyArray<readonly [RegExp, (...parts: string[]) => string]>;

/** The text in Chinese by the first pattern of `table` it matches; a text no pattern matches stays as it is. */
export function translateByPattern(text: string, table: PatternTranslations): string {
  for (const [pattern, say] of table) {
    const match = pattern.exec(text);
    if (match) return say(...match.slice(1).map((part) => part ?? ''));
  }
  return text;
}

/**
 * The reasons explain gives for a word that cannot be a code or a name (core/query.ts parseQuery, core/explain.ts),
 * which the core words in English (explain --json keeps them so), in Chinese. Each pattern is anchored, with one
 * greedy run for the echoed word (capped by the core, and it may hold quotes) before a fixed text: linear.
 */
const QUERY_ERRORS_ZH: PatternTranslations = [
  [/^empty input: give an error code such as 70001 or a name such as ERR_SDK_NOT_INITIALIZED$/, () => '输入为空：请给出错误码（如 70001）或常量名（如 ERR_SDK_NOT_INITIALIZED）'],
  [/^"(.*)" has (\d+) digits; no error code is that long$/s, (word, digits) => `“${word}”有 ${digits} 位数字，没有这么长的错误码`],
  [/^"(.*)" holds several codes: give each as a word of its own \(([^()]*)\)$/s, (word, codes) => `“${word}”包含多个错误码：请分开输入，每个错误码作为一个参数（${codes}）`],
  [
    /^"(.*)" is a date, not an error code: give the code alone, or pipe the log line to chaterr scan$/s,
    (word) => `“${word}”是日期，不是错误码：请只给出错误码，或把这行日志通过管道交给 chaterr scan`,
  ],
  [/^"(.*)" is not a whole number: error codes are whole decimal numbers such as 70001 or -10001$/s, (word) => `“${word}”不是整数：错误码是十进制整数，如 70001 或 -10001`],
  [/^"(.*)" is not a number: error codes are whole decimal numbers such as 70001 or -10001$/s, (word) => `“${word}”不是数字：错误码是十进制整数，如 70001 或 -10001`],
  [
    /^"(.*)" holds no code, name or word: give an error code such as 70001 or a name such as ERR_SDK_NOT_INITIALIZED$/s,
    (word) => `“${word}”中没有错误码、常量名或词语：请给出错误码（如 70001）或常量名（如 ERR_SDK_NOT_INITIALIZED）`,
  ],
  [/^(\S+) and (\S+) disagree: \S+ is (\S+); give the code or the name alone$/, (code, name, other) => `${code} 与 ${name} 不一致：${name} 是 ${other}；请只给出错误码或常量名`],
  [/^"(.*)" is a span of codes, not one code: give one code, or see chaterr list$/s, (word) => `“${word}”是一个错误码区间，而不是单个错误码：请给出一个错误码，或用 chaterr list 查看`],
];

/** Why a word cannot be a code or a name, in the language asked for; a reason with no pattern here stays English. */
export function queryErrorText(reason: string, lang: Lang): string {
  return lang === 'zh' ? translateByPattern(reason, QUERY_ERRORS_ZH) : reason;
}
