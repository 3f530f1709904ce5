// Search quality on our own query set (test/fixtures/search-queries.tsv): hit@3 and hit@10 per language and split.
// Usage: node bench/search-quality.mjs [--split dev|heldout|all] [--misses]   (needs npm run build: it reads dist/lib)
// "clean": the held-out queries whose source page data/ does not cite (symptoms or messages drawn from the same thread
// would make a query less than unseen).
import { readdirSync, readFileSync } from 'node:fs';
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

const URL_IN_TEXT = /https?:\/\/[^\s|)>\]"'`]+/g;
/** A URL as compared: no scheme, no fragment, no trailing slash or dot. */
const urlKey = (url) => url.replace(/^https?:\/\//, '').replace(/#.*$/, '').replace(/[/.]+$/, '');

/**
 * Every URL that data/ cites (guidance sources, log messages, REST tables, SOURCES.md): a held-out query drawn from a
 * page that data/ also drew from is not quite unseen, since symptoms or messages may come from the same thread.
 */
export function dataCitations(dir = join(root, 'data')) {
  const cited = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const url of dataCitations(path)) cited.add(url);
    else if (/\.(md|tsv|txt|json)$/.test(entry.name)) for (const m of readFileSync(path, 'utf8').matchAll(URL_IN_TEXT)) cited.add(urlKey(m[0]));
  }
  return cited;
}

/**
 * hit@k: a query counts when any acceptable reading is among the first k results. Held-out queries whose source data/
 * does not cite are also pooled as "clean held-out" (pass `cited`, from dataCitations()).
 */
export function evaluate(search, queries, cited = new Set()) {
  const groups = new Map();
  const misses = [];
  for (const q of queries) {
    const keys = search(q.query, { limit: 10 }).map((h) => `${h.entry.source}:${h.entry.code}`);
    const rank = keys.findIndex((k) => q.acceptable.includes(k));
    const heldOut = q.split.startsWith('heldout');
    const clean = heldOut && !q.source.split(/\s+/).some((url) => cited.has(urlKey(url)));
    const pooled = heldOut ? [`${q.lang} held-out`, 'all held-out', ...(clean ? [`${q.lang} clean`, 'all clean'] : [])] : [];
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
  const { groups, misses } = evaluate(search, queries, dataCitations());
  const pct = (a, n) => `${((100 * a) / n).toFixed(1)}%`.padStart(6);
  console.log(`search quality, ${queries.length} queries (${QUERY_FILE.slice(root.length + 1)})`);
  console.log('  set            n   hit@3  hit@10');
  for (const [name, g] of [...groups].sort()) console.log(`  ${name.padEnd(12)} ${String(g.n).padStart(3)}  ${pct(g.hit3, g.n)}  ${pct(g.hit10, g.n)}`);
  if (args.includes('--misses')) for (const m of misses) console.log(`  miss #${m.id} [${m.lang} ${m.split}] ${m.query}  want ${m.acceptable.join(' ')}  got ${m.got.join(' ')} (rank ${m.rank})`);
}
