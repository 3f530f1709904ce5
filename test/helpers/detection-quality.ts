// Measures the detector on labelled real lines: recall, codes reported that are not there, and hard negatives flagged.
import type { KnownCodes, ScanMode } from '../../src/core/scan/detect.js';
import { findCodesInLine } from '../../src/core/scan/detect.js';
import type { RealLine } from '../fixtures/real-log-lines.js';

export interface Quality {
  lines: number;
  expected: number;
  found: number;
  recall: number;
  falseCodes: number;
  hardLines: number;
  hardFlagged: number;
  misses: Array<{ line: string; missing: number[] }>;
  falses: Array<{ line: string; extra: number[] }>;
}

/** FNV-1a: a line's split depends on its text alone, never on a choice made while writing rules. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Half the lines are for development; the other half is held out and only evaluated. */
export function split(lines: RealLine[], which: 'dev' | 'held-out'): RealLine[] {
  return lines.filter((l) => (fnv(l.line) % 2 === 0) === (which === 'dev'));
}

export function measure(lines: RealLine[], known: KnownCodes, mode: ScanMode): Quality {
  const q: Quality = { lines: lines.length, expected: 0, found: 0, recall: 1, falseCodes: 0, hardLines: 0, hardFlagged: 0, misses: [], falses: [] };
  for (const { line, codes, hard } of lines) {
    const reported = findCodesInLine(line, known.has, mode, known).map((f) => f.code);
    const left = [...reported];
    const missing: number[] = [];
    for (const code of codes) {
      const at = left.indexOf(code);
      if (at >= 0) left.splice(at, 1);
      else missing.push(code);
    }
    q.expected += codes.length;
    q.found += codes.length - missing.length;
    q.falseCodes += left.length;
    if (missing.length > 0) q.misses.push({ line, missing });
    if (left.length > 0) q.falses.push({ line, extra: left });
    if (hard) {
      q.hardLines++;
      if (reported.length > 0) q.hardFlagged++;
    }
  }
  q.recall = q.expected === 0 ? 1 : q.found / q.expected;
  return q;
}
