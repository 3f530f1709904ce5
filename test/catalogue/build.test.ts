// The catalogue is complete and exactly right: every page row, every constant, every reading of a number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { FACTS_PATH, GENERATED_PATH, renderFactsModule, renderGeneratedModule } from '../../src/catalogue-build/render-generated.js';
import { Catalogue, getCatalogue } from '../../src/core/catalogue.js';
import { TRIAGE_CLASSES } from '../../src/core/classes.js';
import type { Entry, Source } from '../../src/core/types.js';
import { readSources, ROOT } from '../helpers/sources.js';

const sources = readSources();
const { data, facts, officialLinks, problems } = buildCatalogue(sources);
const catalogue = new Catalogue(data);
/** Server codes only the REST pages document (data/extra-server-codes.tsv): documented, but not on the page. */
const restOnly = new Set(
  sources.extraServerCodes
    .split('\n')
    .filter((row) => /^-?\d/.test(row))
    .map((row) => Number(row.split('\t')[0])),
);
const documented = data.entries.filter((e) => e.documented && e.source !== 'web' && !(e.source === 'server' && restOnly.has(e.code)));
/** Where the page's first 10062 row is, found rather than pinned, so editing the page above it breaks nothing. */
const duplicateLine = sources.page.split('\n').findIndex((l) => l.startsWith('| 10062')) + 1;

describe('generated catalogue', () => {
  it('is up to date with data/ (run npm run catalogue after editing data/)', () => {
    const committed = readFileSync(join(ROOT, GENERATED_PATH), 'utf8');
    expect(committed).toBe(renderGeneratedModule(data, officialLinks));
  });

  it('has up-to-date facts (sources and usersig codes) too', () => {
    expect(readFileSync(join(ROOT, FACTS_PATH), 'utf8')).toBe(renderFactsModule(facts));
  });

  it('carries the generated, do-not-edit mark', () => {
    for (const path of [GENERATED_PATH, FACTS_PATH]) expect(readFileSync(join(ROOT, path), 'utf8').split('\n')[0]).toMatch(/GENERATED.*Do not edit/);
  });

  it('stores shared text once: no class advice, one copy of the official links, each guidance text once', () => {
    const generated = readFileSync(join(ROOT, GENERATED_PATH), 'utf8');
    expect(generated).not.toContain(TRIAGE_CLASSES.retry.advice);
    expect(generated.split('Error Codes (Chinese)')).toHaveLength(2);
    const guidanceLines = generated.split('\n').filter((l) => l.startsWith(`'{"causes":`));
    const distinct = new Set(data.entries.filter((e) => e.adviceFrom === 'code').map((e) => JSON.stringify([e.causes, e.advice, e.adviceSources])));
    expect(guidanceLines).toHaveLength(distinct.size);
  });

  it('puts one entry per line, so a data update is a readable diff', () => {
    const lines = readFileSync(join(ROOT, GENERATED_PATH), 'utf8').split('\n');
    const entryLines = lines.filter((l) => l.startsWith(`'{"code":`));
    expect(entryLines).toHaveLength(data.entries.length);
    expect(entryLines.find((l) => l.startsWith(`'{"code":70001,"source":"server"`))).toMatch(/^'\{"code":70001,.*"documented":true,"guidance":\d+\}',$/);
  });

  it('is what the tool loads: the same readings and categories, parsed line by line on demand', () => {
    const loaded = getCatalogue();
    expect(loaded.lookupCode(70001)).toEqual(catalogue.lookupCode(70001));
    expect(loaded.lookupName('MSG_SEND_FAIL')).toEqual(catalogue.lookupName('MSG_SEND_FAIL'));
    expect(loaded.lookupCode(125000)).toEqual(catalogue.lookupCode(125000));
    expect(loaded.entries).toEqual(data.entries);
    expect(loaded.categories).toEqual(data.categories);
    expect(loaded.codes).toEqual(catalogue.codes);
    expect(loaded.known.spans()).toEqual(catalogue.known.spans());
  });

  it('hands out frozen readings, so no caller can change a later answer', () => {
    const [first] = getCatalogue().lookupCode(70001);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.causes)).toBe(true);
    expect(getCatalogue().lookupCode(70001)).not.toBe(getCatalogue().lookupCode(70001));
  });

  it('validates the real data without problems, noting the merged duplicate of 10062', () => {
    expect(problems.problems).toEqual([]);
    // Guidance notes (a file that cites only the page) are advice to the writer, printed by the generator.
    expect(problems.notices.filter((n) => !n.file.startsWith('data/guidance/'))).toEqual([
      { file: 'data/chat-error-codes.md', line: duplicateLine + 1, message: expect.stringContaining(`code 10062 repeats line ${duplicateLine}`) },
    ]);
  });
});

describe('completeness against the Error Codes page', () => {
  it('accounts for all 421 rows: 419 distinct codes, the merged duplicate and the range', () => {
    const pageRows = sources.page.split('\n').filter((l) => /^\|\s*-?\d/.test(l));
    expect(pageRows).toHaveLength(421);
    expect(documented.filter((e) => !e.range)).toHaveLength(419);
    expect(documented.filter((e) => e.range)).toHaveLength(1);
    expect(new Set(documented.map((e) => e.code)).size).toBe(420);
  });

  const expected: Array<[Source, string, number]> = [
    ['sdk', 'common', 30],
    ['sdk', 'account', 12],
    ['sdk', 'message', 20],
    ['sdk', 'group', 15],
    ['sdk', 'relationship-chain', 6],
    ['sdk', 'network', 25],
    ['server', 'access-layer', 18],
    ['server', 'resource-file', 9],
    ['server', 'common-backend', 24],
    ['server', 'account', 23],
    ['server', 'profile', 11],
    ['server', 'relationship-chain', 22],
    ['server', 'recent-contacts', 12],
    ['server', 'message', 59],
    ['server', 'group', 51],
    ['server', 'offline-push', 9],
    ['server', 'operations-data', 5],
    ['sdk-v3', 'legacy', 69],
  ];
  it.each(expected)('%s %s has the page count of %i', (source, category, count) => {
    expect(documented.filter((e) => e.source === source && e.category === category)).toHaveLength(count);
  });

  it('keeps the range row as a range that every member resolves to', () => {
    const [range] = documented.filter((e) => e.range);
    expect(range).toMatchObject({ code: 120001, range: [120001, 130000], source: 'server', category: 'message' });
    for (const code of [120001, 125000, 130000]) expect(catalogue.lookupCode(code)).toContain(range);
    // 130001 is the next code, documented on its own by the REST pages (data/extra-server-codes.tsv), not the range's.
    expect(catalogue.lookupCode(130001).map((e) => e.range)).toEqual([undefined]);
    expect(catalogue.lookupCode(130015)).toEqual([]);
  });

  it('keeps signs: access layer and offline push codes are negative', () => {
    expect(catalogue.lookupCode(-10001)[0]).toMatchObject({ source: 'server', category: 'access-layer', names: ['ERR_SVR_SSO_D2_EXPIRED'] });
    expect(catalogue.lookupCode(-195)[0]).toMatchObject({ source: 'server', category: 'offline-push' });
    expect(catalogue.lookupCode(-10002)).toEqual([]);
  });

  it('strips Markdown: no raw links, backticks, bold or <br> in any description', () => {
    for (const e of data.entries) expect(e.description, `${e.source}:${e.code}`).not.toMatch(/\]\(|`|\*\*|<br/i);
    const e20007 = catalogue.lookupCode(20007)[0] as Entry;
    expect(e20007.description).toContain('blocklist of the other party.\nThe message delivery status');
    expect(e20007.links[0]).toEqual({ text: 'Blocklist check', url: 'https://intl.cloud.tencent.com/document/product/1047/34419' });
    expect((catalogue.lookupCode(9004)[0] as Entry).description).toContain('prefixed with “AddSource_Type_”.');
    expect((catalogue.lookupCode(70013)[0] as Entry).description).toContain('on the Auxiliary Tools page');
  });
});

describe('names and the Web table', () => {
  const native = JSON.parse(sources.native) as Array<{ code: number; name: string }>;
  const web = JSON.parse(sources.web) as Array<{ code: number; name: string }>;

  it('has all 372 native names, each on the entry of its number', () => {
    expect(native).toHaveLength(372);
    for (const { code, name } of native) {
      const entry = catalogue.lookupName(name);
      expect(entry, name).toBeDefined();
      expect(entry?.code).toBe(code);
      expect(entry?.source).not.toBe('web');
    }
  });

  it('has all 107 Web 2.22.1 codes as web readings, each with its 2.x name first', () => {
    expect(web).toHaveLength(107);
    for (const { code, name } of web) expect(catalogue.lookupCode(code).find((e) => e.source === 'web')?.names[0]).toBe(name);
  });

  it('marks the 32 named constants the page lacks as documented: false, still with name and section', () => {
    const undocumented = data.entries.filter((e) => !e.documented);
    expect(undocumented).toHaveLength(32);
    expect(catalogue.lookupName('ERR_SVR_MSG_EXTENSION_CONFLICT')).toMatchObject({ code: 23001, source: 'server', category: 'message', documented: false });
    expect(catalogue.lookupName('ERR_SVR_GROUP_INVALID_REQ')).toMatchObject({ code: 10008, category: 'group', documented: false });
    expect(catalogue.lookupName('ERR_SVR_ACCOUNT_INVALID_USERSIG')).toMatchObject({ code: 70052, category: 'account' });
    expect(catalogue.lookupName('ERR_HTTP_NO_CLEARTEXT_TRAFFIC_PERMISSION')).toMatchObject({ code: 6029, source: 'sdk' });
    expect(catalogue.lookupName('ERR_SVR_PROFILE_SUBSCRIPTION_DISABLED')).toMatchObject({ code: 72012, category: 'profile' });
  });

  it('looks names up case-insensitively', () => {
    expect(catalogue.lookupName('err_sdk_not_initialized')?.code).toBe(6013);
    expect(catalogue.lookupName('message_send_fail')?.code).toBe(2100);
  });

  it.each([
    [1002, [['server', 'operations-data'], ['web', 'sdk-state']]],
    [70001, [['server', 'account'], ['web', 'login']]],
    [20002, [['server', 'message'], ['web', 'login']]],
    [90001, [['server', 'message'], ['web', 'network']]],
    [91101, [['server', 'message'], ['web', 'sdk-state']]],
  ])('returns every reading of %i, each labelled with its source', (code, readings) => {
    expect(catalogue.lookupCode(code).map((e) => [e.source, e.category])).toEqual(readings);
  });

  it('puts every Web code in one of the documented Web categories', () => {
    const webCategories = new Set(data.entries.filter((e) => e.source === 'web').map((e) => e.category));
    expect([...webCategories].sort()).toEqual(['conversation', 'edition', 'group', 'internal', 'login', 'message', 'network', 'relationship', 'sdk-state', 'signaling', 'upload']);
    expect(catalogue.lookupCode(3122).find((e) => e.source === 'web')?.category).toBe('edition');
  });

  it('places a Web code by name only where the name says what it is: a group operation on kicking stays a group code', () => {
    // README "Categories": kick-outs (the session was kicked) go to sdk-state; 2680 is a group operation refused
    // (a member cannot be removed from an AVChatRoom), and sits in the group block.
    expect(catalogue.lookupName('CANNOT_KICK_MEMBER_IN_AVCHATROOM')).toMatchObject({ code: 2680, category: 'group' });
    expect(catalogue.lookupName('KICKED_OUT_MULT_DEVICE')?.category).toBe('sdk-state');
    expect(catalogue.lookupName('LONG_POLL_KICK_OUT')?.category).toBe('sdk-state');
  });
});

describe('categories', () => {
  it('summarizes count, min and max per category', () => {
    expect(data.categories.find((c) => c.source === 'server' && c.category === 'account')).toMatchObject({ min: 70001, max: 72001, title: 'Account error codes' });
    expect(data.categories.find((c) => c.category === 'legacy')).toMatchObject({ source: 'sdk-v3', count: 70 });
    expect(data.categories.find((c) => c.source === 'server' && c.category === 'message')?.max).toBe(130000);
  });
});
