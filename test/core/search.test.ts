// Search ranks exact hits first, whole-word matches next, and keeps fuzzy noise out.
import { describe, expect, it } from 'vitest';
import { queryStems, searchCatalogue } from '../../src/core/search.js';

const codes = (query: string, options = {}) => searchCatalogue(query, options).map((h) => h.entry.code);

describe('searchCatalogue', () => {
  it('finds the frequency-limit codes for "frequency", and no noise', () => {
    const hits = searchCatalogue('frequency');
    expect(hits.map((h) => h.entry.code)).toEqual(expect.arrayContaining([7008, 9506, 60007, 10006, 10023]));
    for (const hit of hits) expect(`${hit.entry.description} ${hit.entry.names.join(' ')}`.toLowerCase()).toMatch(/freq/);
  });

  it('ranks an exact code first', () => {
    expect(codes('70001')[0]).toBe(70001);
  });

  it('ranks an exact name first', () => {
    const [first] = searchCatalogue('ERR_SVR_GROUP_FREQ_LIMIT');
    expect(first).toMatchObject({ score: 0, entry: { code: 10006 } });
  });

  it('ranks all-words matches above fuzzy ones', () => {
    const hits = searchCatalogue('usersig expired', { limit: 20 });
    expect(hits[0]?.entry.code).toBeOneOf([70001, 6206]);
    const firstFuzzy = hits.findIndex((h) => h.score >= 0.2);
    const lastExact = hits.map((h) => h.score < 0.2).lastIndexOf(true);
    if (firstFuzzy >= 0) expect(lastExact).toBeLessThan(firstFuzzy);
  });

  it('still finds typos through fuzzy matching', () => {
    expect(codes('frequncy')).toEqual(expect.arrayContaining([7008]));
  });

  it('honours --limit, --source and --category', () => {
    expect(codes('timeout', { limit: 3 })).toHaveLength(3);
    expect(searchCatalogue('timeout', { source: 'web' }).every((h) => h.entry.source === 'web')).toBe(true);
    expect(searchCatalogue('timeout', { category: 'network', source: 'sdk' }).every((h) => h.entry.category === 'network')).toBe(true);
  });

  it('keeps loose fuzzy matches out', () => {
    for (const hit of searchCatalogue('certificate', { limit: 20 })) expect(hit.entry.description.toLowerCase()).toContain('certificate');
  });

  it('returns nothing for nonsense', () => {
    expect(codes('qqqzzzxxyy')).toEqual([]);
  });

  it('stems long words but keeps short ones whole', () => {
    expect(queryStems('frequency limit')).toEqual(['frequen', 'limit']);
  });
});
