// Search hit@3 and hit@10 on bench/vague-probes.tsv: vague "operation + generic failure" queries, not the measured set.
// Usage: node bench/vague-probes.mjs [-v]   (needs npm run build: it reads dist/lib)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { search } = await import(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href);
const rows = readFileSync(join(root, 'bench', 'vague-probes.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('lang\t'))
  .map((line) => line.split('\t'));
const groups = new Map();
for (const [lang, query, operation, strict, broad] of rows) {
  const keys = search(query, { limit: 10 }).map((h) => `${h.entry.source}:${h.entry.code}`);
  const ranks = [strict, broad].map((list) => keys.findIndex((k) => list.split(' ').includes(k)));
  ['strict', 'broad'].forEach((kind, i) => {
    const g = groups.get(`${kind} ${lang}`) ?? { n: 0, hit3: 0, hit10: 0 };
    g.n++;
    if (ranks[i] >= 0 && ranks[i] < 3) g.hit3++;
    if (ranks[i] >= 0) g.hit10++;
    groups.set(`${kind} ${lang}`, g);
  });
  if (process.argv.includes('-v')) console.log(`${ranks[0] >= 0 && ranks[0] < 3 ? 'ok  ' : 'miss'} [${operation}] ${query} -> ${keys.slice(0, 3).join(' ')}`);
}
for (const [name, g] of [...groups].sort()) console.log(`${name.padEnd(10)} hit@3 ${g.hit3}/${g.n}  hit@10 ${g.hit10}/${g.n}`);
