// The output language: --lang, then CHATERR_LANG, then LC_ALL, LC_MESSAGES and LANG, in that order.
import { describe, expect, it } from 'vitest';
import { langOfLocale, resolveLang } from '../../src/cli/lang.js';
import { run } from '../helpers/fake-io.js';

describe('resolveLang', () => {
  it.each([
    [undefined, {}, 'en'],
    ['zh', {}, 'zh'],
    ['en', { CHATERR_LANG: 'zh', LANG: 'zh_CN.UTF-8' }, 'en'],
    [undefined, { CHATERR_LANG: 'zh' }, 'zh'],
    [undefined, { CHATERR_LANG: 'en', LC_ALL: 'zh_CN.UTF-8' }, 'en'],
    [undefined, { CHATERR_LANG: '', LANG: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LC_ALL: 'C', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [undefined, { LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [undefined, { LANG: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'en'],
    // As users name the language: the country code and the language's own name.
    [undefined, { CHATERR_LANG: 'cn' }, 'zh'],
    [undefined, { CHATERR_LANG: '中文' }, 'zh'],
    [undefined, { CHATERR_LANG: 'english', LANG: 'zh_CN.UTF-8' }, 'en'],
  ] as const)('--lang %j with %j -> %s', (flag, env, lang) => {
    expect(resolveLang(flag, env)).toBe(lang);
  });
});

describe('langOfLocale', () => {
  it.each([
    ['zh', 'zh'],
    ['zh_CN.UTF-8', 'zh'],
    ['zh_TW.Big5', 'zh'],
    ['zh-Hans', 'zh'],
    ['ZH_cn', 'zh'],
    ['en_US.UTF-8', 'en'],
    ['C.UTF-8', 'en'],
    ['POSIX', 'en'],
    ['zhx', 'en'],
    ['fr_FR', 'en'],
  ])('%j -> %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});

describe('--lang as users name the language', () => {
  it.each([
    ['cn', 'zh'],
    ['CN', 'zh'],
    ['中文', 'zh'],
    ['Chinese', 'zh'],
    ['english', 'en'],
    ['英文', 'en'],
  ])('--lang %s prints the %s card, where it was refused with exit 2', async (value, lang) => {
    const r = await run(['--lang', value, 'explain', '6014'], { env: { LANG: lang === 'zh' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(lang === 'zh' ? '客户端 SDK · 账号' : 'Chat SDK · Account');
  });

  it('still refuses a word that names no language', async () => {
    const r = await run(['--lang', 'cnx', 'explain', '6014']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'cnx' is invalid");
  });
});

describe('Chinese category names', () => {
  it('names every category in Chinese: the Web signaling and edition tables too (a zh card said "Web SDK · Signaling")', async () => {
    const { run } = await import('../helpers/fake-io.js');
    const { CATALOGUE_CATEGORIES } = await import('../../src/core/catalogue.generated.js');
    const r = await run(['--lang', 'zh', 'list']);
    expect(r.code).toBe(0);
    for (const c of CATALOGUE_CATEGORIES) expect(r.stdout, `${c.source}/${c.category}`).not.toContain(c.title);
    const card = await run(['--lang', 'zh', 'explain', '8010', '3122']);
    expect(card.stdout).toContain('Web SDK · 信令');
    expect(card.stdout).toContain('Web SDK · 版本');
    expect(card.stdout).not.toMatch(/Web SDK · (Signaling|Edition)/);
  });
});

describe('the notes after a result, in the chosen language', () => {
  it('says in Chinese that search cut its list, with the same counts as in English', async () => {
    const english = await run(['search', 'frequency']);
    const [, shown, total] = /showing (\d+) of (\d+); --limit for more/.exec(english.stderr) ?? [];
    expect(Number(total)).toBeGreaterThan(Number(shown));
    const chinese = await run(['search', 'frequency'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(chinese.stderr).toBe(`chaterr: 共 ${total} 条结果，只显示了 ${shown} 条；用 --limit 查看更多\n`);
    expect(chinese.stdout.split('\n').map((line) => line.split('\t')[0])).toEqual(english.stdout.split('\n').map((line) => line.split('\t')[0]));
  });

  it('says in Chinese that nothing matched, and which filter may be why (exit 1 either way)', async () => {
    const none = await run(['search', 'qqqzzz', '--lang', 'zh']);
    expect([none.code, none.stderr]).toEqual([1, 'chaterr: 没有与“qqqzzz”匹配的结果；减少或换用其他关键词，或用 chaterr list 浏览\n']);
    const filtered = await run(['search', 'qqqzzz', '--source', 'web', '--lang', 'zh']);
    expect([filtered.code, filtered.stderr]).toEqual([1, 'chaterr: 在 --source web 范围内没有与“qqqzzz”匹配的结果；去掉 --source web 或换个说法再试\n']);
  });

  it('says in Chinese that scan found no code', async () => {
    const r = await run(['scan'], { stdin: 'nothing here\n', env: { CHATERR_LANG: 'zh' } });
    expect([r.code, r.stderr]).toEqual([1, 'chaterr: 没有发现错误码\n']);
    expect((await run(['scan'], { stdin: 'nothing here\n' })).stderr).toBe('chaterr: no error codes found\n');
  });
});
