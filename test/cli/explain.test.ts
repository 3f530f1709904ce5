// explain through the real program with a fake io: output, exit codes and the JSON contract.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text.js';
import { run } from '../helpers/fake-io.js';
import { widestLine } from '../helpers/width.js';

describe('chaterr explain', () => {
  it('prints a card and exits 0', async () => {
    const r = await run(['explain', '6206']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('6206  ERR_USER_SIG_EXPIRED');
    expect(r.stdout).toContain('Chat SDK · Account');
    expect(r.stdout).toContain('What to do  [auth]');
    expect(r.stdout).toContain('chaterr usersig');
    expect(r.stderr).toBe('');
  });

  it('refuses a code paired with another code\'s constant name, naming both, and reads a pair that agrees', async () => {
    // 6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED) printed 6014's card and 70001 ERR_SDK_NOT_LOGGED_IN 70001's, exit 0,
    // with no word that the name was the other code's: a mistyped code gave the wrong card.
    for (const [word, code, name, other] of [
      ['6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED)', 6014, 'ERR_SVR_ACCOUNT_USERSIG_EXPIRED', 70001],
      ['70001 ERR_SDK_NOT_LOGGED_IN', 70001, 'ERR_SDK_NOT_LOGGED_IN', 6014],
      ['BaseConstants.ERR_SDK_NOT_LOGGED_IN(6206)', 6206, 'ERR_SDK_NOT_LOGGED_IN', 6014],
      // As an enum or a table gives the pair, the name as the key: read as the code, unchecked, before.
      ['ERR_SVR_ACCOUNT_USERSIG_EXPIRED = 6014,', 6014, 'ERR_SVR_ACCOUNT_USERSIG_EXPIRED', 70001],
      ['MESSAGE_SEND_FAIL: 2101', 2101, 'MESSAGE_SEND_FAIL', 2100],
    ] as const) {
      const en = await run(['explain', word]);
      expect([en.code, en.stdout, en.stderr], word).toEqual([2, '', `chaterr: ${code} and ${name} disagree: ${name} is ${other}; give the code or the name alone\n`]);
      const zh = await run(['explain', '--lang', 'zh', word]);
      expect(zh.stderr, word).toBe(`chaterr: ${code} 与 ${name} 不一致：${name} 是 ${other}；请只给出错误码或常量名\n`);
    }
    // A pair that agrees, one reading of a shared number's among them, or a name the catalogue does not know, is the code.
    for (const [word, code] of [['6014(ERR_SDK_NOT_LOGGED_IN)', 6014], ['70001 ACCOUNT_A2KEY_EXPIRED', 70001], ['6014(ERR_NOT_A_KNOWN_NAME)', 6014], ['MESSAGE_SEND_FAIL: 2100', 2100], ['ERR_SDK_NOT_LOGGED_IN = 6014,', 6014]] as const) {
      const r = await run(['explain', word]);
      expect([r.code, r.stderr], word).toEqual([0, '']);
      expect(r.stdout, word).toMatch(new RegExp(`^${code}  `, 'm'));
    }
  });

  it("gives a word's error in --json in both languages, each as that language's stderr says it, whatever --lang says", async () => {
    const wordsWithErrors = ['12abc', '6000-7000', '70001,6206', '0x', '!!!', 'f'.repeat(64)];
    const english = await run(['explain', ...wordsWithErrors]);
    const chinese = await run(['explain', '--lang', 'zh', ...wordsWithErrors]);
    const said = (stderr: string) => stderr.trim().split('\n').map((line) => line.replace(/^chaterr: /, ''));
    for (const lang of ['en', 'zh']) {
      const json = await run(['explain', '--lang', lang, ...wordsWithErrors, '--json']);
      const results = (JSON.parse(json.stdout) as { results: Array<{ error?: string; errorZh?: string }> }).results;
      expect(results.map((q) => q.error), lang).toEqual(said(english.stderr));
      expect(results.map((q) => q.errorZh), lang).toEqual(said(chinese.stderr));
    }
  });

  it('takes a negative code without --', async () => {
    const r = await run(['explain', '-10001']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ERR_SVR_SSO_D2_EXPIRED');
  });

  it.each([
    ['full-width digits after an ASCII minus', '-１０００１'],
    ['a comma copied out of a sentence', '-10001,'],
    ['a Chinese full stop', '-10001。'],
  ])('takes a negative code with %s, which commander read as an unknown option', async (_what, word) => {
    for (const argv of [['explain', word, '--json'], [word, '--json'], ['explain', '--lang', 'zh', word, '6206', '--json']]) {
      const r = await run(argv);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const results = (JSON.parse(r.stdout) as { results: Array<{ query: string; readings: Array<{ code: number }> }> }).results;
      // The query is echoed as typed, in its place among the others.
      expect(results[0]?.query).toBe(word);
      expect(results[0]?.readings[0]?.code).toBe(-10001);
    }
  });

  it('reads a span of negative codes as a span, with every separator explain takes, where commander saw an unknown option', async () => {
    for (const word of ['-10016~-10001', '-10016～-10001', '-10016〜-10001', '-10016–-10001', '-10016--10001', '－１００１６～－１０００１']) {
      for (const argv of [['explain', word], [word], ['explain', '--', word]]) {
        const r = await run(argv);
        expect([r.code, r.stdout, r.stderr], argv.join(' ')).toEqual([2, '', `chaterr: "${word}" is a span of codes, not one code: give one code, or see chaterr list\n`]);
      }
      expect((await run(['explain', '--lang', 'zh', word])).stderr).toBe(`chaterr: “${word}”是一个错误码区间，而不是单个错误码：请给出一个错误码，或用 chaterr list 查看\n`);
      const json = await run(['explain', word, '6206', '--json']);
      const results = (JSON.parse(json.stdout) as { results: Array<{ query: string; found: boolean; error?: string }> }).results;
      expect(results.map((q) => [q.query, q.found, q.error?.includes('is a span of codes')])).toEqual([[word, false, true], ['6206', true, undefined]]);
    }
    // list points such a span at explain in a form that runs there.
    const listed = await run(['list', '-10016~-10001']);
    expect(listed.stderr).toContain('chaterr explain -10016~-10001\n');
    expect((await run(['explain', '-10016~-10001'])).stderr).toContain('is a span of codes');
  });

  it('leaves a hyphened code that is an option value to the option', async () => {
    const r = await run(['search', '--limit', '-１０００１', 'kicked']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument '-１０００１' is invalid/);
  });

  it('takes codes and names in any mix', async () => {
    const r = await run(['explain', '-10001', 'err_sdk_not_initialized', '2801', '125000']);
    expect(r.code).toBe(0);
    for (const text of ['ERR_SVR_SSO_D2_EXPIRED', 'ERR_SDK_NOT_INITIALIZED', 'NETWORK_TIMEOUT', '120001-130000', '125000 is inside it']) expect(r.stdout).toContain(text);
  });

  it('labels every reading of a shared number', async () => {
    const r = await run(['explain', '1002']);
    expect(r.stdout).toContain('1002 has 2 readings');
    expect(r.stdout).toContain('Server · Operations data');
    expect(r.stdout).toContain('HELLO_ANSWER_KICKED_OUT');
  });

  it('says an unknown code plainly on stderr with where it would sit, and exits 1', async () => {
    const r = await run(['explain', '70346']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('chaterr: 70346 is not a known error code or name; it would sit among the server account codes (70001 to 72001)\n');
  });

  it('suggests near codes and names', async () => {
    expect((await run(['explain', '7000'])).stderr).toContain('did you mean 70001');
    expect((await run(['explain', 'ERR_SDK_NOT_INITIALISED'])).stderr).toContain('did you mean ERR_SDK_NOT_INITIALIZED');
  });

  it('points words to search', async () => {
    const r = await run(['explain', 'usersig']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('try: chaterr search "usersig"');
  });

  it('suggests no search for words too long to echo whole, since the cut echo is no command to paste', async () => {
    const words = `user sig ${'expired '.repeat(12)}`.trim();
    const r = await run(['explain', words]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('characters)');
    expect(r.stderr).not.toContain('try: chaterr search');
  });

  it.each(['12abc', '0x', '', '1234567890123456789012345678901234567890'])('rejects %j with one line and exit 2', async (input) => {
    const r = await run(['explain', input]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^chaterr: /);
  });

  it('exits 2 when input is garbage even if other codes were found, and still prints those', async () => {
    const r = await run(['explain', '6206', '12abc']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('ERR_USER_SIG_EXPIRED');
  });

  it('prints the versioned JSON document', async () => {
    const r = await run(['explain', '70001', '99999', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.results[0]).toMatchObject({ query: '70001', found: true });
    expect(doc.results[0].readings[0]).toEqual({
      code: 70001,
      source: 'server',
      category: 'account',
      categoryTitle: 'Account error codes',
      categoryTitleZh: '服务端账号错误码',
      names: ['ERR_SVR_ACCOUNT_USERSIG_EXPIRED'],
      description: expect.stringContaining('UserSig expired'),
      descriptionZh: expect.stringContaining('UserSig'),
      descriptionZhFrom: 'tencent',
      links: [
        { text: 'Error Codes (English)', url: 'https://www.tencentcloud.com/document/product/1047/34348' },
        { text: 'Error Codes (Chinese)', url: 'https://cloud.tencent.com/document/product/269/1671' },
      ],
      class: 'auth',
      advice: expect.stringMatching(/^1\. /),
      adviceZh: expect.stringMatching(/^1\. /),
      adviceFrom: 'code',
      causes: expect.arrayContaining([expect.any(String)]),
      causesZh: expect.arrayContaining([expect.any(String)]),
      adviceSources: expect.arrayContaining([{ text: expect.any(String), url: expect.stringMatching(/^https:/) }]),
      related: expect.arrayContaining([{ code: 6206, source: 'sdk' }]),
      documented: true,
    });
    expect(doc.results[1]).toMatchObject({ query: '99999', found: false, readings: [] });
    expect(r.code).toBe(1);
  });

  it('carries the range in JSON', async () => {
    const doc = JSON.parse((await run(['explain', '125000', '--json'])).stdout);
    expect(doc.results[0].readings[0].range).toEqual([120001, 130000]);
  });

  it('rejects unknown options with exit 2 and no stack trace', async () => {
    const r = await run(['explain', '--bogus', '6206']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: unknown option '--bogus'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  describe('language', () => {
    const chinese = /[\u4e00-\u9fff]/;
    it.each([
      [['explain', '6014', '--lang', 'zh'], {}],
      [['--lang', 'zh', 'explain', '6014'], {}],
      [['explain', '6014'], { LANG: 'zh_CN.UTF-8' }],
      [['explain', '6014'], { LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }],
      [['explain', '6014'], { CHATERR_LANG: 'zh', LANG: 'en_US.UTF-8' }],
      [['explain', '6014', '--lang', 'zh'], { CHATERR_LANG: 'en' }],
    ])('%j with %j prints a Chinese card', async (argv, env) => {
      const r = await run(argv, { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('客户端 SDK · 账号');
      expect(r.stdout).toContain('IM SDK 未登录');
      expect(r.stdout).toMatch(/^处理建议 {4}\[login\] 1\. /m);
    });

    it.each([
      [['explain', '6014'], { LANG: 'en_US.UTF-8' }],
      [['explain', '6014'], {}],
      [['explain', '6014'], { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }],
      [['explain', '6014'], { CHATERR_LANG: 'en', LANG: 'zh_CN.UTF-8' }],
      [['explain', '6014', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' }],
    ])('%j with %j prints no Chinese', async (argv, env) => {
      const r = await run(argv, { env });
      expect(r.stdout).toContain('What to do  [login] 1. ');
      expect(r.stdout).not.toMatch(chinese);
    });

    it('says what is unknown in Chinese too, on stderr, with the same exit code', async () => {
      const r = await run(['explain', '70346', '7000'], { env: { LANG: 'zh_CN.UTF-8' } });
      expect(r.code).toBe(1);
      const [first, second, ...rest] = r.stderr.split('\n');
      expect(first).toBe('chaterr: 70346 不是已知的错误码或常量名；按数值它应属于服务端账号错误码（70001 至 72001）');
      expect(second).toMatch(/^chaterr: 7000 不是已知的错误码或常量名；可能是 70001\b/);
      expect(rest).toEqual(['']);
    });

    it('rejects an unknown --lang with exit 2', async () => {
      // `en-`, `zh_`, `zh.` and `zh;x` were read as en and zh: a separator must lead to a locale part.
      for (const lang of ['fr', 'fr_FR', 'zhx', 'chines', 'cnn', '', 'en-', 'zh_', 'zh.', 'zh@', 'zh;x', 'zh__CN', 'zh CN']) {
        const r = await run(['explain', '6014', '--lang', lang]);
        expect(r.code, lang).toBe(2);
        expect(r.stderr).toMatch(/^chaterr: .*expected one of en, zh/);
      }
    });

    it.each([['zh_CN', '客户端 SDK · 账号'], ['zh-CN', '客户端 SDK · 账号'], ['zh-Hans', '客户端 SDK · 账号'], ['zh_TW.UTF-8', '客户端 SDK · 账号'], ['zh_CN.GB18030', '客户端 SDK · 账号'], ['en_US', 'Chat SDK · Account'], ['EN-us', 'Chat SDK · Account'], ['en_US.ISO-8859-1', 'Chat SDK · Account'], [' zh ', '客户端 SDK · 账号']])(
      'takes --lang %s as CHATERR_LANG takes it',
      async (lang, place) => {
        // `--lang zh-CN` was a usage error where `CHATERR_LANG=zh-CN` gave Chinese.
        const r = await run(['explain', '6014', '--lang', lang], { env: { LANG: lang.startsWith('zh') ? 'en_US.UTF-8' : 'zh_CN.UTF-8' } });
        expect(r.code).toBe(0);
        expect(r.stdout.split('\n')[1]).toBe(place);
      },
    );

    it('keeps JSON in both languages whatever the language', async () => {
      const en = (await run(['explain', '6014', '--json'])).stdout;
      expect((await run(['explain', '6014', '--json', '--lang', 'zh'])).stdout).toBe(en);
      const reading = JSON.parse(en).results[0].readings[0];
      expect(reading.description).toContain('You have not logged in');
      expect(reading.descriptionZh).toContain('未登录');
    });

    it('keeps a Chinese card within a 60-column terminal', async () => {
      const r = await run(['explain', '6014', '6206', '70001', '--lang', 'zh'], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
      // A URL wider than the terminal stands alone, whole; every other line fits.
      expect(widestLine(r.stdout)).toBeLessThanOrEqual(60);
    });
  });

  it('survives an absurd COLUMNS and caps cards near 100 columns', async () => {
    const r = await run(['explain', '9517'], { env: { COLUMNS: '10000000' } });
    expect(r.code).toBe(0);
    expect(Math.max(...r.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
  });
});

describe('chaterr explain with invisible characters copied along', () => {
  it('reads a code or name through the zero-width spaces, joiners, byte-order marks and soft hyphens a page adds', async () => {
    // "70001\u200b" was "not a number" (exit 2) in a message that looks like 70001 itself.
    for (const word of ['70001\u200b', '\ufeff70001', '7000\u00ad1', 'ERR_SDK_NOT_\u200bINITIALIZED', '\u2060-10001']) {
      const r = await run(['explain', word]);
      expect(r.code, JSON.stringify(word)).toBe(0);
      expect(r.stderr).toBe('');
    }
    const bare = await run(['70001\u200b']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
  });
});

describe('chaterr explain with a code as a right-to-left locale formats it', () => {
  it('reads a negative code through the direction mark ICU writes before it', async () => {
    // Intl.NumberFormat (ICU) puts ALM or LRM before the minus in these locales: `chaterr explain` of the copied text
    // was "not an error code or constant name" (exit 1), though it shows as -10001.
    for (const locale of ['ar-EG', 'fa', 'he', 'ur']) {
      const word = new Intl.NumberFormat(locale, { useGrouping: false }).format(-10001);
      expect(word, locale).toMatch(/^[\u061c\u200e\u200f]/);
      for (const args of [['explain', word], [word]]) {
        const r = await run(args);
        expect(r.code, `${locale}: ${args.join(' ')}`).toBe(0);
        expect(r.stdout).toContain('ERR_SVR_SSO_D2_EXPIRED');
      }
    }
  });
});

describe('chaterr explain with a code as an Arabic or Persian locale groups it', () => {
  it('reads the Arabic thousands separator as a grouping comma', async () => {
    // Intl.NumberFormat groups 70001 as ٧٠٬٠٠١ (ar-EG) and ۷۰٬۰۰۱ (fa): "not a number" (exit 2) before, where 70,001 works.
    for (const locale of ['ar-EG', 'fa']) {
      const word = new Intl.NumberFormat(locale).format(70001);
      expect(word, locale).toContain('\u066c');
      const r = await run(['explain', word]);
      expect(r.code, `${locale}: ${word}`).toBe(0);
      expect(r.stdout).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
    }
  });
});

describe('chaterr explain with a letter typed for a digit', () => {
  it('says it is no number and names the code it stands for, in English and Chinese', async () => {
    const en = await run(['explain', '70O01']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^chaterr: "70O01" is not a number: .*; did you mean 70001\?\n$/);
    const zh = await run(['explain', '6O14', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/6014\n$/);
  });

  it('names the code when the letter comes first, where the word had been sent to search', async () => {
    const en = await run(['explain', 'l0010']);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe('chaterr: l0010 is not a known error code or name; did you mean 10010?\n');
  });

  it('does so without the command too, as chaterr 70001 explains 70001', async () => {
    // `chaterr 70O01` was "unknown command '70O01'" (exit 2), with the program's usage and nothing of 70001.
    const bare = await run(['70O01']);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toMatch(/^chaterr: "70O01" is not a number: .*; did you mean 70001\?\n$/);
    expect((await run(['l0010'])).stderr).toBe('chaterr: l0010 is not a known error code or name; did you mean 10010?\n');
    // A short word is still a mistyped command.
    expect((await run(['l0'])).stderr).toMatch(/unknown command 'l0'/);
  });

  it('reads a number that is not whole as explain does, not as a mistyped command', async () => {
    // `chaterr 6206.0` was "unknown command '6206.0'" while `chaterr explain 6206.0` said what was wrong with it.
    const bare = await run(['6206.0']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe((await run(['explain', '6206.0'])).stderr);
    expect(bare.stderr).toMatch(/^chaterr: "6206\.0" is not a whole number/);
    // `.5`, `1.e5` and `.5e3` were "unknown command '.5'": explain's answer too.
    for (const word of ['.5', '1.e5', '.5e3']) {
      const r = await run([word]);
      expect([r.code, r.stderr], word).toEqual([2, (await run(['explain', word])).stderr]);
      expect(r.stderr, word).toMatch(/is not a (?:whole )?number/);
    }
    // `chaterr 0x1846` was "unknown command '0x1846'" while explain says codes are whole decimal numbers.
    for (const word of ['0x1846', '0XDEAD']) {
      const r = await run([word]);
      expect([r.code, r.stderr], word).toEqual([2, (await run(['explain', word])).stderr]);
      expect(r.stderr, word).toMatch(/is not a number: error codes are whole decimal numbers/);
    }
  });

  it('points no word search refuses at search', async () => {
    const r = await run(['explain', '失败了']);
    expect([r.code, r.stderr]).toEqual([1, 'chaterr: 失败了 is not a known error code or name\n']);
  });
});

describe('chaterr with a code and its key pasted unquoted', () => {
  it('explains it with or without the command, and leaves other words to commander', async () => {
    // `chaterr Error 70001` was "unknown command 'Error'" (exit 2); `chaterr explain Error 70001` exit 1.
    for (const args of [['Error', '70001'], ['错误码', '6206'], ['Error', 'Code:', '6206'], ['explain', 'error', 'code', '6206']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect((await run(['retry', '3'])).stderr).toMatch(/unknown command 'retry'/);
    // A key that holds 'ret' is no error code's key: `chaterr retry: 3` was explained ("not a known error code", exit 1).
    const retry = await run(['retry:', '3']);
    expect([retry.code, retry.stderr]).toEqual([2, expect.stringMatching(/unknown command 'retry:'/)]);
  });
});

describe('chaterr explain with a constant copied from code', () => {
  it('reads the name after its class or namespace: TIM.ERROR_CODE.X, BaseConstants.X', async () => {
    // These were "not an error code or constant name", the way the Web SDK's docs and Android code write them.
    for (const [word, name] of [
      ['TIM.ERROR_CODE.MESSAGE_SEND_FAIL', 'MESSAGE_SEND_FAIL'],
      ['TencentCloudChat.ERROR_CODE.MSG_SEND_FAIL', 'MSG_SEND_FAIL'],
      ['BaseConstants.ERR_SDK_NOT_LOGGED_IN', 'ERR_SDK_NOT_LOGGED_IN'],
    ] as const) {
      const r = await run(['explain', word]);
      expect(r.code, word).toBe(0);
      expect(r.stdout, word).toContain(name);
    }
    const unknown = await run(['explain', 'BaseConstants.ERR_SDK_NOT_LOGED_IN']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('did you mean ERR_SDK_NOT_LOGGED_IN');
  });
});

describe('chaterr explain with a code copied with its key', () => {
  it('reads code:6206, errCode=6014, "ErrorCode":70001 and 错误码：6206 as the code, as a log gives it', async () => {
    // They were "not an error code", with a pointer to search, which found other codes (-10101, -10003 for code:6206).
    for (const [word, name] of [
      ['code:6206', 'ERR_USER_SIG_EXPIRED'],
      ['errCode=6014', 'ERR_SDK_NOT_LOGGED_IN'],
      ['"ErrorCode":70001', 'ERR_SVR_ACCOUNT_USERSIG_EXPIRED'],
      ['错误码：６２０６', 'ERR_USER_SIG_EXPIRED'],
      ['ret = -10001', 'ERR_SVR_SSO_D2_EXPIRED'],
    ] as const) {
      const r = await run(['explain', word]);
      expect(r.code, word).toBe(0);
      expect(r.stdout, word).toContain(name);
    }
    const search = await run(['search', 'code:6206']);
    expect(search.stdout.split('\t')[0]).toBe('6206');
    // A key that names no error code is a setting: search still reads its words.
    expect((await run(['search', 'timeout:30000'])).code).toBe(0);
  });
});

describe('chaterr explain with no letter or digit', () => {
  it('is a usage error (exit 2), not a pointer to a search that finds nothing', async () => {
    for (const word of ['!!!', '👍', '？？']) {
      const r = await run(['explain', word]);
      expect(r.code, word).toBe(2);
      expect(r.stderr).toBe(`chaterr: "${word}" holds no code, name or word: give an error code such as 70001 or a name such as ERR_SDK_NOT_INITIALIZED\n`);
    }
  });
});
