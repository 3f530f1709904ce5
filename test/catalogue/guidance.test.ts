// Per-code guidance: the issue's 50 codes have their own on every reading, and the validator reports each problem with file:line.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { isErrorCodesPage, symptomsByReading } from '../../src/catalogue-build/guidance.js';
import { formatProblem, ProblemList } from '../../src/catalogue-build/problems.js';
import { Catalogue } from '../../src/core/catalogue.js';
import { readSources } from '../helpers/sources.js';

const real = readSources();
const { data } = buildCatalogue(real);
const catalogue = new Catalogue(data);

/** Issue 9, item 1: every reading of each of these codes has guidance of its own. */
const ISSUE_CODES = [
  6013, 6014, 6206, 6208, 6012, 6017, 7008, 8001, 9506, 9508, 9519, 9520, 70001, 70003, 70009, 70013, 70014, 70016, 70050, 70107,
  70398, 70402, 20003, 20006, 20007, 20009, 20010, 20012, 20016, 10004, 10007, 10010, 10013, 10014, 10015, 10016, 10017, 80001,
  80002, 80003, 90003, 60004, 60008, 2801, 2903, 2024, 3002, 1002, -10001, -10003,
];

const GOOD = `# Kicked offline
applies: sdk:6208

## Causes
- The same UserID logged in on another device.
- A second tab logged in.

## 原因
- 同一 UserID 在其他设备登录。
- 另一个标签页登录。

## What to do
1. Log in again.

## 处理建议
1. 重新登录。

## Sources
- https://www.tencentcloud.com/document/product/1047/34348 | Error Codes page
`;

function problemsWith(files: Array<{ file: string; text: string }>): string[] {
  return buildCatalogue({ ...real, guidance: files }).problems.problems.map(formatProblem);
}

describe('guidance coverage', () => {
  it('gives every reading of the 50 codes of issue 9 its own causes, steps and sources', () => {
    expect(ISSUE_CODES).toHaveLength(50);
    const missing: string[] = [];
    for (const code of ISSUE_CODES) {
      const readings = catalogue.lookupCode(code).filter((e) => e.code === code);
      expect(readings.length, String(code)).toBeGreaterThan(0);
      for (const e of readings) if (e.adviceFrom !== 'code' || e.causes.length === 0) missing.push(`${e.source}:${e.code}`);
    }
    expect(missing, `readings without their own guidance: ${missing.join(' ')}`).toEqual([]);
  });

  it('fills a guided reading from its file: numbered steps, causes in both languages, sources as links', () => {
    const { data: one } = buildCatalogue({ ...real, guidance: [{ file: 'data/guidance/kicked.md', text: GOOD }] });
    expect(one.entries.find((e) => e.source === 'sdk' && e.code === 6208)).toMatchObject({
      adviceFrom: 'code',
      advice: '1. Log in again.',
      adviceZh: '1. 重新登录。',
      causes: ['The same UserID logged in on another device.', 'A second tab logged in.'],
      causesZh: ['同一 UserID 在其他设备登录。', '另一个标签页登录。'],
      adviceSources: [{ text: 'Error Codes page', url: 'https://www.tencentcloud.com/document/product/1047/34348' }],
    });
  });
});

describe('guidance validator', () => {
  const file = 'data/guidance/x.md';
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('accepts a well-formed file', () => {
    expect(problemsWith([{ file, text: GOOD }])).toEqual([]);
  });

  it('reports an unknown reading and a reading covered twice, with their lines', () => {
    const unknown = GOOD.replace('applies: sdk:6208', 'applies: sdk:6208 web:77777');
    expect(problemsWith([{ file, text: unknown }])).toEqual([`${file}:2: web:77777 is not a reading in the catalogue`]);
    expect(problemsWith([{ file: 'data/guidance/a.md', text: GOOD }, { file: 'data/guidance/b.md', text: GOOD }])).toEqual([
      'data/guidance/b.md:2: sdk:6208 already has guidance in data/guidance/a.md:2',
    ]);
  });

  it('reports a count mismatch between the English and Chinese lists', () => {
    const text = GOOD.replace('- 另一个标签页登录。\n', '');
    expect(problemsWith([{ file, text }])).toEqual([`${file}:${lineOf(text, '## 原因')}: "原因" has 1 item(s) but "Causes" has 2; they must match one to one`]);
  });

  it('reports a missing section, a missing source and a source that is not a URL', () => {
    const noSteps = GOOD.replace(/## 处理建议\n1\. 重新登录。\n/, '');
    expect(problemsWith([{ file, text: noSteps }])).toEqual([`${file}:${lineOf(noSteps, '## Sources')}: missing section "## 处理建议" before "## Sources"`]);
    const noSource = GOOD.replace(/- https.*\n/, '');
    expect(problemsWith([{ file, text: noSource }])).toEqual([`${file}:${lineOf(noSource, '## Sources')}: no sources: list at least one "- URL | note"`]);
    const notUrl = GOOD.replace('https://www.tencentcloud.com/document/product/1047/34348', 'the error codes page');
    expect(problemsWith([{ file, text: notUrl }])).toEqual([`${file}:${lineOf(notUrl, 'the error codes page')}: source "the error codes page" is not a URL`]);
  });

  it('reports a Chinese item with no Chinese in it', () => {
    const text = GOOD.replace('1. 重新登录。', '1. Log in again.');
    expect(problemsWith([{ file, text }])).toEqual([`${file}:${lineOf(text, '## 处理建议') + 1}: "处理建议" items are Chinese; this one has no Chinese text`]);
  });

  it('notes (without failing) a file that cites only the Error Codes page', () => {
    const { problems } = buildCatalogue({ ...real, guidance: [{ file, text: GOOD }] });
    expect(problems.notices.map((n) => `${n.file}:${n.line}`)).toContain(`${file}:${lineOf(GOOD, '## Sources')}`);
  });

  it('collects every problem across files before failing', () => {
    const a = GOOD.replace('applies: sdk:6208', 'applies: sdk:6208 sdk:99999');
    const b = GOOD.replace('applies: sdk:6208', 'applies: sdk:6206').replace('1. Log in again.', 'Log in again.');
    expect(problemsWith([{ file: 'data/guidance/a.md', text: a }, { file: 'data/guidance/b.md', text: b }])).toEqual([
      'data/guidance/a.md:2: sdk:99999 is not a reading in the catalogue',
      'data/guidance/b.md:13: a step in "What to do" must be "1. text"',
      'data/guidance/b.md:12: "What to do" has 0 step(s); give 1 to 5',
      'data/guidance/b.md:15: "处理建议" has 1 step(s) but "What to do" has 0; they must match one to one',
    ]);
  });
});

describe('symptom sections', () => {
  const file = 'data/guidance/x.md';
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const THREAD = 'https://github.com/TencentCloud/TIMSDK/issues/231 | two devices kick each other\n';
  /** GOOD with a thread as source 2 and symptom sections before the sources. */
  const withSymptoms = (en: string, zh: string) =>
    GOOD.replace('## Sources\n', `${en ? `## Symptoms\n${en}\n` : ''}${zh ? `## 症状\n${zh}\n` : ''}## Sources\n`).replace(/(- https:\/\/www.*\n)$/, `$1- ${THREAD}`);

  it('accepts well-formed sections, and a file without them', () => {
    const text = withSymptoms('- kicked offline right after login [2]', '- 登录后马上被踢下线 [1, 2]');
    expect(problemsWith([{ file, text }])).toEqual([]);
    expect(problemsWith([{ file, text: withSymptoms('', '') }])).toEqual([]);
    expect(problemsWith([{ file, text: withSymptoms('- kicked offline right after login [2]', '') }])).toEqual([]);
  });

  it('keeps symptoms out of the reading and gives them to the search index by source:code', () => {
    const text = withSymptoms('- kicked offline right after login [2]', '- 登录后马上被踢下线 [2]');
    const { data: one } = buildCatalogue({ ...real, guidance: [{ file, text }] });
    const entry = one.entries.find((e) => e.source === 'sdk' && e.code === 6208);
    expect(JSON.stringify(entry)).not.toContain('right after login');
    expect(symptomsByReading([{ file, text }], new ProblemList()).get('sdk:6208')).toEqual({ en: ['kicked offline right after login'], zh: ['登录后马上被踢下线'] });
  });

  it.each([
    ['a phrase without its source numbers', '- kicked offline right after login', '', 'a symptom must end with the numbers of its sources, as in "- kicked offline after login [2]"'],
    ['a source number out of range', '- kicked offline right after login [3]', '', 'symptom cites source 3, but "Sources" lists 2'],
    ['a phrase citing only the Error Codes page', '- kicked offline right after login [1]', '', 'symptom cites only the Error Codes page; cite the thread, Q&A page or API page it was written from'],
    ['Chinese under Symptoms', '- 登录后马上被踢下线 [2]', '', '"Symptoms" phrases are English; put Chinese ones under "## 症状"'],
    ['English under 症状', '', '- kicked offline right after login [2]', '"症状" phrases are Chinese; this one has no Chinese text'],
    ['a phrase too short', '- ab [2]', '', 'symptom has 2 characters; give 4 to 90'],
  ])('reports %s on its line', (_name, en, zh, message) => {
    const text = withSymptoms(en, zh);
    const bad = (en || zh).slice(2);
    expect(problemsWith([{ file, text }])).toEqual([`${file}:${lineOf(text, bad)}: ${message}`]);
  });

  it.each([
    ['the Chinese page on cloud.tencent.cn', 'https://cloud.tencent.cn/document/product/269/1671'],
    ['the trtc.io mirror', 'https://trtc.io/document/34348'],
    ['a language path', 'https://www.tencentcloud.com/zh/document/product/1047/34348?lang=zh'],
  ])('reports a phrase citing only the Error Codes page as %s', (_name, url) => {
    const text = withSymptoms('- kicked offline right after login [2]', '').replace(THREAD, `${url} | error codes, mirrored\n`);
    expect(problemsWith([{ file, text }])).toEqual([
      `${file}:${lineOf(text, 'kicked offline right after login')}: symptom cites only the Error Codes page; cite the thread, Q&A page or API page it was written from`,
    ]);
  });

  it('accepts a phrase citing an API page that says when the code is returned', () => {
    const api = 'https://docs.example.com/chat/rest/friend_add | REST friend_add: its error table\n';
    const text = withSymptoms('- adding a friend when my friend list is full [2]', '- 好友数量已满时加好友失败 [2]').replace(THREAD, api);
    expect(problemsWith([{ file, text }])).toEqual([]);
    expect(isErrorCodesPage('https://www.tencentcloud.com/document/product/1047/343481')).toBe(false);
  });

  it('reports a repeated phrase, an empty section and a section out of order', () => {
    const twice = withSymptoms('- kicked offline right after login [2]\n- Kicked offline right after login [2]', '');
    expect(problemsWith([{ file, text: twice }])).toEqual([`${file}:${lineOf(twice, '- Kicked offline')}: symptom "Kicked offline right after login" is listed twice`]);
    const empty = GOOD.replace('## Sources\n', '## Symptoms\n\n## Sources\n');
    expect(problemsWith([{ file, text: empty }])).toEqual([`${file}:${lineOf(empty, '## Symptoms')}: "Symptoms" is empty; leave the section out or give "- phrase [source number]"`]);
    const early = GOOD.replace('## 原因\n', '## Symptoms\n- kicked offline right after login [1]\n\n## 原因\n');
    expect(problemsWith([{ file, text: early }])).toContain(`${file}:${lineOf(early, '## 原因')}: "## 原因" comes twice or out of order`);
  });
});
