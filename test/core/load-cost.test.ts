// What every command pays when the core loads: no Unicode-script pattern and no stemmed word list is built before use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasHan } from '../../src/core/han-script.js';
import { holdsOnlyCommonWords, termsOf } from '../../src/core/search-text.js';
import { ROOT } from '../helpers/sources.js';

/** Every .ts file under a directory of src/. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, dir, name));
}

describe('patterns of Unicode scripts', () => {
  it('are built on first use, not when a module of src/core or src/cli loads', () => {
    // A top-level declaration (column 0) holding a \p{Script=...} pattern outside a function: V8 builds the script's
    // character set when the pattern is created, which cost every command's start-up about a millisecond for six.
    const eager = [...sources('src/core'), ...sources('src/cli')].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^(export )?(const|let|var) /.test(line) && line.includes('\\p{Script=') && !line.includes('=>'))
        .map((line) => `${file.slice(ROOT.length + 1)}: ${line.slice(0, 80)}`),
    );
    expect(eager).toEqual([]);
  });

  it('work the same when built lazily: Han is told apart, stop words are dropped', () => {
    expect(hasHan('登')).toBe(true);
    expect(hasHan('a')).toBe(false);
    expect(termsOf('the request failed 登录')).toEqual(['request', '登录']);
    expect(holdsOnlyCommonWords('the is it')).toBe(true);
  });
});
