// Benchmarks chaterr against baselines measured in the same run, alternating A B A B, and reports median ratios.
// Usage: node bench/run.mjs [startup|scan|all] [--runs N] [--big]
//   startup: `chaterr explain 70001` (the installed bin) against `node -e 0`, target ratio <= 1.25; `chaterr search`
//            (an English and a Chinese query), target ratio <= 1.4.
//   scan:    `chaterr scan --summary` and the default annotated mode against `grep -cE` with an equivalent keyed
//            pattern on a generated 100 MB log (about 1% of lines with codes); target ratio <= 1.0, and peak memory
//            <= 100 MiB on it and (with --big) on a 1 GB log.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'chaterr.cjs');
const outDir = join(root, 'bench', 'out');
const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--')) ?? 'all';
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : undefined;
const big = args.includes('--big');

if (!existsSync(join(root, 'dist', 'chaterr.cjs'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

/** Runs a shell command with stdout to a file: grep stops at its first match when stdout is /dev/null. */
function timeOnce(command) {
  const start = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', `${command} > "${join(outDir, 'bench-stdout.txt')}"`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} exited ${r.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Alternates baseline and candidates so that machine noise hits all of them alike. */
function compare(label, baseline, candidates, n) {
  for (const c of [baseline, ...candidates.map((x) => x.command)]) timeOnce(c);
  const times = { base: [], ...Object.fromEntries(candidates.map((c) => [c.name, []])) };
  for (let i = 0; i < n; i++) {
    times.base.push(timeOnce(baseline));
    for (const c of candidates) times[c.name].push(timeOnce(c.command));
  }
  const base = median(times.base);
  console.log(`\n${label} (median of ${n}, alternating)`);
  console.log(`  baseline  ${base.toFixed(1)} ms  ${baseline}`);
  for (const c of candidates) {
    const m = median(times[c.name]);
    console.log(`  ${c.name.padEnd(9)} ${m.toFixed(1)} ms  ratio ${(m / base).toFixed(2)}  ${c.command}`);
  }
}

function peakMemoryMiB(command) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'bash', '-c', `${command} > /dev/null`], { encoding: 'utf8' });
  const kib = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kib) ? kib / 1024 : NaN;
}

function ensureLog(name, megabytes) {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, name);
  if (!existsSync(file) || statSync(file).size < megabytes * 1024 * 1024) {
    spawnSync(process.execPath, [join(root, 'bench', 'generate-log.mjs'), file, String(megabytes)], { stdio: 'inherit' });
  }
  return file;
}

/** The keyed forms the detector reads, as one extended regular expression, case-insensitive like the detector. */
const GREP_PATTERN = String.raw`(code|err(or)?[_ ]?code|errid|ret|fail(ed)?|error)"?[[:space:]]*[:=：][[:space:]]*"?-?[0-9]+|PlatformException\((-?[0-9]+|[A-Za-z_]+, *-?[0-9]+)|错误码[[:space:]]*-?[0-9]+`;

mkdirSync(outDir, { recursive: true });
if (which === 'startup' || which === 'all') {
  compare(
    'startup: chaterr explain 70001, list and search vs node -e 0',
    `"${process.execPath}" -e 0`,
    [
      { name: 'explain', command: `"${process.execPath}" "${bin}" explain 70001` },
      { name: 'list', command: `"${process.execPath}" "${bin}" list` },
      // stderr goes away: it only says how many results --limit left out.
      { name: 'search', command: `"${process.execPath}" "${bin}" search "kicked offline" 2>/dev/null` },
      { name: 'search-js', command: `"${process.execPath}" "${bin}" search "kicked offline" --json 2>/dev/null` },
      { name: 'search-zh', command: `"${process.execPath}" "${bin}" search 被踢下线 --json 2>/dev/null` },
    ],
    runs ?? 21,
  );
}
if (which === 'scan' || which === 'all') {
  const log = ensureLog('100mb.log', 100);
  compare(
    'scan: 100 MB log vs grep -icE (keyed pattern)',
    `grep -icE '${GREP_PATTERN}' "${log}"`,
    [
      { name: 'summary', command: `"${process.execPath}" "${bin}" scan --summary "${log}"` },
      { name: 'annotate', command: `"${process.execPath}" "${bin}" scan "${log}"` },
    ],
    runs ?? 5,
  );
  const logs = [log, ...(big ? [ensureLog('1gb.log', 1024)] : [])];
  console.log('\npeak memory (max RSS)');
  for (const file of logs) {
    for (const mode of ['--summary', '']) {
      console.log(`  ${peakMemoryMiB(`"${process.execPath}" "${bin}" scan ${mode} "${file}"`).toFixed(1)} MiB  scan ${mode || '(annotate)'} ${file.split('/').pop()}`);
    }
  }
}
