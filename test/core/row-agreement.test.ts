// Table rows judged by what the catalogue says of each code: another product's table, or the code's own in source code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { MAX_ROW_CHARS, RowAgreement, rowTerms, type ReadingTerms } from '../../src/core/scan/row-agreement.js';
import { bigrams, canonical, termsOf } from '../../src/core/search-text.js';
import { getSearchIndex } from '../../src/core/search-rank.js';

const catalogue = getCatalogue();
const rows = new RowAgreement(() => getSearchIndex(catalogue));

describe('RowAgreement.describes', () => {
  it.each([
    [50001, ' | The current application needs to purchase the TUICallKit Group Call Version Package to use |', false],
    [8001, ' 请求网络异常,请求失败。8002 请求参数错误。', false],
    [10007, ' | 操作权限不足 |', true],
    [70001, ' 帐号体系 userSig 已过期', true],
    [40006, ' | Internal server error when setting data, please', true],
    // Words shared only with a hundred codes and more (错误, 请求, 参数), while its rarer words are other codes': another
    // product's row. A row of nothing but common words is judged the same way.
    [2001, ' | 音频设备打开失败 | 请检查麦克风权限 |', false],
    [3004, ' | 无效参数 | 请核查发送的请求参数是否为对应接口所需参数 |', false],
    [30001, ' 错误可能的原因有:', false],
    [70500, ' | 服务器内部错误,请稍后重试 |', true],
    [6014, ' | IM SDK 未登录 |', true],
    [4004, ' | 画像メッセージの失敗です。 |', true],
    [9520, ' | ok', true],
  ])('judges the row of %i %j: %s', (code, row, expected) => {
    expect(rows.describes(code, row)).toBe(expected);
  });

  it('judges only the head of a row, so a long line costs no more than a short one', () => {
    const tail = ' 操作权限不足'.repeat(100);
    expect(rows.describes(50001, ` | The current application needs to purchase a package${tail}`)).toBe(false);
  });
});

describe('RowAgreement.allows', () => {
  it.each([
    // Other products' codes paired with their own words: nothing shared, or rarer words all about other codes.
    [1001, ' 重复初始化', false],
    [8002, ' 请求参数错误', false],
    [40001, ' access_token 无效或 AppSecret 错误', false],
    [6001, ' 微信接口系统繁忙', false],
    // A user's own words for Tencent's code: a common word shared and one rarer pair, or the catalogue's words.
    [10004, ' 参数错误', true],
    [6014, ' 未登录', true],
    [20003, ' 接收方不存在', true],
    [9520, ' ok', true],
  ])('judges the text %i is paired with, %j: %s', (code, text, expected) => {
    expect(rows.allows(code, text)).toBe(expected);
  });

  it('is looser than describes by one rarer word: a paraphrase is not another product\'s row', () => {
    expect(rows.describes(10004, ' 参数错误')).toBe(false);
    expect(rows.allows(10004, ' 参数错误')).toBe(true);
  });
});

describe('RowAgreement.echoes', () => {
  it.each([
    [2999, " { msg: 'sendMessage 接口需要 SDK 处于 ready 状态后才能调用。' },", true],
    [2501, " { msg: '没有找到相应的用户或群组，请检查传入参数' },", true],
    [2999, " { msg: 'unrelated text here' },", false],
    [6014, ' { handler: onLogin },', false],
    [123456789, ' anything', false],
    // A string Tencent returns with the code repeats it, in any case and even in two words the texts share.
    [9506, ' "OUT OF FREQUENCY LIMIT."', true],
    [6026, " { msg: 'no previous login' },", true],
    [9520, " { msg: 'no previous login' },", false],
  ])('says whether the row of %i %j repeats its description: %s', (code, row, expected) => {
    expect(rows.echoes(code, row)).toBe(expected);
  });
});

describe('rowTerms', () => {
  // Pieces rows are made of: words in both languages, constant names, camelCase, numbers, full-width forms, marks.
  const piece = fc.constantFrom(
    'Invalid', 'userSig', 'expired', 'ERR_SDK_NOT_LOGGED_IN', 'kicked_off', 'sendMessage', 'HTTPRequest', 'requests',
    '群组', '不存在', '操作权限不足', '请求失败', 'ＡＢＣ', '１２３', '6014', '12', '7', '|', ':', '，', '。', '-', '(', ')',
    ' ', '  ', '\t', '\u00a0', '\u3000', 'é', 'ﬁle',
  );
  const row = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

  it('gives the terms of the whole row head, word by word, with a cold or a warm memo', () => {
    const memo = new Map<string, readonly string[]>();
    fc.assert(
      fc.property(row, (text) => {
        const expected = new Set(termsOf(canonical(text.slice(0, MAX_ROW_CHARS)), bigrams));
        expect(rowTerms(text, new Map())).toEqual(expected);
        expect(rowTerms(text, memo)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the index\'s number terms', () => {
  it('are exactly the terms that are numbers, so a row\'s other numbers need no lookup', () => {
    const index = getSearchIndex(catalogue);
    const numbers = index.numberTerms();
    expect(numbers.size).toBeGreaterThan(10);
    for (const term of numbers) expect(index.has(term), term).toBe(true);
    for (const term of ['10', '100', '1000']) expect(numbers.has(term), term).toBe(index.has(term));
    expect(numbers.has('987654321')).toBe(false);
    expect([...numbers].every((t) => /^[0-9]+$/.test(t))).toBe(true);
  });
});

describe('a row with fewer than two indexed terms', () => {
  /** The real index, counting the postings asked for: a row check that needs none leaves the postings file unread. */
  function countingIndex() {
    const index = getSearchIndex(catalogue);
    const asked: string[] = [];
    const terms: ReadingTerms = {
      docs: index.docs,
      messages: index.messages,
      has: (term) => index.has(term),
      numberTerms: () => index.numberTerms(),
      postings: (term) => {
        asked.push(term);
        return index.postings(term);
      },
    };
    return { judge: new RowAgreement(() => terms), asked };
  }

  it('is judged without reading any postings, with the verdict a full judgement gives', () => {
    const { judge, asked } = countingIndex();
    // "fail" and "failed" are stop words: "request" is the row's one indexed term.
    expect(judge.describes(7006, ', request failed')).toBe(true);
    expect(judge.describes(8001, ', request failed')).toBe(rows.describes(8001, ', request failed'));
    expect(judge.allows(10015, ' request failed')).toBe(true);
    expect(asked).toEqual([]);
  });

  it('still reads the postings of a row with two or more', () => {
    const { judge, asked } = countingIndex();
    expect(judge.describes(50001, ' | The current application needs to purchase the TUICallKit Group Call Version Package to use |')).toBe(false);
    expect(asked.length).toBeGreaterThan(1);
  });
});
