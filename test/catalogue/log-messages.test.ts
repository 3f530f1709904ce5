// data/log-messages.tsv: each problem is reported with its line, all at once, and good rows reach the search index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_MESSAGES_FILE, parseLogMessages } from '../../src/catalogue-build/log-messages.js';
import { formatProblem, ProblemList } from '../../src/catalogue-build/problems.js';
import { getCatalogue } from '../../src/core/catalogue.js';
// @ts-expect-error: a plain ESM script without type declarations, shared with `npm run bench:search`.
import { readQueries } from '../../bench/search-quality.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const entries = getCatalogue().entries;
const URL = 'https://example.com/thread';

function parse(rows: string[]) {
  const problems = new ProblemList();
  const messages = parseLogMessages(['# header', ...rows].join('\n'), entries, problems, 'm.tsv');
  return { messages, problems: problems.problems.map(formatProblem), notices: problems.notices.map(formatProblem) };
}

describe('log messages file', () => {
  it('has no problems, and every row names a reading the catalogue has', () => {
    const problems = new ProblemList();
    const messages = parseLogMessages(readFileSync(join(ROOT, LOG_MESSAGES_FILE), 'utf8'), entries, problems);
    expect(problems.problems.map(formatProblem)).toEqual([]);
    expect(messages.size).toBeGreaterThan(0);
  });

  // data/SOURCES.md promises it: a string taken from a query's own thread would answer that query by construction.
  it('cites no source of the search query set', () => {
    const querySources = new Set((readQueries() as Array<{ source: string }>).flatMap((q) => q.source.split(/\s+/)));
    const cited = readFileSync(join(ROOT, LOG_MESSAGES_FILE), 'utf8')
      .split('\n')
      .filter((row) => row.trim() !== '' && !row.startsWith('#'))
      .map((row) => (row.split('\t')[2] ?? '').trim());
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((url) => querySources.has(url))).toEqual([]);
  });

  it('groups messages by reading, in file order, with the code written as the catalogue keys it', () => {
    const { messages, problems } = parse([`sdk:6015\tlast request is running\t${URL}`, `server:10010\tgroup id invalid\t${URL}`, `sdk:6015\tsecond one\t${URL}`]);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(messages)).toEqual({ 'sdk:6015': ['last request is running', 'second one'], 'server:10010': ['group id invalid'] });
  });

  it.each([
    [`sdk:6015\tno url here`, 'm.tsv:2: expected 3 tab-separated cells (reading, message, source URL), found 2'],
    [`android:6015\tsome message\t${URL}`, 'm.tsv:2: "android:6015" is not a reading (sdk|server|web|sdk-v3:code)'],
    [`sdk:123456\tsome message\t${URL}`, 'm.tsv:2: the catalogue has no reading sdk:123456'],
    [`sdk:6015\tok\t${URL}`, 'm.tsv:2: a message is 3 to 120 characters (this one is 2)'],
    [`sdk:6015\t${'x'.repeat(121)}\t${URL}`, 'm.tsv:2: a message is 3 to 120 characters (this one is 121)'],
    [`sdk:6015\tbad\u001b[31m red\t${URL}`, 'm.tsv:2: the message holds a control character'],
    // Pasted from a web page: they reorder or break what the card shows, or hide inside a word search then misreads.
    [`sdk:6015\tlast request \u202eis running\t${URL}`, 'm.tsv:2: the message holds a control character'],
    [`sdk:6015\tlast request\u2028is running\t${URL}`, 'm.tsv:2: the message holds a control character'],
    [`sdk:6015\tlast req\u200buest is running\t${URL}`, 'm.tsv:2: the message holds a control character'],
    [`sdk:6015\tlast\ufeff request is running\t${URL}`, 'm.tsv:2: the message holds a control character'],
    [`sdk:6015\t...!!\t${URL}`, 'm.tsv:2: the message has no words'],
    [`sdk:6015\tsome message\tgithub.com/x`, 'm.tsv:2: "github.com/x" is not a source URL'],
  ])('reports %j', (row, problem) => {
    expect(parse([row]).problems).toContain(problem);
  });

  it('reports every bad row at once, and a message given to two readings at its second line', () => {
    const { problems } = parse([`sdk:6015\tok\t${URL}`, `sdk:6015\tRequest Timeout\t${URL}`, `sdk:9520\trequest timeout!\t${URL}`, `nope\tx\ty`]);
    expect(problems).toEqual([
      'm.tsv:2: a message is 3 to 120 characters (this one is 2)',
      `m.tsv:4: "request timeout!" is already sdk:6015's (line 3): a message points at one reading`,
      'm.tsv:5: "nope" is not a reading (sdk|server|web|sdk-v3:code)',
    ]);
  });

  it('takes strings that differ only in case or in spacing around Chinese as one string, as search does', () => {
    const { problems } = parse([`sdk:6015\t登录时TLS解密失败\t${URL}`, `sdk:9520\t登录时 tls 解密失败\t${URL}`]);
    expect(problems).toEqual([`m.tsv:3: "登录时 tls 解密失败" is already sdk:6015's (line 2): a message points at one reading`]);
  });

  it('notes, without failing, a message repeated for its own reading (a second source)', () => {
    const { problems, notices, messages } = parse([`sdk:6015\tlast request is running\t${URL}`, `sdk:6015\tLast request is running\t${URL}/2`]);
    expect(problems).toEqual([]);
    expect(notices).toEqual(['m.tsv:3: "Last request is running" repeats line 2 (another source for it)']);
    expect(messages.get('sdk:6015')).toEqual(['last request is running']);
  });
});
