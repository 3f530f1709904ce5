// data/extra-server-codes.tsv: server codes only the REST pages document become readings; each problem has its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRA_SERVER_CODES_FILE, extraServerEntries } from '../../src/catalogue-build/extra-server-codes.js';
import { formatProblem, ProblemList } from '../../src/catalogue-build/problems.js';
import { getCatalogue } from '../../src/core/catalogue.js';

const ROOT = join(import.meta.dirname, '..', '..');
const URL = 'https://cloud.tencent.com/document/product/269/0';
/** The catalogue as the page and headers give it, without the readings this file adds. */
const fromFile = new Set(
  readFileSync(join(ROOT, EXTRA_SERVER_CODES_FILE), 'utf8')
    .split('\n')
    .filter((row) => row.trim() !== '' && !row.startsWith('#'))
    .map((row) => `server:${Number(row.split('\t')[0])}`),
);
const base = getCatalogue().entries.filter((e) => !fromFile.has(`${e.source}:${e.code}`));

function parse(rows: string[]) {
  const problems = new ProblemList();
  const entries = extraServerEntries(['# header', ...rows].join('\n'), base, problems, 'x.tsv');
  return { entries, problems: problems.problems.map(formatProblem) };
}

describe('extra server codes file', () => {
  it('has no problems, and each of its codes is a server reading with both languages and its pages as links', () => {
    const problems = new ProblemList();
    const added = extraServerEntries(readFileSync(join(ROOT, EXTRA_SERVER_CODES_FILE), 'utf8'), base, problems);
    expect(problems.problems.map(formatProblem)).toEqual([]);
    for (const entry of added) {
      const reading = getCatalogue().lookupCode(entry.code).find((e) => e.source === 'server');
      expect(reading?.descriptionZhFrom, String(entry.code)).toBe('tencent');
      expect(reading?.description).toBe(entry.description);
      expect(reading?.links[0]?.url).toMatch(/^https:\/\/cloud\.tencent\.com\//);
    }
  });
});

describe('extraServerEntries', () => {
  it('makes a server reading in the named category, with Tencent\'s Chinese and our English', () => {
    const { entries, problems } = parse([`110002\tgroup\t话题不存在\tThe topic does not exist.\tdestroy_topic,get_topic\t${URL}`]);
    expect(problems).toEqual([]);
    expect(entries).toMatchObject([
      {
        code: 110002,
        source: 'server',
        category: 'group',
        categoryTitle: 'Group error codes',
        description: 'The topic does not exist.',
        descriptionZh: '话题不存在',
        descriptionZhFrom: 'tencent',
        links: [{ text: 'REST API page (destroy_topic, get_topic)', url: URL }],
        documented: true,
      },
    ]);
  });

  it('reports every problem with its line, all at once, and keeps none of the bad rows', () => {
    const { entries, problems } = parse([
      `10007\tgroup\t已有\tTaken.\tadd_group_member\t${URL}`,
      `110002\tnowhere\t无\tNone.\tget_topic\t${URL}`,
      `110003\tgroup\t\tNone.\tget_topic\t${URL}`,
      `110004\tgroup\t无\tNone.\tGet-Topic\t${URL}`,
      '110005\tgroup\t无\tNone.\tget_topic\tnot-a-url',
      '12ab\tgroup\t无\tNone.\tget_topic',
      `110006\tgroup\t无\tNone.\tget_topic\t${URL}`,
      `110006\tgroup\t无\tAgain.\tget_topic\t${URL}`,
    ]);
    expect(problems).toEqual([
      'x.tsv:2: server:10007 is already in the catalogue',
      expect.stringMatching(/^x\.tsv:3: "nowhere" is not a server category \(/),
      'x.tsv:4: descriptionZh is 1 to 200 characters (this one is 0)',
      'x.tsv:5: "Get-Topic" is not a REST API name (the path\'s last segment)',
      'x.tsv:6: "not-a-url" is not a source URL',
      'x.tsv:7: expected 6 tab-separated cells (code, category, descriptionZh, description, apis, source URLs), found 5',
      'x.tsv:9: server:110006 is already in the catalogue',
    ]);
    expect(entries.map((e) => e.code)).toEqual([110006]);
  });
});
