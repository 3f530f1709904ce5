// Search hit@3 and hit@10 on probe lists (bench/*-probes.tsv): queries kept out of the measured set, each with the readings a person would accept.
// Usage: node bench/probes.mjs [list.tsv ...] [-v]   (no list: every bench/*-probes.tsv; needs npm run build, it reads dist/lib)
// The lists: english-probes (search18), zh-probes (search19), vague-probes (search17), short-probes (search20: two to six
// words or characters per category, both languages), english2-probes (search21: developers' shorthand and non-native English).
// Each list's header row names its columns: `query`, `lang` (optional: figures per language), one label column shown
// with -v (topic, family or operation), and one or more columns of accepted readings (`accept`, or `strict` and
// `broad`), each counted on its own. A reading named in a list that the catalogue lacks is reported: it would count as
// a miss for the list's fault, not search's.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { search, lookupCode } = await import(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href);
const verbose = process.argv.includes('-v');
const named = process.argv.slice(2).filter((a) => a !== '-v');
const lists = named.length > 0 ? named : readdirSync(join(root, 'bench')).filter((f) => f.endsWith('-probes.tsv')).sort().map((f) => join(root, 'bench', f));
const LABELS = ['topic', 'family', 'operation'];
const known = (key) => lookupCode(Number(key.split(':')[1])).some((e) => `${e.source}:${e.code}` === key);

for (const list of lists) {
  const [header, ...rows] = readFileSync(list, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  const column = (name) => header.indexOf(name);
  const label = LABELS.map(column).find((i) => i >= 0);
  const acceptColumns = header.flatMap((name, i) => (name === 'accept' || name === 'strict' || name === 'broad' ? [[name, i]] : []));
  if (column('query') < 0 || acceptColumns.length === 0) throw new Error(`${list}: its header names no query or accept column`);
  const groups = new Map();
  for (const row of rows) {
    const query = row[column('query')];
    const lang = column('lang') >= 0 ? row[column('lang')] : '';
    const keys = search(query, { limit: 10 }).map((h) => `${h.entry.source}:${h.entry.code}`);
    const ranks = acceptColumns.map(([, i]) => {
      const wanted = row[i].split(' ');
      for (const key of wanted) if (!known(key)) console.log(`${basename(list)}: unknown reading ${key} in "${query}"`);
      return keys.findIndex((k) => wanted.includes(k));
    });
    acceptColumns.forEach(([name], i) => {
      const group = [acceptColumns.length > 1 ? name : '', lang].filter(Boolean).join(' ') || 'all';
      const g = groups.get(group) ?? { n: 0, hit3: 0, hit10: 0 };
      g.n++;
      if (ranks[i] >= 0 && ranks[i] < 3) g.hit3++;
      if (ranks[i] >= 0) g.hit10++;
      groups.set(group, g);
    });
    if (verbose) {
      const [rank] = ranks;
      console.log(`${rank >= 0 && rank < 3 ? 'ok  ' : 'miss'} [${label === undefined ? '' : row[label]}] ${query} -> ${keys.slice(0, 3).join(' ')}${rank >= 3 ? ` (rank ${rank + 1})` : ''}`);
    }
  }
  for (const [name, g] of [...groups].sort()) console.log(`${basename(list).padEnd(20)} ${name.padEnd(10)} hit@3 ${g.hit3}/${g.n}  hit@10 ${g.hit10}/${g.n}`);
}
