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

  it('carries the REST APIs that return the code only where some are recorded, whole, after the logged strings', () => {
    const api = { api: 'import_group_msg', titleZh: '导入群消息', descriptionZh: '直播群不支持导入', source: 'https://cloud.tencent.com/document/product/269/0' };
    const reading = toReading(fixtureEntry({ messages: ['x y z'], restApis: [api] }));
    expect(reading.restApis).toEqual([api]);
    expect(Object.keys(reading).slice(-3)).toEqual(['documented', 'messages', 'restApis']);
    expect(toReading(fixtureEntry())).not.toHaveProperty('restApis');
    const sdk = { ...api, api: 'pinGroupMessage', titleZh: '置顶群消息' };
    expect(toReading(fixtureEntry({ sdkApis: [sdk] })).sdkApis).toEqual([sdk]);
    expect(toReading(fixtureEntry())).not.toHaveProperty('sdkApis');
  });

  it('keeps its key order stable, so documents diff cleanly', () => {
    expect(Object.keys(explainDocument(found(fixtureEntry())).results[0]?.readings[0] ?? {})).toEqual([
      'code', 'source', 'category', 'categoryTitle', 'categoryTitleZh', 'names', 'description', 'descriptionZh', 'descriptionZhFrom', 'links', 'class',
      'advice', 'adviceZh', 'adviceFrom', 'causes', 'causesZh', 'adviceSources', 'related', 'documented',
    ]);
  });
});
