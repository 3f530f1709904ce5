// The program as a whole: help, version, missing or unknown commands, and global options in either place.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/fake-io.js';
import { widestLine } from '../helpers/width.js';

describe('chaterr', () => {
  it('shows usage on stderr and exits 2 when no command is given', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: chaterr');
  });

  it('prints help on stdout with exit 0 when asked', async () => {
    for (const argv of [['--help'], ['help'], ['help', 'scan'], ['scan', '--help']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout, argv.join(' ')).toContain('Usage: chaterr');
    }
  });

  it('prints the package version', async () => {
    const r = await run(['--version']);
    const version = (await import('../../package.json', { with: { type: 'json' } })).default.version;
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(version);
    // The catalogue's sources with their dates and versions: the page, the native header, both Web SDK tables.
    expect(r.stdout).toMatch(/Error Codes page.*copied \d{4}-\d{2}-\d{2}/);
    expect(r.stdout).toMatch(/TIMErrorCode\.h[\s\S]*2025-09-11/);
    expect(r.stdout).toMatch(/tim-js-sdk.*2\.22\.1/);
    expect(r.stdout).toMatch(/@tencentcloud\/chat.*3\.6\.6/);
  });

  it.each([[['--version', '--json']], [['--json', '-V']], [['--lang', 'zh', '-V', '--json']]])('prints the version as one JSON document for %j', async (argv) => {
    // It printed the text form, which a script asking for JSON cannot parse.
    const r = await run(argv);
    const version = (await import('../../package.json', { with: { type: 'json' } })).default.version;
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.version).toBe(version);
    expect(doc.catalogue.readings).toBeGreaterThan(500);
    expect(doc.catalogue.sources.map((s: { id: string }) => s.id)).toContain('native');
    // Only the fields README's contract names: it also carried an internal table of the codes usersig reports.
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'version', 'catalogue']);
    expect(Object.keys(doc.catalogue)).toEqual(['readings', 'guided', 'sources']);
    for (const source of doc.catalogue.sources) expect(Object.keys(source)).toEqual(['id', 'title', 'version', 'url']);
    expect(r.stderr).toBe('');
  });

  it('names a dashed word after -- as an unknown command without commander\'s mangled suggestion', async () => {
    // commander stripped two characters from each command name too and suggested "--ersig" for `-- --version`.
    const r = await run(['--', '--version']);
    expect([r.code, r.stderr]).toEqual([2, "chaterr: unknown command '--version'\n"]);
  });

  it('rejects an unknown command with a suggestion and exit 2', async () => {
    const r = await run(['explian', '6206']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: unknown command 'explian'.*explain/);
  });

  it('says which word is unknown after help, as for an unknown command, instead of dumping the help', async () => {
    const r = await run(['help', 'lisst']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: unknown command 'lisst' \(Did you mean list\?\)\n$/);
    expect(r.stdout).toBe('');
  });

  it("names the command an option before it belongs to, and suggests --json for a mistyped one, as for a command's own", async () => {
    // `chaterr --summary scan app.log` and `chaterr --jsno explain 70001` were "unknown option" with no hint, where
    // `chaterr scan --sumary` suggests --summary: the program offered only its own options.
    const cases: Array<[string[], string]> = [
      [['--summary', 'scan', 'app.log'], "unknown option '--summary' (Did you mean chaterr scan --summary?)"],
      [['-o', 'scan'], "unknown option '-o' (Did you mean chaterr scan -o?)"],
      [['--table'], "unknown option '--table' (Did you mean one of chaterr search --table, chaterr list --table, chaterr scan --table?)"],
      // The command typed after it is the one meant: these offered every command with the flag, or another command's.
      [['--table', 'list'], "unknown option '--table' (Did you mean chaterr list --table?)"],
      [['-n', '3', 'search', 'login'], "unknown option '-n' (Did you mean chaterr search -n?)"],
      [['-n', '3', 'scan', 'search'], "unknown option '-n' (Did you mean chaterr scan -n?)"],
      [['--limit', '3', 'explain', '6014'], "unknown option '--limit'"],
      [['--category', 'account', 'list'], "unknown option '--category'"],
      [['--jsno', 'explain', '70001'], "unknown option '--jsno' (Did you mean --json?)"],
      [['--JSON', 'explain', '70001'], "unknown option '--JSON' (Did you mean --json?)"],
      [['--colr', 'explain', '70001'], "unknown option '--colr' (Did you mean --color?)"],
      [['--bogus', 'explain', '70001'], "unknown option '--bogus'"],
      // A mistyped option of the command after it was "unknown option" alone, where `chaterr search x --limt` suggests.
      [['--limt', '3', 'search', 'x'], "unknown option '--limt' (Did you mean chaterr search --limit?)"],
      [['--sumary', 'scan', 'app.log'], "unknown option '--sumary' (Did you mean chaterr scan --summary?)"],
      [['--limt', '3', 'explain', '6014'], "unknown option '--limt'"],
    ];
    for (const [argv, said] of cases) {
      const r = await run(argv);
      expect([r.code, r.stdout, r.stderr], argv.join(' ')).toEqual([2, '', `chaterr: ${said}\n`]);
    }
    // --json before a command that takes none is not called a typo of itself.
    expect((await run(['--json', 'completion', 'bash'])).stderr).toBe("chaterr: unknown option '--json'\n");
    const zh = await run(['--lang', 'zh', '--summary', 'scan']);
    expect(zh.stderr).toBe("chaterr: 未知选项 '--summary'（是否想输入 chaterr scan --summary？）\n");
    const json = await run(['--json', '--limit', '3', 'search', 'kicked']);
    expect(JSON.parse(json.stdout).error.message).toBe("unknown option '--limit' (Did you mean chaterr search --limit?)");
  });

  it('takes one word after `help <command>` as too many, a usage error as an unknown command is, in the chosen language', async () => {
    // `help scan extra` showed scan's help with exit 0, as if the extra word were not there.
    for (const [argv, expected, got] of [
      [['help', 'scan', 'extra'], 1, 2],
      [['help', 'explain', '70001'], 1, 2],
      [['help', 'scan', '--no-color', 'extra'], 1, 2],
      [['--json', 'help', 'list', 'a', 'b'], 1, 3],
      [['help', 'usersig', 'generate', 'extra'], 2, 3],
      [['help', 'usersig', 'bogus'], 1, 2],
      [['usersig', 'help', 'generate', 'extra'], 1, 2],
      [['usersig', 'generate', 'help', 'extra'], 0, 1],
    ] as const) {
      const r = await run([...argv]);
      const message = `too many arguments for 'help'. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`;
      expect([r.code, r.stderr], argv.join(' ')).toEqual([2, `chaterr: ${message}\n`]);
      const messageZh = `'help' 的参数过多：应为 ${expected} 个，实际为 ${got} 个`;
      expect(r.stdout).toBe(argv[0] === '--json' ? `${JSON.stringify({ schemaVersion: 1, error: { message, messageZh, exitCode: 2 } })}\n` : '');
    }
    for (const argv of [['help', 'scan', 'extra', '--lang', 'zh'], ['help', 'scan', '--lang', 'zh', 'extra'], ['--lang', 'zh', 'help', 'scan', 'extra']]) {
      expect(await run(argv)).toMatchObject({ code: 2, stdout: '', stderr: "chaterr: 'help' 的参数过多：应为 1 个，实际为 2 个\n" });
    }
    // A command's help with the global options around it is still help.
    for (const argv of [['help', 'scan', '--lang', 'zh'], ['help', 'scan', '--no-color'], ['help', 'usersig', 'generate', '--lang=en']]) {
      expect((await run(argv)).code, argv.join(' ')).toBe(0);
    }
  });

  it("shows a command's help for `--help <command>`, as git and npm do, and for `-h usersig generate` generate's", async () => {
    // `chaterr --help scan` printed the program's help, with scan's options nowhere in it.
    for (const [argv, same] of [
      [['--help', 'scan'], ['scan', '--help']],
      [['-h', 'explain'], ['explain', '--help']],
      [['--lang', 'zh', '--help', 'list'], ['list', '--help', '--lang', 'zh']],
      [['--help', 'usersig', 'generate'], ['usersig', 'generate', '--help']],
      [['--json', '--help', 'search'], ['search', '--help']],
      [['--help', 'scan', '--', '-x'], ['scan', '--help']],
    ]) {
      const r = await run(argv as string[]);
      expect(r.code, (argv as string[]).join(' ')).toBe(0);
      expect(r.stdout, (argv as string[]).join(' ')).toBe((await run(same as string[])).stdout);
    }
    // A word that names no command leaves --help to the program.
    expect((await run(['--help', '70001'])).stdout).toBe((await run(['--help'])).stdout);
  });

  it('shows a subcommand\'s help for `help usersig generate`, as for `usersig generate --help`', async () => {
    // It showed the help of usersig, which does not list generate's options (--expire).
    const r = await run(['help', 'usersig', 'generate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await run(['usersig', 'generate', '--help'])).stdout);
    expect(r.stdout).toMatch(/^Usage: chaterr usersig generate /);
  });

  it.each([[['usersig', 'help', 'generate']], [['usersig', 'generate', 'help']], [['--lang', 'zh', 'usersig', 'help', 'generate']]])(
    'shows generate\'s help for %j, as for `usersig generate --help`',
    async (argv) => {
      // `usersig help generate` was "too many arguments for 'usersig'" (exit 2); `usersig generate help` asked for --user.
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const lang = argv[0] === '--lang' ? argv.slice(0, 2) : [];
      expect(r.stdout).toBe((await run([...lang, 'usersig', 'generate', '--help'])).stdout);
    },
  );

  it("says what --table does for scan: the aligned summary, not box tables, which it asks for as --markdown does", async () => {
    // scan's help said "draw box tables", which scan never draws, and --table without --summary was silently ignored:
    // the log came back annotated, as without it.
    const scanHelp = (await run(['scan', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(scanHelp).toContain("--table print the summary aligned as on a terminal even when stdout is not one (implies --summary) --color");
    const piped = await run(['scan', '--summary', '--table'], { stdin: 'code:6206\n', env: { COLUMNS: '80' } });
    expect(piped.stdout).toMatch(/^Code +Where +Name/);
    const alone = await run(['scan', '--table'], { stdin: 'code:6206\n', env: { COLUMNS: '80' } });
    expect(alone.stdout).toBe(piped.stdout);
    expect((await run(['list', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('--table draw box tables even when stdout is not a terminal --color');
  });

  it('answers `help help` with the help on stdout and exit 0, as `help` alone', async () => {
    // It printed the whole help on stderr as an error and exited 2.
    const r = await run(['help', 'help']);
    const plain = await run(['help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stdout).toMatch(/^Usage: chaterr /);
  });

  it.each([[['help', '--help']], [['help', '-h']], [['help', '--lang', 'zh']], [['help', '--no-color']], [['--color', 'help', '--debug']]])(
    'answers %j with the program help on stdout, wrapped to the terminal, and exit 0',
    async (argv) => {
      // It printed the whole help on stderr, at 80 columns whatever the terminal, and exited 2.
      const r = await run(argv as string[], { tty: true, columns: 40, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^(Usage:|用法：) chaterr /);
      expect(widestLine(r.stdout)).toBeLessThanOrEqual(40);
    },
  );

  it('reads the options after help as the named command\'s: help --lang zh scan is scan\'s help', async () => {
    for (const argv of [['help', '--lang', 'zh', 'scan'], ['help', '-h', 'scan'], ['help', '--lang=zh', 'scan']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout, argv.join(' ')).toMatch(/^(Usage:|用法：) chaterr scan /);
    }
  });

  it('names an unknown option or a missing value after help instead of dumping the help as an error', async () => {
    const bogus = await run(['help', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toBe("chaterr: unknown option '--bogus'\n");
    const missing = await run(['help', '--lang']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("chaterr: option '--lang <lang>' argument missing\n");
  });

  it('takes global options before or after the command', async () => {
    expect((await run(['--color', 'explain', '6206'])).stdout).toMatch(/\x1b\[/);
    expect((await run(['explain', '6206', '--color'])).stdout).toMatch(/\x1b\[/);
  });
});

describe('a global option given both before and after the command', () => {
  it('takes the one nearer the command, as the last of two flags wins elsewhere', async () => {
    // `chaterr --color explain 6206 --no-color` was coloured and `--lang zh explain 6206 --lang en` Chinese:
    // the program's option overrode the command's own.
    expect((await run(['--color', 'explain', '6206', '--no-color'])).stdout).not.toMatch(/\x1b\[/);
    expect((await run(['--no-color', 'explain', '6206', '--color'])).stdout).toMatch(/\x1b\[/);
    expect((await run(['--lang', 'zh', 'explain', '6206', '--lang', 'en'])).stdout).toContain('Chat SDK · Account');
    expect((await run(['--lang', 'en', '6206', '--lang', 'zh'])).stdout).toContain('客户端 SDK · 账号');
    // Given once, before the command, it still counts.
    expect((await run(['--lang', 'zh', 'explain', '6206'])).stdout).toContain('客户端 SDK · 账号');
  });
});

describe('unexpected errors', () => {
  async function runWithBrokenClock(argv: string[]) {
    const { PassThrough, Readable } = await import('node:stream');
    const { runCli } = await import('../../src/cli/run.js');
    const { generateUserSig } = await import('../../src/core/usersig.js');
    const sig = generateUserSig({ identifier: 'a', sdkAppId: 1, secretKey: 'k', expire: 60, time: 1 });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const io = {
      stdout,
      stderr,
      stdin: Readable.from([]),
      env: {},
      now: () => {
        throw new Error('clock unavailable');
      },
      exitCode: 0,
    };
    const code = await runCli(['usersig', sig, ...argv], io);
    return { code, stderr: err };
  }

  it('are one line without a stack trace, pointing to --debug', async () => {
    const r = await runWithBrokenClock([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('chaterr: unexpected error: clock unavailable (run with --debug for details)\n');
  });

  it('show the stack trace with --debug', async () => {
    const r = await runWithBrokenClock(['--debug']);
    expect(r.stderr).toMatch(/^Error: clock unavailable\n\s+at /);
  });
});

describe('bare lookup', () => {
  it('explains a code, a negative code or a constant name given without a command', async () => {
    for (const [argv, name] of [
      [['70001'], 'ERR_SVR_ACCOUNT_USERSIG_EXPIRED'],
      [['-10001'], 'ERR_SVR_SSO_D2_EXPIRED'],
      [['ERR_SDK_NOT_INITIALIZED'], 'ERR_SDK_NOT_INITIALIZED'],
      [['err_sdk_not_initialized'], 'ERR_SDK_NOT_INITIALIZED'],
      [['--no-color', '6206', '--json'], 'ERR_USER_SIG_EXPIRED'],
      // A global option's value is not the first word: `--lang zh 6206` was "unknown command '6206'".
      [['--lang', 'zh', '6206'], 'ERR_USER_SIG_EXPIRED'],
      [['--debug', '--lang', 'en', '-10001'], 'ERR_SVR_SSO_D2_EXPIRED'],
      // `--lang=zh` is the same option: `chaterr --lang=zh 6206` was "unknown command '6206'".
      [['--lang=zh', '6206'], 'ERR_USER_SIG_EXPIRED'],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout, argv.join(' ')).toContain(name);
      expect(r.stdout).toBe((await run(['explain', ...argv])).stdout);
    }
  });

  it('explains a code after `--`, as `chaterr -- -10001` is the usual way to pass a negative number', async () => {
    // `chaterr -- 70001` and `chaterr -- -10001` were "unknown command '70001'", exit 2.
    for (const argv of [['--', '70001'], ['--', '-10001'], ['--lang', 'zh', '--', '6206'], ['--', 'ERR_SDK_NOT_INITIALIZED', '6206']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe((await run(['explain', ...argv])).stdout);
    }
    // A command after `--` is still the command, and an unknown word there still a usage error.
    expect((await run(['--', 'explain', '6206'])).code).toBe(0);
    expect((await run(['--', 'exlpain'])).code).toBe(2);
  });

  it('names a date given without a command as a date, as explain does', async () => {
    // `chaterr 2024/11/27` and `chaterr error 2024-11-27` (a log line's opening pasted) were "unknown command".
    for (const argv of [['2024/11/27'], ['2024年11月27日'], ['error', '2024-11-27'], ['2024-11-27', '10:32:01']]) {
      const r = await run(argv);
      expect([r.code, r.stdout, r.stderr], argv.join(' ')).toEqual([2, '', (await run(['explain', ...argv])).stderr]);
      expect(r.stderr, argv.join(' ')).toMatch(/^chaterr: ".*" is a date, not an error code: /);
    }
  });

  it('takes --json before the command too, as --lang and --color', async () => {
    // `chaterr --json explain 70001` printed {"error":{"message":"unknown option '--json'"}} and exited 2.
    for (const [before, after] of [
      [['--json', 'explain', '70001'], ['explain', '70001', '--json']],
      [['--json', '70001'], ['70001', '--json']],
      [['--json', '--', '-10001'], ['explain', '--json', '--', '-10001']],
      [['--lang', 'zh', '--json', 'search', 'frequency'], ['search', 'frequency', '--json', '--lang', 'zh']],
      [['--json', 'list', 'group'], ['list', 'group', '--json']],
      // After `--lang=zh` too: --json was dropped and a card printed instead of the document.
      [['--json', '--lang=zh', 'explain', '6206'], ['explain', '6206', '--json']],
    ] as const) {
      const r = await run([...before]);
      const expected = await run([...after]);
      expect(r.code, before.join(' ')).toBe(0);
      expect(r.stderr).toBe(expected.stderr);
      expect(r.stdout).toBe(expected.stdout);
      expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
    }
  });

  it('explains without a command every form explain takes: full-width digits, quotes, brackets, punctuation', async () => {
    // README: a code "given without a command is explained"; these were "unknown command" (exit 2) though
    // `explain` takes each of them as it was copied out of a Chinese IME, JSON, a chat message or a log's call.
    for (const word of ['120001-130000', '７０００１', '－１０００１', '"70001"', '“6206”', '「6206」', '(6206)', '[6206]', '6206,', '6206。', '+70001', '"ERR_USER_SIG_EXPIRED"']) {
      const r = await run([word]);
      const expected = await run(['explain', word]);
      expect(r.code, word).toBe(0);
      expect(r.stderr, word).toBe('');
      expect(r.stdout, word).toBe(expected.stdout);
    }
    // Input that cannot be a code stays an unknown command: `12abc` is a mistyped word, not a lookup.
    expect((await run(['12abc'])).stderr).toMatch(/^chaterr: unknown command '12abc'/);
    // Codes copied as a list are explain's to answer: how to give them, exit 2.
    expect(await run(['70001,6206'])).toMatchObject({ code: 2, stderr: 'chaterr: "70001,6206" holds several codes: give each as a word of its own (70001 6206)\n' });
  });

  it('names the unknown word when --json comes before it, not the --json option', async () => {
    // `chaterr --json foo` said "unknown option '--json'", as if --json were the mistake.
    const r = await run(['--json', 'foo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("chaterr: unknown command 'foo'\n");
    expect(JSON.parse(r.stdout)).toEqual({ schemaVersion: 1, error: { message: "unknown command 'foo'", messageZh: "未知命令 'foo'", exitCode: 2 } });
    const typo = await run(['--json', 'exlpain', '6206']);
    expect(typo.stderr).toBe("chaterr: unknown command 'exlpain' (Did you mean explain?)\n");
    // --json with no command at all is "no command given", as a bare `chaterr` is.
    const alone = await run(['--json']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).not.toContain("unknown option '--json'");
    expect(JSON.parse(alone.stdout).error.message).toBe('no command given: see chaterr --help');
  });

  it('keeps explain exit codes: an unknown code is not found (1)', async () => {
    const r = await run(['99999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^chaterr: 99999 is not a known error code/);
  });

  it('leaves any other unknown word a usage error with a did-you-mean', async () => {
    for (const [word, suggestion] of [
      ['exlpain', 'explain'],
      ['lsit', 'list'],
      ['completoin', 'completion'],
    ]) {
      const r = await run([word as string, '6206']);
      expect(r.code, word).toBe(2);
      expect(r.stderr).toBe(`chaterr: unknown command '${word}' (Did you mean ${suggestion}?)\n`);
    }
    expect((await run(['frequency'])).code).toBe(2);
    expect((await run(['not_a_command'])).code).toBe(2);
  });
});

describe('help layout', () => {
  const helps = [[], ['explain'], ['search'], ['list'], ['scan'], ['usersig'], ['usersig', 'generate'], ['completion']];

  it('keeps every help line within 80 columns', async () => {
    for (const path of helps) {
      const r = await run([...path, '--help']);
      const wide = r.stdout.split('\n').filter((line) => line.length > 80);
      expect(wide, path.join(' ')).toEqual([]);
    }
  });

  it('breaks a prose line of help only where its next word would not fit', async () => {
    for (const path of helps) {
      const lines = (await run([...path, '--help'])).stdout.split('\n');
      // Unindented prose (epilogue sentences): a line followed by more of the same paragraph must be full.
      const ragged = lines.filter((line, i) => {
        const next = lines[i + 1] ?? '';
        if (!/^\S/.test(line) || !/^[a-z(]/.test(next) || line.endsWith(':')) return false;
        return line.length + 1 + (next.split(' ')[0] ?? '').length <= 80;
      });
      expect(ragged, path.join(' ')).toEqual([]);
    }
  });

  it('wraps help to a narrow terminal too: no line wider than COLUMNS but a single word that cannot be cut', async () => {
    const { displayWidth } = await import('../../src/render/text.js');
    for (const columns of [40, 50, 60]) {
      for (const path of helps) {
        const lines = (await run([...path, '--help'], { env: { COLUMNS: String(columns) } })).stdout.split('\n');
        const wide = lines.filter((line) => displayWidth(line) > columns && line.trim().includes(' '));
        expect(wide, `${path.join(' ')} at ${columns}`).toEqual([]);
      }
    }
  });

  it("lists a command's own options before the global ones", async () => {
    const r = await run(['usersig', 'generate', '--help']);
    const order = ['--user', '--expire', '--key-file', '--color', '--debug', '--help'].map((flag) => r.stdout.search(new RegExp(`^ +(-\\w, )?${flag}\\b`, 'm')));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('breaks a long example command with a backslash, so it still pastes as one command', async () => {
    const { wrapHelpText } = await import('../../src/cli/help-layout.js');
    const wrapped = wrapHelpText(`  CHATERR_SECRET_KEY=... chaterr usersig generate --user alice --sdkappid 1400000000 --expire 86400`);
    expect(wrapped.split('\n')).toEqual(['  CHATERR_SECRET_KEY=... chaterr usersig generate --user alice --sdkappid \\', '      1400000000 --expire 86400']);
    const commented = wrapHelpText('  chaterr explain 125000                 any code in the webhook range 120001-130000');
    expect(commented.split('\n')).toEqual(['  chaterr explain 125000                 any code in the webhook range', '                                         120001-130000']);
    // On a narrow terminal the comment goes under its example, and a pipeline into chaterr still pastes as one command.
    expect(wrapHelpText('  chaterr explain 125000                 any code in the webhook range 120001-130000', 40).split('\n')).toEqual([
      '  chaterr explain 125000',
      '      any code in the webhook range',
      '      120001-130000',
    ]);
    expect(wrapHelpText('  tail -f server.log | chaterr scan --summary', 40).split('\n')).toEqual(['  tail -f server.log | chaterr \\', '      scan --summary']);
  });
});

describe('a command typed in capitals', () => {
  it('is a usage error with a suggestion, as every other unknown word is', async () => {
    // commander counts a case change as an edit: SEARCH was six edits from search, too far for its suggestion.
    for (const [word, command] of [['SEARCH', 'search'], ['LIST', 'list'], ['Scan', 'scan']] as const) {
      const r = await run([word, 'x']);
      expect(r.code, word).toBe(2);
      expect(r.stderr).toBe(`chaterr: unknown command '${word}' (Did you mean ${command}?)\n`);
    }
    const json = await run(['--json', 'LIST']);
    expect(JSON.parse(json.stdout).error).toEqual({ message: "unknown command 'LIST' (Did you mean list?)", messageZh: "未知命令 'LIST'（是否想输入 list？）", exitCode: 2 });
  });
});
