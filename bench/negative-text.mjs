// False codes in real text that holds no Tencent Chat code: scan --json over files and folders, per million lines.
// Usage: node bench/negative-text.mjs [-v] <path>...   (needs npm run build; .gz files are read as scan reads them)
// Pick paths with no Tencent text in them (a system's /usr/share/doc and /var/log: changelogs, NEWS, docs, logs): every
// finding there is a false code. -v lists each flagged line once, cut to 160 characters.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('-v');
const paths = process.argv.slice(2).filter((a) => a !== '-v');
if (paths.length === 0) {
  console.error('usage: node bench/negative-text.mjs [-v] <path>...');
  process.exit(2);
}

/** Every regular file under the paths, symlinks not followed (as a plain walk; scan reports loops, this skips them). */
function filesUnder(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) return [];
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() || e.isFile() ? filesUnder(join(path, e.name)) : []));
  } catch {
    return [];
  }
}

/** A file's lines as scan reads them: decompressed when gzip, as text. */
function linesOf(file) {
  try {
    let bytes = readFileSync(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    return bytes.toString('utf8').split(/\r\n|\n|\r/);
  } catch {
    return [];
  }
}

const files = paths.flatMap(filesUnder);
let lines = 0;
for (const file of files) lines += linesOf(file).length;
const run = spawnSync(process.execPath, [join(root, 'dist', 'chaterr.cjs'), 'scan', '--json', ...paths], { maxBuffer: 1 << 30, encoding: 'utf8' });
const findings = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const flagged = new Map();
for (const f of findings) {
  const key = `${f.file}:${f.line}`;
  if (!flagged.has(key)) flagged.set(key, f);
}
console.log(`${files.length} files, ${lines} lines: ${findings.length} findings on ${flagged.size} lines, ${((findings.length / lines) * 1e6).toFixed(1)} per million lines`);
if (verbose) {
  const shown = new Set();
  for (const f of flagged.values()) {
    const text = (linesOf(f.file)[f.line - 1] ?? '').trim().slice(0, 160).replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    if (shown.has(text)) continue;
    shown.add(text);
    console.log(`  ${f.code}\t${f.file}:${f.line}\t${text}`);
  }
}
