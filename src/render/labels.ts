// Short human labels for sources, categories and code references, shared by every renderer.
import { codeKey } from '../core/code-key.js';
import { SOURCE_TITLES, SOURCES, type CodeRef, type Entry, type Source } from '../core/types.js';
import type { Lang } from './context.js';
import { categoryFromZh, categoryShortZh, sourceTitle, words } from './i18n.js';

/** "Account error codes" -> "Account"; "Error codes for recent contacts" -> "Recent contacts"; "Web SDK login errors" -> "Login". */
export function shortCategoryTitle(title: string): string {
  const short = title
    .replace(/^error codes for\s+/i, '')
    .replace(/\s+error codes$/i, '')
    .replace(/^web sdk\s+/i, '')
    .replace(/\s+errors?(\s|$)/i, '$1')
    .trim();
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** "Server · Account" (zh: "服务端 · 账号"): where a reading comes from. */
export function placeLabel(entry: { source: Source; categoryTitle: string; category?: string }, lang: Lang = 'en'): string {
  const source = sourceTitle(entry.source, lang, SOURCE_TITLES);
  if (entry.source === 'sdk-v3') return source;
  const zh = lang === 'zh' && entry.category !== undefined ? categoryShortZh(entry.source, entry.category) : undefined;
  return `${source} · ${zh ?? shortCategoryTitle(entry.categoryTitle)}`;
}

/**
 * What a user copies off a card to ask `list` or `search --category` for: its place ("Server · Account",
 * "客户端 SDK · 账号"), as placeLabel writes it, or the source alone ("服务端", "Chat SDK"). They were "no category or
 * source"; they are read as the `server/account` and `sdk` those take, and a Chinese name as categoryFromZh reads it.
 * Anything else is returned as typed.
 */
export function categoryArgument(input: string, categories: ReadonlyArray<{ source: Source; category: string; title: string }>): string {
  const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const dot = input.search(/[·・]/);
  const named = squeeze(dot < 0 ? input : input.slice(0, dot));
  const source = SOURCES.find((s) => (['en', 'zh'] as const).some((lang) => squeeze(sourceTitle(s, lang, SOURCE_TITLES)) === named));
  if (source === undefined) return categoryFromZh(input, categories) ?? input;
  if (dot < 0) return source;
  const rest = input.slice(dot + 1).trim();
  // The card's short title ("Relationship and profile" for Web SDK relationship and profile errors) names its slug.
  const byTitle = categories.find((c) => c.source === source && squeeze(shortCategoryTitle(c.title)) === squeeze(rest));
  return byTitle ? `${source}/${byTitle.category}` : (categoryFromZh(`${source}/${rest}`, categories) ?? `${source}/${rest}`);
}

/** "server:70001": the same source:code form the data files use, and it never wraps mid-reference. */
export function codeRefLabel(ref: CodeRef): string {
  return codeKey(ref);
}

/** The code as a user would type it; a range row shows its bounds. */
export function codeLabel(entry: Pick<Entry, 'code' | 'range'>): string {
  return entry.range ? `${entry.range[0]}-${entry.range[1]}` : String(entry.code);
}

/** "70001 to 72001" (zh: "70001 至 72001"); one number when the range holds one code. */
export function formatRange(min: number, max: number, lang: Lang = 'en'): string {
  return words(lang).codeRange(min, max);
}
