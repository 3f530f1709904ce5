// scan through the real program: echo and annotations, -o, --summary, NDJSON, files and exit codes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/fake-io.js';

const LOG = [
  '2020-01-21 09:55:35.297 [22008-22113] I/imsdk: heartbeat seq:9520',
  '2020-01-21 09:55:36.001 [22008-22113] E/imsdk: login failed|code:6206|desc:expired',
  '2020-01-21 09:55:37.002 I/flutter: PlatformException(6206, expired, null)',
  '{"ActionStatus":"FAIL","ErrorInfo":"x","ErrorCode":6632}',
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'chaterr-scan-'));
const file = (name: string, text: string) => {
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

  it('prints a summary table sorted by count, and a summary document', async () => {
    const table = await run(['scan', '--summary'], { stdin: LOG });
    const rowsOrder = table.stdout.split('\n').filter((l) => /^│ \d/.test(l)).map((l) => l.split('│')[1]?.trim());
    expect(rowsOrder).toEqual(['6206', '6632']);
    expect(table.stdout).toContain('█');
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
