// Spawns the built bin for the hardening cases only a real process shows: a full disk, a directory as stdin, stdin that
// is the output file, and caches it must not write.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources.js';

const BIN = join(ROOT, 'bin', 'chaterr.cjs');
const hasDevFull = (() => {
  try {
    openSync('/dev/full', 'w');
    return true;
  } catch {
    return false;
  }
})();

describe('the built bin, hardened', () => {
  it.skipIf(!hasDevFull).each([[['explain', '70001']], [['list']], [['usersig', 'generate', '--user', 'a', '--sdkappid', '1']]])(
    'a full disk is one line and exit 2, never a stack: %j',
    (args) => {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" "$@" > /dev/full`, 'sh', ...args], {
        env: { ...process.env, CHATERR_SECRET_KEY: 'k' },
        encoding: 'utf8',
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('chaterr: cannot write the output: no space left on the device\n');
    },
  );

  it.skipIf(!hasDevFull)('stderr on a full disk loses only its notes: stdout gets every line and the exit code is the command\'s', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i} code:6206`).join('\n') + '\n';
    const scan = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" scan missing.log - 2> /dev/full`], { input: lines, encoding: 'utf8', maxBuffer: 1 << 28 });
    // The missing file's note is lost, but every line and annotation still comes out, and its exit code stays 2.
    expect(scan.stdout.split('\n').filter((line) => line.startsWith('-:') || line.startsWith('line ')).length).toBe(50_000);
    expect(scan.status).toBe(2);
    const unknown = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" explain 99999 2> /dev/full`], { encoding: 'utf8' });
    expect(unknown.status).toBe(1);
  });

  it('scan skips standard input when it is the output file, as cat refuses to read it', () => {
    // `chaterr scan < app.log >> app.log` read back its own annotations as they were appended: the file grew fivefold.
    const dir = mkdtempSync(join(tmpdir(), 'chaterr-self-'));
    const log = join(dir, 'app.log');
    const text = 'login failed code:6206\n'.repeat(3000);
    writeFileSync(log, text);
    // Without the check the scan never ends (it wrote 15 GB in nine minutes): the timeout keeps a failure small.
    const r = spawnSync('sh', ['-c', `exec "${process.execPath}" "${BIN}" scan < "$1" >> "$1"`, 'sh', log], { encoding: 'utf8', timeout: 10_000 });
    expect(r.stderr).toBe('chaterr: warning: standard input is the output file, skipped\nchaterr: no error codes found\n');
    expect(r.status).toBe(1);
    expect(readFileSync(log, 'utf8')).toBe(text);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([[['scan']], [['usersig', '-']]])('a directory on standard input is named as such, exit 2: %j', (args) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: [openSync(ROOT, 'r'), 'pipe', 'pipe'], encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('chaterr: standard input is a directory, not a file or a pipe\n');
    expect(r.stdout).toBe('');
  });

  it('never rewrites its own code caches, whatever the environment says', () => {
    const cache = join(ROOT, 'dist', 'chaterr-main.explain.cache');
    const before = { bytes: readFileSync(cache), mtime: statSync(cache).mtimeMs };
    spawnSync(process.execPath, [BIN, 'explain', '6206'], { env: { ...process.env, CHATERR_WRITE_CODE_CACHE: '1' } });
    expect(statSync(cache).mtimeMs).toBe(before.mtime);
    expect(readFileSync(cache).equals(before.bytes)).toBe(true);
  });
});
