// Regression tests for the adversarial run (issue 13): secrets, escapes, JSON errors, odd sigs, key files, sizes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { computeSignature, generateUserSig, MAX_SIG_TIME } from '../../src/core/usersig.js';
import { run } from '../helpers/fake-io.js';
import { widestLine } from '../helpers/width.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const t = NOW.getTime() / 1000;
const KEY = 'k3y-that-must-never-show';
const sig = (expire = 7 * 86400) => generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire, time: t });
/** Any C0 (but tab and newline), DEL or C1 character: none may reach a terminal. */
const LIVE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A well-formed sig with chosen raw fields, for values generateUserSig would never write. */
function rawSig(fields: Record<string, unknown>): string {
  const base = { 'TLS.ver': '2.0', 'TLS.identifier': 'alice', 'TLS.sdkappid': 1400000000, 'TLS.time': t, 'TLS.expire': 86400, 'TLS.sig': 'x', ...fields };
  return deflateSync(Buffer.from(JSON.stringify(base))).toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

describe('secrets typed by mistake are never echoed', () => {
  it.each([
    [['usersig', sig(), '--key=SUPERSECRET']],
    [['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--key=SUPERSECRET']],
    [['usersig', sig(), '-kSUPERSECRET']],
    [['usersig', sig(), '--key=SUPERSECRET', '--json']],
  ])('%j', async (argv) => {
    const r = await run(argv, { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('SUPERSECRET');
    expect(r.stderr).toMatch(/^chaterr: unknown option '-(-key=|k)…'\n$/);
  });
});

describe('a UserSig pasted where a path, a shell or an option value belongs is never echoed', () => {
  // scan and --key-file echoed it whole ("cannot read eJw…"), commander's messages its first 80 characters.
  it.each([
    [['scan', sig()]],
    [['scan', `userSig=${sig()}`]],
    [['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--key-file', sig()]],
    [['usersig', sig(), '--key-file', sig()]],
    [['completion', sig()]],
    [['search', 'x', '--category', sig()]],
    [['search', 'x', '--limit', sig()]],
    [['list', '--class', sig()]],
    [['list', '--source', sig()]],
    [['--lang', sig(), 'list']],
    [['scan', sig(), '--json']],
    // Behind a quote (a paste inside the shell's own quotes) the sig was echoed whole: the echo was cut at the quote.
    [['list', '--class', `'${sig()}'`]],
    [['completion', `'${sig()}`]],
    [['--lang', `"${sig()}'`, 'list']],
    [['--lang', 'zh', 'search', 'x', '--limit', `'${sig()}`]],
  ])('%j', async (argv) => {
    const r = await run(argv, { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(sig().slice(0, 12));
    // In a Chinese message, in Chinese: "(a UserSig, not shown)" was its one English phrase.
    expect(r.stderr).toContain(argv.includes('zh') ? '（UserSig，不显示）' : '(a UserSig, not shown)');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe("a value holding a quote is echoed capped, as any other", () => {
  it.each([
    [['search', 'x', '--limit', `'${'a'.repeat(100_000)}`]],
    [['completion', `x'${'a'.repeat(100_000)}`]],
    [['help', `x'${'a'.repeat(100_000)}`]],
  ])('%j', async (argv) => {
    const r = await run(argv, { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/… \(10000[12] characters\)/);
    expect(r.stderr.length).toBeLessThan(400);
  });
});

describe('escapes in argv never reach the terminal live', () => {
  it.each([
    [['explain', '--x\u001b]0;pwned\u0007'], 2],
    [['search', 'frequency', '--limit', '\u001b[31mx'], 2],
    [['list', '--source', '\u009b31m'], 2],
    [['usersig', 'abc\u009b31mdef'], 2],
    [['explain', 'abc\u009bdef'], 1],
  ])('%j', async (argv, code) => {
    const r = await run(argv as string[], { tty: true, now: NOW, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(code);
    expect(r.stderr).not.toMatch(LIVE_CONTROL);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('shows a C1 control in a sig identifier escaped, in text and in JSON', async () => {
    const evil = generateUserSig({ identifier: 'eve\u009b2J', sdkAppId: 1, secretKey: KEY, expire: 86400, time: t });
    const text = await run(['usersig', evil, '--user', 'bob'], { tty: true, now: NOW, env: { NO_COLOR: '1' } });
    expect(text.stdout).toContain('eve\\x9b2J');
    expect(text.stdout).not.toMatch(LIVE_CONTROL);
    const json = await run(['usersig', evil, '--json'], { now: NOW });
    expect(json.stdout).toContain('eve\\u009b2J');
    expect(JSON.parse(json.stdout).identifier).toBe('eve\u009b2J');
  });
});

describe('--json failures still print a JSON document', () => {
  it.each([
    [['usersig', 'not-a-sig', '--json'], 2],
    [['list', 'no-such-category', '--json'], 1],
    [['search', 'frequency', '--category', 'no-such-category', '--json'], 2],
    [['list', '--source', 'nope', '--json'], 2],
  ])('%j', async (argv, code) => {
    const r = await run(argv as string[], { now: NOW });
    expect(r.code).toBe(code);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, error: { exitCode: code } });
    expect(doc.error.message).toEqual(expect.any(String));
  });
});

describe('odd UserSig fields are input errors, not crashes', () => {
  it.each([
    ['TLS.time of 2^53-1', { 'TLS.time': Number.MAX_SAFE_INTEGER }],
    ['TLS.expire of 2^53-1', { 'TLS.expire': Number.MAX_SAFE_INTEGER }],
    ['a time past 9999', { 'TLS.time': MAX_SIG_TIME, 'TLS.expire': 1 }],
    ['a negative time', { 'TLS.time': -86400 }],
    ['a negative expiry', { 'TLS.expire': -5 }],
  ])('%s', async (_name, fields) => {
    const r = await run(['usersig', rawSig(fields)], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: not a UserSig: [^\n]*\n$/);
    expect(r.stderr).not.toContain('unexpected error');
  });

  it('still reads a sig with a huge but possible validity', async () => {
    const fields = { 'TLS.time': t, 'TLS.expire': 50 * 365 * 86400 };
    const signed = { ...fields, 'TLS.sig': computeSignature({ identifier: 'alice', sdkAppId: 1400000000, time: t, expire: fields['TLS.expire'] }, KEY) };
    const r = await run(['usersig', rawSig(signed)], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ signature matches');
  });
});

describe('usersig pastes', () => {
  it('refuses the same sig pasted twice', async () => {
    const r = await run(['usersig', sig() + sig()], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('trailing data after the UserSig');
  });

  it.each([[`"${sig()}"`], [`  '${sig()}'\n`], [`\`${sig()}\``]])('strips quotes and spaces: %#', async (pasted) => {
    const r = await run(['usersig', pasted, '--json'], { now: NOW });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).identifier).toBe('alice');
  });

  it('says when the signature was not checked, and that it was when a key is given', async () => {
    const without = await run(['usersig', sig()], { now: NOW });
    expect(without.stdout).toContain('signature not checked: no key given');
    const withKey = await run(['usersig', sig()], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
    expect(withKey.stdout).not.toContain('not checked');
    expect(JSON.parse((await run(['usersig', sig(), '--json'], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } })).stdout).signatureChecked).toBe(true);
  });

  it('never repeats a value: a 40 s validity is "40 s" once', async () => {
    const r = await run(['usersig', sig(40)], { now: NOW });
    expect(r.stdout).toMatch(/^Validity {4}40 s$/m);
  });
});

describe('usersig key files and --expire', () => {
  const dir = tempDir('harden');
  it('refuses an endless key file at once', async () => {
    const started = Date.now();
    const r = await run(['usersig', sig(), '--key-file', '/dev/zero'], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: the key file \/dev\/zero is over 4096 bytes/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses an oversized key file and never prints its content', async () => {
    const big = join(dir, 'big.key');
    writeFileSync(big, 'S3CRET'.repeat(1000));
    const r = await run(['usersig', sig(), '--key-file', big], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('S3CRET');
  });

  it.each([
    ['90', 90],
    ['90s', 90],
    ['15m', 900],
    ['24h', 86400],
    ['7d', 7 * 86400],
  ])('--expire %s is %i seconds', async (value, seconds) => {
    const made = await run(['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--expire', value], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
    expect(made.code).toBe(0);
    const read = await run(['usersig', made.stdout.trim(), '--json'], { now: NOW });
    expect(JSON.parse(read.stdout).secondsLeft).toBe(seconds);
  });

  it('--expire 6M is a usage error that asks whether minutes or months were meant, where it signed for 6 minutes', async () => {
    for (const [lang, said] of [
      ['en', "chaterr: option '--expire <duration>' argument '6M' is invalid. M could mean minutes or months: give 15m for minutes, or days, as 180d\n"],
      ['zh', "chaterr: 选项 '--expire <duration>' 的取值 '6M' 无效：M 可能指分钟，也可能指月：分钟请写 15m，月请换算成天，如 180d\n"],
    ]) {
      const r = await run(['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--expire', '6M', '--lang', lang as string], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
      expect([r.code, r.stdout, r.stderr], lang).toEqual([2, '', said]);
    }
  });

  it.each([['1w'], ['0'], ['-5'], ['24 hours'], ['99999d']])('--expire %s is a usage error', async (value) => {
    const r = await run(['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--expire', value], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected a duration');
  });
});

describe('echoed input is capped', () => {
  it('an unknown 130 KB word is echoed once, cut short', async () => {
    const word = 'x'.repeat(130 * 1024);
    const r = await run(['explain', word]);
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(600);
    expect(r.stderr).toContain(`(${word.length} characters)`);
  });
});

describe('second review: what a new user still hit', () => {
  it.each([["--key=a'SUPERSECRET"], ["-k'SUPERSECRET"], ['--key="SUPERSECRET']])('a secret holding a quote stays hidden: %s', async (typo) => {
    const r = await run(['usersig', sig(), typo], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('SUPERSECRET');
  });

  it('still names which option a bad value was given to', async () => {
    const r = await run(['search', 'frequency', '--limit', '0']);
    expect(r.stderr).toBe("chaterr: option '-n, --limit <n>' argument '0' is invalid. expected a whole number from 1 to 1000\n");
  });

  it.each([['７０００１', 70001], ['－１０００１', -10001], ['\u221210001', -10001]])('reads full-width digits and minus signs: %s', async (typed, code) => {
    const r = await run(['explain', typed, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0].readings[0].code).toBe(code);
  });

  it('gives input that cannot be a code suggestions too, so callers can read didYouMean', async () => {
    const doc = JSON.parse((await run(['explain', '12abc', '--json'])).stdout);
    expect(doc.results[0]).toMatchObject({ found: false, error: expect.any(String), suggestions: { didYouMean: [] } });
  });

  it('escapes bidirectional overrides and line separators from a sig identifier', async () => {
    const evil = generateUserSig({ identifier: 'ab\u202ecd\u2028ef', sdkAppId: 1, secretKey: KEY, expire: 86400, time: t });
    const r = await run(['usersig', evil], { tty: true, now: NOW, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('ab\\u202ecd\\u2028ef');
    expect(r.stdout).not.toMatch(/[\u2028\u202e]/);
  });

  it('cuts a 100,000-character UserID on display', async () => {
    const long = generateUserSig({ identifier: 'u'.repeat(100_000), sdkAppId: 1, secretKey: KEY, expire: 86400, time: t });
    const r = await run(['usersig', long], { now: NOW });
    expect(r.stdout.length).toBeLessThan(3000);
    expect(r.stdout).toContain('(100000 characters)');
  });

  it.each([[`"${sig()}",`], [`\u201c${sig()}\u201d`], [`\u2018${sig()}\u2019`]])('strips a trailing comma and curly quotes: %#', async (pasted) => {
    expect((await run(['usersig', pasted], { now: NOW })).code).toBe(0);
  });

  it('refuses a key of two lines instead of signing with both', async () => {
    const r = await run(['usersig', sig()], { now: NOW, env: { CHATERR_SECRET_KEY: `${KEY}\nsecond` } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: CHATERR_SECRET_KEY holds more than one line: a secret key is one line\n');
  });

  it('help with --json prints words, not commander internals', async () => {
    // `help --json` is `--help --json`: the help, exit 0 (it was an error document, and the help on stderr).
    const r = await run(['help', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: chaterr /);
    const none = await run(['--json']);
    expect(JSON.parse(none.stdout).error.message).toBe('no command given: see chaterr --help');
  });

  it('reads --json and --debug after -- as words, so no JSON document or stack trace comes of them', async () => {
    // `chaterr -- --json` printed {"schemaVersion":1,"error":…} on stdout, though nothing asked for JSON.
    for (const argv of [['--', '--json'], ['--', '--json', '--debug'], ['explain', '--', '--json', 'x y']]) {
      const r = await run(argv);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr, argv.join(' ')).toMatch(/^chaterr: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // Before --, they still count.
    expect(JSON.parse((await run(['--json', '--', 'nosuch'])).stdout).error.exitCode).toBe(2);
  });
});

describe('narrow terminals', () => {
  it.each([[['explain', '32102']], [['list', 'relationship-chain', '--source', 'server', '--table']], [['search', 'MUTUAL_FOLLOWERS']]])(
    'no line over 60 columns: %j',
    async (argv) => {
      const r = await run(argv as string[], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(widestLine(r.stdout)).toBeLessThanOrEqual(60);
      expect(r.stdout).toContain('ERR_SVR_FRIENDSHIP_SELF_MUTUAL_FOLLOWERS_COUNT_EXCEEDS_LIMIT');
    },
  );

  it('piped list of several tables prints records only, no blank lines', async () => {
    const r = await run(['list', 'group']);
    expect(r.stdout.split('\n').slice(0, -1).every((line) => line.split('\t').length === 5)).toBe(true);
  });
});

describe('a UserSig inside a longer word is not echoed either', () => {
  // `scan /tmp/<sig>` echoed the sig whole ("cannot read /tmp/eJw…"), `help "a'<sig>"` its first 78 characters.
  it.each([[['scan', `/tmp/${sig()}`]], [['help', `a'${sig()}`]], [['--lang', 'zh', 'list', '--class', `x${sig()}`]]])('%j', async (argv) => {
    const r = await run(argv, { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain(sig().slice(0, 12));
    expect(r.stderr).toContain(argv.includes('zh') ? '（UserSig，不显示）' : '(a UserSig, not shown)');
  });

  it('keeps a long path that merely holds "eJ"', async () => {
    const path = `/tmp/eJohn/${'a'.repeat(60)}/${'b'.repeat(60)}.log`;
    const r = await run(['scan', path], { now: NOW });
    expect(r.stderr).toContain(path);
  });
});
