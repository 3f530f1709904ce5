// `chaterr --version` names the catalogue's sources with their dates and versions, from data/catalogue-sources.json.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/catalogue-build/build.js';
import { versionText } from '../../src/core/provenance.js';
import { readSources } from '../helpers/sources.js';

const { data } = buildCatalogue(readSources());

describe('versionText', () => {
  const text = versionText('1.2.3');

  it('keeps the bare version on the first line', () => {
    expect(text.split('\n')[0]).toBe('1.2.3');
  });

  it('counts the readings and those with guidance of their own', () => {
    const guided = data.entries.filter((e) => e.adviceFrom === 'code').length;
    expect(text.split('\n')[1]).toBe(`catalogue: ${data.entries.length} readings, ${guided} with guidance of their own; built from:`);
  });

  it('names each source with its date or version', () => {
    expect(text).toMatch(/Error Codes page \(English\): copied \d{4}-\d{2}-\d{2} \(https:\/\/www\.tencentcloud\.com\/document\/product\/1047\/34348\)/);
    expect(text).toMatch(/TIMErrorCode\.h .*commit e4b8e6b, 2025-09-11/);
    expect(text).toMatch(/tim-js-sdk .*: 2\.22\.1 \(2022\)/);
    expect(text).toMatch(/@tencentcloud\/chat .*: 3\.6\.6 \(npm\)/);
  });
});
