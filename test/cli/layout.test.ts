// list and search through the program: boxes on a terminal or with --table, plain tab-separated lines when piped.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/fake-io.js';
import { widestLine } from '../helpers/width.js';

const box = /[│┌└─]/;

describe('piped output', () => {
  it('prints one plain line per entry for list <category>, so grep gets whole records', async () => {
    const r = await run(['list', 'account', '--source', 'server']);
    expect(r.stdout).not.toMatch(box);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.every((l) => l.split('\t').length === 5)).toBe(true);
    expect(lines).toContain('70001\tserver\taccount\tERR_SVR_ACCOUNT_USERSIG_EXPIRED\t' + lines.find((l) => l.startsWith('70001\t'))?.split('\t')[4]);
  });

  it('prints plain lines for list and search, however long, and Chinese with --lang zh', async () => {
    const list = await run(['list']);
    expect(list.stdout).toMatch(/^sdk\tcommon\t\d+\t0\t\d+\tCommon error codes$/m);
    const search = await run(['search', 'frequency'], { env: { COLUMNS: '30' } });
    expect(search.stdout).not.toMatch(box);
    expect(search.stdout).toContain('\tERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT\t');
    expect(widestLine(search.stdout)).toBeGreaterThan(30);
    expect((await run(['search', 'frequency', '--lang', 'zh'])).stdout).toMatch(/^7008\tsdk\tcommon\tERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT\tAPI 调用超频/m);
  });

  it('draws the box table with --table', async () => {
    expect((await run(['list', '--table'])).stdout).toMatch(box);
    expect((await run(['search', 'frequency', '--table'])).stdout).toMatch(box);
  });
});

describe('on a terminal', () => {
  it('draws tables that fit, and stacks rows as cards where no table fits, never cutting a name', async () => {
    const wide = await run(['search', 'frequency'], { tty: true, columns: 120, env: { NO_COLOR: '1' } });
    expect(wide.stdout).toMatch(box);
    expect(widestLine(wide.stdout)).toBeLessThanOrEqual(120);
    const narrow = await run(['search', 'frequency'], { tty: true, columns: 30, env: { NO_COLOR: '1' } });
    expect(narrow.stdout).not.toMatch(box);
    expect(narrow.stdout).toContain('ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT');
    expect(narrow.stdout).toMatch(/^-20009$/m);
  });

  it('lists categories in Chinese within 60 columns', async () => {
    const r = await run(['list', '--lang', 'zh'], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('服务端账号错误码');
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(60);
  });
});
