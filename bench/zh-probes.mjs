// Search hit@3 and hit@10 on bench/zh-probes.tsv: short Chinese search-box queries, not the measured set.
// Usage: node bench/zh-probes.mjs [-v]   (needs npm run build: it reads dist/lib)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { search } = await import(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href);
const rows = readFileSync(join(root, 'bench', 'zh-probes.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('lang\t'))
  .map((line) => line.split('\t'));
let n = 0;
let hit3 = 0;
let hit10 = 0;
for (const [, query, topic, accept] of rows) {
  const keys = search(query, { limit: 10 }).map((h) => `${h.entry.source}:${h.entry.code}`);
  const rank = keys.findIndex((k) => accept.split(' ').includes(k));
  n++;
  if (rank >= 0 && rank < 3) hit3++;
  if (rank >= 0) hit10++;
  if (process.argv.includes('-v')) console.log(`${rank >= 0 && rank < 3 ? 'ok  ' : 'miss'} [${topic}] ${query} -> ${keys.slice(0, 3).join(' ')} (rank ${rank})`);
}
console.log(`zh probes hit@3 ${hit3}/${n}  hit@10 ${hit10}/${n}`);
