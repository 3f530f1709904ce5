// Resolves what a user typed to catalogue categories: a slug, a title, or a unique prefix of either.
import type { Catalogue } from './catalogue.js';
import { SOURCES, type CategoryInfo, type Source } from './types.js';

export type CategoryResolution =
  | { kind: 'found'; categories: CategoryInfo[] }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; candidates: string[] };

const normalize = (text: string) => text.toLowerCase().replace(/[\s_]+/g, '-').replace(/-?error-codes?-?/g, '').replace(/^-|-$/g, '');

export function resolveCategory(catalogue: Catalogue, input: string, source?: Source): CategoryResolution {
  const pool = catalogue.categories.filter((c) => !source || c.source === source);
  const wanted = normalize(input);
  const bySlug = pool.filter((c) => c.category === wanted || normalize(c.title) === wanted);
  if (wanted !== '' && bySlug.length > 0) return { kind: 'found', categories: bySlug };
  const slugs = [...new Set(pool.map((c) => c.category))];
  const prefixed = wanted === '' ? [] : slugs.filter((s) => s.startsWith(wanted));
  if (prefixed.length === 1) return { kind: 'found', categories: pool.filter((c) => c.category === prefixed[0]) };
  if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed };
  return { kind: 'unknown', candidates: slugs };
}

/** `sdk/account` or `server:group`, as scan's annotations and list's headings print a category: source and slug. */
const QUALIFIED_CATEGORY = /^\s*(sdk-v3|sdk|server|web)\s*[/:]\s*(\S.*)$/i;

/** The source and the rest when the input names its source first (`sdk/account`); else the input alone. */
export function splitQualifiedCategory(input: string): { source?: Source; category: string } {
  const match = QUALIFIED_CATEGORY.exec(input);
  const source = match?.[1]?.toLowerCase() as Source | undefined;
  return match?.[2] !== undefined && source !== undefined && SOURCES.includes(source) ? { source, category: match[2] } : { category: input };
}
