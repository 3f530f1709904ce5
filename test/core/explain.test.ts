// explain resolves every reading, and turns a miss into help: where the number sits and what was meant.
import { describe, expect, it } from 'vitest';
import { explain, explainQuery } from '../../src/core/explain.js';
import { editDistance } from '../../src/core/edit-distance.js';

describe('explainQuery', () => {
  it('takes the range as list prints it (120001-130000), and rejects other spans with a reason', () => {
    // `chaterr list --all` prints the webhook range's code as 120001-130000; explain said "is not a number".
    for (const input of ['120001-130000', '120001–130000', '120001 - 130000']) {
      const r = explainQuery(input);
      expect(r.found, input).toBe(true);
      expect(r.readings).toEqual([expect.objectContaining({ code: 120001, range: [120001, 130000] })]);
    }
    const span = explainQuery('6000-7000');
    expect(span).toMatchObject({ found: false, readings: [] });
    expect(span.error).toBe('"6000-7000" is a span of codes, not one code: give one code, or see chaterr list');
  });

  it('finds every reading of a shared number', () => {
    const r = explainQuery('70001');
    expect(r.found).toBe(true);
    expect(r.readings.map((e) => e.source)).toEqual(['server', 'web']);
  });

  it('resolves a range member to the webhook range', () => {
    expect(explainQuery('125000').readings).toEqual([expect.objectContaining({ code: 120001, range: [120001, 130000] })]);
  });

  it('points a name prefix or fragment at search, which lists the names it starts', () => {
    // `explain ERR_SVR_GROUP` offered five names in alphabetical order and no word of search's prefix tier.
    for (const fragment of ['ERR_SVR_GROUP', 'err_svr_group', 'USERSIG_EXPIRED']) {
      expect(explainQuery(fragment).suggestions?.trySearch, fragment).toBe(true);
    }
    // A name no catalogue name contains keeps its did-you-mean alone.
    expect(explainQuery('ERR_NOT_A_THING_AT_ALL').suggestions?.trySearch).toBeUndefined();
  });

  it('resolves names in any case', () => {
    expect(explainQuery('err_user_sig_expired').readings[0]?.code).toBe(6206);
    expect(explainQuery('message_send_fail').readings[0]).toMatchObject({ code: 2100, source: 'web' });
  });

  it('says where an unknown number would sit', () => {
    const r = explainQuery('70346');
    expect(r.found).toBe(false);
    expect(r.suggestions?.nearby).toMatchObject({ source: 'server', category: 'account', min: 70001, max: 72001 });
  });

  it('offers codes one typo away: a missing digit, swapped digits', () => {
    expect(explainQuery('7000').suggestions?.didYouMean?.[0]).toBe(70001);
    expect(explainQuery('9052').suggestions?.didYouMean?.[0]).toBe(9502);
    expect(explainQuery('-1001').suggestions?.didYouMean).toContain(-10001);
    expect(explainQuery('60260').suggestions?.didYouMean).toEqual(expect.arrayContaining([6026]));
    expect(explainQuery('2060').suggestions?.didYouMean).toEqual(expect.arrayContaining([2600]));
  });

  it('offers near names for a mistyped constant', () => {
    expect(explainQuery('ERR_SDK_NOT_INITIALISED').suggestions?.didYouMean).toContain('ERR_SDK_NOT_INITIALIZED');
    expect(explainQuery('MESAGE_SEND_FAIL').suggestions?.didYouMean).toContain('MESSAGE_SEND_FAIL');
  });

  it('sends plain words to search', () => {
    expect(explainQuery('usersig')).toMatchObject({ found: false, suggestions: { trySearch: true } });
  });

  it('reports garbage as an error, not as an unknown code', () => {
    for (const input of ['12abc', '0x', '', '1234567890123456789012345678901234567890']) {
      expect(explainQuery(input)).toMatchObject({ found: false, readings: [], error: expect.any(String) });
    }
  });

  it('explains several inputs in order', () => {
    expect(explain(['-10001', 'ERR_SDK_NOT_INITIALIZED', '2801']).map((r) => r.readings[0]?.code)).toEqual([-10001, 6013, 2801]);
  });
});

describe('editDistance', () => {
  it.each([
    ['70001', '7001', 1],
    ['70001', '70010', 1],
    ['6206', '2606', 1],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
