// Identifiers typed in one case are read as the words they join, and nothing else is cut.
import { describe, expect, it } from 'vitest';
import { unglueWords } from '../../src/core/search-glued.js';
import { stem } from '../../src/core/search-text.js';

const INDEXED = new Set(['service', 'timeout', 'request', 'format', 'error', 'kick', 'offline', 'login', 'user', 'sdk', 'init', 'under', 'stand', 'group', 'member'].map(stem));
const NAME_WORDS = new Set(['timeout', 'request', 'format', 'kick', 'offline', 'login', 'user', 'sdk', 'init', 'group', 'member'].map(stem));
const index = { has: (term: string) => INDEXED.has(term) };
const unglue = (query: string) => unglueWords(query, index, (word) => NAME_WORDS.has(word));

describe('unglueWords', () => {
  it.each([
    ['servicetimeout', 'serviceTimeout'],
    ['requestformaterror, please', 'requestFormatError, please'],
    ['onkickedoffline', 'onKickedOffline'],
    ['sdknotinit', 'sdkNotInit'],
    ['GROUPMEMBER full', 'groupMember full'],
    ['群成员groupmember已满', '群成员groupMember已满'],
  ])('reads %j as %j', (query, expected) => {
    expect(unglue(query)).toBe(expected);
  });

  it.each([
    // Words of their own, indexed or too short to be glued.
    'offline',
    'timeout',
    'kicked',
    // Splits into indexed words no constant name uses.
    'understand',
    // camelCase and snake_case already split; digits make it no plain run.
    'serviceTimeout',
    'service_timeout',
    'servicetimeout2',
    // Letters no split covers, and a run longer than any identifier a user types.
    'qwertyuiop',
    'servicetimeout'.repeat(3) + 'x',
  ])('leaves %j as it is', (query) => {
    expect(unglue(query)).toBe(query);
  });

  it('stays linear on a query of nothing but long runs', () => {
    const query = Array.from({ length: 12 }, () => 'timeoutrequest'.repeat(3).slice(0, 40)).join(' ');
    const start = performance.now();
    for (let i = 0; i < 50; i++) unglue(query);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
