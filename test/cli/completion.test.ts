// Completion scripts: read off the program and the catalogue, so each shell offers what the program really has.
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { TRIAGE_CLASS_NAMES } from '../../src/core/classes.js';
import { SOURCES } from '../../src/core/types.js';
import { renderCompletion, SHELLS, type CompletionSpec } from '../../src/render/completion.js';
import { run } from '../helpers/fake-io.js';

const slugs = [...new Set(getCatalogue().categories.map((c) => c.category))];

describe('chaterr completion', () => {
  it('prints a script for each shell that offers every command, option, slug, source and class', async () => {
    const help = (await run(['--help'])).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+) (?:\[options\]|\[command\])/gm)].map((m) => m[1] as string);
    expect(commands).toEqual(expect.arrayContaining(['explain', 'search', 'list', 'scan', 'usersig', 'completion']));
    const listOptions = [...(await run(['list', '--help'])).stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1] as string);
    expect(listOptions).toEqual(expect.arrayContaining(['--source', '--all', '--class', '--json']));
    for (const shell of SHELLS) {
      const r = await run(['completion', shell]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      for (const word of [...commands, ...listOptions, ...slugs, ...SOURCES, ...TRIAGE_CLASS_NAMES, 'generate', 'ERR_SDK_NOT_INITIALIZED']) {
        const spelled = shell === 'fish' && word.startsWith('--') ? `-l ${word.slice(2)}` : word;
        expect(r.stdout, `${shell}: ${word}`).toContain(spelled);
      }
    }
  });

  it('offers en and zh after --lang, which takes nothing else', async () => {
    // After --lang the scripts offered nothing, though it takes only these two.
    expect((await run(['completion', 'bash'])).stdout).toMatch(/"explain\|--lang"\) COMPREPLY=\(\$\(IFS=' '; compgen -W "en zh"/);
    expect((await run(['completion', 'fish'])).stdout).toMatch(/__chaterr_at "explain"' -l lang -x -a 'en zh'/);
    expect((await run(['completion', 'zsh'])).stdout).toMatch(/"explain\|--lang"\) compadd .* -- en zh ;/);
  });

  it("declares no local that zsh ties to its environment (path is PATH's array)", async () => {
    // `local path=` emptied PATH while the completion ran; the e2e test runs it in zsh where zsh is installed.
    const tied = new Set(['path', 'fpath', 'cdpath', 'manpath', 'module_path', 'mailpath', 'psvar', 'PATH', 'IFS']);
    const script = (await run(['completion', 'zsh'])).stdout;
    // `local a= b=${x} c` declares a, b and c; `local -a opts=(...)` declares opts.
    const scalars = [...script.matchAll(/^\s*local\s+(?!-)(.+)$/gm)].flatMap((m) => (m[1] as string).split(/\s+/).map((d) => d.split('=')[0]));
    const arrays = [...script.matchAll(/\blocal -a (\w+)=/g)].map((m) => m[1]);
    const locals = [...scalars, ...arrays];
    expect(locals.length).toBeGreaterThan(0);
    expect(locals.filter((name) => tied.has(name as string))).toEqual([]);
  });

  it('rejects an unknown shell with exit 2, naming the shells it knows', async () => {
    const r = await run(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/powershell.*bash, zsh, fish/);
  });

  it('refuses to put a word that needs quoting into a script', () => {
    const spec: CompletionSpec = {
      program: 'chaterr',
      version: '0',
      root: { name: 'chaterr', description: '', options: [], subcommands: [{ name: 'list', description: '', options: [], args: { kind: 'words', words: ['$(reboot)'] }, subcommands: [] }] },
    };
    expect(() => renderCompletion(spec, 'bash')).toThrow(/cannot go into a script/);
  });

  it("keeps descriptions on one line and their quotes closed in zsh and fish", () => {
    const spec: CompletionSpec = {
      program: 'chaterr',
      version: '0',
      root: { name: 'chaterr', description: '', options: [], subcommands: [{ name: 'list', description: "it's\na 'test' \\", options: [], subcommands: [] }] },
    };
    expect(renderCompletion(spec, 'fish')).toContain(`-a list -d 'it\\'s a \\'test\\' \\\\'`);
    expect(renderCompletion(spec, 'zsh')).toContain(`'list:it'\\''s a '\\''test'\\'' \\'`);
  });
});
