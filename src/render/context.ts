// What every renderer is given: colour, width, language and layout, decided once by the CLI layer.
import type { ChalkInstance } from 'chalk';

/** The language of labels, headings and entry text. JSON carries both whatever this says. */
export type Lang = 'en' | 'zh';

export const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * How lists of entries are laid out: `table` draws boxes (a terminal, or --table); `plain` prints one
 * tab-separated line per entry with nothing cut, for pipes and scripts, as gh does.
 */
export type Layout = 'table' | 'plain';

export interface RenderContext {
  /** Carries the colour level; level 0 writes no escape codes. */
  chalk: ChalkInstance;
  /** Columns available, already bounded by the CLI (see src/cli/width.ts). */
  width: number;
  lang: Lang;
  /** Defaults to `table`. */
  layout?: Layout;
}

/** Cards and prose stop near here on wide terminals: long lines are hard to read. Tables may use the full width. */
export const PROSE_MAX_WIDTH = 100;

/** The width cards and prose wrap at. */
export function proseWidth(ctx: Pick<RenderContext, 'width'>): number {
  return Math.min(ctx.width, PROSE_MAX_WIDTH);
}
