// chaterr's own one-line errors and warnings on stderr in Chinese under zh, English otherwise; JSON error documents in both.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeUserSig } from '../../src/core/usersig.js';
import { run, type FakeOptions } from '../helpers/fake-io.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('messages-zh');
const emptyKey = join(dir, 'empty.key');
writeFileSync(emptyKey, '\n');
const twoLineKey = join(dir, 'two.key');
writeFileSync(twoLineKey, 'a\nb\n');
const loopDir = join(dir, 'logs');
mkdirSync(loopDir);
symlinkSync(loopDir, join(loopDir, 'self'));
const garbageGz = join(dir, 'app.log.gz');
writeFileSync(garbageGz, Buffer.concat([gzipSync('login failed, code: 6014\n'), Buffer.from('junk')]));

interface Case {
  argv: string[];
  options?: FakeOptions;
  code: number;
  en: string;
  zh: string;
}

const CASES: Case[] = [
  { argv: ['usersig'], code: 2, en: 'give a UserSig, or - to read it', zh: '请给出 UserSig' },
  { argv: ['usersig', 'abc'], code: 2, en: 'not a UserSig: the base64 does not decode', zh: '不是 UserSig：base64 解码后不是 zlib 压缩数据' },
  { argv: ['usersig', 'generate', '--user', 'a', '--sdkappid', '1'], code: 2, en: 'no secret key', zh: '没有密钥' },
  { argv: ['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--key-file', emptyKey], code: 2, en: 'is empty', zh: '是空的' },
  { argv: ['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--key-file', twoLineKey], code: 2, en: 'holds more than one line', zh: '有不止一行' },
  { argv: ['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--key-file', join(dir, 'none.key')], code: 2, en: 'cannot read the key file', zh: '无法读取密钥文件' },
  { argv: ['usersig', 'generate', '--user', ' ', '--sdkappid', '1'], options: { env: { CHATERR_SECRET_KEY: 'k'.repeat(64) } }, code: 2, en: '--user must not be empty', zh: '--user 不能为空' },
  { argv: ['list', ''], code: 2, en: 'empty category', zh: '分类为空' },
  { argv: ['list', 'zzzz'], code: 1, en: 'no category or source "zzzz"', zh: '没有名为“zzzz”的分类或来源' },
  { argv: ['list', '6206'], code: 1, en: '6206 looks like a code: chaterr explain 6206', zh: '6206 看起来是错误码：chaterr explain 6206' },
  { argv: ['list', '6014(ERR_SVR_ACCOUNT_USERSIG_EXPIRED)'], code: 1, en: 'but ERR_SVR_ACCOUNT_USERSIG_EXPIRED is 70001', zh: '但 ERR_SVR_ACCOUNT_USERSIG_EXPIRED 是 70001：chaterr explain 6014 或 chaterr explain 70001' },
  { argv: ['search', '!!!'], code: 2, en: 'holds no word to search for', zh: '中没有可搜索的词语' },
  { argv: ['search', 'x', '--category', 'grup'], code: 2, en: '"grup" is not a category; did you mean group?', zh: '“grup”不是分类；是否想输入 group？' },
  { argv: ['search', 'x', '--category', 'web/group', '--source', 'sdk'], code: 2, en: 'but --source says sdk', zh: '但 --source 指定的是 sdk' },
  { argv: ['search', 'the'], code: 2, en: 'holds only common words', zh: '只有常用词' },
  { argv: ['search', 'flutter'], code: 2, en: 'names a platform but not what failed', zh: '只说了平台，没说出了什么错' },
  { argv: ['search', 'x'.repeat(600)], code: 2, en: 'search takes at most', zh: 'search 最多接受' },
  { argv: ['scan', '--strict', '--loose'], code: 2, en: 'choose one of --strict and --loose', zh: '--strict 和 --loose 只能选一个' },
  { argv: ['scan', '--markdown', '--json'], code: 2, en: 'choose one of --markdown and --json', zh: '--markdown 和 --json 只能选一个' },
  { argv: ['scan', '--table', '--markdown'], code: 2, en: 'choose one of --table and --markdown', zh: '--table 和 --markdown 只能选一个' },
  { argv: ['scan', join(dir, 'missing.log')], code: 2, en: 'missing.log: no such file', zh: 'missing.log：文件不存在' },
  { argv: ['scan', ''], code: 2, en: 'an empty path names no file', zh: '空路径不指向任何文件' },
  { argv: ['scan', loopDir], code: 1, en: 'recursive directory loop, skipped', zh: '目录递归循环，已跳过' },
  { argv: ['scan', '--summary', garbageGz], code: 0, en: 'trailing garbage after the gzip data ignored', zh: 'gzip 数据后面的多余内容已忽略' },
  { argv: ['help', 'scan', 'extra'], code: 2, en: "too many arguments for 'help'", zh: "'help' 的参数过多" },
  { argv: ['--color=sometimes', 'explain', '6014'], code: 2, en: "option '--color' argument 'sometimes' is invalid", zh: "选项 '--color' 的取值 'sometimes' 无效" },
  { argv: ['usersig', 'generate', '--user', 'a\nb', '--sdkappid', '1'], options: { env: { CHATERR_SECRET_KEY: 'k'.repeat(64) } }, code: 2, en: 'is not a UserID the SDKs accept', zh: '不是 SDK 接受的 UserID' },
  { argv: ['SCAN'], code: 2, en: "unknown command 'SCAN' (Did you mean scan?)", zh: "未知命令 'SCAN'（是否想输入 scan？）" },
];

describe("chaterr's own messages follow the output language", () => {
  it.each(CASES)('$argv.0 $argv.1: Chinese under --lang zh', async ({ argv, options, code, zh }) => {
    const r = await run([...argv, '--lang', 'zh'], options);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(zh);
    expect(r.stderr).not.toMatch(/\b(give|cannot|choose|holds|looks like|no such)\b/);
  });

  it.each(CASES)('$argv.0 $argv.1: English under --lang en, whatever the locale', async ({ argv, options, code, en, zh }) => {
    const r = await run([...argv, '--lang', 'en'], { ...options, env: { ...options?.env, LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(en);
    expect(r.stderr).not.toContain(zh);
  });

  it('says the length of a cut echo in Chinese inside our own Chinese messages, as in commander\'s', async () => {
    // list's "没有名为…" said "… (3000 characters)" in English inside the Chinese line, stderr and messageZh alike.
    const r = await run(['list', 'a'.repeat(3000), '--json', '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('…（共 3000 个字符）');
    expect(r.stderr).not.toContain('characters');
    const { error } = JSON.parse(r.stdout);
    expect(error.messageZh).toContain('…（共 3000 个字符）');
    expect(error.message).toContain('… (3000 characters)');
  });

  it('a zh locale alone is enough', async () => {
    const r = await run(['usersig'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stderr).toBe('chaterr: 请给出 UserSig，或用 - 从标准输入读取（见 chaterr usersig --help）\n');
  });

  it.each([['en'], ['zh']])('the JSON error document carries both languages under --lang %s', async (lang) => {
    const r = await run(['search', '!!!', '--json', '--lang', lang]);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stdout);
    expect(error.message).toMatch(/^"!!!" holds no word to search for/);
    expect(error.messageZh).toMatch(/^“!!!”中没有可搜索的词语/);
    expect(error.exitCode).toBe(2);
  });

  it("commander's usage errors and a missing command carry Chinese in JSON too", async () => {
    const bogus = JSON.parse((await run(['search', 'x', '--bogus', '--json'])).stdout);
    expect(bogus.error).toEqual({ message: "unknown option '--bogus'", messageZh: "未知选项 '--bogus'", exitCode: 2 });
    const none = JSON.parse((await run(['--json'])).stdout);
    expect(none.error.messageZh).toBe('没有给出命令：见 chaterr --help');
  });

  it('the paste prompt on a terminal is Chinese under zh', async () => {
    const r = await run(['usersig', '-', '--lang', 'zh'], { stdin: 'abc\r', stdinTty: true });
    expect(r.stderr.startsWith('粘贴 UserSig 后按回车：')).toBe(true);
    expect(r.stderr).toContain('不是 UserSig');
  });
});

describe('UserSig decode failures carry a Chinese reason', () => {
  const SIGS = ['', 'a'.repeat(9000), 'abc!', 'eJw=AAAA', 'eJwrSS0uAQAEXQHB', 'eJyrVgrxCVayUlAqSS0uUaoFADGhBcc'];
  it.each(SIGS.map((sig) => [sig.slice(0, 12), sig]))('%s', (_label, sig) => {
    const decoded = decodeUserSig(sig);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.reason).not.toMatch(/[\u4e00-\u9fff]/);
    expect(decoded.reasonZh).toMatch(/[\u4e00-\u9fff]/);
  });
});
