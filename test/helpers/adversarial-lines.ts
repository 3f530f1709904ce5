// Generated adversarial log lines up to 1 MiB: long runs of the very characters the detector reads (spaces, separators, quotes, digits, keys, failure words).
import fc from 'fast-check';

/** Pieces the detector treats specially; repeated, they probe every loop and lookaround for super-linear work. */
const ATOMS = [
  ' ', '\t', '\u3000', ':', '：', '=', '"', "'", '-', '|', ',', '.', '(', ')', '、', '和',
  '0', '6014', '9520', '70001', '-10003', '７０００１', '1a', 'x',
  'code', 'Code', 'errCode', 'error_code', 'ret', 'err', 'error', 'failed', 'fail', 'exception', 'timeout', 'PlatformException(',
  '错误码', '错误', '返回', '报', '报错', '失败', '超时', '状态码', '提示', '第', '号', '条', 'ms', '毫秒',
  'room ', 'uid ', 'port ', 'NSURLError ', 'HTTP ', 'error 6014 ', 'code: ', '\r', 'Domain=', 'abcdefghijklmnop', 'code:', '７０００１',
  '表示', '，', '6707错误码', '微信', 'wechat', 'operationID', 'sub_code', '139999',
  // The shapes of later rules: constant names alone and with values, call arguments, WeChat's reply, app envelopes,
  // a number followed by words.
  'ERR_SDK_NOT_LOGGED_IN', 'ERR_', '"code", ', '"errcode":', 'errmsg', '{"code":', '"data":', ' Network timeout',
  // A record's message (judged against its code on lines that name no Tencent product) and padded table cells.
  'message: "', 'msg=', 'reason', '参数', '| 20016', '           |',
  // A PlatformException's message (judged against its code) with the nulls of absent details, and no closing parenthesis.
  'PlatformException(10006, ', 'sdk not init, ', 'null, ',
];

/** A short pattern of atoms, then one atom run long, repeated until the line reaches its size. */
export const adversarialLine = (maxBytes = 1 << 20) =>
  fc
    .record({
      head: fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 4 }),
      run: fc.constantFrom(...ATOMS),
      runLength: fc.integer({ min: 1, max: 200_000 }),
      tail: fc.array(fc.constantFrom(...ATOMS), { maxLength: 4 }),
      size: fc.integer({ min: Math.min(64 << 10, maxBytes), max: maxBytes }),
    })
    .map(({ head, run, runLength, tail, size }) => {
      const unit = head.join('') + run.repeat(Math.min(runLength, Math.max(1, Math.floor(size / run.length)))) + tail.join('');
      const repeats = Math.max(1, Math.floor(size / Math.max(1, Buffer.byteLength(unit))));
      return (unit.repeat(repeats) + '6014').slice(0, size);
    });

/** The attacks reported in issue 13, each a single line. */
export const REPORTED_ATTACKS: Array<[string, string]> = [
  ['spaces either side of a colon', `code${' '.repeat(4000)}:${' '.repeat(4000)}1a`],
  ['half a million spaces before a code', `code${' '.repeat(500_000)}6014`],
  ['a 1 MiB line of standalone codes', 'error 6014 '.repeat(95_000)],
  // Found while writing these tests: a search for "Domain=" ran to the end of the line from every key.
  ['keys after long tokens, with full-width digits', 'code:７０００１ '.repeat(60_000)],
  ['keys glued to long tokens', `${'x'.repeat(70)}code:6014`.repeat(14_000)],
  ['a 1 MiB line of constant names', 'ERR_SDK_NOT_LOGGED_IN '.repeat(47_000)],
  ['a 1 MiB line of call arguments', '"code", 6208, '.repeat(74_000)],
  ['a 1 MiB line of bare codes followed by words', 'failed 6014 Network timeout error '.repeat(30_000)],
  ['a 1 MiB line of records with messages about other codes', '{code: 10007, msg: "验证码发送过于频繁 参数"}, '.repeat(22_000)],
  ['a message key with no value, then a 1 MiB line of keyed codes', `message${' code:6014'.repeat(100_000)}`],
];
