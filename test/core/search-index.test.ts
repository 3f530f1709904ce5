// The search index is generated from the catalogue and data/synonyms.txt; it must be current, and the synonyms valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { symptomsByReading } from '../../src/catalogue-build/guidance.js';
import { formatProblem, ProblemList } from '../../src/catalogue-build/problems.js';
import { buildSearchIndexFrom, renderSearchIndexModule, SEARCH_INDEX_PATH } from '../../src/catalogue-build/search-index-module.js';
import { parseSynonyms, SYNONYMS_FILE } from '../../src/catalogue-build/synonyms.js';
import { getCatalogue } from '../../src/core/catalogue.js';
import { Catalogue } from '../../src/core/catalogue.js';
import { searchCatalogue } from '../../src/core/search.js';
import { canonical, longestMatch, stem } from '../../src/core/search-text.js';
import { SearchIndex } from '../../src/core/search-index.js';
import { SEARCH_INDEX_HEAD, SEARCH_INDEX_POSTINGS, SEARCH_INDEX_TERMS } from '../../src/core/search-index.generated.js';
import { fromUtf8Bytes, toUtf8Bytes } from '../../src/core/utf8-bytes.js';
import { readSources, ROOT } from '../helpers/sources.js';

const synonyms = readFileSync(join(ROOT, SYNONYMS_FILE), 'utf8');

describe('generated search index', () => {
  const symptoms = symptomsByReading(readSources().guidance, new ProblemList());
  const built = buildSearchIndexFrom(getCatalogue().entries, synonyms, symptoms);

  it('matches the committed file (run npm run catalogue when this fails)', () => {
    expect(readFileSync(join(ROOT, SEARCH_INDEX_PATH), 'utf8')).toBe(renderSearchIndexModule(built.data));
  });

  it('carries the generated, do-not-edit mark', () => {
    expect(readFileSync(join(ROOT, SEARCH_INDEX_PATH), 'utf8').split('\n')[0]).toMatch(/GENERATED.*Do not edit/);
  });

  it('has no problems with the real synonyms', () => {
    expect(built.problems.problems.map(formatProblem)).toEqual([]);
  });

  it('groups the readings that share a guidance file, and only those', () => {
    const entries = getCatalogue().entries;
    const keyOf = (doc: number) => `${entries[doc]?.source}:${entries[doc]?.code}`;
    const family = built.data.families.find((docs) => docs.map(keyOf).includes('sdk:7006'));
    expect(family?.map(keyOf).sort()).toEqual(['sdk:7004', 'sdk:7006', 'sdk:7007']);
    const grouped = new Set(built.data.families.flat());
    expect(grouped.size).toBe(built.data.families.flat().length);
    for (const docs of built.data.families) {
      for (const doc of docs) expect(entries[doc]?.causes).toEqual(entries[docs[0] as number]?.causes);
    }
    // A reading alone in its file is in no family.
    const alone = entries.findIndex((e) => e.source === 'server' && e.code === 70402);
    expect(grouped.has(alone)).toBe(false);
  });

  it('is rebuilt for a catalogue it was not built from', () => {
    const first = getCatalogue().entries.find((e) => e.code === 6208 && e.source === 'sdk');
    const small = new Catalogue({ entries: first ? [first] : [], categories: [] });
    expect(searchCatalogue('被踢下线', {}, small).map((h) => h.entry.code)).toEqual([6208]);
  });
});

describe('packed terms read as UTF-8 bytes', () => {
  const packed = { head: SEARCH_INDEX_HEAD, terms: SEARCH_INDEX_TERMS, postings: SEARCH_INDEX_POSTINGS };
  const asText = new SearchIndex(packed);
  const asBytes = new SearchIndex({ ...packed, terms: Buffer.from(SEARCH_INDEX_TERMS, 'utf8').toString('latin1'), termsForm: 'utf8-bytes' });

  it.each(['kick', 'frequenc', '踢下线', '禁言', '群组', '上限', 'zzzz', '踢踢踢'])('finds the same postings for %j', (term) => {
    expect(asBytes.has(term)).toBe(asText.has(term));
    expect(asBytes.postings(term)).toEqual(asText.postings(term));
  });

  it('finds the same Chinese words for one character, decoded back to text', () => {
    for (const char of ['群', '踢', '撤']) {
      const words = asBytes.wordsWith(char);
      expect(words.length, char).toBeGreaterThan(0);
      expect(words).toEqual(asText.wordsWith(char));
    }
    expect(asBytes.numberTerms()).toEqual(asText.numberTerms());
    expect(asBytes.latinTerms()).toEqual(asText.latinTerms());
  });

  it('round-trips text through its UTF-8 bytes', () => {
    for (const text of ['kick', '被踢下线', 'é ß ü', '']) expect(fromUtf8Bytes(toUtf8Bytes(text))).toBe(text);
    expect(toUtf8Bytes('群')).toBe('\xe7\xbe\xa4');
  });
});

describe('synonyms file', () => {
  const problemsOf = (text: string) => {
    const problems = new ProblemList();
    parseSynonyms(text, problems);
    return problems.problems.map(formatProblem);
  };

  it('reports every problem with its line', () => {
    const text = ['# comment', 'kicked | kicked / 被踢', 'no bar here', 'Bad Name | a / b', 'kicked | forced offline / 下线', 'solo | alone', 'two | 被踢 / timeout / timeout / !!!'].join('\n');
    expect(problemsOf(text)).toEqual([
      'data/synonyms.txt:3: expected "concept | member / member ...", with a lower-case concept name',
      'data/synonyms.txt:4: expected "concept | member / member ...", with a lower-case concept name',
      'data/synonyms.txt:5: concept "kicked" is already defined at line 2',
      'data/synonyms.txt:6: "solo" needs at least two members to be a synonym group',
      'data/synonyms.txt:7: "被踢" is also in "kicked" (line 2); a word can mean one thing only',
      'data/synonyms.txt:7: "timeout" appears twice in "two"',
      'data/synonyms.txt:7: empty member "!!!" in "two"',
      'data/synonyms.txt:7: "two" needs at least two members to be a synonym group',
    ]);
  });

  // Building the whole index takes a few seconds (ICU segments every Chinese text), more on a busy machine.
  it('reports a group that no reading mentions', { timeout: 60_000 }, () => {
    const { problems } = buildSearchIndexFrom(getCatalogue().entries, `${synonyms}\nnothing | zzqx / qqzx\n`);
    expect(problems.problems.map(formatProblem)).toEqual([`data/synonyms.txt:${synonyms.split('\n').length + 1}: no reading mentions any member of "nothing"`]);
  });
});

describe('search text', () => {
  it.each([
    ['expired', 'expir'],
    ['expire', 'expir'],
    ['expiration', 'expir'],
    ['kicked', 'kick'],
    ['frequency', 'frequenc'],
    ['frequencies', 'frequenc'],
    ['frequently', 'frequent'],
    ['logged', 'log'],
    ['limits', 'limit'],
    // A past tense in -ied meets its verb, as the plural in -ies does: "permission denied" finds PERMISSION_DENY.
    ['denied', 'deny'],
    ['deny', 'deny'],
    ['modified', 'modify'],
    ['modifies', 'modify'],
  ])('stems %s to %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });

  it('splits constant names and camelCase and keeps Chinese runs whole', () => {
    expect(canonical('ERR_SVR_GROUP_FREQ_LIMIT onKickedOffline 被踢下线了')).toBe('err server group frequenc limit on kick offlin 被踢下线了');
  });

  it('cuts a Latin word glued to Chinese where the script changes, so both are words', () => {
    expect(canonical('appid不存在')).toBe('appid 不存在');
    expect(canonical('userSig过期了 IM登录失败')).toBe('user sig 过期了 im 登录失败');
  });

  it('splits a Chinese query by the longest known words', () => {
    const known = new Set(['被踢', '踢下线', '下线']);
    expect(longestMatch((w) => known.has(w))('被踢下线了')).toEqual(['被踢', '下线']);
    expect(longestMatch((w) => known.has(w))('我踢下线')).toEqual(['踢下线']);
  });
});
