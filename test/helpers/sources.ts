// Reads the real data/ files, so catalogue tests run against exactly what the generator reads.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceTexts } from '../../src/catalogue-build/build.js';
import { readSourceTexts } from '../../src/catalogue-build/read-sources.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readSources(): SourceTexts {
  return readSourceTexts(ROOT);
}
