// The blocks of codes a set of readings really covers, as list shows them (20001-23009 and 90001-91101, not one range).
import type { Entry } from './types.js';

export type Span = [number, number];

/** Codes further apart than this start a new span: 20001-23009 and 90001-91101 are two blocks, not one range. */
export const SPAN_GAP = 1000;

/** The blocks of codes that entries really cover, ascending; a range row contributes its whole range. */
export function codeSpans(entries: readonly Pick<Entry, 'code' | 'range'>[], gap = SPAN_GAP): Span[] {
  const pieces = entries.map((e): Span => (e.range ? [e.range[0], e.range[1]] : [e.code, e.code])).sort((a, b) => a[0] - b[0]);
  const spans: Span[] = [];
  for (const [start, end] of pieces) {
    const last = spans[spans.length - 1];
    if (last && start - last[1] <= gap) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  return spans;
}

