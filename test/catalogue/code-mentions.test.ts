// Every code fact in one place: src/ and the README name only codes the catalogue has, and the UserSig codes come from data.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { Catalogue } from '../../src/core/catalogue.js';
import { USERSIG_CHECKABLE, USERSIG_CODES } from '../../src/core/usersig-codes.js';
import { readSources, ROOT } from '../helpers/sources.js';

const { data } = buildCatalogue(readSources());
const catalogue = new Catalogue(data);

/** Numbers that look like codes but are not meant as catalogue codes, each with its reason. */
const NOT_CODES = new Map<string, string>([
  ['1000', 'milliseconds per second; the search limit cap; "返回1000条消息" as a quantity'],
  ['1024', 'bytes per KiB'],
  ['3600', 'seconds per hour'],
  ['8192', 'the longest UserSig accepted'],
  ['86400', 'seconds per day'],
  ['999999', "the scanner's upper bound for a code's shape"],
  ['139999', "the scanner's upper bound for an unknown code a key vouches for"],
  ['99999', "the scanner's upper bound for an unknown five-digit code (six-digit ones start at 114000)"],
  ['110404', "another service's six-digit code, below Tencent's six-digit range, in the README's list of what scan never reports"],
  ['-100', "the scanner's bound for a negative code's shape"],
  ['-99999', "the scanner's bound for a negative code's shape"],
  ['70346', "the README's example of an unknown code"],
  ['6707', "the README's example of an unknown code seen in a real log"],
  ['-1002', "Apple's NSURLError code, which the scanner must not report"],
  ['-1009', "Apple's NSURLError code, which the scanner must not report"],
  ['-1001', "the scanner's bound below which a negative number is another product's code (NSURLError)"],
  ['-999', "Apple's NSURLError code for a cancelled load, which the scanner must not report"],
  ['-998', "Apple's NSURLError code, which the scanner must not report"],
  ['-399', "the scanner's bound for an unknown negative three-digit code"],
  ['1009', "JPush's error code, a false code in the scanner's fresh12 split"],
  ['4096', 'the largest key file read, in bytes'],
  ['9999', 'the last year a UserSig time may name'],
  ['6632', "an unknown code in a real log line the scanner misses (README's quality notes)"],
  ['44004', "WeChat's own error code, a false code in the scanner's held-out set"],
  ['2200', "Lark's own error code, a false code in the scanner's fresh7 split (README's quality notes)"],
  ['31008', "Twilio's own error code, a false code in the scanner's fresh9 split (README's quality notes)"],
  ['3200', "another service's own error code, a false code in the scanner's fresh10 split (README's quality notes)"],
  ['38000', "an app's own callback result code, a false code in the scanner's fresh10 split (README's quality notes)"],
  ['39000', "the upper bound of the callback reply's ResultCode range [38000,39000] in Tencent's docs, a parameter table's row the scanner reads no code in"],
  ['1200', "an unknown code after ret=, a false code in the scanner's fresh10 split (README's quality notes)"],
  ['7000', "a prefix grepped for in the README's example (chaterr list group | grep 7000)"],
  ['1020', "an unknown generic number after 错误码, a false code in the scanner's fresh2 split (README's generic-number rule)"],
  ['40029', "WeChat's own error code (an invalid login code), the README's example of an unknown generic number"],
  ['10000', "the round base of Tencent's 10xxx codes, in the scanner's generic-number rule"],
  ['1099', "the end of the 1000 base's first hundred, in the scanner's generic-number rule"],
  ['30000', "a round base, in the scanner's generic-number rule"],
  ['30099', "the end of the 30000 base's first hundred, in the scanner's generic-number rule"],
  ['1100', "the start of a four-digit block where Tencent numbers nothing, in the scanner's generic-number rule"],
  ['1999', "the end of a four-digit block where Tencent numbers nothing, in the scanner's generic-number rule"],
  ['5000', "the start of a four-digit block where Tencent numbers nothing, in the scanner's generic-number rule"],
  ['5999', "the end of a four-digit block where Tencent numbers nothing, in the scanner's generic-number rule"],
  ['1101', "web WeChat's Ret code, the scanner's example of a number in a block where Tencent numbers nothing"],
  ['1102', "web WeChat's synccheck retcode, the scanner's example of a number in a block where Tencent numbers nothing"],
  ['1202', "WebQQ's retcode, a false code in the scanner's fresh17 split (README's quality notes)"],
  ['1204', "web WeChat's Ret code (ItChat), a false code in the scanner's fresh14 split"],
  ['1970', "the first year the scanner reads as a date on a line not about failure (isYearShaped)"],
  ['2039', "the last year the scanner reads as a date on a line not about failure (isYearShaped)"],
  ['31004', "RongCloud's own error code (an incorrect token), a false code in the scanner's fresh18 split"],
  ['2028', 'U+2028, the JavaScript line separator'],
  ['2029', 'U+2029, the JavaScript paragraph separator'],
]);

/** Web numbering blocks (2000-2039 ...) are ranges of the Web table, not codes. */
const SKIPPED = new Set(['src/catalogue-build/web-categories.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.generated\.ts$/.test(name) ? [path] : [];
  });
}

/** A standalone integer of a code's shape: not part of a longer number, a version, a date, an id or a quantity with a unit. */
const NUMBER = /(?<![\w.\-*/#x$])-?\d{3,6}(?![\w.]|\s*(?:ms|MB|MiB|KB|KiB|GB|bytes|s\b|h\b|days|%|×|\*|x\b|-\d))/g;

function mentions(file: string): Array<{ where: string; number: string }> {
  const out: Array<{ where: string; number: string }> = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(NUMBER)) {
        if (/^\d{3}$/.test(m[0])) continue; // three positive digits are HTTP statuses and sizes, never Chat codes
        out.push({ where: `${relative(ROOT, file)}:${i + 1}`, number: m[0] });
      }
    });
  return out;
}

describe('codes named in src/, the README and the measurement history', () => {
  const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'README.md'), join(ROOT, 'bench', 'HISTORY.md')].filter((f) => !SKIPPED.has(relative(ROOT, f)));

  it('are all in the catalogue (or listed here as deliberate non-codes)', () => {
    const unknown = files.flatMap(mentions).filter(({ number }) => !NOT_CODES.has(number) && !catalogue.isKnown(Number(number)));
    expect(unknown.map((u) => `${u.where}: ${u.number}`)).toEqual([]);
  });

  it('sees real mentions, so it cannot pass by matching nothing', () => {
    const found = new Set(files.flatMap(mentions).map((m) => m.number));
    for (const code of ['70001', '-10001', '6206', '125000']) expect(found).toContain(code);
  });

  it('keeps the non-code list honest: each entry is still mentioned and still not a code', () => {
    const found = new Set(files.flatMap(mentions).map((m) => m.number));
    for (const n of NOT_CODES.keys()) {
      expect(found, n).toContain(n);
      expect(catalogue.isKnown(Number(n)), n).toBe(false);
    }
  });
});

describe('the UserSig codes come from data/usersig-checks.txt', () => {
  it('names the codes each finding reports', () => {
    expect(USERSIG_CODES).toEqual({ expiry: 70001, expirySdk: 6206, identifier: 70013, sdkappid: 70014, signature: 70009, malformed: [70003, 70005] });
    expect([...USERSIG_CHECKABLE]).toEqual(expect.arrayContaining(['sdk:6206', 'server:70001', 'server:70009', 'web:3004']));
  });

  it('leaves no UserSig code as a literal in the code that reports them', () => {
    const literal = new RegExp(`\\b(${Object.values(USERSIG_CODES).flat().join('|')})\\b`);
    for (const file of ['src/core/usersig.ts', 'src/cli/commands/usersig.ts', 'src/render/explain.ts', 'src/render/usersig.ts']) {
      const hits = readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line, i) => `${file}:${i + 1}: ${line.trim()}`)
        .filter((l) => literal.test(l.replace(/^[^:]+:\d+: /, '')));
      expect(hits).toEqual([]);
    }
  });
});

describe('the README', () => {
  it('states the guidance coverage the catalogue has', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const stated = /\((\d+) readings of (\d+) codes,/.exec(readme);
    const guided = data.entries.filter((e) => e.adviceFrom === 'code');
    expect(stated?.slice(1, 3).map(Number)).toEqual([guided.length, new Set(guided.map((e) => e.code)).size]);
    expect(readme).toContain(`catalogue: ${data.entries.length} readings, ${guided.length} with guidance of their own; built from:`);
  });
});
