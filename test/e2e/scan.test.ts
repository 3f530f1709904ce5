// Spawns the built bin for scan's inputs and outputs: -n, directories, gzip (and a zlib bomb), UTF-16, GBK, Ctrl-C, Markdown, coloured lines.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { GBK_LINE } from '../helpers/gbk.js';
import { childOf, untilCatchingSigint } from '../helpers/sigint-ready.js';
import { ROOT } from '../helpers/sources.js';

const BIN = join(ROOT, 'bin', 'chaterr.cjs');
const env = () => {
  const copy = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS']) delete copy[name];
  return copy;
};
function chaterr(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: env(), input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const dir = tempDir('e2e-scan');
const hasScript = spawnSync('script', ['--version']).status === 0;
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

describe('scan, spawned', () => {
  it('-n numbers lines when piped; on a terminal they are numbered by default and the code is highlighted', () => {
    const log = join(dir, 'n.log');
    writeFileSync(log, 'a\nsend failed code:6206\nb\n');
    expect(chaterr(['scan', '-n', log]).stdout).toBe('1:a\n2:send failed code:6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n3:b\n');
    expect(chaterr(['scan', log]).stdout.startsWith('a\n')).toBe(true);
    if (!hasScript) return;
    const r = spawnSync('script', ['-qec', `stty cols 80; "${process.execPath}" "${BIN}" scan "${log}"`, '/dev/null'], { env: env(), encoding: 'utf8' });
    const lines = r.stdout.replace(/\r\n/g, '\n').split('\n');
    expect(lines[1]).toBe('\x1b[32m2\x1b[39m\x1b[36m:\x1b[39msend failed code:\x1b[1m\x1b[31m6206\x1b[39m\x1b[22m');
  });

  it('echoes a log of lone CRs in linear time, coloured or numbered', () => {
    // Each line's end was looked for by searching to the end of the read for an LF, which such a log never has: 2 MiB
    // of lone-CR lines took 20 s with colour on (7 s for 1 MiB); about 1.7 s now.
    const log = join(dir, 'mac.log');
    writeFileSync(log, `${'\r'.repeat(2 << 20)}send failed code:6206\r`);
    for (const [args, colour] of [[['scan', log], { FORCE_COLOR: '1' }], [['scan', '-n', log], {}]] as const) {
      const started = performance.now();
      const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...env(), ...colour }, encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(performance.now() - started, args.join(' ')).toBeLessThan(8000);
      expect(r.status).toBe(0);
      // Every CR is still a line of its own: the code is on the last line.
      expect(r.stdout).toContain(args.includes('-n') ? `${(2 << 20) + 1}:send failed code:6206` : 'send failed code:');
    }
  }, 60_000);

  // The prefilter once read a colour sequence's bytes where the detector reads blanks, and held these lines back.
  it('finds a definition line and a table row that open after a terminal colour sequence', () => {
    for (const line of ['\x1b[31m 6014: 未登录', '\x1b[1m| 6014 | 未登录 |']) {
      const r = chaterr(['scan', '--summary'], `noise\n${line}\n`);
      expect(r.code, JSON.stringify(line)).toBe(0);
      expect(r.stdout.split('\t').slice(0, 2)).toEqual(['6014', 'sdk']);
      expect(r.stdout.trimEnd().endsWith('\t1\t-:2')).toBe(true);
    }
  });

  it('walks a directory: a symbolic link loop is a warning, a dangling link is unreadable (exit 2), the rest is scanned', () => {
    const root = join(dir, 'logs');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'a.log'), 'code:9520\n');
    writeFileSync(join(root, 'sub', 'b.log'), 'x\n错误码 20003\n');
    symlinkSync('..', join(root, 'sub', 'loop'));
    symlinkSync('gone.log', join(root, 'dangling.log'));
    // Tests run as root, who can read anything: an entry that vanished is the unreadable one here.
    const r = chaterr(['scan', '-o', '-n', root]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      `${root}/a.log:1:code:9520\n  ↳ 9520 sdk/network [retry] The request packet entered the network layer of the operating system from the Chat SDK sending queue but timed out whil…\n` +
        `${root}/sub/b.log:2:错误码 20003\n${r.stdout.split('\n')[3]}\n`,
    );
    expect(r.stderr.split('\n').sort()).toEqual(['', `chaterr: cannot read ${root}/dangling.log: no such file`, `chaterr: warning: ${root}/sub/loop: recursive directory loop, skipped`]);
    // Without the dangling link, a loop alone is not an error.
    const clean = join(dir, 'clean');
    mkdirSync(clean);
    writeFileSync(join(clean, 'a.log'), 'code:9520\n');
    symlinkSync('.', join(clean, 'self'));
    expect(chaterr(['scan', '--summary', clean]).code).toBe(0);
  });

  it('reads .gz as it streams, and a zlib bomb in bounded memory', () => {
    const gz = join(dir, 'app.log.gz');
    writeFileSync(gz, Buffer.concat([gzipSync('a\nlogin failed code:6206\n'), gzipSync('code:70001\n')]));
    expect(chaterr(['scan', '--json', gz]).stdout.trim().split('\n').map((l) => [JSON.parse(l).line, JSON.parse(l).code])).toEqual([[2, 6206], [3, 70001]]);
    if (!hasTime) return;
    // 512 MiB of zeros in about half a megabyte: no line ends, so it is also one endless line.
    const member = gzipSync(Buffer.alloc(64 << 20), { level: 9 });
    const bomb = join(dir, 'bomb.gz');
    writeFileSync(bomb, Buffer.concat([...Array.from({ length: 8 }, () => member), gzipSync('\nfailed code:6206\n')]));
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, BIN, 'scan', '--summary', bomb], { env: env(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`6206\tsdk\taccount\tERR_USER_SIG_EXPIRED\tUserSig has expired. Get a new valid UserSig and log in again. For more information about how to get a UserSig, see Generating UserSig.\t1\t${bomb}:2\n`);
    expect(Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]) / 1024).toBeLessThan(128);
  }, 60_000);

  it('walks a directory of 60,000 small logs in bounded memory', () => {
    if (!hasTime) return;
    // Its names were read as a Buffer each, about 550 bytes a name held for the whole walk: peak RSS 110 MiB.
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 60_000; i++) writeFileSync(join(many, `app-${String(i).padStart(5, '0')}.log`), i === 59_999 ? 'code:6206\n' : 'ok\n');
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, BIN, 'scan', '--summary', many], { env: env(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('6206\t') && r.stdout.endsWith(`\t1\t${many}/app-59999.log:1\n`)).toBe(true);
    expect(Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]) / 1024).toBeLessThan(100);
  }, 120_000);

  it('reads a file or directory named on the command line by a name that is not UTF-8 (GBK), shown as \\xNN', () => {
    // Node reads argv as UTF-8: the name came with U+FFFD in it, and scan said "cannot read ��.log: no such file".
    const root = join(dir, 'gbk-args');
    mkdirSync(root);
    writeFileSync(Buffer.from(`${root}/\xb4\xed.log`, 'latin1'), 'send failed code:6206\n');
    mkdirSync(Buffer.from(`${root}/\xd6\xd0`, 'latin1'));
    writeFileSync(Buffer.from(`${root}/\xd6\xd0/a.log`, 'latin1'), 'code:70001\n');
    // The shell passes the bytes as they are, as a glob or a typed name does.
    const script = `exec "$1" "$2" scan -o "$3/$(printf '\\264\\355').log" "$3/$(printf '\\326\\320')/" "$3/$(printf '\\377').log"`;
    const r = spawnSync('sh', ['-c', script, 'sh', process.execPath, BIN, root], { env: env(), encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('  ↳'))).toEqual([`${root}/\\xb4\\xed.log:send failed code:6206`, `${root}/\\xd6\\xd0/a.log:code:70001`, '']);
    expect(r.stderr).toBe(`chaterr: cannot read ${root}/\\xff.log: no such file\n`);
    expect(r.status).toBe(2);
  });

  it('decodes UTF-16 logs with a byte-order mark (PowerShell 5.1 writes UTF-16LE)', () => {
    const le = join(dir, 'ps.log');
    writeFileSync(le, Buffer.from('\ufeff登录失败 错误码 6206\r\nok\r\n', 'utf16le'));
    const be = join(dir, 'be.log');
    writeFileSync(be, Buffer.from('\ufeffsend failed code:9520\n', 'utf16le').swap16());
    const r = chaterr(['scan', '-o', le, be]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${le}:登录失败 错误码 6206\r\n  ↳ 6206 `);
    expect(r.stdout).toContain(`${be}:send failed code:9520\n  ↳ 9520 `);
  });

  it('decodes GBK logs (Chinese Windows apps write them): the Chinese key matches and the line reads as UTF-8', () => {
    const log = join(dir, 'gbk.log');
    writeFileSync(log, Buffer.concat([Buffer.from('ok\r\n'), GBK_LINE]));
    const r = chaterr(['scan', '-o', '-n', log]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2:登录失败，错误码：6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n');
  });

  it('prints the summary of what was seen on Ctrl-C during a streamed --summary, then exits 130', async () => {
    const child = spawn(process.execPath, [BIN, 'scan', '--summary'], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stdin.write('login failed code:6206\nx\n');
    child.stdin.write('send failed code:6206\nerror code:70001\n');
    // stdin stays open, as with tail -f: only Ctrl-C ends the scan. Give it time to start and read the lines.
    await untilCatchingSigint(child.pid!);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout).toBe('6206\tsdk\taccount\tERR_USER_SIG_EXPIRED\tUserSig has expired. Get a new valid UserSig and log in again. For more information about how to get a UserSig, see Generating UserSig.\t2\t-:1\n70001\tserver\taccount\tERR_SVR_ACCOUNT_USERSIG_EXPIRED\tUserSig expired. Please generate a new one. It is recommended that the UserSig validity period be set to not less than 24 hours.\t1\t-:4\n');
  });

  it('prints the summary on Ctrl-C during --summary of a FIFO whose writer has gone quiet, then exits 130', async () => {
    // The FIFO was read by a thread-pool read that nothing could cancel: Ctrl-C waited for the writer to write or close.
    const fifo = join(dir, 'app.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'scan', '--summary', fifo], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    // The writer stays open, as `app > fifo` or `tail -f app.log > fifo` does (exec: the sleep is the writer).
    const writer = spawn('sh', ['-c', 'exec > "$1"; printf "login failed code:6206\\n"; exec sleep 60', 'sh', fifo], { stdio: 'ignore' });
    try {
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await untilCatchingSigint(child.pid!);
      child.kill('SIGINT');
      const code = await Promise.race([closed, new Promise<string>((resolve) => setTimeout(() => resolve('still waiting 10 s after Ctrl-C'), 10_000))]);
      expect(code).toBe(130);
      expect(stdout).toBe(`6206\tsdk\taccount\tERR_USER_SIG_EXPIRED\tUserSig has expired. Get a new valid UserSig and log in again. For more information about how to get a UserSig, see Generating UserSig.\t1\t${fifo}:1\n`);
    } finally {
      child.kill('SIGKILL');
      writer.kill('SIGKILL');
    }
    // A writer that comes after scan opened the FIFO is waited for, as `cat fifo` waits, and its end is the input's end.
    const late = spawn(process.execPath, [BIN, 'scan', '--summary', fifo], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let lateOut = '';
    late.stdout.on('data', (d: Buffer) => (lateOut += d.toString()));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    spawnSync('sh', ['-c', 'printf "error code:70001\\n" > "$1"', 'sh', fifo]);
    expect(await new Promise<number | null>((resolve) => late.on('close', resolve))).toBe(0);
    expect(lateOut).toMatch(/^70001\t.*\t1\t.*app\.fifo:1\n$/);
  }, 30_000);

  it('prints the summary on Ctrl-C during --summary of a terminal named as a path (/dev/tty, /dev/stdin), then exits 130', async () => {
    if (!hasScript) return;
    // A terminal named as a path was read by a thread-pool read that nothing could cancel: the Ctrl-C printed a line
    // end and scan then waited, with no summary, for the user to type another line.
    // exec, and script's -e for the exit code: with no shell left between them, the terminal's SIGINT reaches scan
    // alone. A shell waiting on it (dash, CI's /bin/sh when SHELL is unset) would die of the SIGINT itself first.
    const child = spawn('script', ['-qec', `exec "${process.execPath}" "${BIN}" scan --summary /dev/tty`, '/dev/null'], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await untilCatchingSigint(() => childOf(child.pid!), 300);
      child.stdin.write('login failed code:6206\n');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // The terminal turns the typed Ctrl-C into SIGINT for scan, as a user's would.
      child.stdin.write('\x03');
      const code = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
      const text = stdout.replace(/\x1b\[[0-9;]*m/g, '');
      expect(text).toMatch(/\n6206 +sdk\/account +ERR_USER_SIG_EXPIRED +1 1 /);
      expect(code).toBe(130);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);

  it('prints a Markdown summary with | escaped in cells', () => {
    const odd = join(dir, 'odd|name.log');
    writeFileSync(odd, 'code:6206\ncode:6206\nerror code: 99999\n');
    const r = chaterr(['scan', '--summary', '--markdown', odd, join(dir, 'n.log')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '| Code | Source | Category | Name | Count | First seen | Description |',
        '| ---: | --- | --- | --- | ---: | --- | --- |',
        `| \`6206\` | sdk | account | \`ERR_USER_SIG_EXPIRED\` | 3 | ${odd.replace('|', '\\|')}:1 | UserSig has expired. |`,
        `| \`99999\` |  |  |  | 1 | ${odd.replace('|', '\\|')}:3 | not in the catalogue |`,
        '',
        'Total: 4 findings of 2 codes',
        '',
      ].join('\n'),
    );
  });
});
