// search and list layouts: box tables that keep codes and names whole, stacked cards when narrow, plain lines when piped.
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import type { SearchHit } from '../../src/core/search.js';
import { entryPlainLine, plainLine } from '../../src/render/plain.js';
import { renderCategoriesTable, renderEntriesTable, renderSearchTable } from '../../src/render/tables.js';
import { fixtureEntry, plainContext } from './fixtures.js';
import { widestLine } from '../helpers/width.js';

const catalogue = getCatalogue();
const hitsOf = (codes: number[]): SearchHit[] => codes.flatMap((c) => catalogue.lookupCode(c)).map((entry) => ({ entry, score: 0.1, terms: [] }) as SearchHit);
const longNames = hitsOf([30002, 30003, 7008, -20009, 70001]);
const group = catalogue.categories.find((c) => c.source === 'server' && c.category === 'group');

describe('search and list tables', () => {
  it('never cut a code or a constant name, at any width', () => {
    const names = longNames.flatMap((h) => h.entry.names);
    for (let width = 20; width <= 200; width += 7) {
      const out = renderSearchTable(longNames, plainContext(width));
      for (const hit of longNames) expect(out, `width ${width}`).toContain(String(hit.entry.code));
      for (const name of names) expect(out, `width ${width}`).toContain(name);
    }
  });

  it('stack rows as short cards below the width where the table fits, and stay within the width', () => {
    const narrow = renderSearchTable(hitsOf([7008, 9506]), plainContext(40));
    expect(narrow).not.toContain('│');
    expect(narrow).toMatch(/^7008\n {2}ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT\n {2}Chat SDK · Common\n {2}Exceeded/);
    expect(renderSearchTable(hitsOf([7008]), plainContext(50))).toMatch(/^7008 {2}ERR_SDK_COMM_API_CALL_FREQUENCY_LIMIT\n {2}Chat SDK/);
    expect(widestLine(narrow)).toBeLessThanOrEqual(40);
    const wide = renderSearchTable(hitsOf([7008, 9506]), plainContext(80));
    expect(wide).toContain('│ 7008 ');
    expect(widestLine(wide)).toBeLessThanOrEqual(80);
  });

  it('wrap Chinese descriptions by display width inside the table', () => {
    const out = renderSearchTable(hitsOf([7008, 9506, 6014, 70001]), plainContext(70, 'zh'));
    expect(out).toContain('错误码');
    expect(out).toContain('客户端 SDK · 通用');
    expect(widestLine(out)).toBeLessThanOrEqual(70);
  });

  it('list categories in the language, fitting the width or stacked', () => {
    for (const width of [30, 60, 80, 120]) {
      for (const lang of ['en', 'zh'] as const) {
        const out = renderCategoriesTable([...catalogue.categories], plainContext(width, lang));
        expect(widestLine(out), `${lang} at ${width}`).toBeLessThanOrEqual(width);
        expect(out).toContain('relationship-chain');
      }
    }
    expect(renderCategoriesTable([...catalogue.categories], plainContext(120, 'zh'))).toContain('服务端账号错误码');
  });

  it('list a category with a heading in the language', () => {
    if (!group) throw new Error('no server group category');
    const entries = catalogue.entriesIn('group', 'server');
    expect(renderEntriesTable(group, entries, plainContext(100))).toMatch(/^Server · Group \(server\/group\): \d+ codes\n┌/);
    expect(renderEntriesTable(group, entries, plainContext(100, 'zh'))).toMatch(/^服务端 · 群组（server\/group）：\d+ 个错误码\n┌/);
  });
});

describe('counts in headings', () => {
  // Web's edition table holds one code: its heading read "1 codes", in the table and in the narrow cards.
  const single = catalogue.categories.find((c) => c.count === 1);
  it('say "1 code" for a table of one code, in the heading and in the narrow category cards', () => {
    if (!single) throw new Error('no category of one code');
    expect(renderEntriesTable(single, catalogue.entriesIn(single.category, single.source), plainContext(100))).toMatch(/\): 1 code\n┌/);
    const narrow = renderCategoriesTable([single], plainContext(30));
    expect(narrow).toMatch(/ 1 code\n/);
    expect(narrow).not.toMatch(/1 codes/);
  });
});

describe('plain lines (stdout not a terminal)', () => {
  it('print one tab-separated line per entry: code, source, category, names, description; no boxes, nothing cut', () => {
    const out = renderSearchTable(longNames, plainContext(40, 'en', 'plain'));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(longNames.length);
    expect(out).not.toMatch(/[│┌─]/);
    for (const [i, line] of lines.entries()) {
      const e = longNames[i]?.entry;
      expect(line.split('\t')).toEqual([String(e?.code), e?.source, e?.category, e?.names.join(','), e?.description]);
    }
  });

  it('carry Chinese descriptions with --lang zh, and list categories and entries the same way', () => {
    expect(entryPlainLine(fixtureEntry(), 'zh')).toBe('6014\tsdk\taccount\tERR_SDK_NOT_LOGGED_IN\tIM SDK 未登录，请先登录，成功回调之后重试，或者已被踢下线。\n');
    const cats = renderCategoriesTable([...catalogue.categories], plainContext(80, 'en', 'plain')).trimEnd().split('\n');
    expect(cats).toHaveLength(catalogue.categories.length);
    expect(cats).toContain('server\taccount\t25\t70001\t72001\tAccount error codes');
    if (!group) throw new Error('no server group category');
    const rows = renderEntriesTable(group, catalogue.entriesIn('group', 'server'), plainContext(80, 'en', 'plain')).trimEnd().split('\n');
    expect(rows.every((r) => /^-?\d+\tserver\tgroup\t/.test(r))).toBe(true);
  });

  it('keep one record a line: tabs and newlines inside a field become spaces, controls are escaped', () => {
    expect(plainLine([1, 'a\tb', 'line\nbreak', 'esc\x1b[2J'])).toBe('1\ta b\tline break\tesc\\x1b[2J\n');
  });
});

describe('on very wide terminals', () => {
  it('wrap descriptions near 80 columns instead of stretching rows across the screen', () => {
    const out = renderSearchTable(hitsOf([9520, 10004, 70001]), plainContext(300));
    expect(widestLine(out)).toBeLessThan(140);
    expect(out).toMatch(/│ Code/);
  });
});
