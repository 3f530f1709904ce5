// Spawns the built bin the way a careless or hostile user runs it (attack13): narrow terminals, words after --,
// a UserSig where a UserID belongs, unset variables as paths, huge words under a Chinese locale.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateUserSig } from '../../src/core/usersig.js';
import { displayWidth } from '../../src/render/text.js';
import { ROOT } from '../helpers/sources.js';
import { widestLine } from '../helpers/width.js';

const BIN = join(ROOT, 'bin', 'chaterr.cjs');
const KEY = 'k'.repeat(64);

function chaterr(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const clean = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'CHATERR_SECRET_KEY', 'CHATERR_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete clean[name];
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...clean, ...env }, input: '', encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The lines wider than `width`: none, but for a word too long to break (a constant name, a URL), which stands alone
 * at the left margin (with its bullet, or the backslash that continues an example), where the terminal wraps it.
 */
const overWidth = (text: string, width: number): string[] => text.split('\n').filter((line) => displayWidth(line) > width && !/^(• )?\S+( \\)?$/.test(line));

/** The lines of a card's field: from its label's line to the next line that starts at the left margin. */
function fieldLines(card: string, label: string): string[] {
  const lines = card.split('\n');
  const start = lines.indexOf(label);
  expect(start, `a line "${label}" alone`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith(' '));
  return rest.slice(0, end < 0 ? rest.length : end);
}

// Each case spawns the bin up to fifteen times, on a machine that may be busy.
describe('a careless user, at the built bin', { timeout: 60_000 }, () => {
  it('lays a card out under its labels at 20 columns, each item whole and indented, not split between margin and column', () => {
    // Beside a 12-column label only 6 columns were left: "• The / app / cached / a" sat in the value column and
    // "UserSig", "storage," and "hard-coded" at the left margin, among the labels.
    for (const lang of ['en', 'zh']) {
      const r = chaterr(['explain', '6206', '--lang', lang], { COLUMNS: '20' });
      expect(r.code).toBe(0);
      const why = fieldLines(r.stdout, lang === 'en' ? 'Why' : '常见原因');
      expect(why.length).toBeGreaterThan(10);
      // Every cause is there, in order, and its words read as prose again once the lines are joined.
      expect(why.join(' ').replace(/\s+/g, ' ')).toContain(lang === 'en' ? 'The app cached a UserSig (local storage, a config file, a hard-coded test sig)' : '•');
      expect(overWidth(r.stdout, 20)).toEqual([]);
    }
    // The same for the UserSig report: "Issued at" then "1970-01-01" at the margin and "00:16:40" under the column.
    const sig = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire: 3600, time: 1000 });
    const report = chaterr(['usersig', sig], { COLUMNS: '20', TZ: 'Asia/Shanghai' });
    expect(report.code).toBe(1);
    const issued = fieldLines(report.stdout, 'Issued at');
    expect(issued.join(' ').replace(/\s+/g, ' ').trim()).toMatch(/^1970-01-01 00:16:40 UTC \(\d+ days ago\) 1970-01-01 08:16:40 local, UTC\+08:00$/);
    expect(widestLine(report.stdout)).toBeLessThanOrEqual(20);
  });

  it('wraps a help line whose first column is wider than a 20-column terminal', () => {
    // "  explain [options] <code-or-name...>" (37 columns) and "  -N, --no-line-number" (22) stood whole.
    for (const lang of ['en', 'zh']) {
      for (const args of [['--help'], ['scan', '--help'], ['search', '--help'], ['usersig', 'generate', '--help']]) {
        const r = chaterr([...args, '--lang', lang], { COLUMNS: '20' });
        expect(r.code).toBe(0);
        expect(overWidth(r.stdout, 20), `${lang} ${args.join(' ')}`).toEqual([]);
      }
      // At 40 columns "(ERR_SDK_NOT_INITIALIZED," hung beside its argument, 42 columns wide: the text goes under it.
      expect(overWidth(chaterr(['explain', '--help', '--lang', lang], { COLUMNS: '40' }).stdout, 40), lang).toEqual([]);
    }
    expect(chaterr(['--help'], { COLUMNS: '20' }).stdout).toMatch(/^ {2}explain \[options\]\n {2}<code-or-name\.\.\.>$/m);
  });

  it('breaks Chinese help before a quote that opens, so scan --help fits a 50-column terminal', () => {
    // （code:6206、"ErrorCode":90003、 was one 30-column unit: the quote stuck to 、 before it, as a closing one would.
    const r = chaterr(['scan', '--help', '--lang', 'zh'], { COLUMNS: '50' });
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(50);
    expect(r.stdout).toMatch(/^ +"ErrorCode":90003、/m);
  });

  it('takes --json after -- as a word, not as a request for a JSON error document', () => {
    // `chaterr list -- --json` printed {"schemaVersion":1,"error":…} on stdout beside its error line.
    for (const args of [['list', '--', '--json'], ['usersig', '--', '--json'], ['completion', '--', '--json'], ['--', '--json']]) {
      const r = chaterr(args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
    // Before --, it still asks for one.
    expect(JSON.parse(chaterr(['list', '--json', '--', 'nope']).stdout).error.exitCode).toBe(1);
  });

  it('refuses a UserSig given as the UserID to sign for, and never writes it back', () => {
    // `usersig generate --user "$SIG" --json` signed for the sig and wrote it back whole as "identifier".
    const pasted = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire: 86400, time: 1_700_000_000 });
    for (const user of [pasted, `id=${pasted}`]) {
      const r = chaterr(['usersig', 'generate', '--user', user, '--sdkappid', '1', '--json'], { CHATERR_SECRET_KEY: KEY });
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error.message).toMatch(/--user takes the UserID to sign for, and this looks like a UserSig/);
      expect(r.stdout + r.stderr).not.toContain(pasted.slice(0, 24));
    }
    // The same for the secret key itself given as the UserID.
    const hexKey = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const keyAsUser = chaterr(['usersig', 'generate', '--user', hexKey, '--sdkappid', '1', '--json'], { CHATERR_SECRET_KEY: hexKey });
    expect(keyAsUser.code).toBe(2);
    expect(keyAsUser.stderr).toBe('chaterr: --user takes the UserID to sign for, and this looks like a secret key (not shown)\n');
    expect(keyAsUser.stdout).not.toContain(hexKey.slice(0, 16));
    // Inside a longer word stderr showed x(a UserSig, not shown), but explain --json wrote the word back whole.
    const inWord = chaterr(['explain', `x${pasted}`, '--json']);
    expect(JSON.parse(inWord.stdout).results[0].query).toBe('x(a UserSig, not shown)');
    expect(inWord.stdout + inWord.stderr).not.toContain(pasted.slice(0, 24));
    // Nor do explain's word errors quote the sig's first characters ("1eJyrVgrx…" is not a number).
    const glued = chaterr(['explain', `1${pasted}`, `70001,${pasted}`, '--json']);
    expect(glued.stderr).toContain('"1(a UserSig, not shown)" is not a number');
    expect(glued.stdout + glued.stderr).not.toContain(pasted.slice(0, 12));
  });

  it('names an empty --key-file as such, as scan names an empty path', () => {
    // `--key-file "$KEY_FILE"` with the variable unset said "cannot read the key file : no such file".
    const r = chaterr(['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--key-file', '']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: cannot read the key file "": an empty path names no file\n');
  });

  it('gives the length of a cut echo in Chinese inside a Chinese message', () => {
    // 未知命令 'aaaa…… (3001 characters)': the one English phrase of the line.
    const word = 'a'.repeat(3000);
    const cases: [string[], string][] = [
      [[`A${word}`], '未知命令'],
      [['explain', word], '不是错误码或常量名'],
      [['completion', word], '无效'],
      [['search', 'x', '--limit', word], '无效'],
      [['search', `${word.slice(0, 400)} zzzq`], '没有与'],
    ];
    for (const [args, says] of cases) {
      const r = chaterr(['--lang', 'zh', ...args]);
      expect(r.stderr, args[0]?.slice(0, 12)).toContain(says);
      expect(r.stderr, args[0]?.slice(0, 12)).toMatch(/…（共 \d+ 个字符）/);
      expect(r.stderr).not.toContain('characters');
    }
    // English stays English, and so does the JSON error document under zh.
    expect(chaterr([`A${word}`]).stderr).toContain('… (3001 characters)');
    expect(JSON.parse(chaterr(['--lang', 'zh', 'completion', word, '--json']).stdout).error.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives in --json the Chinese category titles that --lang zh prints, whatever the language', () => {
    // list --lang zh showed 客户端 SDK 通用错误码 where list --json had only "Common error codes".
    const json = chaterr(['list', '--json']);
    expect(chaterr(['list', '--json', '--lang', 'zh']).stdout).toBe(json.stdout);
    const categories = JSON.parse(json.stdout).categories as Array<{ source: string; category: string; titleZh: string }>;
    const zhRows = chaterr(['list', '--lang', 'zh']).stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(categories.map((c) => [c.source, c.category, c.titleZh])).toEqual(zhRows.map((row) => [row[0], row[1], row[5]]));
    expect(categories.find((c) => c.category === 'common')?.titleZh).toMatch(/[\u4e00-\u9fff]/);
    const readings = JSON.parse(chaterr(['explain', '70001', '--json']).stdout).results[0].readings as Array<{ categoryTitleZh: string }>;
    expect(readings.map((r) => r.categoryTitleZh)).toEqual(['服务端账号错误码', 'Web SDK 登录错误']);
    // explain's hint for an unknown number names the category in Chinese under zh; its JSON now can too.
    const nearby = JSON.parse(chaterr(['explain', '70346', '--json']).stdout).results[0].suggestions.nearby;
    expect(nearby).toMatchObject({ title: 'Account error codes', titleZh: '服务端账号错误码', span: [70001, 72001] });
    expect(chaterr(['explain', '70346', '--lang', 'zh']).stderr).toContain(nearby.titleZh);
  });

  it.runIf(spawnSync('zsh', ['--version']).status === 0)('registers the zsh completion even when .zshrc sources it before compinit', () => {
    // "command not found: compdef" (exit 127) and no completion: most .zshrc files run compinit late, or through a
    // framework, after the line a user appended.
    const script = chaterr(['completion', 'zsh']).stdout;
    const driver = `${script}\nprint -r -- "loaded=$?"\nautoload -Uz compinit && compinit -u -D\nfor hook in $precmd_functions; do $hook; done\nprint -r -- "comp=\${_comps[chaterr]}"`;
    const r = spawnSync('zsh', ['-f'], { input: driver, encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: process.env.TMPDIR ?? '/tmp' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('loaded=0\n');
    expect(r.stdout).toContain('comp=_chaterr\n');
    // completion --help said "(after compinit)" after this was fixed, as the script's own comment no longer does.
    expect(script).toContain('(before or after compinit)');
    expect(chaterr(['completion', '--help']).stdout.replace(/\s+/g, ' ')).toContain('>> ~/.zshrc (before or after compinit)');
    expect(chaterr(['completion', '--help', '--lang', 'zh']).stdout.replace(/\s+/g, '')).toContain('（放在compinit之前或之后均可）');
  });

  it('never echoes an app secret key pasted where a code, a command, words or a value belong', () => {
    // `chaterr "$KEY"` said "unknown command '<the whole key>'", list and search echoed it whole (search --json as
    // its query), explain its first 20 characters, and explain --json wrote it back as the query.
    const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const placements = [[key], ['--', key], [`--${key}`], ['explain', key], ['explain', '70001', key, '--json'], ['search', key], ['search', key, '--json'], ['list', key], ['list', key, '--json'], ['completion', key], ['--lang', key, '1'], ['search', 'x', '--category', key], ['--lang', 'zh', 'explain', key], ['explain', `secretKey="${key}"`, '--json'], ['list', `"key": "${key}",`], ['list', `0x${key}`], ['explain', `0X${key}`, '--json'],
      // In Markdown's backticks, a chat's quotes, brackets or at a sentence's end, or after a dashed key: echoed whole.
      ['explain', `\`${key}\``], ['search', `“${key}”`], ['list', `${key}.`], ['explain', `(${key})`, '--json'], ['search', `「${key}」`], [`--secret-key=${key}`]];
    for (const args of placements) {
      const r = chaterr(args);
      expect(r.code, args.join(' ').slice(0, 40)).not.toBe(0);
      expect(r.stdout + r.stderr, args.join(' ').slice(0, 40)).not.toContain(key.slice(0, 16));
      expect(r.stdout + r.stderr, args.join(' ').slice(0, 40)).toMatch(/secret key|密钥/);
    }
    const item = JSON.parse(chaterr(['explain', '70001', key, '--json']).stdout).results[1];
    expect(item).toMatchObject({ query: '(a secret key, not shown)', found: false });
  });

  it('never echoes most of a secret key: one digit short or long, pasted twice, or quoted as a UserID', () => {
    // Each was echoed whole (`unknown command '<63 of the key's 64 digits>'`, explain --json's query, scan's "cannot
    // read", usersig's "but the app logs in as" line): 63 digits leave 16 guesses.
    const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const sig = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire: 86400, time: 1_700_000_000 });
    const placements = [[key.slice(1)], ['explain', `${key}0`, '--json'], ['list', `${key}${key}`], ['scan', `${key.slice(1)}.log`], ['usersig', '--key-file', key.slice(1), sig],
      // After ./ or ~/ too: `cannot read ./<the key>: no such file`.
      ['scan', `./${key}`], ['usersig', '--key-file', `~/${key}`, sig],
      ['usersig', '--user', `"${key}"`, sig], ['usersig', '--user', `secret=${key};`, sig, '--lang', 'zh']];
    for (const args of placements) {
      const r = chaterr(args);
      expect(r.code, args.join(' ').slice(0, 40)).not.toBe(0);
      expect(r.stdout + r.stderr, args.join(' ').slice(0, 40)).not.toContain(key.slice(8, 40));
      expect(r.stdout + r.stderr, args.join(' ').slice(0, 40)).toMatch(/secret key|密钥/);
    }
    // In a Chinese message, in Chinese.
    expect(chaterr(['--lang', 'zh', 'list', key.slice(1)]).stderr).toContain('“（密钥，不显示）”');
    // A SHA-1's 40 digits are no key: echoed as any other word. Nor is a Docker container's id in a path.
    expect(chaterr(['list', key.slice(0, 40)]).stderr).toContain(key.slice(0, 40));
    const docker = `/var/lib/docker/containers/${key}/${key}-json.log`;
    expect(chaterr(['scan', docker]).stderr).toBe(`chaterr: cannot read ${docker}: no such file\n`);
  });

  it('names a log file that is there by its whole name, a hash in it too, while a missing one named like a key stays hidden', () => {
    // A folder of logs named by their SHA-256 warned '(a secret key, not shown).log.gz: trailing garbage', not saying
    // which file, while scan's own lines named it whole: a file that is there is named by its name.
    const hash = '2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881';
    const dir = mkdtempSync(join(tmpdir(), 'chaterr-hash-'));
    writeFileSync(join(dir, `${hash}.log.gz`), Buffer.concat([gzipSync('login failed code:6014\n'), Buffer.from('appended\n')]));
    const there = chaterr(['scan', `${hash}.log.gz`], {}, dir);
    expect([there.code, there.stderr]).toEqual([0, `chaterr: warning: ${hash}.log.gz: trailing garbage after the gzip data ignored; the data before it was scanned\n`]);
    const missing = chaterr(['scan', `${hash}.log`], {}, dir);
    expect([missing.code, missing.stderr]).toEqual([2, 'chaterr: cannot read (a secret key, not shown).log: no such file\n']);
  });

  it('caps a decoded version string as any echo, so a small sig cannot flood the terminal', () => {
    // A 6.6 KB sig whose zlib data inflates to a 5 MB TLS.ver printed all 5 MB after "Version".
    const payload = { 'TLS.ver': `2.0${'x'.repeat(5_000_000)}`, 'TLS.identifier': 'a', 'TLS.sdkappid': 1, 'TLS.expire': 86400, 'TLS.time': 1_700_000_000, 'TLS.sig': 'x' };
    const sig = deflateSync(Buffer.from(JSON.stringify(payload)), { level: 9 }).toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
    expect(sig.length).toBeLessThan(8192);
    for (const lang of ['en', 'zh']) {
      const r = chaterr(['usersig', sig, '--lang', lang]);
      expect(r.stdout.length).toBeLessThan(4000);
      expect(r.stdout).toMatch(lang === 'en' ? /2\.0x+…\s+\(5000003 characters\)/ : /2\.0x+…\s*（共 5000003 个字符）/);
    }
  });

  it('refuses a UserSig or a secret key among other search words, and never writes it back', () => {
    // `search login failed "$SIG"` searched the sig's base64 (60021 first) and --json wrote it back as the query;
    // a key among words was echoed whole in "nothing matches".
    const sig = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire: 86400, time: 1_700_000_000 });
    const hexKey = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    for (const [credential, says] of [[sig, 'UserSig'], [`"${sig}",`, 'UserSig'], [hexKey, 'secret key']] as const) {
      for (const json of [[], ['--json']]) {
        const r = chaterr(['search', 'login', 'failed', credential, ...json]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`this looks like a ${says}, not words about an error`);
        expect(r.stdout + r.stderr).not.toContain(credential.replace(/^"/, '').slice(0, 16));
      }
    }
  });

  it.runIf(spawnSync('script', ['--version']).status === 0)('fits the help a usage error shows to the terminal stderr is on, when stdout is redirected', () => {
    // `chaterr > out.txt` in a 50-column terminal: the help went to stderr laid out at 80 columns (stdout's width
    // was asked, and a file has none).
    for (const lang of ['en', 'zh']) {
      const clean = { ...process.env };
      for (const name of ['COLUMNS', 'LANG', 'LC_ALL', 'CHATERR_LANG']) delete clean[name];
      const r = spawnSync('script', ['-qec', `stty cols 50; "${process.execPath}" "${BIN}" --lang ${lang} > /dev/null`, '/dev/null'], { env: clean, encoding: 'utf8' });
      const transcript = r.stdout.replace(/\r/g, '');
      expect(transcript).toMatch(lang === 'en' ? /Usage: chaterr/ : /用法/);
      expect(overWidth(transcript, 50), lang).toEqual([]);
    }
  });
});
