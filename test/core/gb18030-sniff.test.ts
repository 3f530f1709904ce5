// Telling GBK / GB18030 log text from ASCII, UTF-8 (stray bytes included) and binary junk by its first non-ASCII bytes.
import { describe, expect, it } from 'vitest';
import { cutCharacterAt, GB18030_PROBE, weighText, type TextVerdict } from '../../src/core/gb18030-sniff.js';
import { GBK_LINE, GBK_LINE_TEXT } from '../helpers/gbk.js';

/** `2024-05-01 12:00:01 [E] 用户 𠀀 登录失败，错误码：6206\n` in GB18030: 𠀀 (U+20000) takes four bytes. */
const GB18030_LINE = Buffer.from(
  '323032342d30352d30312031323a30303a3031205b455d20d3c3bba7209532823620b5c7c2bccaa7b0dca3acb4edcef3c2eba3ba363230360a',
  'hex',
);

/** Bytes of every value, the same each run (a linear congruential generator). */
function junk(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const utf8Log = Buffer.from('2024-05-01 12:00:01 [E] 用户登录失败，错误码：6206\n'.repeat(20));
const withStray = (at: number, stray: number) => Buffer.concat([utf8Log.subarray(0, at), Buffer.from([stray]), utf8Log.subarray(at)]);

describe('weighText on a log\'s first chunk', () => {
  it('reads the fixtures as the text they stand for', () => {
    expect(new TextDecoder('gb18030').decode(GBK_LINE)).toBe(GBK_LINE_TEXT);
    expect(new TextDecoder('gb18030').decode(GB18030_LINE)).toBe('2024-05-01 12:00:01 [E] 用户 𠀀 登录失败，错误码：6206\n');
  });

  it.each<[string, Buffer, TextVerdict]>([
    ['empty', Buffer.alloc(0), 'ascii'],
    ['ASCII', Buffer.from('2024-05-01 login failed code:6206\r\n'.repeat(100)), 'ascii'],
    ['ASCII with control characters', Buffer.from('\x1b[31merror\x1b[0m code:6206\0\x07\n'), 'ascii'],
    ['UTF-8 Chinese', utf8Log, 'utf8'],
    ['UTF-8 Chinese with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8Log]), 'utf8'],
    ['UTF-8 with one Chinese character', Buffer.from('login failed 的 code:6206\n'), 'utf8'],
    ['UTF-8 accents and symbols', Buffer.from('Server · Account — café naïve ©\n'), 'utf8'],
    ['GBK Chinese', GBK_LINE, 'gb18030'],
    ['GBK Chinese after ASCII lines', Buffer.concat([Buffer.from('boot ok\n'.repeat(500)), GBK_LINE]), 'gb18030'],
    ['GBK Chinese, many lines', Buffer.concat(Array.from({ length: 200 }, () => GBK_LINE)), 'gb18030'],
    ['GBK cut in the middle of a character', GBK_LINE.subarray(0, 9), 'gb18030'],
    // Nothing to tell by yet: the next chunk is asked.
    ['only a GBK character cut by the end', Buffer.concat([Buffer.from('boot ok\n'), GBK_LINE.subarray(0, 1)]), 'unknown'],
    ['only a UTF-8 character cut by the end', Buffer.from('boot ok\n用').subarray(0, 10), 'unknown'],
    ['GB18030 with a four-byte character', GB18030_LINE, 'gb18030'],
    ['UTF-8 with a stray 0xFF', withStray(200, 0xff), 'utf8'],
    ['UTF-8 with a stray byte that could lead a GBK pair', withStray(200, 0xb5), 'utf8'],
    ['UTF-8 with a stray byte inside a character', withStray(utf8Log.indexOf('登') + 1, 0xc2), 'utf8'],
    ['ASCII with a stray Latin-1 byte', Buffer.from('caf\xe9 code:6206\n', 'latin1'), 'utf8'],
    ['binary junk', junk(4096, 1), 'utf8'],
    ['more binary junk', junk(64, 7), 'utf8'],
    ['a PNG header', Buffer.from('89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866', 'hex'), 'utf8'],
    ['high bytes only', Buffer.from(junk(4096, 3).map((b) => b | 0x80)), 'utf8'],
  ])('%s', (_name, bytes, verdict) => {
    expect(weighText(bytes).verdict).toBe(verdict);
  });

  it('never takes random junk of any seed for GB18030', () => {
    for (let seed = 0; seed < 200; seed++) expect(weighText(junk(2048, seed)).verdict).not.toBe('gb18030');
  });

  it('looks no further than GB18030_PROBE bytes past the first non-ASCII byte', () => {
    // GBK text, then junk past the probe: the junk is not looked at.
    const text = Buffer.concat(Array.from({ length: Math.ceil(GB18030_PROBE / GBK_LINE.length) }, () => GBK_LINE)).subarray(0, GB18030_PROBE);
    expect(weighText(Buffer.concat([Buffer.from('ascii\n'), text, junk(GB18030_PROBE, 5)])).verdict).toBe('gb18030');
    expect(weighText(Buffer.concat([text.subarray(0, 100), junk(GB18030_PROBE, 5)])).verdict).toBe('utf8');
  });
});

describe('weighText', () => {
  const gbkOne = Buffer.concat([Buffer.from('boot\n'), Buffer.from('b4ed', 'hex'), Buffer.from(' code:6206\n')]);
  const lean = (bytes: Buffer, prior = weighText(Buffer.alloc(0)).evidence) => {
    const { verdict, tentative } = weighText(bytes, prior);
    return [verdict, tentative];
  };

  it('leans to GB18030 on one GBK Han character that is not UTF-8, and is sure once a later chunk adds more', () => {
    const first = weighText(gbkOne);
    expect([first.verdict, first.tentative]).toEqual(['gb18030', true]);
    expect(lean(GBK_LINE, first.evidence)).toEqual(['gb18030', false]);
    // A UTF-8 log whose first non-ASCII bytes were a character cut short leans the same way, and its next chunk undoes it.
    const broken = weighText(Buffer.from([0x61, 0xe4, 0xb8, 0x20]));
    expect([broken.verdict, broken.tentative]).toEqual(['gb18030', true]);
    expect(lean(utf8Log, broken.evidence)).toEqual(['utf8', false]);
  });

  it('leans to UTF-8 while its characters read as GBK too, and is sure from four of them', () => {
    const e = weighText(Buffer.from('café\n'));
    expect([e.verdict, e.tentative]).toEqual(['utf8', true]);
    expect(lean(Buffer.from('naïve über más\n'), e.evidence)).toEqual(['utf8', false]);
    // GBK's 全 is well-formed UTF-8: a lean only, which GBK text after it overturns.
    const quan = weighText(Buffer.from('c8ab0a', 'hex'));
    expect([quan.verdict, quan.tentative]).toEqual(['utf8', true]);
    expect(lean(GBK_LINE, quan.evidence)).toEqual(['gb18030', false]);
    // UTF-8 that GB18030 breaks is sure at once, as before.
    expect(lean(Buffer.from('login failed 的 code:6206\n'))).toEqual(['utf8', false]);
  });

  it('stops leaning once GB18030_PROBE bytes were weighed in all, and settles as the first chunk alone once did', () => {
    const weighed = { ...weighText(Buffer.alloc(0)).evidence, probed: GB18030_PROBE };
    expect(lean(Buffer.from('café\n'), weighed)).toEqual(['utf8', false]);
    expect(lean(gbkOne, weighed)).toEqual(['utf8', false]);
    expect(lean(Buffer.concat([gbkOne, GBK_LINE]), weighed)).toEqual(['gb18030', false]);
  });

  it('finds where a character cut by the end starts, as UTF-8 or GB18030', () => {
    expect(cutCharacterAt(Buffer.from('ok\n'))).toBe(3);
    expect(cutCharacterAt(Buffer.from('a 用').subarray(0, 4))).toBe(2);
    expect(cutCharacterAt(GBK_LINE.subarray(0, 3))).toBe(2);
    expect(cutCharacterAt(Buffer.concat([GBK_LINE, GB18030_LINE.subarray(0, 31)]))).toBe(GBK_LINE.length + 29);
    // A whole GBK pair whose trail byte leads UTF-8 is cut as UTF-8 reads it.
    expect(cutCharacterAt(Buffer.from('b4ed', 'hex'))).toBe(1);
  });
});
