// Help and commander's usage errors in Chinese: chosen as the rest of the output is, complete, and fitted to the terminal.
import { PassThrough, Readable } from 'node:stream';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { withEveryGlobalOption } from '../../src/cli/global-options.js';
import { ChaterrCommand, commandPath } from '../../src/cli/help-layout.js';
import { langInArgv } from '../../src/cli/lang.js';
import { createProgram } from '../../src/cli/program.js';
import { displayWidth } from '../../src/render/text.js';
import { commanderMessage, epiloguesZh, helpZh } from '../../src/render/help-zh.js';

const HELP_ZH = helpZh();
import { run } from '../helpers/fake-io.js';

const COMMANDS = [[], ['explain'], ['search'], ['list'], ['scan'], ['usersig'], ['usersig', 'generate'], ['completion']];
const HAN = /[\u4e00-\u9fff]/;

/** Every command of the program, with every global option in place. */
function allCommands(): ChaterrCommand[] {
  const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from([]), env: {}, now: () => new Date(0), exitCode: 0 };
  const commands: ChaterrCommand[] = [];
  const walk = (command: Command) => {
    commands.push(command as ChaterrCommand);
    command.commands.forEach(walk);
  };
  walk(withEveryGlobalOption(createProgram(io)));
  return commands;
}

/** Every description the program's help can show: of commands, arguments and options. */
function helpTexts(): string[] {
  const texts = new Set<string>(['show help', 'display help for command']);
  for (const command of allCommands()) {
    texts.add(command.description());
    for (const argument of command.registeredArguments) texts.add(argument.description);
    for (const option of command.options) texts.add(option.description);
  }
  texts.delete('');
  return [...texts];
}

/** Each command's English epilogue by its path, as help-zh.ts keys the Chinese ones. */
function englishEpilogues(): Map<string, string> {
  const epilogues = new Map<string, string>();
  for (const command of allCommands()) {
    expect(command.epilogues.length, commandPath(command)).toBeLessThanOrEqual(1);
    if (command.epilogues[0] !== undefined) epilogues.set(commandPath(command), command.epilogues[0]);
  }
  return epilogues;
}

describe('the Chinese help table', () => {
  it('has every description the program shows, so a new option cannot ship with English help under zh', () => {
    expect(helpTexts().filter((text) => !HELP_ZH.has(text))).toEqual([]);
  });

  it("has an epilogue for every command that has one, and none for a command that has none", () => {
    expect([...epiloguesZh().keys()].sort()).toEqual([...englishEpilogues().keys()].sort());
  });

  it('holds no entry the program no longer shows, and every entry is Chinese', () => {
    const shown = new Set(helpTexts());
    expect([...HELP_ZH.keys()].filter((text) => !shown.has(text))).toEqual([]);
    expect([...HELP_ZH.values(), ...epiloguesZh().values()].filter((text) => !HAN.test(text) && text !== 'SDKAppID')).toEqual([]);
  });

  it('keeps every example command of an epilogue as it is, translating only the words beside it', () => {
    const commands = (text: string) => text.split('\n').filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim().split(/ {2,}/)[0]?.replace(/"[^"]*"|\S*[\u4e00-\u9fff]\S*/g, 'Q'));
    const chineseEpilogues = epiloguesZh();
    for (const [path, english] of englishEpilogues()) {
      const chinese = chineseEpilogues.get(path) ?? '';
      const wordsOnly = (line: string | undefined) => line?.replace(/\b(frequency|timeout|blocklist)\b/g, 'Q');
      expect(commands(chinese).map(wordsOnly), path).toEqual(commands(english).map(wordsOnly));
    }
  });
});

describe('help in the language asked for', () => {
  it.each(COMMANDS)('%j --help: Chinese with --lang zh or a zh locale, English with en', async (...path) => {
    for (const [argv, env] of [
      [[...path, '--help', '--lang', 'zh'], {}],
      [[...path, '--help'], { LANG: 'zh_CN.UTF-8' }],
      [[...path, '--help'], { CHATERR_LANG: 'zh' }],
    ] as const) {
      const r = await run([...argv], { env: { ...env } });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^用法： chaterr/);
      expect(r.stdout).toContain('选项：');
      expect(r.stdout).toContain('显示帮助');
      expect(r.stdout).not.toMatch(/^(Usage|Options|Examples):/m);
      // commander's own suffixes too: completion's shell read "(choices: "bash", "zsh", "fish")".
      expect(r.stdout).not.toMatch(/\((?:default|choices): /);
    }
    const english = await run([...path, '--help', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(english.stdout).toMatch(/^Usage: chaterr/);
    expect(english.stdout).not.toContain('选项');
  });

  it('shows an option\'s default in Chinese', async () => {
    const r = await run(['search', '--help', '--lang', 'zh']);
    expect(r.stdout.replace(/\s+/g, '')).toContain('最多显示多少条结果（默认：10）');
  });

  it.each([40, 60, 80])('fits %i columns: a line is wider only when it is one word that cannot break', async (columns) => {
    for (const path of COMMANDS) {
      const lines = (await run([...path, '--help', '--lang', 'zh'], { columns, tty: true })).stdout.split('\n');
      const over = lines.filter((line) => displayWidth(line) > columns && /\s\S/.test(line.trim()));
      expect(over, path.join(' ')).toEqual([]);
      if (columns >= 60) expect(lines.filter((line) => displayWidth(line) > columns), path.join(' ')).toEqual([]);
    }
  });

  it('wraps a Chinese example comment between words by its width, not in the middle of 使用 (it left 用 zh_CN alone on a line)', async () => {
    const lines = (await run(['explain', '--help', '--lang', 'zh'], { columns: 80, tty: true })).stdout.split('\n').map((line) => line.trim());
    expect(lines).toContain('chaterr explain 6014 --lang zh         中文输出（也可设置 CHATERR_LANG=zh');
    expect(lines).toContain('或使用 zh_CN 语言环境）');
  });

  it('gives explain\'s exit codes, in both languages, as the README does (explain --help had none)', async () => {
    const en = (await run(['explain', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(en).toContain("Exit codes: 0 every code was found, 1 one is not a known code, 2 one cannot be a code (12abc, 70001,6206)");
    expect(en).toContain("('70001 ERR_SDK_NOT_LOGGED_IN')");
    const zh = (await run(['explain', '--help', '--lang', 'zh'])).stdout.replace(/\s+/g, '');
    expect(zh).toContain('退出码：0全部找到，1有错误码未知，2有输入不可能是错误码');
    for (const [argv, code] of [[['explain', '70001', '999999'], 1], [['explain', '12abc'], 2], [['explain', '70001 ERR_SDK_NOT_LOGGED_IN'], 2], [['explain', '6014(ERR_SDK_NOT_LOGGED_IN)', '70,001'], 0]] as const) {
      expect((await run([...argv])).code, argv.join(' ')).toBe(code);
    }
  });

  it('gives every command\'s exit codes in its help, in both languages, and each one it names is the one it exits with', async () => {
    // search, list and completion said nothing of theirs; explain, scan and usersig did.
    for (const command of ['explain', 'search', 'list', 'scan', 'usersig', 'completion']) {
      expect((await run([command, '--help'])).stdout.replace(/\s+/g, ' '), command).toMatch(/ Exit codes(?: follow grep)?: 0 /);
      expect((await run([command, '--help', '--lang', 'zh'])).stdout.replace(/\s+/g, ''), command).toMatch(/退出码(与grep一致)?：0/);
    }
    const exits: Array<[string[], number]> = [
      [['search', 'kicked', 'offline'], 0],
      [['search', 'zzqqxx'], 1],
      [['search', '!!!'], 2],
      [['list', 'group'], 0],
      [['list', 'grup'], 1],
      [['list', 'group', '--class', 'ok'], 1],
      [['list', ''], 2],
      [['completion', 'fish'], 0],
      [['completion', 'pwsh'], 2],
    ];
    for (const [argv, code] of exits) expect((await run(argv)).code, argv.join(' ')).toBe(code);
  });

  it('names --json before the command and the exit code 130 in the program\'s help, as the README does', async () => {
    const en = (await run(['--help'])).stdout.replace(/\s+/g, ' ');
    expect(en).toContain('chaterr --json explain 70001 one JSON document; --json may come before the command');
    expect(en).toContain('130 after Ctrl-C with scan --summary');
    const zh = (await run(['--help', '--lang', 'zh'])).stdout.replace(/\s+/g, '');
    expect(zh).toContain('--json也可写在命令之前');
    expect(zh).toContain('130使用scan--summary时按了Ctrl-C');
    const r = await run(['--json', 'explain', '70001']);
    expect(JSON.parse(r.stdout).results[0].found).toBe(true);
  });

  it('says --markdown implies --summary, as scan does and the README says (help said "with --summary")', async () => {
    expect((await run(['scan', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('--markdown print the summary as a Markdown table (implies --summary)');
    expect((await run(['scan', '--help', '--lang', 'zh'])).stdout.replace(/\s+/g, '')).toContain('--markdown以Markdown表格输出汇总（隐含--summary）');
    const r = await run(['scan', '--markdown'], { stdin: 'code:6206\n' });
    expect(r.stdout).toContain('| `6206` | sdk | account |');
  });

  it.each([40, 80])('fits %i columns on stderr too, where `chaterr` alone shows help (it was not wrapped at all)', async (columns) => {
    for (const lang of ['zh', 'en']) {
      const r = await run(['--lang', lang], { columns, tty: true });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(lang === 'zh' ? '用法：' : 'Usage:');
      expect(r.stderr.split('\n').filter((line) => displayWidth(line) > columns && /\s\S/.test(line.trim())), lang).toEqual([]);
    }
  });

  it('does not change what the man page and completions are built from (the program defaults to English)', async () => {
    const r = await run(['completion', 'zsh'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stdout).toContain('explain error codes or constant names');
  });
});

describe("commander's usage errors in Chinese", () => {
  it.each([
    [['explain', '--bogus'], "chaterr: 未知选项 '--bogus'"],
    [['serch', 'x'], "chaterr: 未知命令 'serch'（是否想输入 search？）"],
    [['search'], "chaterr: 缺少必需的参数 'words'"],
    [['search', 'x', '--limit', '0'], "chaterr: 选项 '-n, --limit <n>' 的取值 '0' 无效：应为 1 到 1000 之间的整数"],
    [['search', 'x', '--source', 'foo'], "chaterr: 选项 '-s, --source <source>' 的取值 'foo' 无效：应为以下之一：sdk, server, sdk-v3, web"],
    [['search', 'x', '--limit'], "chaterr: 选项 '-n, --limit <n>' 缺少取值"],
    [['usersig', 'generate'], "chaterr: 缺少必需的选项 '--user <id>'"],
    [['completion', 'bash', 'zsh'], "chaterr: 'completion' 的参数过多：应为 1 个，实际为 2 个"],
    [['list', 'a', 'b'], 'chaterr: list 的参数过多：请给出一个分类或来源，来源也可用 --source 给出（chaterr list group --source web）'],
    [['completion', 'foo'], "chaterr: 参数 'shell' 的取值 'foo' 无效：可选值为 bash, zsh, fish"],
    // A value holding a quote was left in English: the patterns took the echo to hold none.
    [['completion', "x'y"], "chaterr: 参数 'shell' 的取值 'x'y' 无效：可选值为 bash, zsh, fish"],
    [['search', 'x', '--limit', "1'2"], "chaterr: 选项 '-n, --limit <n>' 的取值 '1'2' 无效：应为 1 到 1000 之间的整数"],
    [['--a\'b'], "chaterr: 未知选项 '--a'b'"],
    [['help', "a'b"], "chaterr: 未知命令 'a'b'"],
    // Caps lock: the same unknown command as `serch`, which bare-lookup words as commander does, was left in English.
    [['SCAN'], "chaterr: 未知命令 'SCAN'（是否想输入 scan？）"],
    // The duration's reason was left in English inside the Chinese sentence.
    [['usersig', 'generate', '--user', 'a', '--sdkappid', '1', '--expire', '5y'], "chaterr: 选项 '--expire <duration>' 的取值 '5y' 无效：应为时长，例如 90、90s、15m、24h 或 7d，从 1 秒到 10 年"],
  ])('%j', async (argv, message) => {
    const r = await run([...argv], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    const english = await run([...argv, '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(english.stderr).not.toMatch(HAN);
  });

  it('still escapes what the user typed, and redacts an option value, in Chinese', async () => {
    const r = await run(['explain', '--key=SECRET\u001b[31m'], { env: { CHATERR_LANG: 'zh' } });
    expect(r.stderr).toBe("chaterr: 未知选项 '--key=…'\n");
    const control = await run(['explain', '--bo\u001bgus', '--lang', 'zh']);
    expect(control.stderr).toBe("chaterr: 未知选项 '--bo\\x1bgus'\n");
  });

  it('leaves a message it has no pattern for as commander wrote it', () => {
    expect(commanderMessage('something new', 'zh')).toBe('something new');
    expect(commanderMessage("unknown option '--x'", 'en')).toBe("unknown option '--x'");
  });
});

describe('langInArgv', () => {
  it.each([
    [['--lang', 'zh'], 'zh'],
    [['explain', '6014', '--lang=zh-CN'], 'zh'],
    [['--lang', 'zh', 'search', 'x', '--lang', 'en'], 'en'],
    [['--lang', 'fr'], undefined],
    [['--lang'], undefined],
    [['search', '--', '--lang', 'zh'], undefined],
    [['search', 'lang', 'zh'], undefined],
  ] as const)('%j -> %s', (argv, lang) => {
    expect(langInArgv(argv)).toBe(lang);
  });
});
