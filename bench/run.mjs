// Benchmarks chaterr against baselines measured in the same run, alternating A B A B, and reports median ratios.
// Usage: node bench/run.mjs [startup|scan|all] [--runs N] [--big] [--before <dir>]
//   startup: `chaterr explain 70001`, `chaterr list` and `chaterr search` (an English and a Chinese query), the
//            installed bin, against `node -e 0`; targets 1.25 for explain, 1.4 for list and search.
//   scan:    `chaterr scan --summary`, the default annotated mode and `-n` against `grep -icE` with an equivalent keyed
//            pattern in the C.UTF-8 locale on a generated 100 MB log (about 1% of lines with codes); target ratio
//            <= 1.0 (issue 11). The same grep under LC_ALL=C (about half the time) is reported too, with the ratios against
//            it. Peak memory <= 100 MiB on the log and (with --big) on a 1 GB log, also gzipped.
//   --before <dir>: also times the scan of another build (a checkout of an earlier commit, built), in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
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
const beforeArg = args.indexOf('--before');
const beforeBin = beforeArg >= 0 ? join(args[beforeArg + 1], 'bin', 'chaterr.cjs') : undefined;

if (!existsSync(join(root, 'dist', 'chaterr.cjs'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

/** Runs a shell command with stdout to a file: grep stops at its first match when stdout is /dev/null. */
function timeOnce(command) {
  const stdoutFile = join(outDir, 'bench-stdout.txt');
  // Removed before the clock starts: truncating the last run's 100 MB of output inside the next command's time
  // (bash's `>`) charged 60 to 70 ms to whichever command followed an annotating run, grep among them.
  rmSync(stdoutFile, { force: true });
  const start = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', `${command} > "${stdoutFile}"`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} exited ${r.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Alternates baseline and candidates so that machine noise hits all of them alike. A candidate marked
 * `baseline: true` is a second baseline: the others' ratios against it are printed as well.
 */
function compare(label, baseline, candidates, n) {
  for (const c of [baseline, ...candidates.map((x) => x.command)]) timeOnce(c);
  const times = { base: [], ...Object.fromEntries(candidates.map((c) => [c.name, []])) };
  for (let i = 0; i < n; i++) {
    times.base.push(timeOnce(baseline));
    for (const c of candidates) times[c.name].push(timeOnce(c.command));
  }
  const base = median(times.base);
  const second = candidates.find((c) => c.baseline);
  const secondBase = second ? median(times[second.name]) : undefined;
  console.log(`\n${label} (median of ${n}, alternating)`);
  console.log(`  baseline  ${base.toFixed(1)} ms  ${baseline}`);
  for (const c of candidates) {
    const m = median(times[c.name]);
    const against = secondBase && !c.baseline ? `  (${(m / secondBase).toFixed(2)} x ${second.name})` : '';
    console.log(`  ${c.name.padEnd(9)} ${m.toFixed(1)} ms  ratio ${(m / base).toFixed(2)}${against}  ${c.command}`);
  }
}

function peakMemoryMiB(command) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'bash', '-c', `${command} > /dev/null`], { encoding: 'utf8' });
  const kib = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kib) ? kib / 1024 : NaN;
}

function ensureLog(name, megabytes, shape = 'ordinary') {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, name);
  if (!existsSync(file) || statSync(file).size < megabytes * 1024 * 1024) {
    spawnSync(process.execPath, [join(root, 'bench', 'generate-log.mjs'), file, String(megabytes), '1', shape], { stdio: 'inherit' });
  }
  return file;
}

function ensureGzip(file) {
  const gz = `${file}.gz`;
  if (!existsSync(gz)) spawnSync('bash', ['-c', `gzip -1 -c "${file}" > "${gz}"`], { stdio: 'inherit' });
  return gz;
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
  const scanWith = (which, mode) => `"${process.execPath}" "${which}" scan ${mode} "${log}"`;
  compare(
    'scan: 100 MB log vs grep -icE (keyed pattern) in C.UTF-8; grepC is the same grep under LC_ALL=C',
    `LC_ALL=C.UTF-8 grep -icE '${GREP_PATTERN}' "${log}"`,
    [
      { name: 'grepC', command: `LC_ALL=C grep -icE '${GREP_PATTERN}' "${log}"`, baseline: true },
      { name: 'summary', command: scanWith(bin, '--summary') },
      { name: 'annotate', command: scanWith(bin, '') },
      { name: 'numbered', command: scanWith(bin, '-n') },
      ...(beforeBin
        ? [
            { name: 'summ-bef', command: scanWith(beforeBin, '--summary') },
            { name: 'anno-bef', command: scanWith(beforeBin, '') },
            { name: 'numb-bef', command: scanWith(beforeBin, '-n') },
          ]
        : []),
    ],
    runs ?? 5,
  );
  const logs = [log, ...(big ? [ensureLog('1gb.log', 1024)] : [])];
  console.log('\npeak memory (max RSS)');
  for (const file of logs) {
    for (const mode of ['--summary', '', '-n']) {
      console.log(`  ${peakMemoryMiB(`"${process.execPath}" "${bin}" scan ${mode} "${file}"`).toFixed(1)} MiB  scan ${mode || '(annotate)'} ${file.split('/').pop()}`);
    }
  }
  // Decompressed as it streams: memory must not grow with the size of what comes out.
  const gz = ensureGzip(logs[logs.length - 1]);
  console.log(`  ${peakMemoryMiB(`"${process.execPath}" "${bin}" scan --summary "${gz}"`).toFixed(1)} MiB  scan --summary ${gz.split('/').pop()}`);
  // The worst shapes: a code on every line (every line a hit), a code table on every line (every line judged), and
  // lines of 25,000 codes each (one line's findings alive at once).
  for (const [name, shape] of [['dense-30mb.log', 'dense'], ['rows-30mb.log', 'rows'], ['crowded-30mb.log', 'crowded']]) {
    const file = ensureLog(name, 30, shape);
    for (const mode of ['--summary', '--json', '', '-n']) {
      console.log(`  ${peakMemoryMiB(`"${process.execPath}" "${bin}" scan ${mode} "${file}"`).toFixed(1)} MiB  scan ${mode || '(annotate)'} ${name}`);
    }
  }
}
