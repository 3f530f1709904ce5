// Identifiers typed in one case are read as the words they join, and nothing else is cut.
import { describe, expect, it } from 'vitest';
import { unglueWords } from '../../src/core/search-glued.js';
import { stem } from '../../src/core/search-text.js';

const INDEXED = new Set(['service', 'timeout', 'request', 'format', 'error', 'kick', 'offline', 'login', 'user', 'sdk', 'init', 'under', 'stand', 'group', 'member', 'never', 'less', 'through', 'out'].map(stem));
// The common words the catalogue's constant names use too (ERR_SDK_NOT_INITIALIZED, an ERROR); 'the' is in none.
const NAME_WORDS = new Set(['timeout', 'request', 'format', 'kick', 'offline', 'login', 'user', 'sdk', 'init', 'group', 'member', 'not', 'on', 'out', 'error', 'never'].map(stem));
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
    // A split through a common word no constant name uses (never + the + less): an English word, not an identifier.
    'nevertheless',
    // Its only word of the constant names a common one (through + out): the names share such words with English.
    'throughout',
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
