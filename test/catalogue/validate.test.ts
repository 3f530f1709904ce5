// The validator reports every problem at once, each with file:line, and the real data has none.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { formatProblem } from '../../src/catalogue-build/problems.js';
import { readSources } from '../helpers/sources.js';

const real = readSources();

function problemsWith(changes: Partial<typeof real>): string[] {
  return buildCatalogue({ ...real, ...changes }).problems.problems.map(formatProblem);
}

describe('validator', () => {
  it('reports an unparsable row with its line', () => {
    const page = real.page.replace('| 6001       |', '| 60O1       |');
    const line = real.page.split('\n').findIndex((l) => l.startsWith('| 6001')) + 1;
    expect(problemsWith({ page }).filter((p) => p.startsWith('data/chat-error-codes.md'))).toEqual([`data/chat-error-codes.md:${line}: unparsable code cell "60O1"`]);
  });

  it('reports the same code twice in one source with different text', () => {
    const page = real.page.replace(/^(\| 10062 .*\n)\| 10062 .*$/m, "$1| 10062      | Something else. |");
    const first = page.split('\n').findIndex((l) => l.startsWith('| 10062')) + 1;
    expect(problemsWith({ page })).toEqual([`data/chat-error-codes.md:${first + 1}: code 10062 appears again (first at line ${first}) with different text`]);
  });

  it('reports one name mapped to two numbers', () => {
    const web = real.web.replace('{"code": 2001, "name": "NO_ACCOUNT_TYPE"', '{"code": 2001, "name": "NO_SDKAPPID"');
    expect(problemsWith({ web })).toEqual([expect.stringContaining('name NO_SDKAPPID maps to two numbers: 2000 and 2001')]);
  });

  it('reports an unknown class and a related code that does not exist, with their lines', () => {
    const overrides = `${real.overrides}\nserver:70001 sometimes  # bad\n`;
    const related = `${real.related}\nghost | Nothing | server:70001 server:77777\n`;
    const overrideLine = overrides.split('\n').length - 1;
    const relatedLine = related.split('\n').length - 1;
    expect(problemsWith({ overrides, related })).toEqual([
      `data/class-overrides.txt:${overrideLine}: unknown class "sometimes"`,
      `data/related.txt:${relatedLine}: server:77777 in group "ghost" is not in the catalogue`,
    ]);
  });

  it('collects every problem before failing, instead of stopping at the first', () => {
    const page = real.page.replace('| 6001       |', '| x |').replace('| 6002       |', '| y |');
    const overrides = `${real.overrides}\nweb:99999 retry\n`;
    const problems = problemsWith({ page, overrides });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/unparsable code cell "x"/), expect.stringMatching(/unparsable code cell "y"/), expect.stringMatching(/web:99999 is not in the catalogue/)]));
  });

  it('reports a UserSig finding that names a reading the catalogue lacks, and a missing finding', () => {
    const usersig = real.usersig.replace('identifier | server:70013', 'identifier | server:70013 server:77777').replace(/^sdkappid \|.*\n/m, '');
    const line = usersig.split('\n').findIndex((l) => l.startsWith('identifier')) + 1;
    expect(problemsWith({ usersig })).toEqual([
      `data/usersig-checks.txt:${line}: server:77777 is not a reading in the catalogue`,
      'data/usersig-checks.txt:1: finding "sdkappid" is missing',
    ]);
  });

  it('reports a Web SDK version in catalogue-sources.json that is not the table\'s', () => {
    const catalogueSources = real.catalogueSources.replace('"3.6.6 (npm)"', '"3.5.0 (npm)"');
    expect(problemsWith({ catalogueSources })).toEqual([
      'data/catalogue-sources.json:1: the "web3" source must give the version of data/web-sdk-error-codes-3.x.json (3.6.6); npm run web-table sets it',
    ]);
  });
});
