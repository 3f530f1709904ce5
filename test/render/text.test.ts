// Wrapping measures CJK as two columns; escaping makes untrusted text inert on a terminal.
import { describe, expect, it } from 'vitest';
import { displayWidth, escapeControls, wrapText } from '../../src/render/text.js';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['错误码', 6],
    ['code：6206', 10],
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapText('The quick brown fox jumps over the lazy dog', 15)).toEqual(['The quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('keeps line breaks from the source', () => {
    expect(wrapText('first line\nsecond line', 40)).toEqual(['first line', 'second line']);
  });

  it('cuts a word longer than the width', () => {
    expect(wrapText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('counts Chinese characters as two columns', () => {
    for (const line of wrapText('登录失败 错误码 20003 请检查 UserID 是否已导入 控制台', 12)) expect(displayWidth(line)).toBeLessThanOrEqual(12);
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
