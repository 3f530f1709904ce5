// The library's entry point: typed argument checks, and a catalogue no caller can change for later callers.
import { describe, expect, it } from 'vitest';
import { explain, explainQuery, listCategories, lookupCode, lookupName, MAX_QUERY_CHARS, search } from '../../src/index.js';

describe('callers cannot change the catalogue', () => {
  it('emptying a returned list leaves later lookups whole', () => {
    const first = lookupCode(6206);
    first.length = 0;
    expect(lookupCode(6206)).toHaveLength(1);
    expect(explain('6206')[0]?.found).toBe(true);
  });

  it('a returned reading cannot be edited', () => {
    const [reading] = lookupCode(70001);
    expect(() => {
      (reading as { description: string }).description = 'changed';
    }).toThrow(TypeError);
    expect(() => (reading?.names as string[]).push('MINE')).toThrow(TypeError);
    expect(lookupCode(70001)[0]?.description).not.toBe('changed');
  });

  it('categories are frozen too', () => {
    const [category] = listCategories('server');
    expect(() => {
      (category as { count: number }).count = -1;
    }).toThrow(TypeError);
  });
});

describe('arguments are checked', () => {
  it('explain takes a number as a code', () => {
    expect(explain(70001)[0]?.readings.map((r) => r.source)).toEqual(['server', 'web']);
    expect(explainQuery(-10001).found).toBe(true);
    expect(explain([6206, 'ERR_SDK_NOT_INITIALIZED']).map((r) => r.found)).toEqual([true, true]);
  });

  it.each([[{}], [null], [1.5], [[{}]]])('explain(%j) is a TypeError naming the input', (bad) => {
    expect(() => explain(bad as never)).toThrow(TypeError);
  });

  it.each([[{}], [42], [undefined]])('search(%j) is a TypeError', (bad) => {
    expect(() => search(bad as never)).toThrow(TypeError);
  });

  it.each([[-1], [0], [Number.NaN], [1.5], [1e9]])('search limit %d is a RangeError', (limit) => {
    expect(() => search('frequency', { limit })).toThrow(RangeError);
  });

  it('a query over the cap is a RangeError, not a slow search', () => {
    expect(() => search('x'.repeat(MAX_QUERY_CHARS + 1))).toThrow(RangeError);
    expect(search('frequency', { limit: 3 })).toHaveLength(3);
  });

  it.each([['70001'], [Number.NaN], [2 ** 60]])('lookupCode(%j) is a TypeError', (bad) => {
    expect(() => lookupCode(bad as never)).toThrow(TypeError);
  });

  it('lookupName wants a string', () => {
    expect(lookupName('err_sdk_not_initialized')?.code).toBe(6013);
    expect(() => lookupName(6013 as never)).toThrow(TypeError);
  });
});

describe('shared tables', () => {
  it('exposes no mutable catalogue internals, and its tables are frozen', async () => {
    const lib = await import('../../src/index.js');
    expect('getCatalogue' in lib).toBe(false);
    expect(Object.isFrozen(lib.SOURCES)).toBe(true);
    expect(Object.isFrozen(lib.TRIAGE_CLASSES)).toBe(true);
    expect(() => (lib.SOURCES as string[]).push('evil')).toThrow(TypeError);
    expect(() => search('frequency', { source: 'evil' as never })).toThrow(TypeError);
  });
});

describe('search categories', () => {
  it('refuses an unknown category instead of returning nothing', () => {
    expect(() => search('frequency', { category: 'no-such-category' })).toThrow(RangeError);
    expect(search('frequency', { category: 'group', limit: 3 }).every((h) => h.entry.category === 'group')).toBe(true);
  });
});

describe('the same answers as --json', () => {
  // README: "explain(...) // ExplainResult[]: the same readings as --json". The library's readings had no
  // categoryTitleZh, its categories no titleZh and its neighbourhoods no titleZh, all of which the CLI's documents carry.
  it('explain, search, listCategories and lookupCode give what the CLI prints with --json, field for field', async () => {
    const { run } = await import('../helpers/fake-io.js');
    const cli = async (argv: string[]) => JSON.parse((await run([...argv, '--json'])).stdout) as Record<string, unknown>;
    expect(explain(['70001', '70346', '12abc'])).toEqual((await cli(['explain', '70001', '70346', '12abc'])).results);
    expect(explain('70001')[0]?.readings[0]?.categoryTitleZh).toBe('服务端账号错误码');
    expect(explain('70346')[0]?.suggestions?.nearby?.titleZh).toBe('服务端账号错误码');
    expect(listCategories('web')).toEqual((await cli(['list', 'web'])).categories);
    expect(lookupCode(70001)).toEqual(((await cli(['explain', '70001'])).results as Array<{ readings: unknown }>)[0]?.readings);
    const hits = search('kicked offline', { limit: 5 });
    const document = (await cli(['search', 'kicked offline', '--limit', '5'])).results as Array<{ score: number }>;
    expect(hits.map((h) => ({ ...h.entry, score: h.score }))).toEqual(document);
  });

  it('hands out frozen copies: editing one changes nothing a later call sees', () => {
    const [first] = explain('6206');
    expect(() => (first?.readings[0]?.causes as string[]).push('mine')).toThrow(TypeError);
    expect(() => {
      (search('kicked', { limit: 1 })[0]?.entry as { code: number }).code = 1;
    }).toThrow(TypeError);
  });
});
