// Traditional Chinese queries search as their Simplified form; the generated character map must be current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHanMap, commonSimplified, HAN_MAP_PATH, OPENCC_TABLE_FILE, parseOpenccTable, renderHanMapModule } from '../../src/catalogue-build/han-map-module.js';
import { SEARCH_INDEX_PATH } from '../../src/catalogue-build/search-index-module.js';
import { HAN_SIMPLIFIED, HAN_TRADITIONAL } from '../../src/core/han-map.generated.js';
import { simplifyHan } from '../../src/core/han-simplify.js';
import { searchCatalogue } from '../../src/core/search.js';
import { ROOT } from '../helpers/sources.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const keys = (query: string) => searchCatalogue(query).map((h) => `${h.entry.source}:${h.entry.code}@${h.score}`);

describe('generated han map', () => {
  it('matches the committed file (run npm run catalogue when this fails)', () => {
    expect(read(HAN_MAP_PATH)).toBe(renderHanMapModule(buildHanMap(parseOpenccTable(read(OPENCC_TABLE_FILE)), read(SEARCH_INDEX_PATH))));
  });

  it('carries the generated, do-not-edit mark', () => {
    expect(read(HAN_MAP_PATH).split('\n')[0]).toMatch(/GENERATED.*Do not edit/);
  });

  it('pairs one-unit characters position for position, sorted, none twice', () => {
    expect(HAN_SIMPLIFIED.length).toBe(HAN_TRADITIONAL.length);
    expect([...HAN_TRADITIONAL]).toHaveLength(HAN_TRADITIONAL.length);
    expect([...HAN_SIMPLIFIED]).toHaveLength(HAN_SIMPLIFIED.length);
    expect(HAN_TRADITIONAL.split('')).toEqual([...new Set(HAN_TRADITIONAL.split(''))].sort());
  });

  it("never maps a character the index holds: a Simplified text's own characters stay as they are", () => {
    const held = new Set(read(SEARCH_INDEX_PATH).match(/\p{Script=Han}/gu));
    expect([...HAN_TRADITIONAL].filter((c) => held.has(c))).toEqual([]);
  });
});

describe('buildHanMap', () => {
  const table = parseOpenccTable('# header\n後\t后\n發\t发\n乾\t干 乾\n著\t着\n㑯\t㑔\n𡻕\t岁\n');

  it("keeps OpenCC's first form, only where the index or the common set has it", () => {
    expect(buildHanMap(table, '后发干着', new Set())).toEqual([
      { traditional: '乾', simplified: '干' },
      { traditional: '後', simplified: '后' },
      { traditional: '發', simplified: '发' },
      { traditional: '著', simplified: '着' },
    ]);
    expect(buildHanMap(table, '', new Set(['后']))).toEqual([{ traditional: '後', simplified: '后' }]);
  });

  it('leaves out a Traditional character the index uses itself, and characters outside the BMP', () => {
    expect(buildHanMap(table, '显著 着 岁', new Set()).map((p) => p.traditional)).toEqual([]);
  });

  it('rejects a malformed line', () => {
    expect(() => parseOpenccTable('後\n')).toThrow(/malformed/);
  });

  it("reads GB2312's first level as the common characters", () => {
    const common = commonSimplified();
    expect(common.size).toBe(3755);
    expect(common.has('签')).toBe(true);
    expect(common.has('簽')).toBe(false);
  });
});

describe('simplifyHan', () => {
  it.each([
    ['簽名過期', '签名过期'],
    ['被踢下線', '被踢下线'],
    ['群組已滿', '群组已满'],
    ['userSig過期 code 70001', 'userSig过期 code 70001'],
    ['ＵｓｅｒＳｉｇ過期', 'ＵｓｅｒＳｉｇ过期'],
    ['\uF900', '岂'],
    ['kicked offline', 'kicked offline'],
    ['签名过期', '签名过期'],
    ['𠀀後', '𠀀后'],
    ['', ''],
  ])('%s -> %s', (query, simplified) => {
    expect(simplifyHan(query)).toBe(simplified);
  });

  it('leaves every query of the query set as it is (all Simplified or English), so their results cannot move', () => {
    const queries = read('test/fixtures/search-queries.tsv')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('id\t'))
      .map((line) => line.split('\t')[3] ?? '');
    expect(queries.length).toBeGreaterThan(600);
    expect(queries.filter((q) => simplifyHan(q) !== q)).toEqual([]);
  });
});

describe('Traditional Chinese queries', () => {
  // The whole ranked list (scores included) must be the Simplified query's; the expected reading in the first three
  // only shows that the pair finds something to the point, not how search ranks it.
  it.each([
    ['簽名過期', '签名过期', 'sdk:6206'],
    ['被踢下線', '被踢下线', 'sdk:6208'],
    ['群組已滿', '群组已满', 'server:10014'],
    ['userSig過期', 'userSig过期', 'sdk:6206'],
    ['ＵｓｅｒＳｉｇ過期', 'userSig过期', 'sdk:6206'],
    ['網頁 被踢下線', '网页 被踢下线', 'web:1002'],
    ['kicked offline', 'kicked offline', 'sdk:6208'],
  ])('%s ranks as %s does (%s in the first three)', (traditional, simplified, expected) => {
    const found = keys(traditional);
    expect(found).toEqual(keys(simplified));
    expect(found[0]).toBeDefined();
    expect(found.slice(0, 3).map((k) => k.split('@')[0])).toContain(expected);
  });
});
