// The output language: --lang, then CHATERR_LANG, then LC_ALL, LC_MESSAGES and LANG, in that order.
import { describe, expect, it } from 'vitest';
import { langOfLocale, resolveLang } from '../../src/cli/lang.js';

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
