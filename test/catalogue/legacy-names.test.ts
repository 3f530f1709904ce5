// data/legacy-names.tsv: older SDKs' constant names reach their readings, and each problem is reported with its line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLegacyNames, LEGACY_NAMES_FILE } from '../../src/catalogue-build/legacy-names.js';
import { formatProblem, ProblemList } from '../../src/catalogue-build/problems.js';
import { getCatalogue } from '../../src/core/catalogue.js';
import { explainQuery } from '../../src/core/explain.js';
import type { Entry } from '../../src/core/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const URL = 'https://example.com/header.h';
/** The names the file gives, which the built catalogue already holds. */
const LEGACY = new Set(
  readFileSync(join(ROOT, LEGACY_NAMES_FILE), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[1]),
);
/** Fresh copies without the file's names, so a test's names never leak into the shared catalogue. */
const freshEntries = () => getCatalogue().entries.map((e) => ({ ...e, names: e.names.filter((n) => !LEGACY.has(n)) })) as Entry[];

function apply(rows: string[]) {
  const entries = freshEntries();
  const problems = new ProblemList();
  applyLegacyNames(['# header', ...rows].join('\n'), entries, problems, 'n.tsv');
  return { entries, problems: problems.problems.map(formatProblem) };
}

describe('legacy names file', () => {
  it('has no problems, and its names are in the catalogue after the current ones', () => {
    const problems = new ProblemList();
    const entries = freshEntries();
    applyLegacyNames(readFileSync(join(ROOT, LEGACY_NAMES_FILE), 'utf8'), entries, problems);
    expect(problems.problems.map(formatProblem)).toEqual([]);
    const kicked = getCatalogue().entries.find((e) => e.source === 'sdk' && e.code === 6208);
    expect(kicked?.names).toEqual(['ERR_LOGIN_KICKED_OFF_BY_OTHER', 'ERR_IMSDK_KICKED_BY_OTHERS']);
    // The old SDKs' relationship results (TIMFriendStatus), after the server code's own name.
    const pending = getCatalogue().entries.find((e) => e.source === 'server' && e.code === 30539);
    expect(pending?.names).toEqual(['ERR_SVR_FRIENDSHIP_ALLOW_TYPE_NEED_CONFIRM', 'TIM_ADD_FRIEND_STATUS_PENDING']);
  });

  it("is documented in the README's JSON contract, where a consumer of names[] reads what each position means", () => {
    const row = readFileSync(join(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('| `names` |'));
    expect(row).toContain('legacy-names.tsv');
    expect(row).toMatch(/after the current/);
  });

  it('lets explain find a reading by its legacy name, in any case', () => {
    const result = explainQuery('err_imsdk_kicked_by_others');
    expect(result.readings.map((e) => `${e.source}:${e.code}`)).toEqual(['sdk:6208']);
  });

  it('adds a good row to its reading', () => {
    const { entries, problems } = apply([`sdk:6014\tERR_OLD_NOT_LOGGED_IN\t${URL}`]);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.source === 'sdk' && e.code === 6014)?.names).toEqual(['ERR_SDK_NOT_LOGGED_IN', 'ERR_OLD_NOT_LOGGED_IN']);
  });

  it('reports every problem with its line, all at once, and adds none of the bad rows', () => {
    const { entries, problems } = apply([
      `sdk:999999\tERR_NOWHERE\t${URL}`,
      `sdk:6014\terr_lower_case\t${URL}`,
      `sdk:6014\tERR_SDK_NOT_LOGGED_IN\t${URL}`,
      'sdk:6014\tERR_NO_SOURCE\tnot a url',
      'only two\tcells',
      `chat:6014\tERR_BAD_SOURCE\t${URL}`,
    ]);
    expect(problems).toEqual([
      'n.tsv:2: the catalogue has no reading sdk:999999',
      'n.tsv:3: "err_lower_case" is not a constant name (capitals, digits and _, 3 to 64 characters)',
      "n.tsv:4: ERR_SDK_NOT_LOGGED_IN is already sdk:6014's name",
      'n.tsv:5: "not a url" is not a source URL',
      'n.tsv:6: expected 3 tab-separated cells (reading, name, source URL), found 2',
      'n.tsv:7: "chat:6014" is not a reading (sdk|server|web|sdk-v3:code)',
    ]);
    expect(entries.find((e) => e.source === 'sdk' && e.code === 6014)?.names).toEqual(['ERR_SDK_NOT_LOGGED_IN']);
  });
});
