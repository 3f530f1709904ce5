// Search hit@3 and hit@10 on bench/english-probes.tsv: short English search-box queries, not the measured set.
// Usage: node bench/english-probes.mjs [-v]   (needs npm run build: it reads dist/lib)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { search, lookupCode } = await import(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href);
const rows = readFileSync(join(root, 'bench', 'english-probes.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('query\t'))
  .map((line) => line.split('\t'));
// A row whose list names a reading the catalogue lacks would count as a miss for the list's fault, not search's.
const known = (key) => lookupCode(Number(key.split(':')[1])).some((e) => `${e.source}:${e.code}` === key);
let hit3 = 0;
let hit10 = 0;
for (const [query, family, accept] of rows) {
  const wanted = accept.split(' ');
  for (const key of wanted) if (!known(key)) console.log(`unknown reading ${key} in "${query}"`);
  const keys = search(query, { limit: 10 }).map((h) => `${h.entry.source}:${h.entry.code}`);
  const rank = keys.findIndex((k) => wanted.includes(k));
  if (rank >= 0 && rank < 3) hit3++;
  if (rank >= 0) hit10++;
  if (process.argv.includes('-v')) console.log(`${rank >= 0 && rank < 3 ? 'ok  ' : 'miss'} [${family}] ${query} -> ${keys.slice(0, 3).join(' ')}${rank >= 3 ? ` (rank ${rank + 1})` : ''}`);
}
console.log(`english probes: hit@3 ${hit3}/${rows.length}  hit@10 ${hit10}/${rows.length}`);
