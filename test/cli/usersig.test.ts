// usersig through the real program: decode, mismatches, key handling, generate and the JSON document.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { generateUserSig } from '../../src/core/usersig.js';
import { run } from '../helpers/fake-io.js';
import { displayWidth } from '../../src/render/text.js';

const KEY = 'a-secret-key-that-must-never-be-printed';
const NOW = new Date('2026-11-25T12:00:00Z');
const t = NOW.getTime() / 1000;
const sig = (expire: number, time = t) => generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire, time });
const dir = tempDir('sig');
const keyFile = join(dir, 'key.txt');
writeFileSync(keyFile, `${KEY}\n`);

describe('chaterr usersig', () => {
  it('shows who, which app, when and the version, and exits 0 for a good sig', async () => {
    const r = await run(['usersig', sig(30 * 86400, t - 3 * 86400)], { now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('UserID      alice');
    expect(r.stdout).toContain('SDKAppID    1400000000');
    expect(r.stdout).toContain('Version     2.0');
    expect(r.stdout).toContain('Issued at   2026-11-22 12:00:00 UTC (3 days ago)');
    expect(r.stdout).toContain('Validity    2592000 s (30 days)');
    expect(r.stdout).toContain('? signature not checked: no key given');
    expect(r.stdout).toContain('(valid for 27 days more)');
  });

  it('reports in Chinese with --lang zh, checks included, and never past a 40-column terminal', async () => {
    const r = await run(['usersig', '--lang', 'zh', sig(3600, t - 60), '--user', 'bob', '--key-file', keyFile], { now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('签发时间    2026-11-25 11:59:00 UTC（1 分钟前）');
    expect(r.stdout).toContain('有效期      3600 秒（1 小时）');
    expect(r.stdout).toContain('24 小时内过期');
    expect(r.stdout).toContain('签发给 UserID "alice"，但应用登录的是 "bob"');
    expect(r.stdout).toContain('✓ 签名与密钥一致');
    expect(r.stdout).not.toMatch(/[A-Za-z]{3,} (?:ago|more|issued)/);
    const narrow = await run(['usersig', '--lang', 'zh', sig(3600, t - 60)], { now: NOW, tty: true, columns: 40, env: { NO_COLOR: '1' } });
    expect(Math.max(...narrow.stdout.split('\n').map((l) => displayWidth(l)))).toBeLessThanOrEqual(40);
    expect(narrow.stdout).toContain('未校验签名');
  });

  it('wraps values beside their labels on a narrow terminal, never past its width', async () => {
    const r = await run(['usersig', sig(30 * 86400, t - 3 * 86400)], { now: NOW, tty: true, columns: 40, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(40);
    const issued = lines.findIndex((l) => l.startsWith('Issued at   2026-11-22 12:00:00 UTC'));
    expect(issued).toBeGreaterThanOrEqual(0);
    // The rest of the value continues under the value's column, not under the label.
    expect(lines[issued + 1]).toMatch(/^ {12}\S/);
  });

  it('says an expired sig has expired, names 70001 / 6206 and exits 1', async () => {
    const r = await run(['usersig', sig(86400, t - 4 * 86400)], { now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('expired 3 days ago');
    expect(r.stdout).toMatch(/✗ the UserSig has expired \(server 70001, SDK 6206\)/);
  });

  it('flags a sig valid for less than 24 hours but exits 0', async () => {
    const r = await run(['usersig', sig(7200)], { now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid for 2 h more');
    expect(r.stdout).toContain('! expires within 24 hours');
  });

  it('counts the minutes of a validity under a day: a 3-hour sig read a second after it was made is not "2 h"', async () => {
    const fresh = sig(3 * 3600, t - 1);
    expect((await run(['usersig', fresh], { now: NOW })).stdout).toContain('valid for 2 h 59 min more');
    expect((await run(['usersig', fresh, '--lang', 'zh'], { now: NOW })).stdout).toContain('2 小时 59 分钟');
  });

  it('counts the seconds under an hour and the minutes under two days, in both languages', async () => {
    // A 90 s validity read "90 s (1 min)", and a sig valid for 30 h 30 min "30 h" (minutes dropped from 24 h on).
    const short = await run(['usersig', sig(90)], { now: NOW });
    expect(short.stdout).toContain('90 s (1 min 30 s)');
    expect(short.stdout).toContain('valid for 1 min 30 s more');
    expect((await run(['usersig', sig(90), '--lang', 'zh'], { now: NOW })).stdout).toContain('1 分钟 30 秒');
    const long = await run(['usersig', sig(30 * 3600 + 30 * 60)], { now: NOW });
    expect(long.stdout).toContain('109800 s (30 h 30 min)');
    expect((await run(['usersig', sig(30 * 3600 + 30 * 60), '--lang', 'zh'], { now: NOW })).stdout).toContain('30 小时 30 分钟');
    // Whole units stay whole: a day is 24 h, an hour 1 h.
    expect((await run(['usersig', sig(86400)], { now: NOW })).stdout).toContain('86400 s (24 h)');
    expect((await run(['usersig', sig(3600)], { now: NOW })).stdout).toContain('3600 s (1 h)');
  });

  it('names 70013 and 70014 for another user or app', async () => {
    const r = await run(['usersig', sig(86400 * 7), '--user', 'bob', '--sdkappid', '1400000001'], { now: NOW });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(70013)');
    expect(r.stdout).toContain('(70014)');
  });

  it('verifies with --key-file or CHATERR_SECRET_KEY and names 70009 on a mismatch, never printing the key', async () => {
    const good = await run(['usersig', sig(86400 * 7), '--key-file', keyFile], { now: NOW });
    expect(good.stdout).toContain('✓ signature matches');
    const bad = await run(['usersig', sig(86400 * 7)], { now: NOW, env: { CHATERR_SECRET_KEY: 'wrong key' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('(70009)');
    for (const r of [good, bad]) expect(r.stdout + r.stderr).not.toContain(KEY);
  });

  it('points an error code or name given where the sig belongs at explain', async () => {
    // `chaterr usersig 70001` (as if usersig explained UserSig errors) was "not a UserSig: the base64 does not decode
    // to zlib-compressed data".
    for (const [word, code] of [['70001', '70001'], ['"6206",', '6206'], ['err_user_sig_expired', 'ERR_USER_SIG_EXPIRED']]) {
      const r = await run(['usersig', word as string], { now: NOW });
      expect([r.code, r.stdout, r.stderr], word).toEqual([2, '', `chaterr: ${code} is an error code, not a UserSig: chaterr explain ${code} explains it; usersig decodes a sig (eJw…)\n`]);
    }
    const zh = await run(['usersig', '70001', '--lang', 'zh'], { now: NOW });
    expect(zh.stderr).toBe('chaterr: 70001 是错误码，不是 UserSig：用 chaterr explain 70001 查看解释；usersig 用于解析 UserSig（eJw…）\n');
    // A number the catalogue does not know is just not a sig.
    expect((await run(['usersig', '99999'], { now: NOW })).stderr).toMatch(/^chaterr: not a UserSig: /);
  });

  it('points a negative code given where the sig belongs at explain, as a positive one', async () => {
    // `chaterr usersig -10001` was "unknown option '-10001'": usersig has a subcommand, and commander leaves negative
    // numbers only to a command without one.
    for (const word of ['-10001', '-１０００１']) {
      const r = await run(['usersig', word], { now: NOW });
      expect([r.code, r.stderr], word).toEqual([2, 'chaterr: -10001 is an error code, not a UserSig: chaterr explain -10001 explains it; usersig decodes a sig (eJw…)\n']);
    }
    // generate's own options still take their values, a negative one included, and refuse it as theirs.
    const generated = await run(['usersig', 'generate', '--user', 'a', '--sdkappid', '1400000000', '--expire', '-1'], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
    expect([generated.code, generated.stderr]).toEqual([2, expect.stringMatching(/^chaterr: option '--expire <duration>' argument '-1' is invalid/)]);
  });

  it('refuses a key file or CHATERR_SECRET_KEY of binary bytes or control characters instead of calling it a mismatch', async () => {
    // The wrong file given to --key-file (a keystore, a .p12, an image) said "signature does not match the secret key
    // (70009)", and generate signed with its bytes: a sig no app accepts.
    const binary = join(dir, 'keystore.p12');
    writeFileSync(binary, Buffer.from([0x30, 0x82, 0x0a, 0x1b, 0x02, 0x01, 0x03, 0x30, 0xff, 0xfe, 0x00, 0x41]));
    const escaped = join(dir, 'escaped.key');
    writeFileSync(escaped, `${KEY}\x1b[31m\n`);
    const said = 'holds control characters or bytes that are not text: a secret key is one line of 64 hex characters, from the Chat console\n';
    for (const file of [binary, escaped]) {
      for (const argv of [['usersig', sig(86400 * 7)], ['usersig', 'generate', '--user', 'a', '--sdkappid', '1']]) {
        const r = await run([...argv, '--key-file', file], { now: NOW });
        expect([r.code, r.stdout, r.stderr], file).toEqual([2, '', `chaterr: the key file ${file} ${said}`]);
      }
    }
    const fromEnv = await run(['usersig', sig(86400 * 7)], { now: NOW, env: { CHATERR_SECRET_KEY: `${KEY}\u0000` } });
    expect([fromEnv.code, fromEnv.stdout, fromEnv.stderr]).toEqual([2, '', `chaterr: CHATERR_SECRET_KEY ${said}`]);
    const zh = await run(['usersig', sig(86400 * 7), '--key-file', binary, '--lang', 'zh'], { now: NOW });
    expect(zh.stderr).toBe(`chaterr: 密钥文件 ${binary} 含有控制字符或非文本字节：密钥是一行 64 个十六进制字符，见即时通信控制台\n`);
    // A key with CRLF line ends, or a UTF-8 byte-order mark, is still a key.
    const crlf = join(dir, 'crlf.key');
    writeFileSync(crlf, `\ufeff${KEY}\r\n`);
    expect((await run(['usersig', sig(86400 * 7), '--key-file', crlf], { now: NOW })).stdout).toContain('✓ signature matches');
  });

  it('asks for the sig on a terminal and takes the line pasted there, ended by Enter alone', async () => {
    // On a terminal `usersig -` waited silently for Ctrl-D: Enter after the paste did nothing.
    // What follows the first line stands for what a terminal would still be waiting to read.
    const r = await run(['usersig', '-', '--json'], { now: NOW, stdin: `${sig(86400 * 7)}\nnot read yet`, stdinTty: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).identifier).toBe('alice');
    // The terminal no longer echoes the Enter (see below): the prompt's line is ended by chaterr.
    expect(r.stderr).toBe('Paste the UserSig and press Enter: \n');
    // Piped, the whole input is the sig, and nothing is asked.
    const piped = await run(['usersig', '-'], { now: NOW, stdin: `${sig(86400 * 7)}\nnot read yet` });
    expect(piped.code).toBe(2);
    expect(piped.stderr).not.toContain('Paste');
  });

  it('takes --sdkappid and --expire in full-width forms, as a Chinese input method in full-width mode types them', async () => {
    // "expected a whole number" and "expected a duration" (exit 2) before.
    const r = await run(['usersig', 'generate', '--user', 'a', '--sdkappid', '１４０００００００１', '--expire', '７ｄ', '--json'], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ sdkAppId: 1400000001, expire: 7 * 86400 });
    // 6M stays refused in any width: minutes or months.
    expect((await run(['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--expire', '６Ｍ'], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } })).stderr).toContain('M could mean minutes or months');
  });

  it("reads back generate --json's own document, piped in whole", async () => {
    // `chaterr usersig generate --json | chaterr usersig -` said 'not a UserSig: character "{" (U+007B) at
    // position 1 cannot appear in a UserSig' (exit 2).
    const made = await run(['usersig', 'generate', '--user', 'bob', '--sdkappid', '1400000002', '--json'], { now: NOW, env: { CHATERR_SECRET_KEY: KEY } });
    const back = await run(['usersig', '-', '--key-file', keyFile, '--json'], { now: NOW, stdin: made.stdout });
    expect([back.code, back.stderr]).toEqual([0, '']);
    expect(JSON.parse(back.stdout)).toMatchObject({ identifier: 'bob', sdkAppId: 1400000002, signatureChecked: true });
  });

  it('names a file given where the sig belongs, and how to read the sig from it', async () => {
    // `chaterr usersig sig.txt` said 'not a UserSig: character "." (U+002E) at position 4 cannot appear in a UserSig'.
    const file = join(dir, 'sig.txt');
    writeFileSync(file, `${sig(86400 * 7)}\n`);
    const r = await run(['usersig', file], { now: NOW });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `chaterr: ${file} is a file, not a UserSig: read the sig from it with chaterr usersig - < ${file}\n`]);
    // A path to nothing is still judged as a sig.
    expect((await run(['usersig', join(dir, 'none.txt')], { now: NOW })).stderr).toContain('chaterr: not a UserSig: character "." (U+002E)');
  });

  it('reads a sig the shell split into words, pasted unquoted after a space-wrap or with its key', async () => {
    // `chaterr usersig eJw… …` (a sig wrapped with a space) and `chaterr usersig userSig: eJw…` were "too many
    // arguments for 'usersig'. Expected 1 argument but got 2." (exit 2).
    const whole = sig(86400 * 7);
    const wrapped = await run(['usersig', whole.slice(0, 60), whole.slice(60)], { now: NOW });
    expect([wrapped.code, wrapped.stdout.includes('UserID      alice')]).toEqual([0, true]);
    expect(wrapped.stderr).toContain('split by line breaks or spaces');
    const keyed = await run(['usersig', 'userSig:', whole, '--json'], { now: NOW });
    expect([keyed.code, JSON.parse(keyed.stdout).identifier, keyed.stderr]).toEqual([0, 'alice', '']);
    // A wrapped sig and a stray word (`--user alice smith`, unquoted) was "character U+0020 at position 61", of the
    // wrap's space: it names the stray word's fault now, as for a whole sig with a word beside it.
    for (const args of [[whole.slice(0, 60), whole.slice(60), 'smith'], ['smith', whole.slice(0, 60), whole.slice(60)]]) {
      const r = await run(['usersig', ...args, '--user', 'alice'], { now: NOW });
      expect([r.code, r.stderr], args[0]).toEqual([2, expect.stringMatching(/^chaterr: not a UserSig: a UserSig with other words around it: give the sig alone/)]);
    }
  });

  it('reads a sig wrapped onto several lines when copied, and says that it was', async () => {
    // A terminal's or an email's hard wrap, or base64's 76 columns: "character U+000A at position 61 cannot appear".
    const whole = sig(86400 * 7);
    const cases: [string[], string][] = [[['usersig', '-'], `${whole.slice(0, 76)}\r\n${whole.slice(76)}\r\n`], [['usersig', `${whole.slice(0, 60)} ${whole.slice(60)}`, '--lang', 'zh'], '']];
    for (const [args, stdin] of cases) {
      const r = await run(args, { now: NOW, stdin });
      expect(r.code, args.join(' ').slice(0, 20)).toBe(0);
      expect(r.stdout).toMatch(/UserID {6}alice/);
      expect(r.stderr).toMatch(args.includes('zh') ? /^chaterr: 注意：这个 UserSig 被换行或空格分成了几段.*70003 \/ 70005/ : /^chaterr: note: the UserSig was split by line breaks or spaces .* 70003 \/ 70005\n$/);
    }
    // Two sigs on two lines are still two, and a sig with words around it is no sig; each said only "character
    // U+000A (or U+0020) at position 193 cannot appear", which named neither.
    const two = await run(['usersig', '-'], { now: NOW, stdin: `${whole}\n${whole}\n` });
    expect([two.code, two.stderr]).toEqual([2, expect.stringMatching(/^chaterr: not a UserSig: 2 UserSigs, on separate lines or between spaces: give one at a time/)]);
    for (const pasted of [`UserSig ${whole}`, `${whole} expired`]) {
      const r = await run(['usersig', '-', '--lang', 'zh'], { now: NOW, stdin: pasted });
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/^chaterr: 不是 UserSig：UserSig 前后还有其他文字：请只给出 UserSig 本身/)]);
    }
  });

  it('reads the pasted sig with the terminal echo off, keeps Backspace and Ctrl-U, and restores the terminal', async () => {
    // The terminal echoed the pasted sig, a credential, into the scrollback of the command meant to keep it out
    // of shell history. A terminal in raw mode sends Enter as CR and Backspace as DEL.
    const r = await run(['usersig', '-', '--json'], { now: NOW, stdin: `junk\x15${sig(86400 * 7)}xy\x7f\x7f\rnot read yet`, stdinTty: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).identifier).toBe('alice');
    expect(r.rawModes).toEqual([true, false]);
    expect(r.stderr).toBe('Paste the UserSig and press Enter: \n');
    expect(r.stderr + r.stdout).not.toContain(sig(86400 * 7).slice(0, 20));
  });

  it('ends with exit 130 on Ctrl-C at the prompt, the terminal restored, as the signal would have', async () => {
    const r = await run(['usersig', '-'], { now: NOW, stdin: `${sig(86400 * 7).slice(0, 30)}\x03more`, stdinTty: true });
    expect(r.code).toBe(130);
    expect(r.rawModes).toEqual([true, false]);
    expect(r.stderr).toBe('Paste the UserSig and press Enter: \nchaterr: interrupted\n');
  });

  it('asks for the sig in the language of the report that follows', async () => {
    // Under LANG=zh_CN.UTF-8 the prompt was the one English line above a Chinese report.
    for (const env of [{ LANG: 'zh_CN.UTF-8' }, { CHATERR_LANG: 'zh' }]) {
      const r = await run(['usersig', '-'], { now: NOW, stdin: `${sig(86400 * 7)}\r`, stdinTty: true, env });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('粘贴 UserSig 后按回车：\n');
      expect(r.stdout).toContain('签发时间');
    }
    const flag = await run(['usersig', '-', '--lang', 'zh'], { now: NOW, stdin: `${sig(86400 * 7)}\r`, stdinTty: true });
    expect(flag.stderr).toBe('粘贴 UserSig 后按回车：\n');
  });

  it('starts its answer on a line of its own when the prompt is ended by Ctrl-D rather than Enter', async () => {
    // "Paste the UserSig and press Enter: chaterr: not a UserSig: the UserSig is empty" was one line.
    const empty = await run(['usersig', '-'], { now: NOW, stdin: '', stdinTty: true });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('Paste the UserSig and press Enter: \nchaterr: not a UserSig: the UserSig is empty; Tencent rejects such a sig with 70003 / 70005\n');
    const pasted = await run(['usersig', '-', '--json'], { now: NOW, stdin: sig(86400 * 7), stdinTty: true });
    expect(pasted.code).toBe(0);
    expect(pasted.stderr).toBe('Paste the UserSig and press Enter: \n');
  });

  it('refuses an empty --user, as generate does, rather than report a mismatch with ""', async () => {
    // `--user ''` (an unset shell variable) reported 70013: 'issued for "alice", but the app logs in as ""'.
    const r = await run(['usersig', sig(86400 * 7), '--user', ''], { now: NOW });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'chaterr: --user must not be empty\n' });
  });

  it('never echoes a console secret key given to --user, however it is quoted, in either language or --json', async () => {
    // A backticked key came back in the report's own quotes, "`5f5f…`": two marks a side, which the key's shape did not allow.
    const hexKey = '5f'.repeat(32);
    for (const user of [hexKey, `\`${hexKey}\``, `\u201c\`${hexKey}\`\u201d`, `'"${hexKey}"'`]) {
      for (const extra of [[], ['--lang', 'zh'], ['--json']]) {
        const r = await run(['usersig', sig(86400 * 7), '--user', user, ...extra], { now: NOW });
        expect(r.code).toBe(1);
        expect(r.stdout + r.stderr).not.toContain('5f5f5f');
        // In the report's language: the Chinese line read 应用登录的是 (a secret key, not shown)（70013）.
        if (extra.includes('zh')) expect(r.stdout.replace(/\s+/g, ''), user).toContain('但应用登录的是（密钥，不显示）（70013）');
      }
    }
  });

  it('never echoes a secret key given to --key-file in place of the file holding it', async () => {
    // `--key-file "$SECRET"` said "cannot read the key file 5bd2850f…b5e: no such file": the key, whole, on stderr.
    const secret = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
    for (const argv of [
      ['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--key-file', secret],
      ['usersig', sig(86400 * 7), '--key-file', secret],
      ['usersig', sig(86400 * 7), `--key-file=${secret}`, '--json'],
    ]) {
      const r = await run(argv, { now: NOW });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout + r.stderr).not.toContain(secret.slice(0, 16));
      expect(r.stderr).toBe('chaterr: --key-file takes the path of a file holding the secret key, and this looks like the key itself: put it in a file, or set CHATERR_SECRET_KEY\n');
    }
  });

  it('names an app secret key given where the sig belongs, in both languages, without showing it', async () => {
    // `chaterr usersig $KEY` said "not a UserSig: the base64 does not decode to zlib-compressed data".
    const secret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    for (const [argv, stdin] of [[['usersig', secret], undefined], [['usersig', `0x${secret}`], undefined], [['usersig', '-'], `${secret}\n`]] as const) {
      const en = await run([...argv], { now: NOW, stdin });
      expect([en.code, en.stdout, en.stderr], argv[1]).toEqual([2, '', 'chaterr: this looks like a secret key, not a UserSig: it is not shown; give a key only through --key-file or CHATERR_SECRET_KEY\n']);
      const zh = await run([...argv, '--lang', 'zh'], { now: NOW, stdin });
      expect(zh.stderr, argv[1]).toBe('chaterr: 这看起来是应用的密钥，不是 UserSig：此处不显示；密钥只应通过 --key-file 或 CHATERR_SECRET_KEY 提供\n');
    }
  });

  it('refuses a UserSig given where the secret key belongs, rather than signing with it or reporting a mismatch', async () => {
    // CHATERR_SECRET_KEY=$USERSIG made generate print a sig no app accepts, and the check said only 70009.
    const sigFile = join(dir, 'sig-as-key.txt');
    writeFileSync(sigFile, `${sig(86400 * 7)}\n`);
    for (const argv of [['usersig', sig(86400 * 7)], ['usersig', 'generate', '--user', 'a', '--sdkappid', '1']]) {
      const fromEnv = await run(argv, { now: NOW, env: { CHATERR_SECRET_KEY: `"${sig(86400)}"` } });
      expect([fromEnv.code, fromEnv.stdout, fromEnv.stderr], argv[1]).toEqual([2, '', "chaterr: CHATERR_SECRET_KEY holds a UserSig, not the app's secret key (64 hex characters, from the Chat console)\n"]);
      const fromFile = await run([...argv, '--key-file', sigFile, '--lang', 'zh'], { now: NOW });
      expect([fromFile.code, fromFile.stdout], argv[1]).toEqual([2, '']);
      expect(fromFile.stderr).toBe(`chaterr: 密钥文件 ${sigFile} 存放的是 UserSig，而不是应用的密钥（64 个十六进制字符，见即时通信控制台）\n`);
    }
  });

  it('says when CHATERR_SECRET_KEY holds the path of the key file rather than the key', async () => {
    // CHATERR_SECRET_KEY=key.txt signed with the text "key.txt": a 70009 mismatch, or a sig no server accepts.
    for (const argv of [['usersig', sig(86400 * 7)], ['usersig', 'generate', '--user', 'a', '--sdkappid', '1']]) {
      const r = await run(argv, { now: NOW, env: { CHATERR_SECRET_KEY: keyFile } });
      expect(r.code, argv[1]).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('chaterr: CHATERR_SECRET_KEY holds the key itself, and this is the path of a file: use --key-file with the path\n');
    }
  });

  it('reads the sig from stdin with -', async () => {
    const r = await run(['usersig', '-', '--json'], { now: NOW, stdin: `${sig(86400 * 7)}\n` });
    expect(JSON.parse(r.stdout)).toEqual({
      schemaVersion: 1,
      identifier: 'alice',
      sdkAppId: 1400000000,
      issuedAt: '2026-11-25T12:00:00.000Z',
      expiresAt: '2026-12-02T12:00:00.000Z',
      expired: false,
      secondsLeft: 7 * 86400,
      version: '2.0',
      checks: [
        { name: 'expiry', ok: true, code: 70001 },
        { name: 'validity', ok: true, code: null },
      ],
      signatureChecked: false,
    });
  });

  it('reads a sig piped in UTF-16 with a byte-order mark, as Windows PowerShell 5.1 writes sig.txt', async () => {
    const text = `${sig(86400 * 7)}\r\n`;
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    for (const stdin of [littleEndian, bigEndian]) {
      const r = await run(['usersig', '-', '--json'], { now: NOW, stdin });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ identifier: 'alice', sdkAppId: 1400000000, expired: false });
    }
  });

  it.each([['not-a-sig!'], [''], ['eJyrVgrxCdYr'], ['A'.repeat(1024 * 1024)]])('rejects non-sigs with one line naming 70003 / 70005 and exit 2 (#%#)', async (input) => {
    const r = await run(['usersig', input], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^chaterr: not a UserSig: .*70003 \/ 70005/);
  });

  it('generates a test sig that decodes and verifies, without echoing the key', async () => {
    const gen = await run(['usersig', 'generate', '--user', 'carol', '--sdkappid', '1400000002', '--expire', '86400', '--key-file', keyFile], { now: NOW });
    expect(gen.code).toBe(0);
    expect(gen.stdout).not.toContain(KEY);
    const check = await run(['usersig', gen.stdout.trim(), '--user', 'carol', '--sdkappid', '1400000002', '--key-file', keyFile, '--json'], { now: NOW });
    expect(JSON.parse(check.stdout).checks.every((c: { ok: boolean; name: string }) => c.ok || c.name === 'validity')).toBe(true);
  });

  it('refuses to sign for a UserID no SDK logs in with: longer than 32 bytes, or with a control character', async () => {
    // A sig was made for a 100,000-character UserID, or for `alice` with the line break of the file it was read from.
    const gen = (user: string) => run(['usersig', 'generate', '--user', user, '--sdkappid', '1400000002', '--key-file', keyFile], { now: NOW });
    for (const [user, why] of [
      ['u'.repeat(100_000), 'it has 100000 bytes'],
      ['张'.repeat(11), 'it has 33 bytes'],
      ['alice\n', 'it holds a control character, such as a line break'],
      ['a\tb', 'it holds a control character, such as a line break'],
    ] as const) {
      const r = await gen(user);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `chaterr: --user is not a UserID the SDKs accept (${why}): a UserID is at most 32 bytes, without control characters\n`]);
    }
    for (const user of ['u'.repeat(32), 'user_1-x@y.z', '张三']) expect((await gen(user)).code, user).toBe(0);
  });

  it('generates with --json, as every command takes it: the sig and what it was made for, in one document', async () => {
    // `usersig generate --json` was "unknown option '--json'", exit 2.
    const argv = ['usersig', 'generate', '--user', 'carol', '--sdkappid', '1400000002', '--expire', '1d', '--key-file', keyFile];
    const gen = await run([...argv, '--json'], { now: NOW });
    expect(gen.code).toBe(0);
    const doc = JSON.parse(gen.stdout);
    expect(doc).toEqual({ schemaVersion: 1, userSig: (await run(argv, { now: NOW })).stdout.trim(), identifier: 'carol', sdkAppId: 1400000002, issuedAt: NOW.toISOString().replace(/\.\d+Z$/, '.000Z'), expiresAt: new Date(Math.floor(NOW.getTime() / 1000) * 1000 + 86400_000).toISOString(), expire: 86400 });
    expect(gen.stdout).not.toContain(KEY);
    const check = await run(['usersig', doc.userSig, '--user', 'carol', '--key-file', keyFile, '--json'], { now: NOW });
    expect(JSON.parse(check.stdout).expiresAt).toBe(doc.expiresAt);
  });

  it('refuses to generate without a key, and says where production sigs belong', async () => {
    const r = await run(['usersig', 'generate', '--user', 'a', '--sdkappid', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no secret key');
    const help = await run(['usersig', 'generate', '--help']);
    expect(help.stdout).toContain('generate UserSigs on your server');
  });

  it('mentions chaterr usersig when explaining the UserSig codes', async () => {
    for (const code of ['70001', '6206', '70003', '70005', '70009', '70013', '70014']) {
      expect((await run(['explain', code])).stdout, code).toContain('chaterr usersig <sig>');
    }
  });
});

describe('chaterr usersig with a sig copied only in part', () => {
  it('says the sig is cut short, not that it is not zlib data, and exits 2', async () => {
    const whole = sig(86400);
    const r = await run(['usersig', whole.slice(0, -12)], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: not a UserSig: the UserSig is cut short: its compressed data ends early (only part of it copied?); Tencent rejects such a sig with 70003 / 70005\n');
    const garbage = await run(['usersig', 'garbage'], { now: NOW });
    expect(garbage.stderr).toContain('does not decode to zlib-compressed data');
  });
});

describe('chaterr usersig - with a huge paste', () => {
  it('says more than the limit was read, not the size of the part it read before stopping', async () => {
    // 1 MB piped in was reported as "131072 characters": one read's worth, not the input's length.
    const r = await run(['usersig', '-'], { now: NOW, stdin: 'a'.repeat(1_000_000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: not a UserSig: more than 65536 characters on standard input is far too long for a UserSig (they are a few hundred); Tencent rejects such a sig with 70003 / 70005\n');
  });
});

describe('chaterr usersig with a key file as editors and shells write one', () => {
  it('verifies with a key saved as UTF-16 by PowerShell, in the quotes of a config or as a .env line, as with the bare key', async () => {
    // Both were read as other keys, so the signature of a right key "did not match" (70009).
    const utf16le = join(dir, 'key-utf16le.txt');
    writeFileSync(utf16le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${KEY}\r\n`, 'utf16le')]));
    const utf16be = join(dir, 'key-utf16be.txt');
    writeFileSync(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${KEY}\n`, 'utf16le').swap16()]));
    const quoted = join(dir, 'key-quoted.txt');
    writeFileSync(quoted, `"${KEY}"\n`);
    // One line of a .env file or a shell profile, as the key is often kept beside the app's other settings.
    const dotenv = join(dir, 'key.env');
    writeFileSync(dotenv, `IM_SECRET_KEY=${KEY}\n`);
    const exported = join(dir, 'key-export.sh');
    writeFileSync(exported, `export IM_SECRET_KEY="${KEY}"\n`);
    for (const path of [utf16le, utf16be, quoted, dotenv, exported]) {
      const r = await run(['usersig', sig(86400), '--key-file', path], { now: NOW });
      expect(r.stdout, path).toContain('✓ signature matches the secret key');
      expect(r.code, path).toBe(0);
      expect(r.stdout + r.stderr).not.toContain(KEY);
    }
    const env = await run(['usersig', sig(86400)], { now: NOW, env: { CHATERR_SECRET_KEY: `'${KEY}'` } });
    expect(env.stdout).toContain('✓ signature matches the secret key');
  });
});

describe('chaterr usersig with a key written without a byte-order mark, in YAML, with a comment or an invisible mark', () => {
  it('verifies with each as with the bare key, from a file and from CHATERR_SECRET_KEY', async () => {
    // UTF-16 without a mark (Python's encoding='utf-16-le') was refused as "control characters or bytes that are not
    // text" (exit 2); the others were read as other keys, so a right key's signature "did not match" (70009).
    const files: Array<[string, Buffer | string]> = [
      ['key-utf16le-bare.txt', Buffer.from(`${KEY}\r\n`, 'utf16le')],
      ['key-utf16be-bare.txt', Buffer.from(`${KEY}\n`, 'utf16le').swap16()],
      ['key.yaml', `secretKey: ${KEY}\n`],
      ['key-quoted.yaml', `secret_key: "${KEY}"\n`],
      ['key-comment.env', `IM_SECRET_KEY=${KEY} # from the Chat console\n`],
      ['key-zwsp.txt', `${KEY}\u200b\n`],
    ];
    for (const [name, bytes] of files) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const r = await run(['usersig', sig(86400), '--key-file', path], { now: NOW });
      expect([r.code, r.stdout.includes('✓ signature matches the secret key')], name).toEqual([0, true]);
      expect(r.stdout + r.stderr).not.toContain(KEY);
    }
    for (const value of [`secretKey: ${KEY}`, `IM_SECRET_KEY=${KEY} # console`, `\u2060${KEY}`]) {
      const env = await run(['usersig', sig(86400)], { now: NOW, env: { CHATERR_SECRET_KEY: value } });
      expect(env.stdout, value).toContain('✓ signature matches the secret key');
    }
  });
});

describe('chaterr usersig with the key on one line of a JSON, PHP or JavaScript config', () => {
  // `{"secretKey": "…"}` and `"secretKey": "…",` (a JSON config's line), `define('SECRET_KEY', '…');` were read whole
  // as the key: a right key's signature "did not match" (70009, exit 1), and generate signed with the punctuation.
  const HEX_KEY = 'f3a1'.repeat(16);
  const hexSig = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: HEX_KEY, expire: 86400, time: t });
  it.each([
    ['key.json', `{"secretKey": "${HEX_KEY}"}\n`],
    ['key-line.json', `  "secretKey": "${HEX_KEY}",\n`],
    ['key.php', `define('SECRET_KEY', '${HEX_KEY}');\n`],
    ['key.js', `const SECRETKEY = '${HEX_KEY}';\n`],
  ])('verifies with %s as with the bare key, and generates with it', async (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const r = await run(['usersig', hexSig, '--key-file', path], { now: NOW });
    expect([r.code, r.stdout.includes('✓ signature matches the secret key')], name).toEqual([0, true]);
    expect(r.stdout + r.stderr).not.toContain(HEX_KEY);
    const made = await run(['usersig', 'generate', '--user', 'bob', '--sdkappid', '1400000000', '--key-file', path, '--json'], { now: NOW });
    const checked = await run(['usersig', JSON.parse(made.stdout).userSig as string, '--json'], { now: NOW, env: { CHATERR_SECRET_KEY: HEX_KEY } });
    expect(JSON.parse(checked.stdout).checks).toContainEqual({ name: 'signature', ok: true, code: expect.any(Number) });
  });

  it('still reads a line with another key as given: the signature does not match', async () => {
    const path = join(dir, 'other.json');
    writeFileSync(path, `{"secretKey": "${'0'.repeat(64)}"}\n`);
    expect((await run(['usersig', hexSig, '--key-file', path], { now: NOW })).code).toBe(1);
  });

  // Two keys on a line were read whole: generate signed with the line and exited 0, a sig that no key verifies.
  it('refuses a line with two keys, in a file or the environment, for the check and generate, never showing them', async () => {
    const OLD_KEY = '0b9e'.repeat(16);
    const path = join(dir, 'two-keys.json');
    const line = `{"secretKey": "${HEX_KEY}", "oldSecretKey": "${OLD_KEY}"}\n`;
    writeFileSync(path, line);
    const generate = ['usersig', 'generate', '--user', 'bob', '--sdkappid', '1400000000'];
    const runs = [
      await run(['usersig', hexSig, '--key-file', path], { now: NOW }),
      await run([...generate, '--key-file', path, '--json'], { now: NOW }),
      await run([...generate], { now: NOW, env: { CHATERR_SECRET_KEY: line } }),
      await run(['usersig', hexSig, '--json'], { now: NOW, env: { CHATERR_SECRET_KEY: `${HEX_KEY} ${OLD_KEY}` } }),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('holds 2 secret keys on one line');
      expect(r.stdout + r.stderr).not.toMatch(/f3a1f3a1|0b9e0b9e/);
    }
  });
});

describe('chaterr usersig help', () => {
  it('shows the help, as chaterr help does, instead of decoding the word help as a sig', async () => {
    const r = await run(['usersig', 'help'], { now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await run(['usersig', '--help'], { now: NOW })).stdout);
    expect(r.stderr).toBe('');
  });
});

describe('chaterr usersig --key-file with a long path', () => {
  it('shows the path as scan shows one, up to 240 characters, not cut at 80 as a typed word', async () => {
    const path = join(dir, `${'nested-directory/'.repeat(8)}key.txt`);
    expect(path.length).toBeGreaterThan(80);
    expect(path.length).toBeLessThan(240);
    const r = await run(['usersig', sig(86400), '--key-file', path], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`chaterr: cannot read the key file ${path}: no such file\n`);
  });
});

describe('chaterr usersig with a version-1 sig', () => {
  it('says it is an old version-1 sig, not one missing its fields, and exits 2', async () => {
    // TLSSigAPI v1's fields (TLS.version, TLS.sdk_appid, TLS.expire_after) read as "missing TLS.ver, TLS.sdkappid".
    const fields = { 'TLS.account_type': '0', 'TLS.identifier': 'alice', 'TLS.appid_at_3rd': '0', 'TLS.sdk_appid': '1400000000', 'TLS.expire_after': '15552000', 'TLS.version': '201512300000', 'TLS.time': '1487315587', 'TLS.sig': 'MEUCIQ==' };
    const v1 = deflateSync(Buffer.from(JSON.stringify(fields))).toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
    const r = await run(['usersig', v1], { now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: a version-1 UserSig (TLS.version 201512300000, signed with ECDSA by the old TLSSigAPI); chaterr reads version 2, which TLSSigAPIv2 makes\n');
  });
});

describe('a UserID mismatch with a huge UserID in the sig', () => {
  it('still names the app\'s UserID and the code, each value cut on its own', async () => {
    // The whole finding was cut at 400 characters: 'issued for UserID "aaaa…" (5058 characters)', with the app's
    // UserID and 70013 gone.
    const huge = generateUserSig({ identifier: 'a'.repeat(5000), sdkAppId: 1400000000, secretKey: KEY, expire: 86400 * 7, time: t });
    for (const [lang, tail] of [['en', 'but the app logs in as "bob" (70013)'], ['zh', '但应用登录的是 "bob"（70013）']]) {
      const r = await run(['usersig', huge, '--user', 'bob', '--lang', lang as string], { now: NOW, columns: 400 });
      expect(r.code).toBe(1);
      // Wrapped lines joined, spaces aside (Chinese wraps between any two characters).
      expect(r.stdout.replace(/\s+/g, ''), lang).toContain((tail as string).replace(/\s+/g, ''));
      expect(r.stdout).not.toContain('a'.repeat(300));
    }
  });
});

describe('chaterr usersig with a sig signed for a UserID no SDK logs in with', () => {
  it('flags a UserID over 32 bytes or with a line break, which generate refuses to sign for', async () => {
    // A sig for a 40-character ID or for `alice` with the line break of the file the ID was read from was reported all
    // ticks (exit 0), though the SDKs refuse such a UserID at login; generate refused to make the same sig.
    const cases: [string, RegExp, RegExp][] = [
      ['u'.repeat(40), /^! the UserID has 40 bytes: .*at most 32\s+bytes/m, /^! UserID 有 40 字节：/m],
      ['alice\n', /^! the UserID holds a control character, such as a line break/m, /^! UserID 中有控制字符/m],
    ];
    for (const [identifier, en, zh] of cases) {
      const made = generateUserSig({ identifier, sdkAppId: 1400000000, secretKey: KEY, expire: 86400 * 7, time: t });
      const r = await run(['usersig', made], { now: NOW });
      expect(r.code, JSON.stringify(identifier)).toBe(0);
      expect(r.stdout).toMatch(en);
      expect((await run(['usersig', made, '--lang', 'zh'], { now: NOW })).stdout).toMatch(zh);
      const json = JSON.parse((await run(['usersig', made, '--json'], { now: NOW })).stdout);
      expect(json.checks).toContainEqual({ name: 'userid', ok: false, code: null });
      const generated = await run(['usersig', 'generate', '--user', identifier, '--sdkappid', '1400000000', '--key-file', keyFile]);
      expect(generated.code).toBe(2);
    }
    // A UserID of exactly 32 bytes (a UUID without its hyphens) is one the SDKs take: no such line.
    const fits = await run(['usersig', generateUserSig({ identifier: 'f'.repeat(32), sdkAppId: 1400000000, secretKey: KEY, expire: 86400 * 7, time: t }), '--json'], { now: NOW });
    expect(JSON.parse(fits.stdout).checks.map((c: { name: string }) => c.name)).not.toContain('userid');
  });

  it('shows a UserID quoted when a space at its end or an invisible character would not show', async () => {
    // A sig for "alice " (copied with its space) read "UserID      alice", as one for alice does, though the SDK logs in
    // only the UserID it was signed for; a zero-width space was printed raw.
    const cases: [string, string][] = [['alice ', '"alice "'], [' alice', '" alice"'], ['alice\u200b', '"alice\\u200b"'], ['a\u3000', '"a\\u3000"'], ['al ice', 'al ice']];
    for (const [identifier, shown] of cases) {
      const made = generateUserSig({ identifier, sdkAppId: 1400000000, secretKey: KEY, expire: 86400 * 7, time: t });
      for (const lang of ['en', 'zh']) {
        const r = await run(['usersig', made, '--lang', lang], { now: NOW });
        expect(r.stdout.split('\n')[0]?.replace(/^\S+\s+/, ''), `${JSON.stringify(identifier)} ${lang}`).toBe(shown);
      }
    }
  });
});

describe('a UserSig given where a code or a command belongs', () => {
  it('is pointed at usersig and not echoed back', async () => {
    // `chaterr <sig>` said "unknown command 'eJ…'" and `chaterr explain <sig>` "is not an error code", each with
    // the sig's first 80 characters: a credential copied into the terminal's scrollback, and no way forward.
    const pasted = sig(86400 * 7);
    const bare = await run([pasted]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe('chaterr: this looks like a UserSig, not a command: decode it with chaterr usersig - (paste it there)\n');
    const explained = await run(['explain', pasted, '6206']);
    expect(explained.code).toBe(1);
    expect(explained.stdout).toContain('ERR_USER_SIG_EXPIRED');
    expect(explained.stderr).toBe('chaterr: this looks like a UserSig, not an error code: decode it with chaterr usersig - (paste it there)\n');
    // search matched stray fragments of the index and answered 2118 VOICE_TO_TEXT_FAIL with exit 0.
    const searched = await run(['search', pasted]);
    expect(searched.code).toBe(2);
    expect(searched.stdout).toBe('');
    expect(searched.stderr).toBe('chaterr: this looks like a UserSig, not words about an error: decode it with chaterr usersig - (paste it there)\n');
    for (const r of [bare, explained, searched]) expect(r.stderr).not.toContain(pasted.slice(0, 12));
  });

  it('is pointed at usersig in half of the brackets it was copied with, as explain reads a code in them', async () => {
    // `chaterr explain '("eJw…",'` (out of login("eJw…", …)) was "((a UserSig, not shown)," is not an error code".
    const pasted = sig(86400 * 7);
    for (const word of [`("${pasted}",`, `${pasted})`, `「${pasted}」`]) {
      const explained = await run(['explain', word]);
      expect(explained.code, word).toBe(1);
      expect(explained.stderr, word).toBe('chaterr: this looks like a UserSig, not an error code: decode it with chaterr usersig - (paste it there)\n');
      const bare = await run([word]);
      expect(bare.stderr, word).toBe('chaterr: this looks like a UserSig, not a command: decode it with chaterr usersig - (paste it there)\n');
      for (const r of [explained, bare]) expect(r.stdout + r.stderr).not.toContain(pasted.slice(0, 12));
    }
  });

  it('is not written back in explain --json', async () => {
    // The document's query was the sig as typed, and its suggestions were made from it.
    const pasted = sig(86400 * 7);
    const r = await run(['explain', '--json', pasted, '6206']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(pasted.slice(0, 12));
    const doc = JSON.parse(r.stdout) as { results: Array<{ query: string; found: boolean; error?: string }> };
    expect(doc.results.map((x) => [x.found, x.query === '6206'])).toEqual([[false, false], [true, true]]);
    expect(doc.results[0]?.error).toContain('chaterr usersig');
  });

  it('is not echoed by list', async () => {
    // `chaterr list <sig>` said 'no category or source "eJ…"' with the sig's first 80 characters.
    const r = await run(['list', sig(86400 * 7)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: this looks like a UserSig, not a category: decode it with chaterr usersig - (paste it there)\n');
  });

  it('is not echoed after -- either', async () => {
    // `chaterr -- <sig>` said "unknown command 'eJ…'" with the sig's first 80 characters.
    const r = await run(['--', sig(86400 * 7)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: this looks like a UserSig, not a command: decode it with chaterr usersig - (paste it there)\n');
  });
});

