// Each entry has exactly one triage class; these pins are the classes a developer would expect.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { TRIAGE_CLASS_NAMES } from '../../src/core/classes.js';
import type { Source, TriageClass } from '../../src/core/types.js';
import { readSources } from '../helpers/sources.js';

const { data } = buildCatalogue(readSources());
const classOf = (source: Source, code: number) => data.entries.find((e) => e.source === source && e.code === code)?.class;

const PINS: Array<[Source, number, TriageClass]> = [
  ['sdk', 0, 'ok'],
  ['sdk', 6013, 'call-order'],
  ['sdk', 6015, 'conflict'],
  ['sdk', 6017, 'request'],
  ['sdk', 7005, 'limit'],
  ['sdk', 7008, 'limit'],
  ['sdk', 7013, 'plan'],
  ['sdk', 7015, 'content'],
  ['sdk', 6014, 'login'],
  ['sdk', 6206, 'auth'],
  ['sdk', 6208, 'login'],
  ['sdk', 7501, 'conflict'],
  ['sdk', 8001, 'limit'],
  ['sdk', 8006, 'conflict'],
  ['sdk', 8011, 'permission'],
  ['sdk', 8020, 'not-found'],
  ['sdk', 8508, 'permission'],
  ['sdk', 9506, 'limit'],
  ['sdk', 9508, 'retry'],
  ['sdk', 9520, 'retry'],
  ['sdk', 9006, 'limit'],
  ['sdk', 9001, 'request'],
  ['server', -10001, 'auth'],
  ['server', -10114, 'retry'],
  ['server', -10108, 'plan'],
  ['server', 114000, 'not-found'],
  ['server', 60003, 'request'],
  ['server', 60007, 'limit'],
  ['server', 60010, 'permission'],
  ['server', 60020, 'plan'],
  ['server', 60021, 'config'],
  ['server', 80001, 'content'],
  ['server', 80003, 'webhook'],
  ['server', 70001, 'auth'],
  ['server', 70009, 'auth'],
  ['server', 70107, 'not-found'],
  ['server', 70398, 'plan'],
  ['server', 70500, 'retry'],
  ['server', 72001, 'config'],
  ['server', 40004, 'permission'],
  ['server', 40601, 'limit'],
  ['server', 30008, 'conflict'],
  ['server', 30010, 'limit'],
  ['server', 30525, 'permission'],
  ['server', 50005, 'retry'],
  ['server', 51009, 'not-found'],
  ['server', 20003, 'not-found'],
  ['server', 20012, 'permission'],
  ['server', 20016, 'time-window'],
  ['server', 22001, 'config'],
  ['server', 90001, 'request'],
  ['server', 120001, 'webhook'],
  ['server', 10007, 'permission'],
  ['server', 10010, 'not-found'],
  ['server', 10013, 'conflict'],
  ['server', 10059, 'plan'],
  ['server', 11000, 'config'],
  ['server', -197, 'config'],
  ['server', -203, 'limit'],
  ['server', 1003, 'retry'],
  ['sdk-v3', 6012, 'retry'],
  ['sdk-v3', 6213, 'login'],
  ['sdk-v3', 70101, 'auth'],
  ['sdk-v3', 90101, 'conflict'],
  ['web', 2000, 'request'],
  ['web', 2024, 'login'],
  ['web', 2402, 'limit'],
  ['web', 2500, 'not-found'],
  ['web', 2801, 'retry'],
  ['web', 2996, 'limit'],
  ['web', 3004, 'auth'],
  ['web', 3122, 'plan'],
  ['web', 2040, 'config'],
  ['web', 2100, 'retry'],
  ['web', 2603, 'not-found'],
  ['web', 2701, 'conflict'],
  ['web', 2903, 'app-code'],
  // The classes split out in issue 9, each where the old advice misled:
  ['sdk', 6005, 'storage'],
  ['sdk', 9516, 'storage'],
  ['sdk', 7009, 'call-order'],
  ['server', 21005, 'call-order'],
  ['web', 2999, 'call-order'],
  ['server', -10004, 'login'],
  ['server', -10106, 'login'],
  ['sdk-v3', 6226, 'login'],
  ['web', 3005, 'login'],
  ['server', 70003, 'auth'],
  ['web', 3004, 'auth'],
  ['server', 20006, 'webhook'],
  ['server', 10016, 'webhook'],
  ['server', 90992, 'webhook'],
  ['server', 10031, 'time-window'],
  ['web', 2109, 'app-code'],
  ['server', 80005, 'plan'],
  ['server', 60016, 'plan'],
  ['server', 71000, 'config'],
  ['server', 20010, 'config'],
  ['web', 2101, 'permission'],
  ['web', 3123, 'content'],
];

describe('triage classes', () => {
  it('pins at least 40 codes across categories', () => {
    expect(PINS.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(PINS.map(([s, c]) => `${s}/${data.entries.find((e) => e.source === s && e.code === c)?.category}`));
    expect(categories.size).toBeGreaterThanOrEqual(24);
  });

  it.each(PINS)('%s:%i is %s', (source, code, cls) => {
    expect(classOf(source, code)).toBe(cls);
  });

  it('gives every entry exactly one class from the fixed set', () => {
    for (const e of data.entries) expect(TRIAGE_CLASS_NAMES).toContain(e.class);
  });
});

describe('related codes', () => {
  const related = (source: Source, code: number) =>
    data.entries.find((e) => e.source === source && e.code === code)?.related.map((r) => `${r.source}:${r.code}`);

  it('comes from at least 15 curated groups', () => {
    const groups = readSources().related.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(groups.length).toBeGreaterThanOrEqual(15);
  });

  it('links an expired UserSig across SDK, server and Web', () => {
    expect(related('server', 70001)).toEqual(expect.arrayContaining(['sdk:6206', 'sdk-v3:70101', 'server:-10001', 'server:-10003', 'sdk-v3:6226', 'web:3004']));
    expect(related('sdk', 6206)).toContain('server:70001');
  });

  it('links kicked offline and a too-long message', () => {
    expect(related('sdk', 6208)).toEqual(expect.arrayContaining(['sdk-v3:6213', 'sdk-v3:6255', 'web:3002']));
    expect(related('sdk', 8001)).toEqual(expect.arrayContaining(['server:80002', 'server:90055', 'server:93000']));
  });

  it('never lists an entry as related to itself', () => {
    for (const e of data.entries) expect(e.related.some((r) => r.code === e.code && r.source === e.source)).toBe(false);
  });
});
