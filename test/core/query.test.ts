// What a user types is read as a code, a name, words, or rejected with a reason; never a silent "code 0".
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/core/query.js';

describe('parseQuery', () => {
  it.each([
    ['70001', 70001],
    ['-10001', -10001],
    ['+6206', 6206],
    [' 125000 ', 125000],
    ['0', 0],
    ['-0', 0],
    ['007008', 7008],
    // Copied out of JSON or a chat message with its quotes.
    ['"70001"', 70001],
    ["'-10001'", -10001],
    ['“6206”', 6206],
    ['「20003」', 20003],
    // Copied out of a log's call, a list or a sentence with its brackets or punctuation.
    ['(6206)', 6206],
    ['[70001]', 70001],
    ['（-10001）', -10001],
    ['6206,', 6206],
    ['6206。', 6206],
    ['"6206",', 6206],
    // In the digits of an Arabic, Persian, Hindi or Bengali locale's UI, as its app shows the code: "not an error
    // code or constant name" (exit 1) before. Full-width digits and signs, as a Chinese input method types them.
    ['٧٠٠٠١', 70001],
    ['۷۰۰۰۱', 70001],
    ['−١٠٠٠١', -10001],
    ['७०००१', 70001],
    ['৬০১৪', 6014],
    ['٦٠١٤(ERR_SDK_NOT_LOGGED_IN)', 6014],
    // With the direction mark ICU puts before a negative number in an Arabic, Persian, Hebrew or Urdu locale (ALM or
    // LRM), or one a right-to-left page leaves after it: "not an error code or constant name" (exit 1) before.
    ['\u061c-١٠٠٠١', -10001],
    ['\u200e-10001', -10001],
    ['\u200e−۱۰۰۰۱', -10001],
    ['70001\u200f', 70001],
    ['－１０００１', -10001],
    ['＋７０００１', 70001],
    ['𝟕𝟎𝟎𝟎𝟏', 70001],
    ['ｃｏｄｅ：６２０６', 6206],
    // Formatted by a spreadsheet or a dashboard, thousands grouped: "several codes (70 001)" before.
    ['70,001', 70001],
    ['-10,001', -10001],
    ['6,014', 6014],
    ['"120,001",', 120001],
    // As French, Russian and other locales group them, with a narrow or a plain no-break space: "several codes" before.
    ['70\u202f001', 70001],
    ['-10\u00a0001', -10001],
    ['6\u202f014(ERR_SDK_NOT_LOGGED_IN)', 6014],
    // As Arabic and Persian locales group them, with the Arabic thousands separator: "not a number" (exit 2) before.
    ['٧٠٬٠٠١', 70001],
    ['−۱۰٬۰۰۱', -10001],
    ['٦٬٠١٤(ERR_SDK_NOT_LOGGED_IN)', 6014],
    // Beside its constant name, as logs and docs print the pair: "not a number" and "not a code or name" before.
    ['6014(ERR_SDK_NOT_LOGGED_IN)', 6014],
    ['ERR_SDK_NOT_LOGGED_IN(6014)', 6014],
    ['BaseConstants.ERR_SDK_NOT_LOGGED_IN (6014)', 6014],
    ['-10001（ERR_SVR_SSO_D2_EXPIRED）', -10001],
    // As a table lists the pair, or a log line prints it.
    ['6014 - ERR_SDK_NOT_LOGGED_IN', 6014],
    ['70001 ERR_SVR_ACCOUNT_USERSIG_EXPIRED', 70001],
    ['6014: ERR_SDK_NOT_LOGGED_IN', 6014],
    ['ERR_SDK_NOT_LOGGED_IN 6014', 6014],
    ['ERR_SVR_SSO_D2_EXPIRED -10001', -10001],
    // A CSV row, a Markdown table's row, a document's en or em dash: "not a number" before.
    ['6014,ERR_SDK_NOT_LOGGED_IN', 6014],
    ['| 6014 | ERR_SDK_NOT_LOGGED_IN |', 6014],
    ['6014 – ERR_SDK_NOT_LOGGED_IN', 6014],
    ['6014 — ERR_SDK_NOT_LOGGED_IN', 6014],
    ['ERR_SDK_NOT_LOGGED_IN,6014', 6014],
    ['|6206|', 6206],
    // Grouped beside its name or after its key: "not a number" and "not a code or name" before.
    ['6,014(ERR_SDK_NOT_LOGGED_IN)', 6014],
    ['70,001 - ERR_SVR_ACCOUNT_USERSIG_EXPIRED', 70001],
    ['code: 70,001', 70001],
  ])('reads %j as code %i', (input, code) => {
    expect(parseQuery(input)).toMatchObject({ kind: 'code', code });
  });

  it('keeps the constant name a code was paired with, so explain can check the pair', () => {
    expect(parseQuery('70001')).toEqual({ kind: 'code', code: 70001 });
    expect(parseQuery('BaseConstants.ERR_SDK_NOT_LOGGED_IN (6014)')).toEqual({ kind: 'code', code: 6014, pairedName: 'ERR_SDK_NOT_LOGGED_IN' });
    // The name as the key, as an enum or a table gives it; "not an error code or constant name" before for a Web name.
    expect(parseQuery('TIM.ERROR_CODE.MESSAGE_SEND_FAIL: 2100')).toEqual({ kind: 'code', code: 2100, pairedName: 'MESSAGE_SEND_FAIL' });
    expect(parseQuery('ERR_SDK_NOT_LOGGED_IN = 6014,')).toEqual({ kind: 'code', code: 6014, pairedName: 'ERR_SDK_NOT_LOGGED_IN' });
    // A setting's key stays words.
    expect(parseQuery('timeout_ms:3000')).toMatchObject({ kind: 'words' });
  });

  it.each(['ERR_SDK_NOT_INITIALIZED', 'err_sdk_not_initialized', 'MESSAGE_SEND_FAIL', 'CANNOT_DISMISS_Work'])('reads %j as a name', (input) => {
    expect(parseQuery(input)).toEqual({ kind: 'name', name: input });
    expect(parseQuery(`"${input}"`)).toEqual({ kind: 'name', name: input });
  });

  it('reads a code after its key and a space, or after a key of two words, as sentences and logs print them', () => {
    // "not an error code or constant name" (exit 1) before, though scan reads each as a code.
    for (const [input, code] of [['Error 70001', 70001], ['错误码 6206', 6206], ['code 70001', 70001], ['error code -10001', -10001], ['Error Code: 6206', 6206], ['Request error: 6014', 6014]] as const) {
      expect(parseQuery(input), input).toEqual({ kind: 'code', code });
    }
    // Other words before a number stay words.
    for (const input of ['retry 3', 'timeout 3000', 'login 6014', 'Login failed: 6014', 'interrupt 3']) expect(parseQuery(input), input).toMatchObject({ kind: 'words' });
  });

  it('reads a keyed number as a code only when a word of the key names one, not when the key merely holds its letters', () => {
    // `ret` in retry and secret, `err` in interrupted: each was read as a code (`chaterr retry: 3` was explained, exit 1).
    for (const input of ['retry: 3', 'retry count: 3', 'secret: 70001', 'interrupted: 6014', 'stderr=6014']) expect(parseQuery(input), input).toMatchObject({ kind: 'words' });
    for (const input of ['ret: 6014', 'iRet: 6014', 'errCode=6014', 'ERRCODE=6014', 'resultCode: 6014', 'ErrorInfo: 6014', 'retval=6014', '返回码: 6014']) {
      expect(parseQuery(input), input).toEqual({ kind: 'code', code: 6014 });
    }
  });

  it('reads a name typed in full-width letters, as a Chinese input method in full-width mode types it', () => {
    // "not an error code or constant name" (exit 1) before.
    expect(parseQuery('ＥＲＲ＿ＳＤＫ＿ＮＯＴ＿ＬＯＧＧＥＤ＿ＩＮ')).toEqual({ kind: 'name', name: 'ERR_SDK_NOT_LOGGED_IN' });
    expect(parseQuery('ｅｒｒ＿ｓｄｋ＿ｎｏｔ＿ｉｎｉｔｉａｌｉｚｅｄ（６０１３）')).toEqual({ kind: 'code', code: 6013, pairedName: 'err_sdk_not_initialized' });
  });

  it('drops a pair of quotes or brackets, or half of one whose other half is not in the word, never two different marks', () => {
    // Half a pair is what a selection out of a call or a JSON object takes: `(6206,` out of PlatformException(6206, …),
    // `6014)`, `"errCode":6014}`. They were words ("not an error code or constant name") or "not a number".
    for (const half of ['"70001', '(70001', '(70001,', '70001)', '70001),', '「70001', '70001」', '[70001', 'code:70001)', '"errCode":70001}', '|70001']) {
      expect(parseQuery(half), half).toEqual({ kind: 'code', code: 70001 });
    }
    expect(parseQuery('(ERR_SDK_NOT_LOGGED_IN')).toEqual({ kind: 'name', name: 'ERR_SDK_NOT_LOGGED_IN' });
    expect(parseQuery('"70001\'').kind).not.toBe('code');
    expect(parseQuery('f(6014')).toMatchObject({ kind: 'words' });
    expect(parseQuery('""')).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/^empty input/) });
    // A lone mark is no half of anything.
    for (const mark of ['(', '|', '"']) expect(parseQuery(mark), mark).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/holds no code, name or word/) });
  });

  it('drops the marks a code or name was copied with a layer at a time, up to four layers', () => {
    // `"ERR_USER_SIG_EXPIRED")` out of PlatformException(6206, "ERR_USER_SIG_EXPIRED"), and doubled brackets, were
    // "not an error code or constant name": one layer was dropped, the next kept.
    for (const word of ['((70001))', '(((70001', '("70001",', '["70001"]', '"(70001)"', '【「70001」】']) {
      expect(parseQuery(word), word).toEqual({ kind: 'code', code: 70001 });
    }
    expect(parseQuery('"ERR_USER_SIG_EXPIRED")')).toEqual({ kind: 'name', name: 'ERR_USER_SIG_EXPIRED' });
    expect(parseQuery('f((6014))')).toMatchObject({ kind: 'words' });
    // Linear: each layer is one pass, and a word of a thousand brackets is read at once.
    const started = performance.now();
    expect(parseQuery(`${'('.repeat(100_000)}6014`).kind).not.toBe('code');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('lists several codes each in its own quotes or brackets, quoting the word as given', () => {
    // `chaterr explain '(6014) (6206)'` was '"6014) (6206" is not a number': the outer pair came off, the rest stayed.
    for (const word of ['(6014) (6206)', '(6014)(6206)', '[6014] [6206]', '「6014」「6206」']) {
      expect(parseQuery(word), word).toEqual({
        kind: 'invalid',
        reason: `"${word}" holds several codes: give each as a word of its own (6014 6206)`,
        several: true,
      });
    }
    // A code with its name in brackets is still the pair, and one code in brackets the code.
    expect(parseQuery('6014(ERR_SDK_NOT_LOGGED_IN)')).toMatchObject({ kind: 'code', code: 6014 });
    expect(parseQuery('((6014))')).toEqual({ kind: 'code', code: 6014 });
  });

  it('reads a code beside a name in brackets only when the name is a constant', () => {
    expect(parseQuery('Error(6014)')).toMatchObject({ kind: 'words' });
    expect(parseQuery('6014(kicked)')).toMatchObject({ kind: 'invalid' });
    expect(parseQuery('6014 kicked')).toMatchObject({ kind: 'invalid' });
    expect(parseQuery('login 6014')).toMatchObject({ kind: 'words' });
  });

  it('cuts a huge number in a list of codes as any echo', () => {
    // A word of 100,000 digits in the list was written back whole, into the terminal.
    const q = parseQuery(`1 ${'9'.repeat(100_000)}`);
    expect(q).toMatchObject({ kind: 'invalid', several: true, reason: expect.stringMatching(/\(1 999999999999\.\.\.\)$/) });
    expect(q.kind === 'invalid' && q.reason.length).toBeLessThan(120);
  });

  it('reads a span of grouped codes as list prints the range', () => {
    expect(parseQuery('120,001-130,000')).toEqual({ kind: 'span', min: 120001, max: 130000 });
  });

  it('reads a crafted list of grouped codes in linear time', () => {
    const started = performance.now();
    for (const word of [`1${',000'.repeat(30_000)}0`, `1${',000'.repeat(30_000)},00 x`, `${'1,000 '.repeat(20_000)}x`, `${',1'.repeat(50_000)}`]) parseQuery(word);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reads a crafted code-and-name pair in linear time', () => {
    const started = performance.now();
    for (const word of [`6014${' '.repeat(100_000)},`, `A_B${' '.repeat(100_000)}|x`, `6014 ,${' '.repeat(100_000)}`, `6014(A${'_'.repeat(100_000)}`, `A${'_'.repeat(100_000)}(6014`, `6014 (${'A.'.repeat(50_000)}_ 1`, `6014${' '.repeat(100_000)}-`, `A_B${' '.repeat(100_000)}x`]) parseQuery(word);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each(['usersig', 'frequency limit', 'kicked'])('reads %j as words for search', (input) => {
    expect(parseQuery(input)).toMatchObject({ kind: 'words' });
  });

  it.each([
    ['12abc', /not a number/],
    ['0x', /not a number/],
    ['0x1f', /not a number/],
    ['-0x1f', /not a number/],
    ['1e5', /not a number/],
    // A decimal is a number, just not a whole one: the reason says so.
    ['70.01', /^"70\.01" is not a whole number: /],
    ['70001.0', /is not a whole number/],
    ['-.5', /is not a whole number/],
    // Several codes in one word, as copied out of a list: the reason says how to give them.
    ['70001,6206', /^"70001,6206" holds several codes: give each as a word of its own \(70001 6206\)$/],
    ['6206，70001、-10001', /holds several codes: .*\(6206 70001 -10001\)$/],
    ['"6206, 70001"', /holds several codes/],
    // Not thousands: a first code of more than three digits, or a group that is not three.
    ['70001,206', /holds several codes: .*\(70001 206\)$/],
    ['6,0140', /holds several codes/],
    // Quoted whole with spaces, or joined by a slash as logs list them: "not a number" before.
    ['70001 6206', /^"70001 6206" holds several codes: give each as a word of its own \(70001 6206\)$/],
    ['30004/40004', /holds several codes: .*\(30004 40004\)$/],
    ['6014 / 6206  -10001', /holds several codes: .*\(6014 6206 -10001\)$/],
    // Grouped codes in a list: the advice split each at its commas, "(70 001 6 014)", a command of four non-codes.
    ['70,001 6,014', /^"70,001 6,014" holds several codes: give each as a word of its own \(70001 6014\)$/],
    ['70,001, -10,001', /holds several codes: .*\(70001 -10001\)$/],
    ['70,001,6206', /holds several codes: .*\(70001 6206\)$/],
    ['6206,100', /holds several codes: .*\(6206 100\)$/],
    ['70\u202f001 6\u202f014', /holds several codes: .*\(70001 6014\)$/],
    ['٧٠٬٠٠١ ٦٬٠١٤', /holds several codes: .*\(70001 6014\)$/],
    // A no-break space between two codes, as a web page's table gives them, still separates them.
    ['70001\u00a06206', /holds several codes: .*\(70001 6206\)$/],
    ['', /empty/],
    ['   ', /empty/],
    ['1234567890123456789012345678901234567890', /40 digits/],
  ])('rejects %j', (input, reason) => {
    const q = parseQuery(input);
    expect(q.kind).toBe('invalid');
    if (q.kind === 'invalid') {
      expect(q.reason).toMatch(reason);
      expect(q.several === true, 'several').toBe(String(reason).includes('several'));
    }
  });
});
