// scan through the real program: echo and annotations, -o, --summary, NDJSON, files and exit codes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { run } from '../helpers/fake-io.js';
import { displayWidth } from '../../src/render/text.js';
import { GBK_LINE } from '../helpers/gbk.js';

const LOG = [
  '2020-01-21 09:55:35.297 [22008-22113] I/imsdk: heartbeat seq:9520',
  '2020-01-21 09:55:36.001 [22008-22113] E/imsdk: login failed|code:6206|desc:expired',
  '2020-01-21 09:55:37.002 I/flutter: PlatformException(6206, expired, null)',
  '{"ActionStatus":"FAIL","ErrorInfo":"x","ErrorCode":6632}',
  '',
].join('\n');

const dir = tempDir('scan');
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('chaterr scan', () => {
  it('echoes every line and annotates codes: full the first time, short after', async () => {
    const r = await run(['scan'], { stdin: LOG });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2020-01-21 09:55:35.297 [22008-22113] I/imsdk: heartbeat seq:9520');
    expect(lines[2]).toBe('  ↳ 6206 sdk/account [auth] UserSig has expired.');
    expect(lines[4]).toBe('  ↳ 6206 again, first at line 2');
    expect(lines[6]).toBe('  ↳ 6632 unknown code: not in the catalogue');
  });

  it('passes piped lines through byte for byte', async () => {
    const input = Buffer.from('a\x1b[31m code:6206 \xff\r\nb\n', 'latin1');
    const r = await run(['scan'], { stdin: input });
    expect(r.stdout.startsWith(Buffer.from('a\x1b[31m code:6206 ').toString())).toBe(true);
    expect(r.stdout).toContain('\r\n  ↳ 6206');
  });

  it('escapes control characters when colour is forced on a pipe (--color | less -R, FORCE_COLOR in CI)', async () => {
    // The log's escape sequences (a terminal title, an OSC 8 link, a screen clear) passed through live among
    // chaterr's colours, to the terminal at the end of the pipe.
    const input = 'evil \x1b]8;;https://e.example\x07link\x1b]8;;\x07 \x1b[2J code:6206\r\n';
    for (const colour of [{ argv: ['--color'], env: {} }, { argv: [], env: { FORCE_COLOR: '1' } }]) {
      const r = await run(['scan', '-N', ...colour.argv], { stdin: input, env: colour.env });
      const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
      expect(plain).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
      expect(plain).toContain('evil \\x1b]8;;https://e.example\\x07link\\x1b]8;;\\x07 \\x1b[2J code:6206\n');
      expect(r.stdout).toMatch(/\x1b\[1m\x1b\[31m6206/);
    }
    // Without colour, a pipe still gets the log's bytes as they are.
    expect((await run(['scan', '-N'], { stdin: input })).stdout.startsWith(input)).toBe(true);
  });

  it('escapes control characters on a terminal', async () => {
    const r = await run(['scan'], { stdin: 'evil \x1b]0;title\x07 code:6206\r\n', tty: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).not.toContain('\x07');
    expect(r.stdout).toContain('evil \\x1b]0;title\\x07 code:6206\n');
  });

  it('-o prints only lines with codes', async () => {
    const r = await run(['scan', '-o'], { stdin: LOG });
    expect(r.stdout).not.toContain('heartbeat');
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('  ↳'))).toHaveLength(4);
  });

  it('writes the NDJSON of a dense log in batches of about 1 MiB, not all of one read at once, every line whole', async () => {
    // 3,000 codes in a 30 KB file (one read) make about 15 MB of JSON: one batch would hold it all in memory.
    const lines = Array.from({ length: 3000 }, (_, i) => `send failed code:${i % 2 === 0 ? 70001 : 6014}`);
    const file = join(dir, 'dense.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await run(['scan', '--json', file]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.line)).toEqual(lines.map((_, i) => i + 1));
    expect(rows[1]).toMatchObject({ code: 6014, known: true, readings: [{ code: 6014, source: 'sdk' }] });
    expect(r.stdout.length).toBeGreaterThan(8 << 20);
    expect(r.stdoutWrites).toBeGreaterThanOrEqual(8);
  });

  it('writes the NDJSON of one line holding thousands of codes in batches too, every finding whole and in order', async () => {
    // A REST reply's array on one line: 3,000 codes make about 15 MB of JSON; one write of it all once held it in memory
    // twice over (peak RSS 177 MiB on a 30 MB line of them).
    const items = Array.from({ length: 3000 }, (_, i) => `{"ActionStatus":"FAIL","ErrorCode":${i % 2 === 0 ? 70001 : 90003}}`);
    const file = join(dir, 'one-line.json');
    writeFileSync(file, `[${items.join(',')}]\n`);
    const r = await run(['scan', '--json', file]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.code)).toEqual(items.map((_, i) => (i % 2 === 0 ? 70001 : 90003)));
    expect(rows.every((x) => x.line === 1)).toBe(true);
    expect(r.stdout.length).toBeGreaterThan(8 << 20);
    expect(r.stdoutWrites).toBeGreaterThanOrEqual(8);
  });

  it('lists the inputs it could not read in the --summary --json document, in both languages, with exit 2', async () => {
    const good = file('readable.log', 'login failed code:6206\n');
    const missing = join(dir, 'missing.log');
    const r = await run(['scan', '--summary', '--json', good, missing]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.map((row: { code: number }) => row.code)).toEqual([6206]);
    expect(doc.problems).toEqual([{ message: `cannot read ${missing}: no such file`, messageZh: `无法读取 ${missing}：文件不存在`, unreadable: true }]);
    expect(r.stderr).toBe(`chaterr: cannot read ${missing}: no such file\n`);
    // A clean scan says so with an empty list, so a CI job can test the field without guarding for it.
    expect(JSON.parse((await run(['scan', '--summary', '--json', good])).stdout)).toMatchObject({ problems: [], problemsLeftOut: 0 });
  });

  it('keeps the first 100 problems in the --summary --json document and counts the rest', async () => {
    const good = file('counted.log', 'login failed code:6206\n');
    const missing = Array.from({ length: 130 }, (_, i) => join(dir, `absent-${i}.log`));
    const r = await run(['scan', '--summary', '--json', good, ...missing]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.problems).toHaveLength(100);
    expect(doc.problems[99].message).toBe(`cannot read ${missing[99]}: no such file`);
    expect(doc.problemsLeftOut).toBe(30);
    // stderr still says every one of them.
    expect(r.stderr.trim().split('\n')).toHaveLength(130);
  });

  it('counts every line of a dense log over 1 MiB once, in order, when it switches to smaller reads after the first', async () => {
    // 60,000 codes in 2.4 MB: the first 1 MiB read finds thousands of hits, so the rest is read 128 KiB at a time.
    const lines = Array.from({ length: 60_000 }, (_, i) => `${String(i).padStart(7, '0')} send failed code:${[70001, 6014, 9520][i % 3]}|x`);
    const file = join(dir, 'dense-large.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await run(['scan', '--summary', '--json', file]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout).summary as Array<{ code: number; count: number; firstLine: number }>;
    expect(summary.map((row) => [row.code, row.count, row.firstLine])).toEqual([
      [70001, 20_000, 1],
      [6014, 20_000, 2],
      [9520, 20_000, 3],
    ]);
    const numbered = await run(['scan', '-n', file]);
    const last = numbered.stdout.trim().split('\n').filter((l) => !l.startsWith(' ')).at(-1) ?? '';
    expect(last.startsWith('60000:0059999 send failed')).toBe(true);
  });

  it('counts every line of a log of the shortest coded lines, read in reads sized to its density', async () => {
    // 300,000 lines of 10 bytes: after the first 128 KiB read, reads of about 20 KiB (denseReadSize), each line once.
    const codes = [6206, 6014, 9520];
    const path = join(dir, 'shortest.log');
    writeFileSync(path, Array.from({ length: 300_000 }, (_, i) => `code:${codes[i % 3]}\n`).join(''));
    const summary = JSON.parse((await run(['scan', '--summary', '--json', path])).stdout).summary as Array<{ code: number; count: number }>;
    expect(summary.map((row) => [row.code, row.count])).toEqual([
      [6206, 100_000],
      [6014, 100_000],
      [9520, 100_000],
    ]);
    const numbered = (await run(['scan', '-n', '-o', path])).stdout.trim().split('\n');
    expect(numbered.at(-2)).toBe('300000:code:9520');
  }, 30_000);

  it('reads a dense log the same after it switches to smaller reads: CRLF, lone CR, split characters, long lines', async () => {
    // Dense from the start, then lines whose ends and multi-byte characters fall across 128 KiB boundaries; standard
    // input comes in one piece here, so the two runs split the same bytes differently and must agree byte for byte.
    // The long line spans several small reads but stays under the 1 MiB cap, past which only a line's head is kept.
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) parts.push(`send failed code:${i % 2 ? 6014 : 70001}\n`);
    for (let i = 0; i < 30_000; i++) {
      parts.push([`登录失败 错误码 6206 第${i}次\r\n`, `lone cr code:6208\r`, `中文 é ${i} 没有错误码\n`, `x\r\n`][i % 4] as string);
      if (i === 20_000) parts.push(`code:9520 ${'长'.repeat(300_000)}\r\n`);
    }
    const path = join(dir, 'dense-mixed.log');
    writeFileSync(path, parts.join(''));
    for (const flags of [['-n'], ['-o', '-n'], ['--json'], ['--summary', '--json']]) {
      const fromFile = await run(['scan', ...flags, path]);
      const fromStdin = await run(['scan', ...flags], { stdin: readFileSync(path) });
      expect(fromFile.stdout.split(JSON.stringify(path)).join('"-"').split(`${path}:`).join('-:'), flags.join(' ')).toBe(fromStdin.stdout);
    }
    // Eight scans of 1.4 MB: about a second alone, several on a busy machine.
  }, 30_000);

  it('prints NDJSON findings', async () => {
    const r = await run(['scan', '--json'], { stdin: LOG });
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.line, x.code, x.known])).toEqual([
      [2, 6206, true],
      [3, 6206, true],
      [4, 6632, false],
    ]);
    expect(rows[0]).toMatchObject({ file: '-', column: 61, match: 'code:6206' });
    expect(rows[0].readings[0]).toMatchObject({ code: 6206, source: 'sdk', class: 'auth' });
    expect(rows[2].readings).toEqual([]);
  });

  it('prints a summary sorted by count: tab-separated lines when piped, and a summary document', async () => {
    const plain = await run(['scan', '--summary'], { stdin: LOG });
    expect(plain.stdout).toBe('6206\tsdk\taccount\tERR_USER_SIG_EXPIRED\tUserSig has expired. Get a new valid UserSig and log in again. For more information about how to get a UserSig, see Generating UserSig.\t2\t-:2\n6632\t\t\t\tnot in the catalogue\t1\t-:4\n');
    const doc = JSON.parse((await run(['scan', '--summary', '--json'], { stdin: LOG })).stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, summary: [{ code: 6206, count: 2, firstLine: 2, known: true }, { code: 6632, count: 1, known: false, readings: [] }] });
  });

  it('exits 1 when no code is found, like grep', async () => {
    const r = await run(['scan'], { stdin: 'nothing here\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('nothing here\n');
  });

  it('labels lines with their file when scanning several, and reports a missing file with exit 2', async () => {
    const a = file('a.log', 'x code:6206\n');
    const b = file('b.log', 'y 错误码 20003\n');
    const r = await run(['scan', a, join(dir, 'missing.log'), b]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${a}:x code:6206\n`);
    expect(r.stdout).toContain(`${b}:y 错误码 20003\n`);
    expect(r.stderr).toBe(`chaterr: cannot read ${join(dir, 'missing.log')}: no such file\n`);
  });

  it('keeps non-ASCII file names intact in the line prefix, also with -o', async () => {
    const a = file('日志.log', 'first\nsend failed code:6206\n');
    const b = file('b.log', 'x\n');
    const r = await run(['scan', '-o', a, b]);
    expect(r.stdout).toBe(`${a}:send failed code:6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n`);
  });

  it('applies --strict and --loose, and refuses both', async () => {
    const text = 'delivered 6206 ok\nsend failed 6013\ncode:7006\n';
    const codes = async (flag: string[]) => (await run(['scan', '--json', ...flag], { stdin: text })).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).code);
    expect(await codes([])).toEqual([6013, 7006]);
    expect(await codes(['--strict'])).toEqual([7006]);
    expect(await codes(['--loose'])).toEqual([6206, 6013, 7006]);
    expect((await run(['scan', '--strict', '--loose'], { stdin: text })).code).toBe(2);
  });
});

const TERMINAL = { tty: true, columns: 80, env: { NO_COLOR: '1' } };

describe('chaterr scan output like ripgrep', () => {
  it('numbers lines with -n, by default on a terminal, and not with -N', async () => {
    const piped = await run(['scan', '-n'], { stdin: LOG });
    expect(piped.stdout.split('\n').slice(0, 4)).toEqual([
      '1:2020-01-21 09:55:35.297 [22008-22113] I/imsdk: heartbeat seq:9520',
      '2:2020-01-21 09:55:36.001 [22008-22113] E/imsdk: login failed|code:6206|desc:expired',
      '  ↳ 6206 sdk/account [auth] UserSig has expired.',
      '3:2020-01-21 09:55:37.002 I/flutter: PlatformException(6206, expired, null)',
    ]);
    // Lines on both sides of a hit, in one chunk, each with its own number.
    expect((await run(['scan', '-n'], { stdin: 'a\nb code:6206\nc\nd\n' })).stdout).toBe('1:a\n2:b code:6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n3:c\n4:d\n');
    expect((await run(['scan'], { stdin: LOG })).stdout.startsWith('2020-01-21')).toBe(true);
    expect((await run(['scan'], { stdin: LOG, ...TERMINAL })).stdout.startsWith('1:2020-01-21')).toBe(true);
    expect((await run(['scan', '-N'], { stdin: LOG, ...TERMINAL })).stdout.startsWith('2020-01-21')).toBe(true);
  });

  it('numbers lone-CR (old Mac) lines as the findings do, and shows each on its own line on a terminal', async () => {
    const mac = 'old\rmac\rsend failed code:6206\rend\r';
    const note = '  ↳ 6206 sdk/account [auth] UserSig has expired.\n';
    expect(JSON.parse((await run(['scan', '--json'], { stdin: mac })).stdout).line).toBe(3);
    expect((await run(['scan', '-n'], { stdin: mac })).stdout).toBe(`1:old\r2:mac\r3:send failed code:6206\r\n${note}4:end\r`);
    expect((await run(['scan'], { stdin: mac, ...TERMINAL })).stdout).toBe(`1:old\n2:mac\n3:send failed code:6206\n${note}4:end\n`);
    // CRLF stays one line end, and a CR inside a CRLF log still ends a line.
    expect((await run(['scan', '-n'], { stdin: 'a\r\nb\rc code:6206\r\nd\r\n' })).stdout).toBe(`1:a\r\n2:b\r3:c code:6206\r\n${note}4:d\r\n`);
  });

  it('puts the file name before the line number, and numbers -o lines by their place in the file', async () => {
    const a = file('n1.log', 'x\ny\nsend failed code:6206\n');
    const b = file('n2.log', 'code:9520\n');
    const r = await run(['scan', '-o', '-n', a, b]);
    expect(r.stdout).toBe(`${a}:3:send failed code:6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n${b}:1:code:9520\n${r.stdout.split('\n')[3]}\n`);
  });

  it('highlights the code, not its key, on a terminal with colour on', async () => {
    const r = await run(['scan', '-N'], { stdin: 'a\nlogin failed code:6206 at \x1b[2J\n', tty: true, env: { FORCE_COLOR: '1' } });
    const line = r.stdout.split('\n')[1] ?? '';
    expect(line).toMatch(/^login failed code:\x1b\[1m\x1b\[31m6206\x1b\[39m\x1b\[22m at \\x1b\[2J$/);
  });

  it('highlights full-width digits too, not the key before them', async () => {
    // 错误码：７０００１ had its key marked with the code: the match's digits are not String(code)'s.
    const r = await run(['scan', '-N'], { stdin: '登录失败 错误码：７０００１\ncode: ６２０６\n', tty: true, env: { FORCE_COLOR: '1' } });
    const [first, , second] = r.stdout.split('\n');
    expect(first).toBe('登录失败 错误码：\x1b[1m\x1b[31m７０００１\x1b[39m\x1b[22m');
    expect(second).toBe('code: \x1b[1m\x1b[31m６２０６\x1b[39m\x1b[22m');
  });

  it('finds a code an Arabic-locale phone formatted in its own digits, through the prefilter, and marks its digits', async () => {
    const r = await run(['scan', '-N'], { stdin: 'noise\nE/Chat: login failed, code=٦٠١٤\nnoise\n', tty: true, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    const [, line, note] = r.stdout.split('\n');
    expect(line).toBe('E/Chat: login failed, code=\x1b[1m\x1b[31m٦٠١٤\x1b[39m\x1b[22m');
    expect(note).toContain('6014');
  });

  it('never lets a file name put control characters on a terminal: prefix, repeat notes and summary', async () => {
    const evil = file('evil\x1b]0;FN\x07\x9b.log', 'code:6206\ncode:6206\n');
    const other = file('other.log', 'code:6206\n');
    for (const args of [['scan', evil, other], ['scan', '--summary', evil, other], ['scan', '--summary', '--markdown', evil, other]]) {
      const r = await run(args, { ...TERMINAL, columns: 200 });
      expect(r.stdout, args.join(' ')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(r.stdout, args.join(' ')).toMatch(/evil\\+x1b\\?\]0;FN\\+x07\\+x9b\.log/);
    }
  });

  it('writes DEL, C1 controls and line separators in a file name as \\u escapes in NDJSON and the summary document', async () => {
    const name = file('c1\u009bdel\u007fls\u2028.log', 'code:6206\n');
    for (const args of [['scan', '--json', name], ['scan', '--summary', '--json', name]]) {
      const r = await run(args, TERMINAL);
      expect(r.stdout, args.join(' ')).not.toMatch(/[\u007f-\u009f\u2028\u2029]/);
      expect(r.stdout).toContain('c1\\u009bdel\\u007fls\\u2028.log');
      const doc = JSON.parse(r.stdout);
      expect(doc.file ?? doc.summary[0].firstFile).toBe(name);
    }
  });

  it('adds no blank line after an echoed line over 1 MiB (issue 13)', async () => {
    const long = `send failed code:6206 ${'x'.repeat(1.5 * 1024 * 1024)}`;
    const r = await run(['scan'], { stdin: `${long}\nnext\n` });
    expect(r.stdout).toBe(`${long}\n  ↳ 6206 sdk/account [auth] UserSig has expired.\nnext\n`);
    const last = await run(['scan'], { stdin: long });
    expect(last.stdout).toBe(`${long}\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n`);
  });

  it('annotates a line that repeats codes thousands of times once per code, in linear time', async () => {
    const line = `${'error 6014 error 6206 '.repeat(2000)}\n`;
    const r = await run(['scan', '-o'], { stdin: line });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  ↳'))).toEqual([
      '  ↳ 6014 sdk/account [login] You have not logged in to the Chat SDK or have been forcibly logged out.',
      '  ↳ 6206 sdk/account [auth] UserSig has expired.',
    ]);
  });
});

describe('chaterr scan --summary', () => {
  const log = file('summary.log', ['code:6206', 'x', 'code:70001', 'code:6206', 'code:123456', 'code:6632', 'code:6206', ''].join('\n'));

  it('prints one aligned line per code, a total and no row separators, within 80 columns on a terminal', async () => {
    const r = await run(['scan', '--summary', log], { ...TERMINAL, columns: 100 });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[0]).toMatch(/^Code\s+Where\s+Name\s+Count\s+First\s+Description$/);
    expect(lines[1]).toMatch(/^6206 +sdk\/account +ERR_USER_SIG_EXPIRED +3 1 +█+ UserSig has expired\.$/);
    expect(lines[2]).toMatch(/^70001 +server\/account +ERR_SVR_ACCOUNT_USERSIG_EXPIRED +1 3 +█+ +UserSig expired\.$/);
    expect(lines[5]).toBe('Total: 6 findings of 4 codes');
    expect(r.stdout).not.toMatch(/[─│┌└]/);
    const narrow = (await run(['scan', '--summary', log], TERMINAL)).stdout.trimEnd().split('\n');
    expect(narrow).toHaveLength(6);
    for (const line of narrow) expect(line.length, line).toBeLessThanOrEqual(80);
    // At 80 columns the place stays whole and the description, which would get under 16 columns, gives way.
    expect(narrow[2]).toMatch(/^70001 +server\/account ERR_SVR_ACCOUNT_USERSIG_EXPIRED +1 3 +█+$/);
  });

  it('fits narrow terminals by cutting the description and places, never the code or constant name', async () => {
    const wide = file('a-very-long-directory-name-for-logs.log', 'code:10007 code:6014\n');
    for (const columns of [60, 80, 120]) {
      const r = await run(['scan', '--summary', wide, log], { ...TERMINAL, columns });
      const lines = r.stdout.trimEnd().split('\n');
      for (const line of lines) expect(line.length, `${columns}: ${line}`).toBeLessThanOrEqual(columns);
      expect(r.stdout).toContain('ERR_SDK_NOT_LOGGED_IN');
      expect(r.stdout).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
      expect(r.stdout).toMatch(/^123456 /m);
    }
  });

  it('drops the header on a 40-column terminal when its words alone push the rows past the edge', async () => {
    // "Code", "Count" (错误码, 次数) widened the columns: 70001's row was 43 columns at 40, in both languages.
    for (const lang of ['en', 'zh']) {
      const r = await run(['scan', '--summary', '--lang', lang, log], { ...TERMINAL, columns: 40 });
      const lines = r.stdout.trimEnd().split('\n');
      for (const line of lines) expect(displayWidth(line), `${lang}: ${line}`).toBeLessThanOrEqual(40);
      expect(lines[0], lang).toMatch(/^6206 +ERR_USER_SIG_EXPIRED +3$/);
      expect(lines[1]).toMatch(/^70001 +ERR_SVR_ACCOUNT_USERSIG_EXPIRED 1$/);
      expect(lines).toHaveLength(4 + 1);
    }
    const wider = await run(['scan', '--summary', log], { ...TERMINAL, columns: 50 });
    expect(wider.stdout).toMatch(/^Code +Name +Count/);
  });

  it('keeps its columns aligned when a file name holds a tab', async () => {
    const tabbed = file('tab\there.log', 'code:6206\n');
    const r = await run(['scan', '--summary', tabbed, log], TERMINAL);
    expect(r.stdout).not.toContain('\t');
    expect(r.stdout).toContain('tab\\there.log:1');
  });

  it('prints a Markdown table with | escaped', async () => {
    const piped = file('a|b.log', 'code:6206\n');
    const r = await run(['scan', '--summary', '--markdown', piped, log]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('| Code | Source | Category | Name | Count | First seen | Description |');
    expect(lines[1]).toBe('| ---: | --- | --- | --- | ---: | --- | --- |');
    expect(lines[2]).toBe(`| \`6206\` | sdk | account | \`ERR_USER_SIG_EXPIRED\` | 4 | ${piped.replace('|', '\\|')}:1 | UserSig has expired. |`);
    expect(lines.at(-1)).toBe('Total: 7 findings of 4 codes');
    for (const row of lines.slice(0, -2)) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(9);
    expect((await run(['scan', '--markdown', '--json', log])).code).toBe(2);
  });

  it('says in Markdown that a log held no code, for a CI step summary, and still exits 1', async () => {
    const clean = file('clean.log', 'all good\nnothing here\n');
    const r = await run(['scan', '--markdown', clean]);
    expect(r.stdout).toBe('No error codes found.\n');
    expect(r.code).toBe(1);
    expect((await run(['--lang', 'zh', 'scan', '--markdown', clean])).stdout).toBe('未发现错误码。\n');
  });

  it('says in Markdown how many inputs it could not read, so a missing log is no clean one', async () => {
    // A log that was not there left "No error codes found." in the step summary, the same line a clean log leaves.
    const missing = `${file('clean2.log', 'all good\n')}.missing`;
    const r = await run(['scan', '--markdown', missing]);
    expect([r.code, r.stdout]).toEqual([2, 'No error codes found. 1 input could not be read.\n']);
    expect((await run(['--lang', 'zh', 'scan', '--markdown', missing])).stdout).toBe('未发现错误码。有 1 个输入无法读取。\n');
    const some = await run(['scan', '--markdown', log, missing, `${missing}2`]);
    expect(some.code).toBe(2);
    expect(some.stdout.trimEnd().split('\n').slice(-3)).toEqual([expect.stringMatching(/^Total: /), '', '2 inputs could not be read.']);
  });

  it('refuses --table with --json or --markdown, other layouts than its own, instead of ignoring it', async () => {
    for (const other of ['--json', '--markdown']) {
      const r = await run(['scan', '--table', other, log]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`choose one of --table and ${other}`);
      // No summary: --json's output is only its error document.
      if (other === '--json') expect(JSON.parse(r.stdout).error.message).toBe('choose one of --table and --json');
      else expect(r.stdout).toBe('');
    }
  });

  it('survives 150,000 distinct codes (a spread into Math.max once overflowed the stack at about 130,000)', async () => {
    const lines: string[] = [];
    // Numbers of a Tencent code's shape, which a key vouches for even when unknown (the generic ones, 40000 to 40099 and
    // the like, on a line that names Tencent): -99999 to -10000 and 40000 to 99999.
    for (let code = -99999; code <= -10000; code++) lines.push(`TIM code:${code}`);
    for (let code = 40000; code < 100000; code++) lines.push(`TIM code:${code}`);
    const big = file('many.log', `${lines.join('\n')}\n`);
    const table = await run(['scan', '--summary', big], TERMINAL);
    expect(table.stderr).toBe('');
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(1 + 150000 + 1);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toBe('Total: 150000 findings of 150000 codes');
    const markdown = await run(['scan', '--summary', '--markdown', big]);
    expect(markdown.stdout.trimEnd().split('\n')).toHaveLength(2 + 150000 + 2);
  }, 60000);
});

describe('stdout redirected into a scanned directory', () => {
  it('skips the output file with a warning instead of reading what it writes, endlessly', async () => {
    // `chaterr scan logs/ > logs/scan.txt` read its own output as it grew: a gigabyte in twenty seconds.
    const root = join(dir, 'self');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'a.log'), 'code:6206\n');
    const out = join(root, 'scan.txt');
    writeFileSync(out, 'code:70001 left from an earlier run\n');
    const r = await run(['scan', root], { stdoutFile: out });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`chaterr: warning: ${out} is the output file, skipped\n`);
    expect(r.stdout).not.toContain('70001');
    expect(r.stdout).toContain('6206');
    // Named as an argument, the same.
    const named = await run(['scan', join(root, 'a.log'), out], { stdoutFile: out });
    expect(named.stderr).toBe(`chaterr: warning: ${out} is the output file, skipped\n`);
    expect(named.stdout).not.toContain('70001');
  });
});

describe('Ctrl-C during a streamed summary', () => {
  it('starts the summary on a line of its own on a terminal, not after the ^C the terminal echoed', async () => {
    // `tail -f app.log | chaterr scan --summary`, then Ctrl-C: the header ran on after "^C" on the same line.
    const stdin = 'login failed code:6206\n';
    const onTerminal = await run(['scan', '--summary'], { ...TERMINAL, stdin, stdinOpen: true, interrupt: true });
    expect(onTerminal.code).toBe(130);
    expect(onTerminal.stdout.startsWith('\n')).toBe(true);
    // Piped, stdout carries data only: no blank first line for a script to skip.
    const piped = await run(['scan', '--summary'], { stdin, stdinOpen: true, interrupt: true });
    expect(piped.code).toBe(130);
    expect(piped.stdout.startsWith('\n')).toBe(false);
  });

  it('hears a Ctrl-C that arrives just after the end of input it caused', async () => {
    // The terminal's Ctrl-C ends tail too, and tail's end of input was often read a millisecond before the signal:
    // the summary ran on after the ^C and the scan exited 0, as if it had ended on its own.
    const r = await run(['scan', '--summary'], { ...TERMINAL, stdin: 'login failed code:6206\n', interruptAfterEnd: 2 });
    expect(r.code).toBe(130);
    expect(r.stdout.startsWith('\nCode')).toBe(true);
  });
});

describe('chaterr scan inputs', () => {
  it('walks a directory recursively, sorted, labelling each line with its file', async () => {
    const root = tempDir('dir');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'b', 'c', 'deep.log'), 'code:9520\n');
    writeFileSync(join(root, 'a.log'), 'x\ncode:6206\n');
    const r = await run(['scan', '-o', root]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('  ↳'))).toEqual([`${root}/a.log:code:6206`, `${root}/b/c/deep.log:code:9520`, '']);
  });

  it('walks a directory in the order of its names\' bytes, characters past U+FFFF included', async () => {
    // Names are read as strings (a Buffer each held a large directory's list at four times the memory); UTF-16's own
    // order would put 𠀀 (U+20000) before ｚ (U+FF5A), where its UTF-8 bytes (f0 ...) sort after ef bd ba.
    const root = tempDir('order');
    for (const name of ['ｚ.log', '𠀀.log', 'a.log', 'Z.log', 'é.log']) writeFileSync(join(root, name), 'code:6206\n');
    const r = await run(['scan', '-o', root]);
    const files = r.stdout.split('\n').filter((l) => l.includes(':code:')).map((l) => l.slice(root.length + 1, l.indexOf('.log')));
    expect(files).toEqual(['Z', 'a', 'é', 'ｚ', '𠀀']);
  });

  it('reads files and directories whose names are not UTF-8 (GBK names from a Windows zip), showing their bytes as \\xNN', async () => {
    // Read as strings, such names came back with U+FFFD and "no such file".
    const root = tempDir('gbk');
    const gbkDir = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xd6, 0xd0, 0xce, 0xc4])]);
    mkdirSync(gbkDir);
    writeFileSync(Buffer.concat([gbkDir, Buffer.from('/a.log')]), 'x code:9520\n');
    writeFileSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xb4, 0xed, 0xce, 0xf3]), Buffer.from('.log')]), 'send failed code:6206\n');
    writeFileSync(join(root, '正常.log'), 'y code:6014\n');
    const r = await run(['scan', '-o', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('  ↳'))).toEqual([
      `${root}/\\xb4\\xed\\xce\\xf3.log:send failed code:6206`,
      `${root}/\\xd6\\xd0\\xce\\xc4/a.log:x code:9520`,
      `${root}/正常.log:y code:6014`,
      '',
    ]);
  });

  it('reads gzip and UTF-16 (LE and BE, with a BOM) as text, from files and stdin', async () => {
    const gz = file('g.log.gz', gzipSync('a\nsend failed code:6206\n'));
    const le = file('ps.log', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello\r\nsend failed code:6014\r\n', 'utf16le')]));
    const be = Buffer.from('\ufeffx code:9520 错误码 20003\n', 'utf16le').swap16();
    const gzLe = file('ps.log.gz', gzipSync(readFileSync(le)));
    expect((await run(['scan', '-o', '-n', gz])).stdout).toBe('2:send failed code:6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n');
    expect((await run(['scan', '-o', '-n', le])).stdout).toMatch(/^2:send failed code:6014\r\n {2}↳ 6014 /);
    expect((await run(['scan', '--json'], { stdin: be })).stdout.trim().split('\n').map((l) => JSON.parse(l).code)).toEqual([9520, 20003]);
    expect((await run(['scan', '--json', gzLe])).stdout.trim().split('\n').map((l) => JSON.parse(l).code)).toEqual([6014]);
    expect((await run(['scan', '--json'], { stdin: gzipSync('code:70001\n') })).stdout).toContain('"code":70001');
    // Without a byte-order mark, ASCII text in UTF-16 still shows: every other byte is NUL.
    const bare = file('bare.log', Buffer.from('2024-01-01 login failed code:6206\n', 'utf16le'));
    expect((await run(['scan', '--json', bare])).stdout).toContain('"code":6206');
    // A UTF-8 log with NUL bytes in it is not mistaken for UTF-16.
    expect((await run(['scan', '-o'], { stdin: 'a\0b\0c\0d\0e\0f\0g\0h\0 code:6206\n' })).stdout).toContain('a\0b\0c');
  });

  it('opens one gzip layer, as zcat does: a gzip inside a gzip is read as its bytes, in files and on stdin', async () => {
    // Every layer was opened: gzip in gzip in gzip multiplies the text up to a thousandfold per layer, so a few KB
    // held terabytes and kept scan reading for hours.
    const inner = gzipSync('send failed code:6206\n');
    const nested = file('nested.log.gz', gzipSync(inner));
    const r = await run(['scan', '--json', nested]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((await run(['scan', '--json'], { stdin: gzipSync(inner) })).code).toBe(1);
    // What zcat gives, piped on, is one layer less, and is opened.
    expect((await run(['scan', '--json'], { stdin: inner })).stdout).toContain('"code":6206');
  });

  it('reads GBK / GB18030 logs as text: files, directories, gzip and stdin; Chinese keys match, lines come out as UTF-8', async () => {
    // `2024 I/app: 启动` then `登录失败，错误码：6206` in GBK, as a Chinese Windows app writes its log.
    const gbk = Buffer.concat([Buffer.from('2024 I/app: '), Buffer.from('c6f4b6af0a', 'hex'), GBK_LINE]);
    const log = file('gbk.log', gbk);
    const annotated = '1:2024 I/app: 启动\n2:登录失败，错误码：6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n';
    expect(await run(['scan', '-n', log])).toMatchObject({ code: 0, stdout: annotated });
    expect((await run(['scan', '-n'], { stdin: gbk })).stdout).toBe(annotated);
    expect((await run(['scan', '-n', file('gbk.log.gz', gzipSync(gbk))])).stdout).toBe(annotated);
    const logs = join(dir, 'gbk-dir');
    mkdirSync(logs, { recursive: true });
    writeFileSync(join(logs, 'a.log'), gbk);
    expect((await run(['scan', '-o', logs])).stdout).toBe(`${logs}/a.log:登录失败，错误码：6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n`);
    // Columns count in the decoded line, the match is its text.
    expect(JSON.parse((await run(['scan', '--json', log])).stdout)).toMatchObject({ line: 2, column: 6, match: '错误码：6206', code: 6206 });
    // The code is highlighted where it stands in the decoded line.
    const colour = await run(['scan', '-N', log], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(colour.stdout.split('\n')[1]).toBe('登录失败，错误码：\x1b[1m\x1b[31m6206\x1b[39m\x1b[22m');
    // A four-byte GB18030 sequence that decodes to a C1 control (U+009B, CSI) is shown escaped on a terminal too.
    const csi = file('csi.log', Buffer.concat([GBK_LINE.subarray(0, 8), Buffer.from([0x81, 0x30, 0x83, 0x37]), Buffer.from('[2J code:6206\n')]));
    expect((await run(['scan', '-N', csi], { tty: true, env: { NO_COLOR: '1' } })).stdout.split('\n')[0]).toBe('登录失败\\x9b[2J code:6206');
    // The same text in UTF-8 with a stray byte stays bytes as they are.
    const stray = await run(['scan'], { stdin: Buffer.concat([Buffer.from('启动 '), Buffer.from([0xff]), Buffer.from('\n登录失败，错误码：6206\n')]) });
    expect(stray.stdout).toBe('启动 \ufffd\n登录失败，错误码：6206\n  ↳ 6206 sdk/account [auth] UserSig has expired.\n');
  });

  it('reports a corrupt gzip file on stderr with exit 2, and scans the rest', async () => {
    const bad = file('bad.gz', Buffer.from([0x1f, 0x8b, 0x09, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const good = file('good.log', 'code:6206\n');
    const r = await run(['scan', '-o', bad, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^chaterr: cannot read ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid gzip data \\(.+\\)\\n$`));
    expect(r.stdout).toContain(`${good}:code:6206`);
  });

  it('names a zip, xz, bzip2, zstd or 7z file as such, with what opens it, rather than scanning its binary', async () => {
    // Each was read as bytes: screens of binary on stdout and "no error codes found" (exit 1), as if its logs held none.
    const body = deflateRawSync(Buffer.from('login failed code:6206\n'.repeat(200)));
    const formats: Array<[string, Buffer, string]> = [
      ['logs.zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), body]), 'a zip archive, which scan does not open: decompress it first (unzip -p FILE | chaterr scan)'],
      ['app.log.xz', Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]), body]), 'xz-compressed data, which scan does not open: decompress it first (xzcat FILE | chaterr scan)'],
      ['app.log.bz2', Buffer.concat([Buffer.from('BZh91AY&SY'), body]), 'bzip2-compressed data, which scan does not open: decompress it first (bzcat FILE | chaterr scan)'],
      ['app.log.zst', Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x00]), body]), 'zstd-compressed data, which scan does not open: decompress it first (zstdcat FILE | chaterr scan)'],
      ['logs.7z', Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]), body]), 'a 7z archive, which scan does not open: decompress it first (7z e -so FILE | chaterr scan)'],
    ];
    const good = file('beside-archives.log', 'code:6014\n');
    const paths = formats.map(([name, bytes]) => file(name, bytes));
    const r = await run(['scan', ...paths, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(formats.map(([, , reason], i) => `chaterr: cannot read ${paths[i]}: ${reason}\n`).join(''));
    expect(r.stdout).toBe(`${good}:code:6014\n  ↳ 6014 sdk/account [login] You have not logged in to the Chat SDK or have been forcibly logged out.\n`);
    const piped = await run(['scan', '--lang', 'zh'], { stdin: formats[0]?.[1] });
    expect([piped.code, piped.stdout, piped.stderr]).toEqual([2, '', 'chaterr: 无法读取标准输入：这是 zip 压缩包，scan 不会打开它：请先解压（unzip -p 文件 | chaterr scan）\n']);
    // A pipe that delivers the magic number in pieces (`PK`, then the rest): the rest was read as text, binary on stdout.
    for (const [, bytes, reason] of formats) {
      const pieces = await run(['scan'], { stdin: [bytes.subarray(0, 2), bytes.subarray(2, 3), bytes.subarray(3)] });
      expect([pieces.code, pieces.stdout, pieces.stderr]).toEqual([2, '', `chaterr: cannot read standard input: ${reason}\n`]);
    }
    // Under a directory (an .apk is a zip too), the same is a warning: the archive is skipped, the exit code the scan's.
    const folder = join(dir, 'artifacts');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'app.apk'), formats[0]?.[1] ?? '');
    writeFileSync(join(folder, 'app.log'), 'code:6014\n');
    const walked = await run(['scan', '--summary', '--json', folder]);
    expect(walked.code).toBe(0);
    expect(walked.stderr).toBe(`chaterr: warning: ${join(folder, 'app.apk')}: ${formats[0]?.[2]}; skipped\n`);
    expect(JSON.parse(walked.stdout).summary.map((s: { code: number }) => s.code)).toEqual([6014]);
    // A text log that starts with the same letters is a log.
    expect((await run(['scan', file('bzh.log', 'BZh9 started, code:6206\n')])).code).toBe(0);
  });

  it('scans the gzip data before trailing garbage, with one warning on stderr, as zcat does; zero padding is silent', async () => {
    // Node's gunzip read on into the garbage and dropped the text it had just decompressed: this whole log was lost,
    // and the file called corrupt (exit 2).
    const text = Array.from({ length: 3000 }, (_, i) => `line ${i} send failed code:${i === 2999 ? 70001 : 6206}`).join('\n') + '\n';
    const gz = Buffer.concat([gzipSync(text.slice(0, 40_000)), gzipSync(text.slice(40_000))]);
    const codes = (stdout: string) => (JSON.parse(stdout) as { summary: { code: number; count: number }[] }).summary.map((s) => [s.code, s.count]);
    const whole = [[6206, 2999], [70001, 1]];
    const junk = file('junk.log.gz', Buffer.concat([gz, Buffer.from('appended after rotation\n')]));
    const r = await run(['scan', '--summary', '--json', junk]);
    expect(r.code).toBe(0);
    expect(codes(r.stdout)).toEqual(whole);
    expect(r.stderr).toBe(`chaterr: warning: ${junk}: trailing garbage after the gzip data ignored; the data before it was scanned\n`);
    // The lines come out whole, as zcat prints them.
    expect((await run(['scan', '-N', junk])).stdout.split('\n').filter((l) => !l.startsWith('  ↳')).join('\n')).toBe(text);
    const piped = await run(['scan', '--summary', '--json'], { stdin: Buffer.concat([gz, Buffer.from([0xff, 0x1f])]) });
    expect([piped.code, codes(piped.stdout), piped.stderr]).toEqual([0, whole, 'chaterr: warning: standard input: trailing garbage after the gzip data ignored; the data before it was scanned\n']);
    // Zeros after the last member are padding; anything after them is garbage again.
    const padded = await run(['scan', '--summary', '--json', file('padded.gz', Buffer.concat([gz, Buffer.alloc(4096)]))]);
    expect([padded.code, codes(padded.stdout), padded.stderr]).toEqual([0, whole, '']);
    expect((await run(['scan', '--summary', '--json', file('zj.gz', Buffer.concat([gz, Buffer.alloc(10), Buffer.from('x')]))])).stderr).toContain('trailing garbage');
    // A third member that opens like one but is not is corrupt data, and a wrong checksum too: exit 2, as before.
    for (const [name, bytes, reason] of [
      ['magic.gz', Buffer.concat([gz, Buffer.from([0x1f, 0x8b, 0x07, 0, 0, 0])]), 'unknown compression method'],
      ['crc.gz', Buffer.concat([gz.subarray(0, gz.length - 8), Buffer.from([gz[gz.length - 8]! ^ 1]), gz.subarray(gz.length - 7)]), 'incorrect data check'],
    ] as const) {
      const bad = await run(['scan', '--summary', '--json', file(name, bytes)]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe(`chaterr: cannot read ${join(dir, name)}: not valid gzip data (${reason})\n`);
    }
  });

  it('scans a truncated gzip file up to its break and says it ends early, with exit 2', async () => {
    const whole = gzipSync(Array.from({ length: 4000 }, (_, i) => `line ${i} send failed code:6206`).join('\n') + '\n');
    const cut = file('cut.log.gz', whole.subarray(0, whole.length >> 1));
    const r = await run(['scan', '--summary', '--json', cut]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chaterr: cannot read ${cut}: gzip data ends early (a truncated file?); the lines before the break were scanned\n`);
    expect(JSON.parse(r.stdout).summary[0]).toMatchObject({ code: 6206, firstLine: 1 });
    expect(JSON.parse(r.stdout).summary[0].count).toBeGreaterThan(100);
    // On stdin the message names it as such, as the trailing-garbage warning does (was: "cannot read -: ...").
    const piped = await run(['scan', '--summary'], { stdin: whole.subarray(0, whole.length >> 1) });
    expect([piped.code, piped.stderr]).toEqual([2, 'chaterr: cannot read standard input: gzip data ends early (a truncated file?); the lines before the break were scanned\n']);
    const zh = await run(['scan', '--summary', '--lang', 'zh'], { stdin: whole.subarray(0, whole.length >> 1) });
    expect(zh.stderr).toBe('chaterr: 无法读取标准输入：gzip 数据提前结束（文件被截断？）；中断之前的行已扫描\n');
  });
});

describe('a last line without a line end', () => {
  it('is ended before the next file, a message or the prompt, unless piped bytes pass through unchanged', async () => {
    // `chaterr scan a.log b.log` printed "a.log:hellob.log:x code:6206" when a.log did not end with a newline.
    const a = file('no-eol-a.log', 'hello');
    const b = file('no-eol-b.log', 'x code:6206');
    const c = file('no-eol-c.log', 'world');
    const piped = await run(['scan', a, b, c]);
    expect(piped.stdout.split('\n').filter((l) => !l.startsWith('  '))).toEqual([`${a}:hello`, `${b}:x code:6206`, `${c}:world`, '']);
    expect((await run(['scan', '-n', a])).stdout).toBe('1:hello\n');
    // On a terminal the line is ended too, so "no error codes found" and the prompt start their own lines.
    expect((await run(['scan', a], { tty: true, env: { NO_COLOR: '1' } })).stdout).toBe('1:hello\n');
    // Piped without prefixes, the bytes are the file's own.
    expect((await run(['scan', a])).stdout).toBe('hello');
  });
});

describe('an empty path', () => {
  it('is named as empty, not as nothing', async () => {
    // `chaterr scan ""` (a $LOG that was not set) said "cannot read : no such file".
    const r = await run(['scan', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: cannot read "": an empty path names no file\n');
  });
});

describe('a file that cannot be opened for a reason without words of its own', () => {
  it('says the system\'s words, not only the errno name', async () => {
    // `chaterr scan app.sock` said "cannot read app.sock: ENXIO".
    const socket = join(dir, 'app.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const r = await run(['scan', socket]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`chaterr: cannot read ${socket}: no such device or address\n`);
    } finally {
      server.close();
    }
  });
});
