// Short human labels for sources, categories and code references, shared by every renderer.
import { codeKey } from '../core/code-key.js';
import { SOURCE_TITLES, type CodeRef, type Entry, type Source } from '../core/types.js';
import type { Lang } from './context.js';
import { categoryShortZh, sourceTitle, words } from './i18n.js';

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
