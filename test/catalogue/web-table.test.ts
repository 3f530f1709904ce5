// The Web table: every 2.22.1 reading kept, 3.x names accepted, the 13 new codes described, `current` on each; and
// the script that re-extracts the table from a package tarball.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { formatProblem } from '../../src/catalogue-build/problems.js';
import { Catalogue } from '../../src/core/catalogue.js';
import type { Entry } from '../../src/core/types.js';
import { readSources, ROOT } from '../helpers/sources.js';

const real = readSources();
const { data } = buildCatalogue(real);
const catalogue = new Catalogue(data);
const web = data.entries.filter((e) => e.source === 'web');
const table3 = JSON.parse(real.web3) as {
  version: string;
  codes: Array<{ code: number; name: string }>;
  added_since_2_22_1: Array<{ code: number }>;
  removed_since_2_22_1: Array<{ code: number }>;
};
const webReading = (code: number) => catalogue.lookupCode(code).find((e) => e.source === 'web') as Entry;

describe('the Web table, 2.22.1 and 3.x together', () => {
  it('keeps all 107 readings of 2.22.1 and adds the 13 codes of 3.x', () => {
    expect(table3.version).toBe('3.6.6');
    expect(web).toHaveLength(120);
    expect(table3.added_since_2_22_1.map((c) => webReading(c.code)?.code)).toEqual([2101, 2117, 2118, 2119, 2454, 2687, 2995, 3123, 3153, 8010, 8011, 8012, 8020]);
  });

  it('accepts the 3.x name and the 2.x name of a renamed code', () => {
    expect(catalogue.lookupName('MSG_SEND_FAIL')).toBe(webReading(2100));
    expect(catalogue.lookupName('MESSAGE_SEND_FAIL')).toBe(webReading(2100));
    expect(webReading(2100).names).toEqual(['MESSAGE_SEND_FAIL', 'MSG_SEND_FAIL']);
    for (const { code, name } of table3.codes) expect(webReading(code).names, String(code)).toContain(name);
  });

  it('says which readings 3.x still has: current false exactly where 3.x dropped the code', () => {
    expect(webReading(91101).current).toBe(false);
    expect(webReading(2101).current).toBe(true);
    expect(web.filter((e) => e.current === false).map((e) => e.code).sort((a, b) => a - b)).toEqual(table3.removed_since_2_22_1.map((c) => c.code));
    expect(web.filter((e) => e.current === true)).toHaveLength(100);
    expect(data.entries.filter((e) => e.source !== 'web' && e.current !== undefined)).toEqual([]);
  });

  it('describes the new codes in English and Chinese', () => {
    for (const { code } of table3.added_since_2_22_1) {
      expect(webReading(code).description, String(code)).toMatch(/\w+ \w+/);
      expect(webReading(code).descriptionZh, String(code)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(webReading(2101).description).toMatch(/not joined/);
  });

  it('reports a new 3.x code without a description, and a description of a code 3.x did not add', () => {
    const web3Descriptions = real.web3Descriptions.replace(/^2117 \|.*\n/m, '') + '2100 | Not new.\n';
    const lines = web3Descriptions.split('\n');
    // (Its Chinese line then names a reading that is not there, a third problem.)
    expect(buildCatalogue({ ...real, web3Descriptions }).problems.problems.map(formatProblem)).toEqual(expect.arrayContaining([
      `data/web-sdk-error-codes-3.x.json:${real.web3.split('\n').findIndex((l) => l.includes('"code":2117')) + 1}: 2117 TRANSLATE_TEXT_FAIL is new in Web SDK 3.6.6: describe it in data/web-sdk-3.x-descriptions.txt`,
      `data/web-sdk-3.x-descriptions.txt:${lines.length - 1}: 2100 is not a code that Web SDK 3.6.6 added`,
    ]));
  });
});

describe('official links', () => {
  it('puts the English and Chinese Error Codes pages on every reading, after the page\'s own links', () => {
    for (const e of data.entries) {
      const urls = e.links.map((l) => l.url);
      expect(urls, `${e.source}:${e.code}`).toContain('https://www.tencentcloud.com/document/product/1047/34348');
      expect(urls, `${e.source}:${e.code}`).toContain('https://cloud.tencent.com/document/product/269/1671');
    }
    expect(catalogue.lookupCode(20007)[0]?.links[0]?.text).toBe('Blocklist check');
  });

  it('adds the Web SDK error-code reference to every Web reading, and only to those', () => {
    const isWebRef = (e: Entry) => e.links.some((l) => l.url.startsWith('https://web.sdk.qcloud.com/im/doc/'));
    expect(web.filter((e) => !isWebRef(e))).toEqual([]);
    expect(data.entries.filter((e) => e.source !== 'web' && isWebRef(e)).map((e) => `${e.source}:${e.code}`)).toEqual([]);
  });
});

describe('npm run web-table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chaterr-web-table-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-extracts the table from a package tarball into data/ and records its version', () => {
    mkdirSync(join(dir, 'package'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'package', 'package.json'), '{"name":"@tencentcloud/chat","version":"9.9.9"}');
    writeFileSync(join(dir, 'package', 'index.js'), 'var x=1,k={NO_SDKAPPID:2e3,MSG_SEND_FAIL:2100,BRAND_NEW:2123};');
    execFileSync('tar', ['czf', 'chat.tgz', 'package'], { cwd: dir });
    for (const f of ['web-sdk-error-codes.json', 'catalogue-sources.json']) copyFileSync(join(ROOT, 'data', f), join(dir, 'data', f));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'web-table.mjs'), join(dir, 'chat.tgz'), '--data', join(dir, 'data')], { stdio: 'pipe' });
    const written = JSON.parse(readFileSync(join(dir, 'data', 'web-sdk-error-codes-3.x.json'), 'utf8'));
    expect(written).toMatchObject({ package: '@tencentcloud/chat', version: '9.9.9', added_since_2_22_1: [{ code: 2123, name: 'BRAND_NEW' }] });
    expect(written.codes.map((c: { code: number }) => c.code)).toEqual([2000, 2100, 2123]);
    expect(written.renamed_since_2_22_1).toEqual([{ code: 2100, name_2_22_1: 'MESSAGE_SEND_FAIL', name: 'MSG_SEND_FAIL' }]);
    const sources = JSON.parse(readFileSync(join(dir, 'data', 'catalogue-sources.json'), 'utf8'));
    expect(sources.sources.find((s: { id: string }) => s.id === 'web3').version).toBe('9.9.9 (npm)');
  });
});
