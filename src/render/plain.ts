// One plain tab-separated line per record, for pipes and scripts (as gh prints when piped): no boxes, nothing cut.
import type { CategoryInfo, Entry } from '../core/types.js';
import type { Lang } from './context.js';
import { categoryTitle, entryText } from './i18n.js';
import { codeLabel } from './labels.js';
import { escapeControls } from './text.js';

/** Tabs and line breaks inside a field would split it; they become spaces, and other controls are escaped. */
function cleanField(value: string | number): string {
  return escapeControls(String(value).replace(/[\t\r\n]+/g, ' ').trim());
}

/** Fields joined by tabs, ending in a newline. Shared by list, search and scan --summary. */
export function plainLine(fields: Array<string | number>): string {
  return `${fields.map(cleanField).join('\t')}\n`;
}

/** code, source, category, names (comma-separated, may be empty), description in the language. */
export function entryPlainLine(entry: Entry, lang: Lang): string {
  return plainLine([codeLabel(entry), entry.source, entry.category, entry.names.join(','), entryText(entry, lang).description]);
}

/** source, category, count, lowest code, highest code, title in the language. */
export function categoryPlainLine(category: CategoryInfo, lang: Lang): string {
  return plainLine([category.source, category.category, category.count, category.min, category.max, categoryTitle(category, lang)]);
}
