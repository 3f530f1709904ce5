// search and list through the real program: tables that fit, filters, and their JSON documents.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/fake-io.js';
import { widestLine } from '../helpers/width.js';


describe('chaterr search', () => {
  it('prints a ranked table that fits 80 columns', async () => {
    const r = await run(['search', 'frequency', '--table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT');
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('fits the width COLUMNS asks for', async () => {
    const r = await run(['search', 'frequency', '--table'], { env: { COLUMNS: '60' } });
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(60);
    const wide = await run(['search', 'frequency', '--table'], { env: { COLUMNS: '140' } });
    expect(widestLine(wide.stdout)).toBeGreaterThan(100);
  });

  it('highlights matched words only with colour on', async () => {
    const plain = await run(['search', 'frequency', '--table']);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const coloured = await run(['search', 'frequency', '--color', '--table']);
    expect(coloured.stdout).toMatch(/\x1b\[1m\x1b\[33mfrequen/i);
  });

  it('honours --limit, --source and --category, and JSON carries scores', async () => {
    const doc = JSON.parse((await run(['search', 'timeout', '--limit', '3', '--source', 'sdk', '--category', 'net', '--json'])).stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.query).toBe('timeout');
    expect(doc.results).toHaveLength(3);
    for (const r of doc.results) expect(r).toMatchObject({ source: 'sdk', category: 'network', score: expect.any(Number) });
  });

  it('takes --category as source/slug, as scan and list print it, and refuses one that --source contradicts', async () => {
    const r = JSON.parse((await run(['search', 'expired', '--category', 'sdk/account', '--json'])).stdout);
    expect(r.results.length).toBeGreaterThan(0);
    expect(new Set(r.results.map((e: { source: string; category: string }) => `${e.source}/${e.category}`))).toEqual(new Set(['sdk/account']));
    expect(await run(['search', 'expired', '--category', 'sdk/account', '--source', 'web'])).toMatchObject({
      code: 2,
      stderr: 'chaterr: --category sdk/account is in sdk, but --source says web\n',
    });
  });

  it('takes a source alone as --category, as list takes it, and quotes what was typed when it is no category', async () => {
    // `search expired --category 服务端` (the title list and README take for the server source) was '"server" is not a
    // category' (exit 2): it named a word the user had not typed, for an input README says --category takes.
    for (const [typed, source] of [['服务端', 'server'], ['web', 'web'], ['Web SDK', 'web']]) {
      const r = await run(['search', 'expired', '--category', typed as string, '--limit', '50', '--json']);
      expect(r.code, typed).toBe(0);
      const bySource = JSON.parse((await run(['search', 'expired', '--source', source as string, '--limit', '50', '--json'])).stdout);
      expect(JSON.parse(r.stdout).results, typed).toEqual(bySource.results);
    }
    expect(await run(['search', 'expired', '--category', '服务端', '--source', 'sdk'])).toMatchObject({ code: 2, stderr: 'chaterr: --category 服务端 is in server, but --source says sdk\n' });
    const typo = await run(['search', 'expired', '--category', '服务端x']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^chaterr: "服务端x" is not a category/);
  });

  it('takes --limit in full-width digits, as a Chinese input method types them, or with spaces around', async () => {
    // "option '-n, --limit <n>' argument '３' is invalid. expected a whole number from 1 to 1000" (exit 2) before.
    for (const limit of ['３', ' 3 ']) {
      const r = await run(['search', 'frequency', '--limit', limit]);
      expect(r.code, limit).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(3);
    }
  });

  it('says on stderr when --limit cut the results, and only then', async () => {
    const cut = await run(['search', 'frequency', '--limit', '3']);
    expect(cut.stderr).toMatch(/^chaterr: showing 3 of \d+; --limit for more\n$/);
    const whole = await run(['search', 'frequency', '--limit', '1000']);
    expect(whole.stderr).toBe('');
    const json = await run(['search', 'frequency', '--limit', '3', '--json']);
    expect(JSON.parse(json.stdout).results).toHaveLength(3);
    expect(json.stderr).toContain('showing 3 of');
  });

  it('finds Chinese queries and constant-name prefixes in code order', async () => {
    const zh = JSON.parse((await run(['search', '被踢下线', '--json'])).stdout);
    expect(zh.results.map((r: { code: number }) => r.code)).toContain(6208);
    const prefix = JSON.parse((await run(['search', 'ERR_SVR_GROUP', '--limit', '100', '--json'])).stdout);
    const codes = prefix.results.map((r: { code: number }) => r.code);
    expect(codes.length).toBeGreaterThan(30);
    expect(codes).toEqual([...codes].sort((a: number, b: number) => a - b));
  });

  it('searches a Traditional Chinese query as its Simplified form, and echoes it as typed', async () => {
    const traditional = JSON.parse((await run(['search', '簽名過期', '--json'])).stdout);
    const simplified = JSON.parse((await run(['search', '签名过期', '--json'])).stdout);
    expect(traditional.query).toBe('簽名過期');
    expect(traditional.results).toEqual(simplified.results);
    expect(traditional.results.length).toBeGreaterThan(0);
  });

  it('rejects a query over 500 characters with exit 2', async () => {
    const r = await run(['search', 'x'.repeat(501)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: the query has 501 characters; search takes at most 500\n$/);
  });

  it('counts characters as a person does: an emoji is one, not two UTF-16 units', async () => {
    // "timeout" and 250 emoji were refused as "508 characters" (exit 2).
    const within = await run(['search', `timeout ${'😀'.repeat(250)}`]);
    expect(within.code).toBe(0);
    expect(within.stdout).toContain('TIMEOUT');
    const over = await run(['search', `timeout ${'😀'.repeat(495)}`]);
    expect(over).toMatchObject({ code: 2, stderr: 'chaterr: the query has 503 characters; search takes at most 500\n' });
  });

  it('exits 1 with a hint when nothing matches', async () => {
    const r = await run(['search', 'qqqzzzxxyy']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nothing matches');
  });

  it('names the filter that leaves nothing, and the nearest slug for a mistyped category', async () => {
    // Before, both said "try fewer or different words" / listed every slug, though the words were fine.
    const filtered = await run(['search', '6206', '--source', 'web']);
    expect(filtered.code).toBe(1);
    expect(filtered.stderr).toBe('chaterr: nothing matches "6206" with --source web; try without --source web, or other words\n');
    const typo = await run(['search', 'kicked', '--category', 'grup']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('chaterr: "grup" is not a category; did you mean group?\n');
  });

  it.each([
    [['search', 'x', '--limit', '0']],
    [['search', 'x', '--limit', 'ten']],
    [['search', 'x', '--source', 'ios']],
    [['search', 'x', '--category', 'nope']],
  ])('rejects bad options %j with exit 2', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: /);
  });
});

describe('chaterr list', () => {
  it('lists categories with counts and ranges', async () => {
    const r = await run(['list', '--table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/server\s+│ account\s+│ 25\s+│ 70001–72001\s+│/);
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('shows both SDK and server group tables for "group", each labelled', async () => {
    const r = await run(['list', 'group', '--table']);
    expect(r.stdout).toContain('Chat SDK · Group (sdk/group): 15 codes');
    expect(r.stdout).toContain('Server · Group (server/group): 57 codes');
  });

  it('accepts a title or a unique prefix, and --source filters', async () => {
    expect((await run(['list', 'recent', '--table'])).stdout).toContain('server/recent-contacts');
    expect((await run(['list', 'Error codes for recent contacts', '--table'])).stdout).toContain('server/recent-contacts');
    const server = await run(['list', 'group', '--source', 'server', '--table']);
    expect(server.stdout).not.toContain('sdk/group');
  });

  it('reads a category and a source typed as two words as --source, in either order', async () => {
    // `list group web` was "too many arguments for 'list'" (exit 2).
    const bySource = await run(['list', 'group', '--source', 'web']);
    for (const args of [['list', 'group', 'web'], ['list', 'web', 'group'], ['list', 'group', 'WEB']]) {
      expect(await run(args), args.join(' ')).toEqual(bySource);
    }
    expect(await run(['list', 'group', 'web', '--source', 'server'])).toMatchObject({ code: 2, stdout: '', stderr: 'chaterr: web and --source server name two sources: give one\n' });
    for (const args of [['list', 'group', 'recent'], ['list', 'group', 'web', 'sdk']]) {
      const r = await run(args);
      expect([r.code, r.stdout], args.join(' ')).toEqual([2, '']);
      expect(r.stderr, args.join(' ')).toMatch(/^chaterr: too many arguments for 'list': .*--source/);
    }
  });

  it('reports an unknown category with exit 1 and an ambiguous one with exit 2', async () => {
    const unknown = await run(['list', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^chaterr: no category or source "nope"; categories: common, account/);
    const ambiguous = await run(['list', 'co']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('matches several categories');
  });

  it('points a code given to list at explain', async () => {
    // `chaterr list 70001` listed every category slug as if 70001 were a mistyped one.
    for (const code of ['70001', '-10001', '120001-130000', '-5']) {
      const r = await run(['list', code]);
      expect(r.code, code).toBe(1);
      expect(r.stderr, code).toBe(`chaterr: no category or source "${code}"; ${code} looks like a code: chaterr explain ${code}\n`);
    }
  });

  it('points at explain with the code as explain reads it, a command that runs when pasted', async () => {
    // `chaterr explain (6206)` is a shell syntax error; `code:6206` and ７０００１ were passed on as typed.
    for (const [word, code] of [['(6206)', '6206'], ['code:6206', '6206'], ['７０００１', '70001'], ['“6206”', '6206']]) {
      const r = await run(['list', word as string]);
      expect(r.stderr, word).toBe(`chaterr: no category or source "${word}"; ${word} looks like a code: chaterr explain ${code}\n`);
    }
  });

  it('names both codes when a code given to list is paired with another code\'s name', async () => {
    // `list '6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED)'` sent the user to explain 6014, which refuses the pair.
    const word = '6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED)';
    const r = await run(['list', word]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`chaterr: no category or source "${word}"; ${word} looks like a code, but ERR_SVR_ACCOUNT_USERSIG_EXPIRED is 70001: chaterr explain 6014 or chaterr explain 70001\n`);
    // A pair that agrees still points at the one code.
    expect((await run(['list', '6014(ERR_SDK_NOT_LOGGED_IN)'])).stderr).toContain('looks like a code: chaterr explain 6014\n');
    // A code the catalogue does not know is not offered: `chaterr explain 99999` was a dead end ("not a known error code").
    for (const lang of ['en', 'zh']) {
      const unknown = await run(['list', '99999(ERR_SDK_NOT_LOGGED_IN)', '--lang', lang]);
      expect(unknown.stderr, lang).toMatch(/6014[:：] ?chaterr explain 6014\n$/);
    }
  });

  it('points a constant name given to list at explain', async () => {
    // `chaterr list ERR_SDK_NOT_INITIALIZED` listed every category slug, as for a mistyped one.
    for (const [word, name] of [['ERR_SDK_NOT_INITIALIZED', 'ERR_SDK_NOT_INITIALIZED'], ['err_sdk_not_logged_in', 'ERR_SDK_NOT_LOGGED_IN'], ['TIM.ERROR_CODE.MESSAGE_SEND_FAIL', 'MESSAGE_SEND_FAIL']]) {
      const r = await run(['list', word as string]);
      expect(r.code, word).toBe(1);
      expect(r.stderr, word).toBe(`chaterr: no category or source "${word}"; ${word} is a constant name: chaterr explain ${name}\n`);
    }
    // A name no reading has is still a mistyped slug's business.
    expect((await run(['list', 'ERR_NOT_A_NAME'])).stderr).not.toContain('constant name');
  });

  it('prints categories and entries as JSON', async () => {
    const cats = JSON.parse((await run(['list', '--json'])).stdout);
    expect(cats.schemaVersion).toBe(1);
    expect(cats.categories[0]).toEqual({
      source: 'sdk',
      category: 'common',
      title: 'Common error codes',
      titleZh: '客户端 SDK 通用错误码',
      count: 32,
      min: 0,
      max: 7015,
      spans: [
        [0, 0],
        [4001, 4005],
        [6001, 7015],
      ],
    });
    const entries = JSON.parse((await run(['list', 'offline-push', '--json'])).stdout);
    expect(entries.entries.map((e: { code: number }) => e.code)).toContain(-195);
  });
});

describe('chaterr list: sources, typos, every code and classes', () => {
  it('takes a source as the argument and lists only its categories', async () => {
    const r = await run(['list', 'web', '--table']);
    expect(r.code).toBe(0);
    const sources = [...r.stdout.matchAll(/^│ (\S+)\s+│/gm)].map((m) => m[1]).filter((s) => s !== 'Source');
    expect(new Set(sources)).toEqual(new Set(['web']));
    expect(r.stdout).toMatch(/│ login\s+│/);
    const json = JSON.parse((await run(['list', 'server', '--json'])).stdout);
    expect(new Set(json.categories.map((c: { source: string }) => c.source))).toEqual(new Set(['server']));
  });

  it('takes a category as scan and the headings print it (sdk/account, server:group), and a source given twice must agree', async () => {
    const account = JSON.parse((await run(['list', 'sdk/account', '--json'])).stdout);
    expect(new Set(account.entries.map((e: { source: string; category: string }) => `${e.source}/${e.category}`))).toEqual(new Set(['sdk/account']));
    const group = JSON.parse((await run(['list', 'Server:Group', '--json'])).stdout);
    expect(new Set(group.entries.map((e: { source: string }) => e.source))).toEqual(new Set(['server']));
    expect(await run(['list', 'web', '--source', 'sdk'])).toMatchObject({ code: 1, stdout: '', stderr: 'chaterr: no categories in web with --source sdk\n' });
    expect(await run(['list', 'web', '--source', 'sdk', '--all'])).toMatchObject({ code: 1, stdout: '', stderr: 'chaterr: no codes in web with --source sdk\n' });
    expect(await run(['list', 'sdk/group', '--source', 'server'])).toMatchObject({ code: 1, stdout: '' });
    expect((await run(['list', 'web', '--source', 'web'])).code).toBe(0);
  });

  it('offers the nearest category for a typo', async () => {
    const r = await run(['list', 'grup']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe('chaterr: no category or source "grup"; did you mean group?\n');
    expect((await run(['list', 'sever'])).stderr).toContain('did you mean server?');
  });

  it('shows the spans a category really holds, not one range the range row inflates', async () => {
    const r = await run(['list', '--json']);
    const message = JSON.parse(r.stdout).categories.find((c: { source: string; category: string }) => c.source === 'server' && c.category === 'message');
    expect(message.spans[0]).toEqual([20001, 23009]);
    expect(message.spans.at(-1)).toEqual([120001, 130000]);
    const table = (await run(['list', 'server', '--table'], { columns: 120, env: { COLUMNS: '120' } })).stdout;
    expect(table).not.toContain('20001 to 130000');
    expect(table).toContain('20001–23009,');
  });

  it('lists every code with --all, and one class with --class', async () => {
    const { getCatalogue } = await import('../../src/core/catalogue.js');
    const catalogue = getCatalogue();
    const all = JSON.parse((await run(['list', '--all', '--json'])).stdout);
    expect(all.entries).toHaveLength(catalogue.entries.length);
    const auth = JSON.parse((await run(['list', '--class', 'auth', '--json'])).stdout);
    expect(auth.entries.length).toBe(catalogue.entries.filter((e) => e.class === 'auth').length);
    expect(auth.entries.every((e: { class: string }) => e.class === 'auth')).toBe(true);
    const serverAuth = JSON.parse((await run(['list', 'server', '--class', 'auth', '--json'])).stdout);
    expect(serverAuth.entries.every((e: { source: string }) => e.source === 'server')).toBe(true);
    expect(serverAuth.entries.map((e: { code: number }) => e.code)).toContain(70001);
    const table = await run(['list', '--all', '--source', 'sdk', '--table']);
    expect(table.stdout).toContain('Chat SDK · Network (sdk/network): 25 codes');
  });

  it('rejects an unknown class with the classes it knows, and says when a filter leaves nothing', async () => {
    const bad = await run(['list', '--class', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('retry, auth, login, call-order, limit');
    const none = await run(['list', 'operations-data', '--class', 'content']);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toBe('chaterr: no content codes in operations-data\n');
  });
});

describe('categories by their Chinese names', () => {
  it('takes the names and titles --lang zh prints, as it takes the English ones', async () => {
    // `chaterr --lang zh list 服务端账号错误码` (a title from `chaterr --lang zh list`) said: no category or source.
    for (const [zh, en] of [
      ['服务端账号错误码', 'server/account'],
      ['客户端 SDK 群组错误码', 'sdk/group'],
      ['Web SDK 登录错误', 'login'],
      ['账号', 'account'],
      ['群组', 'group'],
      ['信令', 'signaling'],
      // With its source in front, as scan and list print a category.
      ['sdk/账号', 'sdk/account'],
      ['server/群组', 'server/group'],
    ]) {
      const r = await run(['--lang', 'zh', 'list', zh as string]);
      expect(r.code, zh).toBe(0);
      expect(r.stdout, zh).toBe((await run(['--lang', 'zh', 'list', en as string])).stdout);
    }
    const s = await run(['search', '过期', '--category', '服务端账号错误码', '--json']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).results.every((r: { source: string; category: string }) => r.source === 'server' && r.category === 'account')).toBe(true);
    expect((await run(['list', '不存在的分类'])).code).toBe(1);
    // A Chinese name that does not fit the other filters is echoed as typed.
    expect((await run(['list', '账号', '--source', 'web'])).stderr).toMatch(/^chaterr: no category or source "账号"/);
  });
});

describe('categories by the place a card prints', () => {
  it("takes every category's place as the card shows it, in both languages, and a source's title alone", async () => {
    // `chaterr list "Server · Account"` and `chaterr list 服务端`, copied off a card, were "no category or source".
    const { getCatalogue } = await import('../../src/core/catalogue.js');
    const { placeLabel } = await import('../../src/render/labels.js');
    for (const c of getCatalogue().categories) {
      for (const lang of ['en', 'zh'] as const) {
        const place = placeLabel({ source: c.source, categoryTitle: c.title, category: c.category }, lang);
        const r = await run(['list', place]);
        expect(r.code, place).toBe(0);
        // Each plain line is a reading (code, source, category...) of that table, or, for a source alone, its category.
        const line = r.stdout.split('\n')[0]?.split('\t') ?? [];
        expect(c.source === 'sdk-v3' ? line.slice(0, 2) : line.slice(1, 3), place).toEqual([c.source, c.category]);
      }
    }
    for (const [title, source] of [['服务端', 'server'], ['客户端 SDK', 'sdk'], ['Chat SDK', 'sdk'], ['web sdk', 'web']]) {
      expect((await run(['list', title as string])).stdout, title).toBe((await run(['list', source as string])).stdout);
    }
    const s = await run(['search', '过期', '--category', '服务端 · 账号', '--json']);
    expect(JSON.parse(s.stdout).results.every((r: { source: string; category: string }) => r.source === 'server' && r.category === 'account')).toBe(true);
    // A place whose category is unknown is echoed as typed.
    expect((await run(['list', 'Server · Nope'])).stderr).toMatch(/^chaterr: no category or source "Server · Nope"/);
  });
});

describe('--source and --class in any case', () => {
  it('take SDK, Web and AUTH as list SDK and --lang ZH do', async () => {
    // `list SDK` worked while `list --source SDK` and `search --source Web` were usage errors.
    const list = await run(['list', '--source', 'SDK', '--class', 'AUTH']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('ERR_USER_SIG_EXPIRED');
    expect(list.stdout).not.toMatch(/^\S+\tserver\t/m);
    const search = await run(['search', 'kicked', '--source', ' Web ']);
    expect(search.code).toBe(0);
    expect(search.stdout.trim().split('\n').every((line) => line.split('\t')[1] === 'web')).toBe(true);
  });
});

describe('Chinese category titles', () => {
  it('say each word once (Web SDK 状态错误, not Web SDK SDK 状态错误) and space Latin from Chinese', async () => {
    const r = await run(['--lang', 'zh', 'list', 'web']);
    expect(r.stdout).toMatch(/^web\tsdk-state\t.*\tWeb SDK 状态错误$/m);
    expect(r.stdout).not.toMatch(/SDK\s*SDK/);
    expect((await run(['--lang', 'zh', 'list', 'Web SDK 状态错误'])).stdout).toBe((await run(['--lang', 'zh', 'list', 'web/sdk-state'])).stdout);
    // A space where Latin meets Chinese, as in the other titles.
    expect((await run(['--lang', 'zh', 'list', 'sdk-v3'])).stdout).toMatch(/\t旧版 SDK V3 错误码$/m);
  });
});

describe('chaterr list with an empty word', () => {
  it('is a usage error (exit 2), as explain, search and scan treat an empty word', async () => {
    // `list ''` was exit 1, "no category or source """, then every category's slug.
    for (const word of ['', '   ']) {
      const r = await run(['list', word]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('chaterr: empty category: give a category or a source (chaterr list shows them), or none\n');
    }
    const json = await run(['list', '', '--json']);
    expect(JSON.parse(json.stdout).error.exitCode).toBe(2);
  });
});

describe('chaterr search with no word in the query', () => {
  it('is a usage error (exit 2) for only punctuation or emoji, as for an empty query', async () => {
    // `search '!!!'` said "nothing matches" and exited 1, as if the words were fine and the catalogue lacked them.
    for (const query of ['!!!', '，。！', '👍', '* ? -']) {
      const r = await run(['search', query]);
      expect(r.code, query).toBe(2);
      expect(r.stderr).toBe(`chaterr: "${query}" holds no word to search for: give some words, e.g. chaterr search frequency\n`);
    }
    expect((await run(['search', 'c++'])).code).toBe(1);
  });

  it('is a usage error (exit 2) for only common words, which listed fuzzy noise ("the" inside "other") with exit 0', async () => {
    for (const query of ['the', 'is it', '的']) {
      const r = await run(['search', query]);
      expect(r.code, query).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`chaterr: "${query}" holds only common words (the, is, 的): give words about the error, e.g. chaterr search "kicked offline"\n`);
    }
  });

  it('refuses 报错 and 失败 alone as it refuses error and fail, and a platform alone with a message that keeps it', async () => {
    // 报错 listed 51013 and 失败 90001 (exit 0) while error and fail were refused; randomly listed MsgRandom's codes.
    for (const query of ['error', '报错', '失败了', 'randomly']) {
      const r = await run(['search', query]);
      expect(r.code, query).toBe(2);
      expect(r.stdout, query).toBe('');
      expect(r.stderr, query).toContain('holds only common words');
    }
    // android listed the cleartext-HTTP and file-path codes, which name Android in passing.
    const r = await run(['search', 'Android']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('chaterr: "Android" names a platform but not what failed: add words about the error, e.g. chaterr search "kicked offline Android"\n');
    const zh = await run(['search', 'android 报错', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('chaterr: “android 报错”只说了平台，没说出了什么错：请加上描述错误的词语，例如 chaterr search "android 被踢下线"\n');
  });
});

describe('--table with --json', () => {
  it('is refused by search and list as scan refuses it, instead of printing JSON and dropping --table', async () => {
    // search login --table --json and list --table --json printed the JSON (exit 0) while scan said to choose one.
    for (const args of [['search', 'login', '--table', '--json'], ['list', '--table', '--json'], ['--json', 'list', 'group', '--table'], ['scan', '--table', '--json']]) {
      const r = await run(args, { stdin: 'err 70001\n' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe('chaterr: choose one of --table and --json\n');
      expect(JSON.parse(r.stdout).error.message).toBe('choose one of --table and --json');
    }
    // Each alone still works.
    expect((await run(['search', 'login', '--table'])).code).toBe(0);
    expect((await run(['list', '--json'])).code).toBe(0);
  });
});

describe("list --help's example of a slug several sources share", () => {
  // It said `list group` shows "both the SDK and the server group tables"; it shows the Web SDK's group table too.
  it('names every source whose table `list group` shows, in both languages', async () => {
    const listed = JSON.parse((await run(['list', 'group', '--json'])).stdout) as { entries: Array<{ source: string }> };
    const sources = new Set(listed.entries.map((e) => e.source));
    expect(sources.size).toBeGreaterThan(1);
    const names: Record<string, [string, string]> = { sdk: ['SDK', 'SDK'], server: ['server', '服务端'], web: ['Web', 'Web'], 'sdk-v3': ['V3', 'V3'] };
    for (const [lang, i] of [['en', 0], ['zh', 1]] as const) {
      const help = (await run(['list', '--help', '--lang', lang])).stdout;
      const line = help.split('\n').find((l) => /^ {2}chaterr list group {2,}/.test(l)) ?? '';
      for (const source of sources) expect(line, `${lang}: ${source}`).toContain(names[source]?.[i]);
    }
  });
});
