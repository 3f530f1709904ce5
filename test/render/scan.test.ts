// scan's printer and summary with colour off: the user's language, CJK widths, cut columns and escaped file names.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { CodeTally } from '../../src/core/scan/tally.js';
import { toJsonLine } from '../../src/render/json.js';
import { codeLabel } from '../../src/render/labels.js';
import { annotation, findingJson, firstSentence, ScanPrinter } from '../../src/render/scan.js';
import { summaryLines, summaryMarkdown, summaryTsv } from '../../src/render/scan-summary.js';
import { displayWidth } from '../../src/render/text.js';

const chalk = new Chalk({ level: 0 });
const catalogue = getCatalogue();
const readingsOf = (code: number) => catalogue.lookupCode(code);
const zh6206 = catalogue.lookupCode(6206)[0]?.descriptionZh ?? '';

function tally(codes: Array<[number, string, number]>) {
  const t = new CodeTally();
  for (const [code, file, line] of codes) t.record(code, { file, line });
  return t;
}

describe('scan annotations in the user language', () => {
  it('uses the Chinese description and Chinese words when lang is zh', () => {
    expect(zh6206).toMatch(/[\u4e00-\u9fff]/);
    expect(annotation(chalk, 6206, readingsOf(6206), undefined, false, 'zh')).toBe(`  ↳ 6206 sdk/account [auth] ${firstSentence(zh6206)}\n`);
    expect(annotation(chalk, 6206, readingsOf(6206), { file: '-', line: 3 }, false, 'zh')).toBe('  ↳ 6206 再次出现，首次见于第 3 行\n');
    expect(annotation(chalk, 99999, [], undefined, false, 'zh')).toBe('  ↳ 99999 未知错误码：不在目录中\n');
    expect(annotation(chalk, 6206, readingsOf(6206), undefined, false)).toBe('  ↳ 6206 sdk/account [auth] UserSig has expired.\n');
  });

  it('cuts a Chinese first sentence at its full stop', () => {
    expect(firstSentence('用户签名过期。请重新生成。')).toBe('用户签名过期。');
    expect(firstSentence('Needs v4.3 or later. Then retry.')).toBe('Needs v4.3 or later.');
  });

  it('escapes a file name in the line prefix and in repeat notes', () => {
    const printer = new ScanPrinter({ chalk, lang: 'en', escape: false, lineNumbers: true, showFile: true, echo: 'all' });
    printer.startFile('a\x1b[2Jb.log');
    const out: Array<string | Buffer> = [];
    printer.bytes(Buffer.from('x\ny'), out);
    expect(Buffer.concat(out.map((p) => Buffer.from(p))).toString()).toBe('a\\x1b[2Jb.log:1:x\na\\x1b[2Jb.log:2:y');
    expect(printer.note(6206, readingsOf(6206), { file: 'a\x9bb.log', line: 2 }).toString()).toBe('  ↳ 6206 again, first at a\\x9bb.log:2\n');
  });

  it('marks the code digits of a line that opens with a byte-order mark on a terminal', () => {
    // The detector counts columns after the mark; the marked line must too, or the highlight slides one character left.
    const printer = new ScanPrinter({ chalk: new Chalk({ level: 1 }), lang: 'en', escape: true, lineNumbers: false, showFile: false, echo: 'all' });
    printer.startFile('-');
    const raw = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('code=6206\n')]);
    const out: Array<string | Buffer> = [];
    printer.hit({ line: 1, findings: [{ code: 6206, column: 1, match: 'code=6206' }], raw, truncated: false, newline: true }, [], out);
    expect(Buffer.concat(out.map((p) => Buffer.from(p))).toString()).toContain('code=\x1b[1m\x1b[31m6206\x1b[39m\x1b[22m');
  });

  it('numbers piped lines the same way in one pass, in colour, and line by line for a name too long for that pass', () => {
    const long = `${'d/'.repeat(600)}app.log`;
    const printer = new ScanPrinter({ chalk, lang: 'en', escape: false, lineNumbers: true, showFile: true, echo: 'all' });
    printer.startFile(long);
    const out: Array<string | Buffer> = [];
    printer.bytes(Buffer.from('x\ny\n'), out);
    printer.bytes(Buffer.from('z'), out);
    expect(Buffer.concat(out.map((p) => Buffer.from(p))).toString()).toBe(`${long}:1:x\n${long}:2:y\n${long}:3:z`);
    const coloured = new ScanPrinter({ chalk: new Chalk({ level: 1 }), lang: 'en', escape: false, lineNumbers: true, showFile: false, echo: 'all' });
    coloured.startFile('-');
    const pieces: Array<string | Buffer> = [];
    coloured.bytes(Buffer.from('a\nb\n'), pieces);
    expect(Buffer.concat(pieces.map((p) => Buffer.from(p))).toString()).toBe('\x1b[32m1\x1b[39m\x1b[36m:\x1b[39ma\n\x1b[32m2\x1b[39m\x1b[36m:\x1b[39mb\n');
  });
});

describe('scan summary', () => {
  const rows = tally([[6206, 'a.log', 1], [6206, 'a.log', 5], [10007, 'b.log', 2], [99999, 'b.log', 9]]).summary();

  it('fits the width in Chinese too, counting CJK as two columns, and says the total in Chinese', () => {
    // 90 columns: at 80 the description, which needs 16, gives way to the whole place.
    const text = summaryLines(rows, readingsOf, { chalk, width: 90, lang: 'zh' as const }, { showFile: true, lang: 'zh' });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^错误码 +来源 +常量名 +次数 +首次/);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(90);
    expect(lines.at(-1)).toBe('合计：3 个错误码，共出现 4 次');
    expect(lines[1]).toContain('ERR_USER_SIG_EXPIRED');
    expect(lines[2]).toMatch(/^10007 .* 操作/);
  });

  it('keeps the code and constant name whole even when the terminal is too narrow for them', () => {
    const lines = summaryLines(rows, readingsOf, { chalk, width: 30, lang: 'en' as const }, { showFile: true, lang: 'en' }).split('\n');
    expect(lines).toContain('6206  2 ERR_USER_SIG_EXPIRED');
    expect(lines).toContain('10007 1 ERR_SVR_GROUP_PERMISSION_DENY');
  });

  it('wraps the total line at the narrowest terminal, where it alone ran past the edge', () => {
    // At 20 columns "Total: 4 findings of 3 codes" took 28; every other line but a too-long name fits.
    for (const lang of ['en', 'zh'] as const) {
      const lines = summaryLines(rows, readingsOf, { chalk, width: 20, lang }, { showFile: true, lang }).trimEnd().split('\n');
      const total = lines.slice(lines.findIndex((line) => /^(Total|合计)/.test(line)));
      expect(total.length, lang).toBeGreaterThan(1);
      for (const line of total) expect(displayWidth(line), line).toBeLessThanOrEqual(20);
      const whole = lang === 'en' ? 'Total: 4 findings of 3 codes' : '合计：3 个错误码，共出现 4 次';
      expect(total.join('').replace(/\s/g, '')).toBe(whole.replace(/\s/g, ''));
    }
  });

  it('runs past a narrow terminal only on the rows whose own constant name is too long for it', () => {
    // Every row was padded to the longest name, ERR_SVR_ACCOUNT_USERSIG_MISMATCH_PUBLICKEY here, and ran past 40
    // columns, so the terminal wrapped each one; the count now comes before the name, which ends the row.
    const long = tally([[6206, 'a.log', 1], [6206, 'a.log', 2], [70009, 'a.log', 3], [10007, 'a.log', 4]]).summary();
    for (const lang of ['en', 'zh'] as const) {
      const lines = summaryLines(long, readingsOf, { chalk, width: 40, lang }, { showFile: false, lang }).trimEnd().split('\n');
      // The header's "Count" would widen the count column past its one digit: it is left out, as the total says.
      expect(lines.slice(0, 3)).toEqual(['6206  2 ERR_USER_SIG_EXPIRED', '70009 1 ERR_SVR_ACCOUNT_USERSIG_MISMATCH_PUBLICKEY', '10007 1 ERR_SVR_GROUP_PERMISSION_DENY']);
      expect(lines.filter((line) => displayWidth(line) > 40)).toEqual([lines[1]]);
    }
  });

  it('shows the place whole at 80 columns, dropping a description that would be cut to a few words', () => {
    // At 80 columns the place was cut to `sdk/acc…` and `server/…` to leave the description a dozen columns
    // ("UserSig has…"), which said less than the place it cost.
    const wide = tally([[6206, 'a.log', 1], [10016, 'a.log', 2], [70001, 'a.log', 3]]).summary();
    const lines = summaryLines(wide, readingsOf, { chalk, width: 80, lang: 'en' as const }, { showFile: false, lang: 'en' }).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Code +Where +Name +Count +First$/);
    expect(lines[1]).toMatch(/^6206 +sdk\/account +ERR_USER_SIG_EXPIRED +1 1 +█+$/);
    expect(lines[2]).toMatch(/^10016 +server\/group +ERR_SVR_GROUP_REJECT_FROM_THIRDPARTY +1 2 +█+$/);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    // With room for a useful sentence, the description comes back, the place still whole.
    const roomy = summaryLines(wide, readingsOf, { chalk, width: 110, lang: 'en' as const }, { showFile: false, lang: 'en' }).split('\n');
    expect(roomy[1]).toMatch(/^6206 +sdk\/account +ERR_USER_SIG_EXPIRED +1 1 +█+ +UserSig has expired\.$/);
  });

  it('keeps tabs and line breaks out of tab-separated cells', () => {
    const odd = tally([[6206, 'a\tb\nc.log', 4]]).summary();
    expect(summaryTsv(odd, readingsOf, { showFile: false, lang: 'en' })).toBe('6206\tsdk\taccount\tERR_USER_SIG_EXPIRED\tUserSig has expired. Get a new valid UserSig and log in again. For more information about how to get a UserSig, see Generating UserSig.\t1\ta b c.log:4\n');
  });

  it('numbers a CRLF split between two reads of an over-long line once, piped and on a terminal', () => {
    for (const escape of [false, true]) {
      const printer = new ScanPrinter({ chalk, lang: 'en', escape, lineNumbers: true, showFile: false, echo: 'all' });
      const out: Array<string | Buffer> = [];
      for (const piece of ['long\r', '\nnext\rlast\n']) printer.bytes(Buffer.from(piece), out);
      expect(Buffer.concat(out.map((p) => Buffer.from(p))).toString(), escape ? 'terminal' : 'piped').toBe(escape ? '1:long\n2:next\n3:last\n' : '1:long\r\n2:next\r3:last\n');
    }
  });

  it('keeps a file name inert in a Markdown table: no link, emphasis, code span or entity from its characters', () => {
    const md = summaryMarkdown(tally([[6206, 'logs/[x](https://e.example) *b* `c` &amp; _u_.log', 2]]).summary(), readingsOf, { showFile: true, lang: 'en' });
    const cell = md.split('\n')[2]?.split(' | ')[5];
    expect(cell).toBe('logs/\\[x\\](https\\://e.example) \\*b\\* \\`c\\` \\&amp; \\_u\\_.log:2');
  });

  it("leaves GitHub's autolinks nothing to start from in a file name: www., an @, ://", () => {
    // GitHub links `www.example.com/…`, `ops@example.com…` and `https://…` in any table cell, brackets or none: the
    // summary of `scan --markdown www.example.com/ app.log` showed the directory as a link in a CI step summary.
    for (const file of ['www.example.com/app.log', 'logs/WWW.Example.com.log', 'ops@example.com.log', 'http://example.com/x.log', 'logs/[x](https://e.example)']) {
      const md = summaryMarkdown(tally([[6206, file, 2]]).summary(), readingsOf, { showFile: true, lang: 'en' });
      const cell = md.split('\n')[2]?.split(' | ')[5] ?? '';
      expect(cell.replace(/\\(.)/g, '$1'), file).toBe(`${file}:2`);
      expect(cell, file).not.toMatch(/www\.|(?<!\\)@|(?<!\\):\/\//i);
    }
  });

  it('writes a Markdown table in Chinese', () => {
    const md = summaryMarkdown(rows, readingsOf, { showFile: true, lang: 'zh' }).split('\n');
    expect(md[0]).toBe('| 错误码 | 来源 | 分类 | 常量名 | 次数 | 首次出现 | 说明 |');
    expect(md.at(-2)).toBe('合计：3 个错误码，共出现 4 次');
  });
});

describe('scan annotations on a terminal', () => {
  it('cut the sentence to the width, never the code, place or class, and stay whole without a width', () => {
    for (const width of [50, 60, 80]) {
      for (const lang of ['en', 'zh'] as const) {
        const line = annotation(chalk, 70001, readingsOf(70001), undefined, false, lang, width).trimEnd();
        expect(displayWidth(line), `${lang} at ${width}`).toBeLessThanOrEqual(width);
        expect(line).toMatch(/^ {2}↳ 70001 server\/account \[auth\] /);
      }
    }
    expect(annotation(chalk, 70001, readingsOf(70001), undefined, false)).toContain('(+1 more reading: chaterr explain 70001)');
    expect(annotation(chalk, 70001, readingsOf(70001), undefined, false, 'en', 200)).toContain('(+1 more reading: chaterr explain 70001)');
  });
});

describe('scan annotations on a narrow terminal', () => {
  const head = (code: number) => {
    const [first] = readingsOf(code);
    const label = first && codeLabel(first) !== String(code) ? `${code} (${codeLabel(first)})` : String(code);
    return `  ↳ ${label} ${first?.source}/${first?.category} [${first?.class}]`;
  };

  it('give the sentence a line of its own when the code, place and class leave it too little room', () => {
    // At 40 columns the sentence was kept at 12 columns beside the head and ran past the edge (49 columns for 70001).
    for (const lang of ['en', 'zh'] as const) {
      const lines = annotation(chalk, 70001, readingsOf(70001), undefined, false, lang, 40).trimEnd().split('\n');
      expect(lines, lang).toHaveLength(2);
      expect(lines[0]).toBe(`${head(70001)}${lang === 'zh' ? '（+1）' : ' (+1)'}`);
      expect(lines[1]).toMatch(/^ {4}\S/);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    }
  });

  it('keep the count of other readings, at the end of the sentence\'s line when the head leaves it no room', () => {
    for (const lang of ['en', 'zh'] as const) {
      const lines = annotation(chalk, 70001, readingsOf(70001), undefined, false, lang, 33).trimEnd().split('\n');
      expect(lines[0], lang).toBe(head(70001));
      expect(lines[1], lang).toMatch(lang === 'zh' ? /^ {4}\S.*（\+1）$/ : /^ {4}\S.* \(\+1\)$/);
      expect(displayWidth(lines[1] ?? ''), lang).toBeLessThanOrEqual(33);
    }
  });

  it('run past the width only where the code, place and class alone are wider, for every reading from 20 to 60', () => {
    // The "(+1)" of a code with several readings ran the head 2 to 6 columns past the edge where only the head fit
    // (70001 at 31 to 35 columns); it now ends the sentence's line.
    for (const entry of catalogue.entries) {
      for (const width of [20, 24, 28, 31, 32, 33, 34, 35, 36, 40, 50, 60]) {
        for (const lang of ['en', 'zh'] as const) {
          const text = annotation(chalk, entry.code, readingsOf(entry.code), undefined, false, lang, width);
          const [first, ...rest] = text.trimEnd().split('\n');
          expect(displayWidth(first ?? ''), first).toBeLessThanOrEqual(Math.max(width, displayWidth(head(entry.code))));
          for (const line of rest) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('cut a repeat note\'s deep path from the left, keeping the file name and line, and drop an unknown code\'s reason', () => {
    const path = `logs/${'device-0123456789/'.repeat(4)}app.log`;
    const note = annotation(chalk, 6206, readingsOf(6206), { file: path, line: 12 }, true, 'en', 40).trimEnd();
    expect(displayWidth(note)).toBeLessThanOrEqual(40);
    expect(note).toMatch(/^ {2}↳ 6206 again, first at ….*\/app\.log:12$/);
    expect(annotation(chalk, 6206, readingsOf(6206), { file: path, line: 12 }, true, 'en')).toContain(path);
    // The Chinese note is wider: the path gets less room, never a floor that runs past the edge.
    for (const code of [6206, -10001]) {
      const zh = annotation(chalk, code, readingsOf(code), { file: path, line: 12 }, true, 'zh', 40).trimEnd();
      expect(displayWidth(zh), zh).toBeLessThanOrEqual(40);
      expect(zh).toMatch(/首次见于 …[^…]*\.log:12$/);
    }
    // Too narrow for anything but the line: `…:12` stays.
    expect(annotation(chalk, -10001, readingsOf(-10001), { file: path, line: 12 }, true, 'zh', 20).trimEnd()).toMatch(/首次见于 …:12$/);
    expect(annotation(chalk, 123456, [], undefined, false, 'en', 40)).toBe('  ↳ 123456 unknown code\n');
    expect(annotation(chalk, 123456, [], undefined, false, 'en', 60)).toBe('  ↳ 123456 unknown code: not in the catalogue\n');
  });
});

describe('JSON on a terminal', () => {
  it('writes the bidirectional overrides and isolates as \\u escapes, as the C1 controls, in documents and NDJSON', () => {
    // `search 'kick\u202e' --json` printed the override raw: on a terminal that honours it, the rest of the line
    // shows reversed. Text output escapes these; JSON left them raw.
    const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    const doc = toJsonLine({ query: `kick${bidi}` });
    expect(doc).toBe('{"query":"kick\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069"}\n');
    expect(JSON.parse(doc).query).toBe(`kick${bidi}`);
    const out: Array<string | Buffer> = [];
    findingJson(`a${bidi}.log`, 1, { code: 6206, column: 1, match: 'code:6206' }, [], out);
    const line = Buffer.concat(out.map((p) => Buffer.from(p))).toString();
    expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(line).file).toBe(`a${bidi}.log`);
  });
});
