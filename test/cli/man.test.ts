// The man page: built from the program's help and README.md, well-formed roff, and it renders.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateManPage } from '../../scripts/generate-man.js';
import { createProgram } from '../../src/cli/program.js';
import { markdownToRoff, roffText } from '../../src/render/man.js';
import packageJson from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers/sources.js';
import { run } from '../helpers/fake-io.js';
import { PassThrough, Readable } from 'node:stream';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const page = generateManPage(README);
const program = createProgram({ stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from([]), env: {}, now: () => new Date(0), exitCode: 0 });
const MACROS = new Set(['.\\"', '.TH', '.SH', '.SS', '.PP', '.TP', '.IP', '.RS', '.RE', '.nf', '.fi', '.B', '.br', '.nh', '.ad']);

describe('the man page', () => {
  it('is the one the build shipped, and package.json points npm at it', () => {
    expect(readFileSync(join(ROOT, 'dist/man/chaterr.1'), 'utf8')).toBe(page);
    expect(packageJson.man).toEqual(['./dist/man/chaterr.1']);
    expect(packageJson.files).toContain('dist');
  });

  it('carries every command and option that --help shows', () => {
    const unescaped = page.replace(/\\-/g, '-');
    for (const command of program.commands) {
      expect(unescaped, command.name()).toContain(`.SS "chaterr ${command.name()} ${command.usage()}"`);
      for (const option of command.options) expect(unescaped, `${command.name()} ${option.flags}`).toContain(`\\fB${option.flags}\\fR`);
    }
    expect(unescaped).toContain('.SS "chaterr usersig generate [options]"');
    expect(unescaped).toMatch(/^\.SH EXAMPLES\n(.*\n)*\\fBchaterr 70001\\fR\nwhat it means and what to do$/m);
  });

  it('lists as taken by every command only the options each command takes', async () => {
    // "Every command takes these options, before or after its arguments" listed -V, --version too, and
    // `chaterr list -V` is "unknown option '-V'" (exit 2).
    const section = /\.SH OPTIONS\n([^]*?)\n\.SH /.exec(page)?.[1] ?? '';
    const every = section.split('\n.PP\n').find((part) => part.includes('Every command takes these options')) ?? '';
    const flags = [...every.matchAll(/^\\fB(.*)\\fR$/gm)].map((m) => (m[1] ?? '').replace(/\\-/g, '-').split(/[ ,]+/)[0] ?? '');
    expect(flags).toContain('--lang');
    for (const command of ['explain 70001', 'list', 'completion bash']) {
      for (const flag of flags) {
        const args = [...command.split(' '), flag, ...(flag === '--lang' ? ['en'] : [])];
        const r = await run(args);
        expect(r.code, args.join(' ')).toBe(0);
      }
    }
    expect(page.replace(/\\-/g, '-')).toContain('\\fB-V, --version\\fR');
  });

  it("has each command's README section name every option its --help lists, short and long", () => {
    // search's -c (its -n and -s only by scan's and list's) and the global -V were in --help and nowhere in README.
    const sections = README.split(/^### /m);
    const sectionOf = (name: string) => sections.find((section) => section.startsWith(`\`chaterr ${name} `)) ?? '';
    const missing: string[] = [];
    // The global options (--color, --lang, ...) that every command also lists are README's Output rules and Language.
    const global = new Set(program.options.map((option) => option.long));
    for (const command of program.commands.filter((c) => c.name() !== 'help')) {
      const text = sectionOf(command.name());
      for (const option of [...command.options, ...command.commands.flatMap((sub) => sub.options)].filter((o) => !global.has(o.long))) {
        for (const flag of [option.short, option.long]) if (flag && !text.includes(`\`${flag}`)) missing.push(`${command.name()} ${flag}`);
      }
    }
    for (const option of program.options) for (const flag of [option.short, option.long]) if (flag && !README.includes(`\`${flag}`)) missing.push(flag);
    expect(missing).toEqual([]);
  });

  it("carries each command's README section, so there is no second copy to keep", () => {
    expect(page).toContain('Reads the files in order, or stdin when no path is given');
    expect(page).toContain('This command decodes a version-2 UserSig');
    expect(page).toMatch(/^\.SH OUTPUT RULES AND EXIT STATUS$/m);
    expect(page).toMatch(/^\.SH TRIAGE CLASSES$/m);
  });

  it('is well-formed roff: known macros only, no stray request lines, ASCII only', () => {
    const lines = page.trimEnd().split('\n');
    expect(lines[1]).toBe(`.TH CHATERR 1 "" "chaterr ${packageJson.version}" "User Commands"`);
    for (const name of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'COMMANDS']) expect(page).toMatch(new RegExp(`^\\.SH ${name}$`, 'm'));
    for (const line of lines) {
      if (/^[.']/.test(line)) expect(MACROS.has(line.split(' ')[0] as string), line).toBe(true);
      expect(line, line).toMatch(/^[\x20-\x7e]*$/);
    }
  });

  it('escapes text that roff would misread', () => {
    expect(roffText('a\\b 错误码')).toBe('a\\eb \\[u9519]\\[u8BEF]\\[u7801]');
    expect(markdownToRoff('.hidden line\n\n| a | b |\n| --- | --- |\n| `-o` | only |')).toBe('.PP\n\\&.hidden line\n.TP\n\\fB\\-o\\fR\nonly');
    expect(markdownToRoff('- one\n  two\n- three')).toBe('.IP \\(bu 2\none two\n.IP \\(bu 2\nthree');
  });

  it.each([
    // A paragraph's code span is literal: its `\|` showed as a bare pipe.
    ['A `|` is escaped as `\\|`.', 'A \\fB|\\fR is escaped as \\fB\\e|\\fR.'],
    // A span of two backticks holds one; it ended the span early and swapped code and prose for the rest.
    ['`\\`, `` ` ``, `*` and `[x](https://e)` stay', '\\fB\\e\\fR, \\fB`\\fR, \\fB*\\fR and \\fB[x](https://e)\\fR stay'],
    // Outside code, a link keeps its text and an escaped mark is the mark.
    ['see [the page](https://e) for a \\* here', 'see the page for a * here'],
    // In a table a cell's `\|` is a pipe, code spans included.
    ['| a | b |\n| --- | --- |\n| `x\\|y` | p\\|q |', '.TP\n\\fBx|y\\fR\np|q'],
  ])('reads Markdown inline markup as GitHub shows it: %j', (markdown, roff) => {
    expect(markdownToRoff(markdown)).toBe(markdown.startsWith('|') ? roff : `.PP\n${roff}`);
  });

  const groff = spawnSync('groff', ['--version']).status === 0;
  it.runIf(groff)('renders with groff without a warning, and man shows it', () => {
    const checked = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', join(ROOT, 'dist/man/chaterr.1')], { encoding: 'utf8' });
    expect(checked.stderr).toBe('');
    const shown = spawnSync('man', ['-l', join(ROOT, 'dist/man/chaterr.1')], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8', MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat' } });
    if (shown.status !== 0) return; // no man-db: groff's check above is the render test
    // man renders for the locale it runs in: a UTF-8 one, as a Chinese reader's is, or the Chinese examples come out as '?'.
    expect(shown.stdout).toMatch(/^NAME\n\s+chaterr - Explain Tencent Cloud Chat/m);
    expect(shown.stdout).toContain('chaterr list [options] [category-or-source]');
    expect(shown.stdout).toContain('错误码 20003');
    // groff's terminal widths for CJK glyphs are its own, so only the lines without them are measured.
    const ascii = shown.stdout.split('\n').filter((l) => /^[\x20-\x7e]*$/.test(l));
    expect(Math.max(...ascii.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});
