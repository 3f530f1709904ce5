import { getCatalogue } from './src/core/catalogue.js';
import { REAL_LINES } from './test/fixtures/real-log-lines.js';
import { measure, split } from './test/helpers/detection-quality.js';
const c = getCatalogue(); const isKnown = (n: number) => c.isKnown(n);
const which = (process.argv[2] ?? 'dev') as 'dev' | 'held-out';
const lines = which === 'all' as never ? REAL_LINES : split(REAL_LINES, which);
const zh = lines.filter((l) => /[\u4e00-\u9fff]/.test(l.line)).length;
console.log(which, 'lines', lines.length, 'chinese', zh, 'hard', lines.filter((l) => l.hard).length, 'expected codes', lines.reduce((n, l) => n + l.codes.length, 0));
for (const mode of ['strict', 'default', 'loose'] as const) {
  const q = measure(lines, isKnown, mode);
  console.log(mode, 'recall', q.recall.toFixed(3), `(${q.found}/${q.expected})`, 'false', q.falseCodes, 'hard', `${q.hardFlagged}/${q.hardLines}`);
  if (process.argv[3] === 'v' && mode === (process.argv[4] ?? 'default')) { for (const m of q.misses) console.log('  MISS', m.missing, m.line.slice(0, 160)); for (const f of q.falses) console.log('  FALSE', f.extra, f.line.slice(0, 160)); }
}
