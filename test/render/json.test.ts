// The JSON contract: every reading carries every Entry field, in both languages, whatever --lang says.
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { explainDocument, toReading } from '../../src/render/json.js';
import { fixtureEntry, found } from './fixtures.js';

describe('toReading', () => {
  it('carries every field of every catalogue entry', () => {
    for (const entry of getCatalogue().entries) {
      const reading = toReading(entry) as unknown as Record<string, unknown>;
      for (const key of Object.keys(entry)) expect(reading, `${entry.source}:${entry.code} ${key}`).toHaveProperty(key);
    }
  });

  it('copies the guidance fields and the Web current flag', () => {
    const entry = fixtureEntry({ source: 'web', current: false });
    expect(toReading(entry)).toMatchObject({
      advice: entry.advice,
      adviceZh: entry.adviceZh,
      adviceFrom: 'code',
      causes: entry.causes,
      causesZh: entry.causesZh,
      adviceSources: entry.adviceSources,
      descriptionZh: entry.descriptionZh,
      descriptionZhFrom: 'tencent',
      current: false,
    });
    expect(toReading(fixtureEntry())).not.toHaveProperty('current');
  });

  it('carries the logged strings only where some are recorded, after documented', () => {
    const reading = toReading(fixtureEntry({ messages: ['current user not login'] }));
    expect(reading.messages).toEqual(['current user not login']);
    expect(Object.keys(reading).slice(-2)).toEqual(['documented', 'messages']);
    expect(toReading(fixtureEntry())).not.toHaveProperty('messages');
  });

  it('keeps its key order stable, so documents diff cleanly', () => {
    expect(Object.keys(explainDocument(found(fixtureEntry())).results[0]?.readings[0] ?? {})).toEqual([
      'code', 'source', 'category', 'categoryTitle', 'names', 'description', 'descriptionZh', 'descriptionZhFrom', 'links', 'class',
      'advice', 'adviceZh', 'adviceFrom', 'causes', 'causesZh', 'adviceSources', 'related', 'documented',
    ]);
  });
});
