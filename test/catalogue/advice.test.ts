// No wrong advice: the audit's traps get the fix that is right for them, and every reading says what to do in both languages.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { TRIAGE_CLASSES, TRIAGE_CLASS_NAMES } from '../../src/core/classes.js';
import type { Entry, Source, TriageClass } from '../../src/core/types.js';
import { readSources } from '../helpers/sources.js';

const { data } = buildCatalogue(readSources());
const reading = (ref: string): Entry => {
  const [source, code] = ref.split(/:(?=-?\d+$)/) as [Source, string];
  const entry = data.entries.find((e) => e.source === source && e.code === Number(code));
  if (!entry) throw new Error(`${ref} is not in the catalogue`);
  return entry;
};

/** [reading, class, what its advice (own or class) must talk about, why the old advice was wrong] */
const TRAPS: Array<[string, TriageClass, RegExp, string]> = [
  ['sdk:6014', 'login', /log ?in/i, 'not logged in: log in first, the sig is fine'],
  ['sdk:6208', 'login', /log ?in/i, 'kicked by another device: log in again, not a new sig'],
  ['web:1002', 'login', /log ?in/i, 'kicked (heartbeat): log in again'],
  ['web:3002', 'login', /log ?in/i, 'kicked by a multi-device login: log in again'],
  ['sdk-v3:6213', 'login', /log ?in/i, 'kicked by another device: log in again'],
  ['sdk:6013', 'call-order', /init/i, 'call order: log in after the init callback, not a parameter problem'],
  ['server:20016', 'time-window', /2 minutes|window|time limit/i, 'a recall time window, not a rate limit'],
  ['server:10031', 'time-window', /2 minutes|window|time limit/i, 'a recall time window, not a rate limit'],
  ['sdk-v3:6223', 'time-window', /2 minutes|window|time limit/i, 'a recall time window, not a rate limit'],
  ['sdk:6019', 'storage', /space|permission|disk|database/i, 'local storage, not roles or admin accounts'],
  ['sdk:6022', 'storage', /space|permission|disk/i, 'local storage, not roles or admin accounts'],
  ['web:2903', 'app-code', /callback|handler/i, "an exception from the app's own callback, not a transient failure"],
  ['server:-10101', 'login', /log ?in/i, '"Down tip." is a key expiry: log in again'],
  ['server:80005', 'plan', /renew|top up/i, 'service stopped: renew or top up, not a console setting'],
  ['server:80003', 'webhook', /timeout|time out|timed out/i, "the before-send webhook failed or timed out: the console's timeout policy"],
  ['server:30540', 'limit', /frequen|slow|fewer|rate/i, 'a security filter on frequency, not on content'],
  ['server:31707', 'limit', /frequen|slow|fewer|rate/i, 'a security filter on frequency, not on content'],
  ['server:20009', 'config', /friend|relationship/i, "the console's friend check for one-to-one messages"],
  ['web:3122', 'plan', /edition|upgrade/i, 'an edition feature, not SDK state'],
];

describe('the audit traps', () => {
  it.each(TRAPS)('%s is %s and its advice is about the real fix', (ref, cls, fix) => {
    const e = reading(ref);
    expect(e.class).toBe(cls);
    expect(e.advice).toMatch(fix);
    expect(e.adviceZh).not.toBe('');
  });

  it('keeps the two UserSig-looking classes apart: only auth asks for a new UserSig', () => {
    expect(TRIAGE_CLASSES.auth.advice).toMatch(/new UserSig/);
    for (const name of TRIAGE_CLASS_NAMES.filter((c) => c !== 'auth')) expect(TRIAGE_CLASSES[name].advice, name).not.toMatch(/new UserSig|fresh UserSig/i);
  });

  it('places web 3122 with the edition errors, not the SDK state errors', () => {
    expect(reading('web:3122').category).toBe('edition');
  });

  it('drops the Markdown escape from 9004', () => {
    expect(reading('sdk:9004').description).not.toContain('\\');
  });
});

describe('advice on every reading', () => {
  it('gives every class English and Chinese advice', () => {
    for (const name of TRIAGE_CLASS_NAMES) {
      expect(TRIAGE_CLASSES[name].advice, name).toMatch(/\w{3}/);
      expect(TRIAGE_CLASSES[name].adviceZh, name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has advice in both languages on every reading, from the code or from its class', () => {
    for (const e of data.entries) {
      const ref = `${e.source}:${e.code}`;
      expect(e.advice, ref).not.toBe('');
      expect(e.adviceZh, ref).toMatch(/[\u4e00-\u9fff]/);
      if (e.adviceFrom === 'class') {
        expect(e.advice, ref).toBe(TRIAGE_CLASSES[e.class].advice);
        expect(e.adviceZh, ref).toBe(TRIAGE_CLASSES[e.class].adviceZh);
        expect([e.causes, e.causesZh, e.adviceSources], ref).toEqual([[], [], []]);
      } else {
        expect(e.causes.length, ref).toBeGreaterThanOrEqual(2);
        expect(e.causesZh, ref).toHaveLength(e.causes.length);
        expect(e.adviceSources.length, ref).toBeGreaterThanOrEqual(1);
        expect(e.advice, ref).toMatch(/^1\. /);
      }
    }
  });

  it('uses every class at least once, so none is dead', () => {
    const used = new Set(data.entries.map((e) => e.class));
    expect(TRIAGE_CLASS_NAMES.filter((c) => !used.has(c))).toEqual([]);
  });
});
