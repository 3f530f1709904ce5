// The colour policy: flags beat FORCE_COLOR, FORCE_COLOR beats NO_COLOR and TERM=dumb, and the TTY decides the rest.
import { describe, expect, it } from 'vitest';
import { resolveColorLevel } from '../../src/cli/color.js';
import { run } from '../helpers/fake-io.js';
import { widestLine } from '../helpers/width.js';

describe('resolveColorLevel', () => {
  it.each([
    [{ flag: undefined, env: {}, isTTY: true }, 1],
    [{ flag: undefined, env: {}, isTTY: false }, 0],
    [{ flag: true, env: {}, isTTY: false }, 1],
    [{ flag: false, env: { FORCE_COLOR: '1' }, isTTY: true }, 0],
    [{ flag: undefined, env: { NO_COLOR: '1' }, isTTY: true }, 0],
    [{ flag: undefined, env: { NO_COLOR: '' }, isTTY: true }, 1],
    [{ flag: undefined, env: { FORCE_COLOR: '1' }, isTTY: false }, 1],
    [{ flag: undefined, env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    [{ flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
    [{ flag: undefined, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false }, 1],
    [{ flag: undefined, env: { TERM: 'dumb' }, isTTY: true }, 0],
    [{ flag: undefined, env: { TERM: 'xterm-256color' }, isTTY: true }, 1],
    [{ flag: true, env: { TERM: 'dumb' }, isTTY: true }, 1],
    [{ flag: undefined, env: { TERM: 'dumb', FORCE_COLOR: '1' }, isTTY: true }, 1],
  ])('%j -> level %i', (inputs, level) => {
    expect(resolveColorLevel(inputs)).toBe(level);
  });
});

describe('colour in output', () => {
  const esc = /\x1b\[/;
  it('is off when piped, on for a TTY, and off again with NO_COLOR or --no-color', async () => {
    expect((await run(['explain', '6206'])).stdout).not.toMatch(esc);
    expect((await run(['explain', '6206'], { tty: true })).stdout).toMatch(esc);
    expect((await run(['explain', '6206'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(esc);
    expect((await run(['explain', '6206', '--no-color'], { tty: true })).stdout).not.toMatch(esc);
    expect((await run(['--no-color', 'explain', '6206'], { tty: true })).stdout).not.toMatch(esc);
  });

  it('takes --color=always, never and auto, as git and ripgrep do, where commander said "unknown option \'--color=…\'"', async () => {
    expect((await run(['--color=always', 'explain', '6206'])).stdout).toMatch(esc);
    expect((await run(['explain', '6206', '--color=ALWAYS'])).stdout).toMatch(esc);
    expect((await run(['explain', '6206', '--color=never'], { tty: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(esc);
    // auto is the default: it undoes a flag before it, and the TTY decides.
    expect((await run(['--color', 'explain', '6206', '--color=auto'])).stdout).not.toMatch(esc);
    expect((await run(['--no-color', 'explain', '6206', '--color=auto'], { tty: true })).stdout).toMatch(esc);
    expect((await run(['--color=never', 'scan', '--color'], { stdin: 'code:6206\n' })).stdout).toMatch(esc);
    const bad = await run(['--color=sometimes', 'explain', '6206']);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, '', "chaterr: option '--color' argument 'sometimes' is invalid. expected one of always, never, auto\n"]);
    expect((await run(['explain', '6206', '--color=x', '--lang', 'zh'])).stderr).toBe("chaterr: 选项 '--color' 的取值 'x' 无效：应为以下之一：always, never, auto\n");
    // After --, it is an argument like any other.
    expect((await run(['explain', '--', '--color=always'])).stderr).not.toContain("option '--color'");
  });

  it('is off on a TERM=dumb terminal unless forced', async () => {
    expect((await run(['explain', '6206'], { tty: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(esc);
    expect((await run(['explain', '6206', '--color'], { tty: true, env: { TERM: 'dumb' } })).stdout).toMatch(esc);
    expect((await run(['explain', '6206'], { tty: true, env: { TERM: 'dumb', FORCE_COLOR: '1' } })).stdout).toMatch(esc);
  });

  it('is forced by FORCE_COLOR or --color when piped', async () => {
    expect((await run(['explain', '6206'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(esc);
    expect((await run(['explain', '6206', '--color'])).stdout).toMatch(esc);
  });

  it('wraps cards to the terminal width', async () => {
    const r = await run(['explain', '9517'], { tty: true, columns: 50, env: { NO_COLOR: '1' } });
    // A URL wider than the terminal stands alone, whole; every other line fits.
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(50);
  });
});
