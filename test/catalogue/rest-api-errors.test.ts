// data/rest-api-errors.tsv: the REST APIs' own error tables reach their server readings; each problem has its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRestApiErrors, parseSdkApiErrors, REST_API_ERRORS_FILE, SDK_API_ERRORS_FILE } from '../../src/catalogue-build/rest-api-errors.js';
import { formatProblem, ProblemList } from '../../src/catalogue-build/problems.js';
import { getCatalogue } from '../../src/core/catalogue.js';
// @ts-expect-error: a plain ESM script without type declarations, shared with `npm run bench:search`.
import { readQueries } from '../../bench/search-quality.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const entries = getCatalogue().entries;
const URL = 'https://cloud.tencent.com/document/product/269/0';

function parse(rows: string[]) {
  const problems = new ProblemList();
  const apis = parseRestApiErrors(['# header', ...rows].join('\n'), entries, problems, 'r.tsv');
  return { apis, problems: problems.problems.map(formatProblem) };
}

describe('REST API errors file', () => {
  const text = readFileSync(join(ROOT, REST_API_ERRORS_FILE), 'utf8');

  it('has no problems', () => {
    const problems = new ProblemList();
    parseRestApiErrors(text, entries, problems);
    expect(problems.problems.map(formatProblem)).toEqual([]);
  });

  // A page that a query was phrased from would answer that query by construction.
  it('cites no page of the search query set, in either of its forms', () => {
    const pageIds = new Set(
      (readQueries() as Array<{ source: string }>).flatMap((q) => [...q.source.matchAll(/\/(?:269|1047)\/(\d+)/g)].map((m) => m[1])),
    );
    const cited = text
      .split('\n')
      .filter((row) => row.trim() !== '' && !row.startsWith('#'))
      .map((row) => (row.split('\t')[4] ?? '').trim());
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((url) => pageIds.has(/\/(?:269|1047)\/(\d+)/.exec(url)?.[1] ?? ''))).toEqual([]);
  });
});

describe('parseRestApiErrors', () => {
  it('groups rows by server reading, in file order', () => {
    const { apis, problems } = parse([
      `server:10007\timport_group_msg\t导入群消息\t直播群不支持导入群消息\t${URL}`,
      `server:10007\tadd_group_member\t增加群成员\t直播群不支持增加群成员\t${URL}`,
      `server:10004\timport_group_msg\t导入群消息\t参数非法\t${URL}`,
    ]);
    expect(problems).toEqual([]);
    expect(apis.get('server:10007')?.map((r) => r.api)).toEqual(['import_group_msg', 'add_group_member']);
    expect(apis.get('server:10004')).toEqual([{ api: 'import_group_msg', titleZh: '导入群消息', descriptionZh: '参数非法', source: URL }]);
  });

  it('reports every problem with its line, all at once, and keeps none of the bad rows', () => {
    const { apis, problems } = parse([
      `sdk:6014\tlogin\t登录\t未登录\t${URL}`,
      `server:99999\timport_group_msg\t导入群消息\t无\t${URL}`,
      `server:10007\tImport-Group\t导入群消息\t无\t${URL}`,
      `server:10007\timport_group_msg\t\t无\t${URL}`,
      `server:10007\timport_group_msg\t导入群消息\t${'长'.repeat(201)}\t${URL}`,
      `server:10007\timport_group_msg\t导入群消息\t含\u202e控制字符\t${URL}`,
      'server:10007\timport_group_msg\t导入群消息\t无\tnot a url',
      'server:10007\ttoo few',
      `server:10007\timport_group_msg\t导入群消息\t无权限\t${URL}`,
      `server:10007\timport_group_msg\t导入群消息\t又一次\t${URL}`,
    ]);
    expect(problems).toEqual([
      'r.tsv:2: sdk:6014 is not a server reading: REST APIs return server codes',
      'r.tsv:3: the catalogue has no reading server:99999',
      'r.tsv:4: "Import-Group" is not a REST API name (the path\'s last segment, e.g. import_group_msg)',
      'r.tsv:5: a title is 1 to 40 characters (this one is 0)',
      'r.tsv:6: a description is 1 to 200 characters (this one is 201)',
      'r.tsv:7: the title or description holds a control character',
      'r.tsv:8: "not a url" is not a source URL',
      'r.tsv:9: expected 5 tab-separated cells (reading, api, title, description, source URL), found 2',
      'r.tsv:11: import_group_msg is already given for server:10007 (line 10)',
    ]);
    expect(apis.get('server:10007')?.map((r) => r.descriptionZh)).toEqual(['无权限']);
  });
});

describe('parseSdkApiErrors', () => {
  it('takes a method name and a reading of any source, and reports what does not fit with its line', () => {
    const problems = new ProblemList();
    const apis = parseSdkApiErrors(
      [
        '# header',
        `sdk:7013\tpinGroupMessage\t置顶群消息\t套餐包不支持该接口\t${URL}`,
        `server:10007\tgetGroupMemberList\t获取群成员列表\t直播群不支持\t${URL}`,
        `sdk:6017\tget_group_members\t获取群成员\t参数非法\t${URL}`,
      ].join('\n'),
      entries,
      problems,
      's.tsv',
    );
    expect(problems.problems.map(formatProblem)).toEqual(['s.tsv:4: "get_group_members" is not an SDK method name (letters and digits, e.g. getGroupMemberList)']);
    expect(apis.get('sdk:7013')?.map((r) => r.api)).toEqual(['pinGroupMessage']);
    expect(apis.get('server:10007')?.map((r) => r.api)).toEqual(['getGroupMemberList']);
  });

  it('reads the real file without problems and cites no page of the search query set', () => {
    const text = readFileSync(join(ROOT, SDK_API_ERRORS_FILE), 'utf8');
    const problems = new ProblemList();
    parseSdkApiErrors(text, entries, problems);
    expect(problems.problems.map(formatProblem)).toEqual([]);
    const querySources = new Set((readQueries() as Array<{ source: string }>).flatMap((q) => q.source.split(/\s+/)));
    const cited = text.split('\n').filter((row) => /^\w/.test(row) && !row.startsWith('#')).map((row) => (row.split('\t')[4] ?? '').trim());
    expect(cited.filter((url) => querySources.has(url))).toEqual([]);
  });
});
