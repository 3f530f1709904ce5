// Wrapping and padding measure display columns (CJK is two) exactly as cli-table3 does; escaping makes untrusted text inert.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { breakUnits, breakUnitsByCodePoint, charWidth, displayWidth, escapeControls, longestUnit, padEndDisplay, wrapText } from '../../src/render/text.js';

// cli-table3 sizes its columns with this; our padding and wrapping must agree with it or boxes misalign.
const { strlen } = createRequire(import.meta.url)('cli-table3/src/utils') as { strlen: (s: string) => number };

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['错误码', 6],
    ['code：6206', 10],
    ['（3.x，@tencentcloud/chat）', 27],
    ['\x1b[33m6206\x1b[39m', 4],
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('counts code points one by one wherever the ASCII shortcut does not apply (controls, astral, CJK)', () => {
    const strings = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', '\t', '\x7f', '\u0085', '错', '，', '😀', '\u0301', '~'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 40 });
    fc.assert(
      fc.property(strings, (text) => {
        const slow = [...text].reduce((sum, ch) => sum + charWidth(ch.codePointAt(0) ?? 0), 0);
        expect(displayWidth(text)).toBe(slow);
      }),
    );
  });

  it("agrees with cli-table3's measure on every catalogue text, English and Chinese", () => {
    for (const e of getCatalogue().entries) {
      for (const text of [e.description, e.descriptionZh, e.advice, e.adviceZh, ...e.causes, ...e.causesZh]) {
        for (const line of text.split('\n')) expect(displayWidth(line), line).toBe(strlen(line));
      }
    }
  });

  it('pads by columns, not code units', () => {
    expect(padEndDisplay('账号', 6)).toBe('账号  ');
    expect(displayWidth(padEndDisplay('相关错误码', 12))).toBe(12);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapText('The quick brown fox jumps over the lazy dog', 15)).toEqual(['The quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('keeps line breaks from the source', () => {
    expect(wrapText('first line\nsecond line', 40)).toEqual(['first line', 'second line']);
  });

  it('cuts a word longer than the width, unless asked to keep it whole', () => {
    expect(wrapText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(wrapText('see ERR_SVR_FRIENDSHIP_SELF_MUTUAL_FOLLOWERS_COUNT_EXCEEDS_LIMIT now', 20, { keepLong: true })).toEqual([
      'see',
      'ERR_SVR_FRIENDSHIP_SELF_MUTUAL_FOLLOWERS_COUNT_EXCEEDS_LIMIT',
      'now',
    ]);
  });

  it('breaks Chinese between characters, within the width in columns', () => {
    const text = 'IM SDK 未登录，请先登录，成功回调之后重试，或者已被踢下线，可使用 TIMManager getLoginUser 检查当前是否在线。';
    for (const width of [12, 20, 30, 60]) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    for (let width = 8; width <= 40; width++) {
      for (const line of wrapText('当前的 Web SDK（3.x，@tencentcloud/chat）已没有此错误码，它来自旧版（tim-js-sdk）。', width)) {
        expect(line, `width ${width}`).not.toMatch(/^[，。、；：？！）」]/);
        expect(line, `width ${width}`).not.toMatch(/[（「]$/);
      }
    }
  });

  it('keeps a straight quote on the side of the Chinese text it encloses (a card quotes what the SDK logs)', () => {
    const quoted = '"请求包已进入待发送队列，等待进入系统的网络 buffer 超时"';
    for (let width = 6; width <= 40; width++) {
      const lines = wrapText(quoted, width);
      expect(lines.join('').replace(/ /g, ''), `width ${width}`).toBe(quoted.replace(/ /g, ''));
      expect(lines.at(-1), `width ${width}`).toMatch(/\p{Script=Han}"$/u);
      expect(lines[0], `width ${width}`).toMatch(/^"\p{Script=Han}/u);
    }
    expect(wrapText('"超时"之后', 4)).toEqual(['"超', '时"', '之后']);
  });

  it('keeps a URL whole when it holds Chinese (a template URL on a Chinese card), and breaks the Chinese after it', () => {
    // `https://<域名>/v4/…` broke after 域名 on a 60-column card: `>/v4/…` began the next line, no longer one link.
    const url = 'https://<地域域名>/v4/<服务名>/<命令字>?sdkappid=...&contenttype=json';
    for (let width = 10; width <= 60; width++) {
      const lines = wrapText(`1. 按 ${url} 组装 URL，服务名和命令字从接口文档中复制。`, width, { keepLong: true });
      expect(lines, `width ${width}`).toContain(url);
    }
    // Chinese glued after the link's last ASCII character is the sentence again, free to break.
    const lines = wrapText('把 https://cos.ap-shanghai.myqcloud.com）加入白名单', 44, { keepLong: true });
    expect(lines[0]).toMatch(/^把 https:\/\/cos\.ap-shanghai\.myqcloud\.com）加/);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(44);
  });

  it('keeps English words whole beside Chinese', () => {
    expect(wrapText('可使用 TIMManager getLoginUser 检查', 14)).toEqual(['可使用', 'TIMManager', 'getLoginUser', '检查']);
  });

  it('fits any text to any width, losing no character, in linear time', () => {
    const piece = fc.constantFrom('a', 'word', 'ERR_SDK_NOT_LOGGED_IN', ' ', '  ', '\n', '错', '误码', '，', '（', '）', '。', '\t', 'https://x.y/z');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }).map((p) => p.join('')), fc.integer({ min: 2, max: 120 }), (text, width) => {
        const lines = wrapText(text, width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
    const huge = '错误码 ERR_SDK_NOT_LOGGED_IN，'.repeat(20_000);
    const started = performance.now();
    wrapText(huge, 60);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('never splits a colour sequence when it cuts a coloured word (a long underlined URL on a narrow terminal)', () => {
    const url = '\x1b[4mhttps://www.tencentcloud.com/document/product/1047/34348\x1b[24m';
    for (let width = 2; width <= 60; width++) {
      for (const line of wrapText(`${url}，`, width)) expect(line.replace(/\x1b\[[0-9;]*m/g, ''), `width ${width}: ${JSON.stringify(line)}`).not.toMatch(/\x1b|^[0-9;]+m/);
      const lines = wrapText(url, width);
      for (const line of lines) {
        // Every escape on a line is a whole sequence, and the visible text still fits.
        expect(line.replace(/\x1b\[[0-9;]*m/g, ''), `width ${width}: ${JSON.stringify(line)}`).not.toMatch(/\x1b|^[0-9;]+m/);
        expect(displayWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
      }
      expect(lines.join(''), `width ${width}`).toBe(url);
    }
  });

  it('measures the longest unbreakable unit', () => {
    expect(longestUnit('登录失败 ERR_SDK_NOT_LOGGED_IN')).toBe(21);
    expect(longestUnit('登录失败。')).toBe(4);
  });
});

describe('escapeControls', () => {
  it.each([
    ['\x1b[2J', '\\x1b[2J'],
    ['bell\x07', 'bell\\x07'],
    ['\x9b31m', '\\x9b31m'],
    ['tab\tstays', 'tab\tstays'],
    ['a\r\nb', 'a\\r\\nb'],
    ['\x7f', '\\x7f'],
    ['错误码 ok', '错误码 ok'],
  ])('%j -> %j', (input, output) => {
    expect(escapeControls(input)).toBe(output);
  });
});

describe('Chinese line breaks around spaces', () => {
  it('never starts a line with a closing mark that follows a space', async () => {
    const { wrapText } = await import('../../src/render/text.js');
    for (let width = 6; width <= 30; width++) {
      for (const line of wrapText('字段必须是 UTF-8 ，如果包含中文 。请检查（ 参数 ）', width)) expect(line, `${width}`).not.toMatch(/^[，。）]/);
    }
  });

  it('never ends a line with an opening mark that a space follows', () => {
    // Tencent's text spaces its brackets ("onConnSucc （ iOS ） 或 onConnected （ Android ）"): at 45 and 55 columns a
    // card line ended with "（", as README says it never does.
    const text = '请等网络连接成功 onConnSucc （ iOS ） 或 onConnected （ Android ） 回调后再重试 ( see this )';
    for (let width = 6; width <= 60; width++) {
      for (const line of wrapText(text, width)) expect(line, `${width}`).not.toMatch(/[（(]$/);
    }
    expect(breakUnits('a ( b')).toEqual(breakUnitsByCodePoint('a ( b'));
    expect(breakUnits('a ( b').map((u) => u.text)).toEqual(['a', '( b']);
  });
});

describe('breakUnits', () => {
  it('splits text without wide characters exactly as the code-point walk does (its shortcut changes nothing)', () => {
    const narrow = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', ' ', '\t', ',', '.', ')', '(', '%', ':', '!', '-', '\u00b7', '\x01'), maxLength: 60 });
    fc.assert(
      fc.property(narrow, (text) => {
        expect(breakUnits(text)).toEqual(breakUnitsByCodePoint(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['see 6014 , then log in', ['see', '6014 ,', 'then', 'log', 'in']],
    ['  lead and\ttab', ['lead', 'and', 'tab']],
  ])('%j breaks into %j', (text, expected) => {
    expect(breakUnits(text).map((u) => u.text)).toEqual(expected);
  });
});

describe('displayWidth in place of string-width', () => {
  // The CLI bundle gives cli-table3 displayWidth instead of string-width (scripts/build.mjs): the two must agree on
  // every text a table cell can hold, or table borders would drift.
  it('measures every catalogue text as string-width does', async () => {
    const { default: stringWidth } = (await import('string-width')) as { default: (text: string) => number };
    const { getCatalogue } = await import('../../src/core/catalogue.js');
    const texts = getCatalogue().entries.flatMap((e) => [e.description, e.descriptionZh, e.categoryTitle, ...e.names, ...e.causesZh, ...e.adviceZh.split('\n')]);
    const differ = texts.filter((t) => displayWidth(t) !== stringWidth(t));
    expect(differ).toEqual([]);
  });
});
