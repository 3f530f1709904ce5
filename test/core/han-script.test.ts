// The Han and word tests by code point say exactly what the Unicode patterns they replace say, at every code point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countHan, dropSpacesBesideHan, hanOrWordRuns, hasHan, hasWord, isHanCode, isWordCode, spaceHanSeams } from '../../src/core/han-script.js';

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

describe('isHanCode and isWordCode', () => {
  it('agree with \\p{Script=Han} and [\\p{L}\\p{N}] at every code point', () => {
    const hanWrong: string[] = [];
    const wordWrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const char = String.fromCodePoint(cp);
      if (isHanCode(cp) !== HAN.test(char)) hanWrong.push(cp.toString(16));
      if (isWordCode(cp) !== WORD.test(char)) wordWrong.push(cp.toString(16));
    }
    expect(hanWrong.slice(0, 20)).toEqual([]);
    expect(wordWrong.slice(0, 20)).toEqual([]);
  });
});

/** Characters from every kind the functions tell apart: ASCII, Han (BMP and astral), radicals, kana, CJK punctuation, spaces. */
const mixedText = fc
  .array(fc.constantFrom('a', 'Z', '7', '_', ' ', '  ', '被', '踢', '〇', '々', '⺀', '⼀', '𠀀', 'あ', 'é', '，', '。', '〆', '（', '!', '-', 'ｱ', '１', '\u200d'), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('the text functions', () => {
  it('find the runs /\\p{Script=Han}+|(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])+/gu finds', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const expected = [...text.matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu)].map((m) => m[0]);
        expect(hanOrWordRuns(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('space and unspace Han seams as the patterns they replace did', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const seams = /(?<=\p{Script=Han})(?=[\p{L}\p{N}])(?!\p{Script=Han})|(?<=[\p{L}\p{N}])(?<!\p{Script=Han})(?=\p{Script=Han})/gu;
        expect(spaceHanSeams(text)).toBe(text.replace(seams, ' '));
        expect(dropSpacesBesideHan(text)).toBe(text.replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, ''));
        expect(hasHan(text)).toBe(HAN.test(text));
        expect(hasWord(text)).toBe(WORD.test(text));
        expect(countHan(text)).toBe((text.match(/\p{Script=Han}/gu) ?? []).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('cut a Latin word off the Chinese it is glued to, and drop the spaces beside Chinese', () => {
    expect(spaceHanSeams('登录时TLS解密失败')).toBe('登录时 TLS 解密失败');
    expect(dropSpacesBesideHan('登录时 TLS 解密失败')).toBe('登录时TLS解密失败');
    expect(hanOrWordRuns('appid不存在, userSig过期')).toEqual(['appid', '不存在', 'userSig', '过期']);
  });
});
