// Spawns the built bin: exit codes, stdout vs stderr, pipes, colour env, EPIPE, a pseudo-terminal, streaming, a fresh install.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { getCatalogue } from '../../src/core/catalogue.js';
import { search } from '../../src/index.js';
import { ROOT } from '../helpers/sources.js';

const BIN = join(ROOT, 'bin', 'chaterr.cjs');
const ESC = /\x1b/;
const cleanEnv = () => {
  const env = { ...process.env };
  // The output language follows the locale, so a Chinese test machine must not change what these tests read.
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'CHATERR_SECRET_KEY', 'CHATERR_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return env;
};

function chaterr(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...cleanEnv(), ...options.env }, input: options.input ?? '', encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell command under a pseudo-terminal of the given width; the transcript uses CRLF. */
function underTerminal(command: string, columns = 70, env: Record<string, string> = {}) {
  // A terminal that can show colour, whatever TERM the test runner has (TERM=dumb turns colour off).
  const r = spawnSync('script', ['-qec', `stty cols ${columns}; ${command}`, '/dev/null'], { env: { ...cleanEnv(), TERM: 'xterm-256color', ...env }, encoding: 'utf8' });
  return r.stdout.replace(/\r\n/g, '\n');
}

const hasScript = spawnSync('script', ['--version']).status === 0;

describe('the built bin', () => {
  it('exists (npm install builds it through prepare)', () => {
    expect(existsSync(join(ROOT, 'dist', 'chaterr.cjs'))).toBe(true);
  });

  it("measures table cells with our displayWidth, not string-width's emoji pattern", () => {
    // cli-table3 ran Unicode's whole emoji regex over every cell line: `list --all --table` took 2.3 s (0.7 s now).
    const bundle = readFileSync(join(ROOT, 'dist/chaterr-main.cjs'), 'utf8');
    expect(bundle).not.toContain('uD83C\\uDFF4\\uDB40\\uDC67');
    // Not timed here (machines are noisy): the table it draws is checked instead.
    const out = execFileSync(process.execPath, [join(ROOT, 'bin/chaterr.cjs'), 'list', '--all', '--table'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '80' } });
    expect(out).toContain('ERR_SDK_NOT_INITIALIZED');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('starts each cached command from a code cache that V8 accepts', () => {
    // A rejected cache costs every run about a tenth of its start-up, silently.
    const source = wrap(readFileSync(join(ROOT, 'dist/chaterr-main.cjs'), 'utf8'));
    for (const command of ['explain', 'search', 'list', 'scan']) {
      const cachedData = readFileSync(join(ROOT, `dist/chaterr-main.${command}.cache`));
      expect(new Script(source, { filename: join(ROOT, 'dist/chaterr-main.cjs'), cachedData }).cachedDataRejected, command).toBe(false);
    }
  });

  it('explains a code on stdout with exit 0 and nothing on stderr', () => {
    const r = chaterr(['explain', '70001']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
  });

  it('takes a negative code', () => {
    expect(chaterr(['explain', '-10001']).stdout).toContain('ERR_SVR_SSO_D2_EXPIRED');
  });

  it('uses exit 1 for not found and 2 for bad input, with one line on stderr and no stack trace', () => {
    const missing = chaterr(['explain', '99999']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    for (const args of [['explain', '12abc'], ['explain', '--nope'], ['nonsense'], ['search', 'x', '--limit', '-3'], ['usersig', 'garbage!']]) {
      const r = chaterr(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^chaterr: /);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('prints help with examples and a version', () => {
    for (const cmd of ['explain', 'search', 'list', 'scan', 'usersig']) {
      const r = chaterr([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
    const version = chaterr(['--version']).stdout;
    expect(version.split('\n')[0]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version).toContain('@tencentcloud/chat');
  });

  it('writes no escape codes when piped, unless FORCE_COLOR; NO_COLOR keeps it plain', () => {
    expect(chaterr(['explain', '6206']).stdout).not.toMatch(ESC);
    expect(chaterr(['explain', '6206'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESC);
    expect(chaterr(['explain', '6206'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ESC);
  });

  it('searches as the library does, though it reads each term\'s postings from disk by offset and its terms as UTF-8 bytes', () => {
    // 群 and 踢 alone are looked up among the words that hold them (SearchIndex.wordsWith).
    for (const query of ['被踢下线', '消息太长', 'kicked offline', 'frequency', 'ERR_SVR_GROUP', '群已满 超过上限', '群', '踢', '禁言 muted']) {
      const r = chaterr(['search', query, '--json', '--limit', '50']);
      const fromBin = (JSON.parse(r.stdout) as { results: Array<{ source: string; code: number }> }).results.map((h) => `${h.source}:${h.code}`);
      expect(fromBin, query).toEqual(search(query, { limit: 50 }).map((h) => `${h.entry.source}:${h.entry.code}`));
      expect(fromBin.length, query).toBeGreaterThan(0);
    }
  });

  it('parses as JSON', () => {
    const doc = JSON.parse(chaterr(['explain', '70001', '--json']).stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, results: [{ found: true }] });
    expect(JSON.parse(chaterr(['list', '--json']).stdout).categories.length).toBeGreaterThan(20);
    expect(JSON.parse(chaterr(['search', 'kicked', '--json']).stdout).results.length).toBeGreaterThan(0);
  });

  it('exits 0 quietly when the reader goes away (| head -1)', () => {
    const codes = getCatalogue().codes.join(' ');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" explain ${codes} 2>err.txt | head -1; echo "status=\${PIPESTATUS[0]}"; cat err.txt`], {
      cwd: tempDir('epipe'),
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/^-20009 {2}ERR_SVR_SSO_FREQUENCY_LIMIT\nstatus=0\n$/);
  });

  it('stops scanning quietly when the reader goes away', () => {
    const r = spawnSync('bash', ['-c', `yes 'send failed code:6206' | head -200000 | "${process.execPath}" "${BIN}" scan 2>err.txt | head -2; echo "status=\${PIPESTATUS[2]}"; cat err.txt`], {
      cwd: tempDir('epipe'),
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('send failed code:6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\nstatus=0\n');
  });

  it.runIf(hasScript)('colours and fits a terminal, and respects NO_COLOR there', () => {
    const out = underTerminal(`"${process.execPath}" "${BIN}" list`, 70);
    expect(out).toMatch(ESC);
    for (const line of out.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) expect([...line].length).toBeLessThanOrEqual(70);
    expect(underTerminal(`"${process.execPath}" "${BIN}" explain 6206`, 70, { NO_COLOR: '1' })).not.toMatch(ESC);
  });

  it.runIf(hasScript)('shows control characters from a log escaped on a terminal', () => {
    const dir = tempDir('tty');
    writeFileSync(join(dir, 'evil.log'), 'evil \x1b[2J\x1b]0;pwned\x07 code:6206\n');
    const out = underTerminal(`"${process.execPath}" "${BIN}" scan "${join(dir, 'evil.log')}"`, 100, { NO_COLOR: '1' });
    expect(out).not.toMatch(ESC);
    expect(out).not.toContain('\x07');
    expect(out).toContain('evil \\x1b[2J\\x1b]0;pwned\\x07 code:6206');
  });

  it('passes log bytes through unchanged when piped', () => {
    const input = 'a \x1b[31mred\x1b[0m code:6206\r\nb\n';
    const r = chaterr(['scan'], { input });
    expect(r.stdout.startsWith('a \x1b[31mred\x1b[0m code:6206\r\n')).toBe(true);
  });

  it.runIf(existsSync('/usr/bin/time'))('scans a single 50 MB line in bounded memory and finds the code near its start', () => {
    const dir = tempDir('long');
    const path = join(dir, 'one-line.log');
    writeFileSync(path, `start login failed code:6206 ${'x'.repeat(50 * 1024 * 1024)}\nnext code:9520\n`);
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, BIN, 'scan', '--json', path], { env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 20 });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((f) => [f.line, f.code])).toEqual([[1, 6206], [2, 9520]]);
    const kib = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
    expect(kib / 1024).toBeLessThan(100);
  });

  it('scans files and stdin with grep-like exit codes', () => {
    const dir = tempDir('files');
    writeFileSync(join(dir, 'a.log'), 'x 错误码 20003\n');
    expect(chaterr(['scan', join(dir, 'a.log')]).code).toBe(0);
    const summary = JSON.parse(chaterr(['scan', '--summary', '--json', join(dir, 'a.log')]).stdout);
    expect(summary).toMatchObject({ schemaVersion: 1, summary: [{ code: 20003, count: 1, firstLine: 1, known: true }] });
    expect(chaterr(['scan', '--summary'], { input: 'send failed code:6206\n' }).stdout).toBe('6206\tsdk\taccount\tERR_USER_SIG_EXPIRED\tUserSig has expired. Get a new valid UserSig and log in again. For more information about how to get a UserSig, see Generating UserSig.\t1\t-:1\n');
    expect(chaterr(['scan'], { input: 'nothing\n' }).code).toBe(1);
    const missing = chaterr(['scan', join(dir, 'nope.log'), join(dir, 'a.log')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('20003');
    expect(missing.stderr).toContain('no such file');
  });

  it('annotates a line as soon as it arrives from a slow producer', async () => {
    const child = spawn(process.execPath, [BIN, 'scan'], { env: cleanEnv() });
    let output = '';
    const firstAnnotation = new Promise<number>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('↳ 6206')) resolve(Date.now());
      });
    });
    child.stdin.write('2020-01-21 login failed code:6206\n');
    const seenAt = await Promise.race([firstAnnotation, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no annotation yet: ${output}`)), 5000))]);
    const endedAt = Date.now();
    child.stdin.end('later line\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(seenAt).toBeLessThanOrEqual(endedAt);
    expect(output).toContain('later line');
  });

  it('works as a library from another project, with type declarations', { timeout: 60_000 }, () => {
    const dir = tempDir('consumer');
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'chaterr'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const consumer = [
      "import { explain, search, listCategories, type ExplainResult } from 'chaterr';",
      "const results: ExplainResult[] = explain(['70001', 'ERR_SDK_NOT_INITIALIZED']);",
      "const first: number = results[0]!.readings[0]!.code;",
      "console.log(JSON.stringify({ first, sources: results[0]!.readings.map((r) => r.source), named: results[1]!.readings[0]!.code, hit: search('ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT')[0]!.entry.code, categories: listCategories('server').length }));",
    ].join('\n');
    writeFileSync(join(dir, 'consumer.ts'), consumer);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, outDir: 'out', skipLibCheck: false, types: [] }, files: ['consumer.ts'] }));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: dir, stdio: 'pipe' });
    const out = JSON.parse(execFileSync(process.execPath, [join(dir, 'out', 'consumer.js')], { cwd: dir, encoding: 'utf8' }));
    expect(out).toEqual({ first: 70001, sources: ['server', 'web'], named: 6013, hit: 7008, categories: 11 });
  });

  it('npm install && npx chaterr explain 70001 works in a fresh copy', { timeout: 240_000 }, () => {
    const dir = tempDir('fresh');
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    }
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: 'pipe', env: cleanEnv() });
    const out = execFileSync('npx', ['chaterr', 'explain', '70001'], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect(out).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
  });
});
