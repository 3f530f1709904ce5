// Terminal and package conventions through the built bin: bare lookup, shell completion sourced in a real shell,
// list by source and typo, and a fresh clone that installs cleanly, ships its man page and passes publint.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { ROOT } from '../helpers/sources.js';

const BIN = join(ROOT, 'bin', 'chaterr.cjs');
// Each case starts Node or a shell several times; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });
const cleanEnv = () => {
  const env = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'CHATERR_SECRET_KEY', 'npm_config_prefix']) delete env[name];
  return env;
};

function chaterr(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv(), input: '', encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const has = (command: string) => spawnSync(command, ['--version']).status === 0;

/**
 * Loads the completion script the way a user does (`source <(chaterr completion bash)`, with `chaterr` on PATH
 * through a wrapper), or from a file it was saved to, then asks the function that `complete -p chaterr` names for
 * the words a user would see after pressing Tab.
 */
function bashComplete(line: string, from: 'process' | string = 'process'): string[] {
  const load = from === 'process' ? 'source <(chaterr completion bash)' : `source "${from}"`;
  const script = `
    chaterr() { "${process.execPath}" "${BIN}" "$@"; }
    ${load}
    read -ra COMP_WORDS <<< "$LINE"
    [[ $LINE == *' ' ]] && COMP_WORDS+=('')
    COMP_CWORD=$((\${#COMP_WORDS[@]} - 1))
    COMP_LINE=$LINE COMP_POINT=\${#LINE}
    $(complete -p chaterr | sed -E 's/.*-F ([^ ]+).*/\\1/') chaterr "\${COMP_WORDS[COMP_CWORD]}" "\${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { env: { ...cleanEnv(), LINE: line }, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

/** The bash script, saved once, as the README's "keep it" line does: every further case starts no Node. */
function savedBashScript(): string {
  const file = join(tempDir('bash'), 'chaterr');
  writeFileSync(file, chaterr(['completion', 'bash']).stdout);
  return file;
}

/** Runs the bin under a pseudo-terminal of the given width (the transcript uses CRLF). */
function underTerminal(args: string, columns = 100): string {
  const r = spawnSync('script', ['-qec', `stty cols ${columns}; "${process.execPath}" "${BIN}" ${args}`, '/dev/null'], { env: cleanEnv(), encoding: 'utf8' });
  return r.stdout.replace(/\r\n/g, '\n');
}

describe('bare lookup through the bin', () => {
  it.runIf(has('script'))('works in a terminal, in colour, as it does piped', () => {
    const shown = underTerminal('70001');
    expect(shown).toMatch(/\x1b\[/);
    expect(shown.replace(/\x1b\[[0-9;]*m/g, '')).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
    expect(underTerminal('list grup')).toContain('did you mean group?');
    const web = underTerminal('list web').replace(/\x1b\[[0-9;]*m/g, '');
    expect(web).toContain('sdk-state');
    expect(web).not.toContain('access-layer');
  });

  it('explains a code, a negative code and a name given without a command', () => {
    expect(chaterr(['70001'])).toMatchObject({ code: 0, stderr: '' });
    expect(chaterr(['70001']).stdout).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
    expect(chaterr(['-10001']).stdout).toContain('ERR_SVR_SSO_D2_EXPIRED');
    expect(chaterr(['ERR_SDK_NOT_INITIALIZED']).stdout).toMatch(/^6013 {2}ERR_SDK_NOT_INITIALIZED/);
  });

  it('keeps a mistyped command a usage error with a did-you-mean', () => {
    expect(chaterr(['exlpain', '70001'])).toEqual({ code: 2, stdout: '', stderr: "chaterr: unknown command 'exlpain' (Did you mean explain?)\n" });
  });
});

describe('shell completion', () => {
  it('completes `chaterr ex` and `chaterr list gr` in bash, loaded with source <(chaterr completion bash)', { timeout: 30_000 }, () => {
    expect(bashComplete('chaterr ex')).toEqual(['explain']);
    expect(bashComplete('chaterr list gr')).toEqual(['group']);
  });

  it('completes options, category slugs, sources, classes and files in bash', { timeout: 30_000 }, () => {
    const saved = savedBashScript();
    expect(bashComplete('chaterr list ', saved)).toEqual(expect.arrayContaining(['web', 'server', 'sdk-v3', 'offline-push', 'sdk-state']));
    expect(bashComplete('chaterr list --class a', saved)).toEqual(['auth', 'app-code']);
    expect(bashComplete('chaterr search --source s', saved)).toEqual(['sdk', 'server', 'sdk-v3']);
    // bash splits --category=off at the '=' (COMP_WORDBREAKS): three words.
    expect(bashComplete('chaterr search --category = off', saved)).toEqual(['offline-push']);
    expect(bashComplete('chaterr --no-color list --so', saved)).toEqual(['--source']);
    expect(bashComplete('chaterr usersig ', saved)).toEqual(['generate']);
    expect(bashComplete('chaterr completion ', saved)).toEqual(['bash', 'zsh', 'fish']);
    const dir = tempDir('complete');
    cpSync(join(ROOT, 'package.json'), join(dir, 'app-2026.log'));
    expect(bashComplete(`chaterr scan ${dir}/app-`, saved)).toEqual([`${dir}/app-2026.log`]);
  });

  it('rejects an unknown shell as a usage error', () => {
    const r = chaterr(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^chaterr: .*tcsh.*bash, zsh, fish/);
  });

  it.runIf(has('zsh'))('gives zsh a script it parses', () => {
    const script = chaterr(['completion', 'zsh']).stdout;
    expect(script.startsWith('#compdef chaterr\n')).toBe(true);
    expect(spawnSync('zsh', ['-n'], { input: script }).status).toBe(0);
  });

  it.runIf(has('zsh'))('completes in zsh without touching PATH while it runs', () => {
    // The script's `local path=` emptied PATH (zsh ties path to it) for as long as the function ran, so any
    // command a completion helper or a user's zstyle ran from there was not found. compadd is stubbed to print
    // what it was given and the PATH it saw.
    const script = chaterr(['completion', 'zsh']).stdout;
    const driver = `compdef() { :; }\n${script}\ncompadd() { print -r -- "PATH=$PATH"; print -r -- "$@"; }\nwords=(chaterr list --source ''); CURRENT=4; _chaterr`;
    const r = spawnSync('zsh', ['-f'], { input: driver, encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: tempDir('zsh-home') } });
    expect(r.stdout).toContain('PATH=/usr/bin:/bin\n');
    expect(r.stdout).toContain('-- sdk server sdk-v3 web');
  });

  it.runIf(has('fish'))('completes in fish', () => {
    const script = chaterr(['completion', 'fish']).stdout;
    const r = spawnSync('fish', ['--no-config', '-c', `function chaterr; end; ${script}\ncomplete -C 'chaterr list gr'; complete -C 'chaterr ex'`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').map((l) => l.split('\t')[0])).toEqual(expect.arrayContaining(['group', 'explain']));
  });

  it.runIf(has('fish'))('completes in fish after a global option and its value, and only for the command in use', () => {
    // `chaterr --lang zh <Tab>` offered nothing (fish took zh for the command), and `chaterr help scan -<Tab>`
    // offered scan's options, as if scan were running.
    const script = chaterr(['completion', 'fish']).stdout;
    const complete = (line: string) => {
      const r = spawnSync('fish', ['--no-config', '-c', `function chaterr; end; ${script}\ncomplete -C '${line}'`], { encoding: 'utf8' });
      return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    };
    expect(complete('chaterr --lang zh ')).toEqual(expect.arrayContaining(['explain', 'scan', 'usersig']));
    expect(complete('chaterr --lang=zh sc')).toEqual(['scan']);
    expect(complete('chaterr help scan --')).not.toContain('--summary');
    expect(complete('chaterr usersig --lang zh generate --e')).toEqual(['--expire']);
    expect(complete('chaterr list --class a')).toEqual(['app-code', 'auth']);
  });
});

describe('list through the bin', () => {
  it('takes a source, and offers a did-you-mean for a typo', () => {
    const web = chaterr(['list', 'web', '--json']);
    expect(new Set(JSON.parse(web.stdout).categories.map((c: { source: string }) => c.source))).toEqual(new Set(['web']));
    expect(chaterr(['list', 'grup'])).toEqual({ code: 1, stdout: '', stderr: 'chaterr: no category or source "grup"; did you mean group?\n' });
  });
});

describe('the library from CommonJS', () => {
  // require('chaterr') was ERR_PACKAGE_PATH_NOT_EXPORTED ("No "exports" main defined"): exports named only an
  // import condition. Node.js 20.19 and 22.12 load an ES module with require, given a condition that require takes.
  const requireLoadsEsm = (process.features as { require_module?: boolean }).require_module === true;
  it.runIf(requireLoadsEsm)("require('chaterr') loads the library where Node.js can require an ES module", () => {
    const dir = tempDir('cjs');
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'chaterr'));
    writeFileSync(join(dir, 'use.cjs'), "const { explain } = require('chaterr'); console.log(explain('70001')[0].readings[0].categoryTitleZh);\n");
    const r = spawnSync(process.execPath, ['use.cjs'], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
    expect([r.status, r.stderr.replace(/^\(node:\d+\) ExperimentalWarning.*\n(.*--trace-warnings.*\n)?/m, ''), r.stdout]).toEqual([0, '', '服务端账号错误码\n']);
  });
});

describe('a fresh clone', () => {
  it('installs without changing a tracked file, ships a man page that man finds, and passes publint', { timeout: 300_000 }, async () => {
    const dir = tempDir('clone');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...cleanEnv(), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f && existsSync(join(ROOT, f)));
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    }
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'clone');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: 'pipe', env: cleanEnv() });
    expect(git('status', '--porcelain')).toBe('');

    // npm install -g, into a prefix of our own: the bin on PATH and the man page where man looks.
    const prefix = tempDir('global');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', dir], { stdio: 'pipe', env: cleanEnv() });
    // No MANPATH: man-db finds <prefix>/share/man from <prefix>/bin on PATH, as it does for a user.
    const env: NodeJS.ProcessEnv = { ...cleanEnv(), PATH: `${join(prefix, 'bin')}:${process.env.PATH}`, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat' };
    delete env.MANPATH;
    expect(execFileSync('chaterr', ['70001'], { env, encoding: 'utf8' })).toContain('ERR_SVR_ACCOUNT_USERSIG_EXPIRED');
    const linked = join(prefix, 'share', 'man', 'man1', 'chaterr.1');
    expect(readFileSync(realpathSync(linked), 'utf8')).toBe(readFileSync(join(ROOT, 'dist', 'man', 'chaterr.1'), 'utf8'));
    if (has('man')) {
      const where = execFileSync('man', ['-w', 'chaterr'], { env, encoding: 'utf8' }).trim();
      expect(realpathSync(where)).toBe(realpathSync(join(dir, 'dist', 'man', 'chaterr.1')));
      expect(execFileSync('man', ['chaterr'], { env, encoding: 'utf8' })).toMatch(/^NAME\n\s+chaterr - Explain Tencent Cloud Chat/m);
    }

    // publint packs with npm, lifecycle scripts off: it lints the files npm would publish.
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: dir, pack: 'npm', level: 'suggestion' });
    expect(messages).toEqual([]);
  });
});
