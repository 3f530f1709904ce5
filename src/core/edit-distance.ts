// Optimal-string-alignment distance: edits plus adjacent swaps, the typos people make with codes and names.

/** Per-character counts for the bag bound, reused: the strings measured are short ASCII names and words. */
const counts = new Int32Array(128);

/**
 * A lower bound of the distance, in one pass: characters one string has more of than the other each need an edit
 * (a swap moves none). False when `a` and `b` hold a character outside ASCII, where it is not worth the trouble.
 */
function bagBoundOver(a: string, b: string, limit: number): boolean {
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) > 127) return false;
  for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) > 127) return false;
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = (counts[a.charCodeAt(i)] as number) + 1;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)] = (counts[b.charCodeAt(i)] as number) - 1;
  let surplus = 0;
  let deficit = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if ((counts[c] as number) > 0) surplus += counts[c] as number;
    counts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if ((counts[c] as number) < 0) deficit -= counts[c] as number;
    counts[c] = 0;
  }
  return Math.max(surplus, deficit) > limit;
}

/**
 * The distance from `a` to `b`, exact up to `limit`; above it, some number above `limit`. Far pairs are told by
 * their lengths or their characters' counts before any table; otherwise three rows are kept, not the whole table,
 * and the walk stops at the first row whose every cell is over the limit: no later row comes back under it (a swap
 * reaches back two rows, but the row between holds a cell no larger). Each unknown name explain is given is
 * measured against every known name, and the whole table per pair made that 6 ms a name.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (limit !== Infinity && bagBoundOver(a, b, limit)) return limit + 1;
  let before: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row: number[] = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      row[j] = best;
      if (best < lowest) lowest = best;
    }
    if (lowest > limit) return limit + 1;
    [before, prev, row] = [prev, row, before.length === 0 ? new Array<number>(b.length + 1) : before];
  }
  return prev[b.length] as number;
}
