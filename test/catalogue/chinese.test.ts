// Every reading gets Chinese text with its provenance; gaps and stray lines in our own file are problems with file:line.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { formatProblem } from '../../src/catalogue-build/problems.js';
import { readSources } from '../helpers/sources.js';

const real = readSources();
const built = buildCatalogue(real);

function problemsWith(changes: Partial<typeof real>): string[] {
  return buildCatalogue({ ...real, ...changes }).problems.problems.map(formatProblem);
}

function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
}

describe('Chinese descriptions', () => {
  it('gives every reading Chinese text, mostly in Tencent’s own wording', () => {
    const entries = built.data.entries;
    expect(entries.every((e) => /\p{Script=Han}/u.test(e.descriptionZh))).toBe(true);
    const ours = entries.filter((e) => e.descriptionZhFrom === 'chaterr');
    expect(ours.length).toBeGreaterThan(0);
    expect(entries.length - ours.length).toBeGreaterThan(ours.length);
  });

  it('takes Tencent’s text where it exists and ours elsewhere', () => {
    const byKey = new Map(built.data.entries.map((e) => [`${e.source}:${e.code}`, e]));
    expect(byKey.get('sdk:6208')).toMatchObject({ descriptionZhFrom: 'tencent' });
    expect(byKey.get('server:10045')).toMatchObject({ descriptionZhFrom: 'chaterr', descriptionZh: expect.stringContaining('32 字节') });
  });

  it('reports a reading left without Chinese text as a problem', () => {
    const line = lineOf(real.ownZh, 'server:10045 |');
    const ownZh = real.ownZh.split('\n').filter((_, i) => i !== line - 1).join('\n');
    expect(problemsWith({ ownZh })).toEqual(['data/descriptions.zh.txt:1: 1 reading(s) lack a Chinese description: server:10045']);
  });

  it('reports a malformed line, a duplicate, an unknown code and a line Tencent already covers, each with its line', () => {
    const base = real.ownZh.split('\n').length;
    const ownZh = `${real.ownZh}\nserver:10045 没有竖线\nserver:1003 | 重复\nserver:77777 | 不存在\nsdk:6208 | 被踢\n`;
    const problems = problemsWith({ ownZh });
    expect(problems).toEqual([
      `data/descriptions.zh.txt:${base + 1}: expected "source:code | 中文描述"`,
      `data/descriptions.zh.txt:${base + 2}: server:1003 is described twice`,
      `data/descriptions.zh.txt:${base + 4}: sdk:6208 already has Tencent's Chinese text; drop our line`,
      `data/descriptions.zh.txt:${base + 3}: server:77777 is not in the catalogue`,
    ]);
  });
});
