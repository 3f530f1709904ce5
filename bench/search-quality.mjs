// Search quality on our own query set (test/fixtures/search-queries.tsv): hit@3 and hit@10 per language and split.
// Usage: node bench/search-quality.mjs [--split dev|heldout|all] [--misses]   (needs npm run build: it reads dist/lib)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const QUERY_FILE = join(root, 'test', 'fixtures', 'search-queries.tsv');

/** The query set: one row per query; '#' lines and the header row are skipped. */
export function readQueries(text = readFileSync(QUERY_FILE, 'utf8')) {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('id\t'))
    .map((line) => {
      const [id, lang, split, query, acceptable, source] = line.split('\t');
      return { id: Number(id), lang, split, query, acceptable: acceptable.split(' '), source };
    });
}

/** hit@k: a query counts when any acceptable reading is among the first k results. */
export function evaluate(search, queries) {
  const groups = new Map();
  const misses = [];
  for (const q of queries) {
    const keys = search(q.query, { limit: 10 }).map((h) => `${h.entry.source}:${h.entry.code}`);
    const rank = keys.findIndex((k) => q.acceptable.includes(k));
    const pooled = q.split.startsWith('heldout') ? [`${q.lang} held-out`, 'all held-out'] : [];
    for (const name of [`${q.lang} ${q.split}`, `${q.lang} all`, `all ${q.split}`, 'all all', ...pooled]) {
      const g = groups.get(name) ?? { n: 0, hit3: 0, hit10: 0 };
      g.n++;
      if (rank >= 0 && rank < 3) g.hit3++;
      if (rank >= 0) g.hit10++;
      groups.set(name, g);
    }
    if (rank < 0 || rank >= 3) misses.push({ ...q, got: keys.slice(0, 3), rank });
  }
  return { groups, misses };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const args = process.argv.slice(2);
  const splitArg = args.indexOf('--split');
  const split = splitArg >= 0 ? args[splitArg + 1] : 'all';
  const { search } = await import(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href);
  const queries = readQueries().filter((q) => split === 'all' || q.split === split);
  const { groups, misses } = evaluate(search, queries);
  const pct = (a, n) => `${((100 * a) / n).toFixed(1)}%`.padStart(6);
  console.log(`search quality, ${queries.length} queries (${QUERY_FILE.slice(root.length + 1)})`);
  console.log('  set            n   hit@3  hit@10');
  for (const [name, g] of [...groups].sort()) console.log(`  ${name.padEnd(12)} ${String(g.n).padStart(3)}  ${pct(g.hit3, g.n)}  ${pct(g.hit10, g.n)}`);
  if (args.includes('--misses')) for (const m of misses) console.log(`  miss #${m.id} [${m.lang} ${m.split}] ${m.query}  want ${m.acceptable.join(' ')}  got ${m.got.join(' ')} (rank ${m.rank})`);
}
