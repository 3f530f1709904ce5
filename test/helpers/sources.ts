// Reads the real data/ files, so catalogue tests run against exactly what the generator reads.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_FILES, type SourceTexts } from '../../src/catalogue-build/build.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readSources(): SourceTexts {
  return Object.fromEntries(Object.entries(SOURCE_FILES).map(([name, path]) => [name, readFileSync(join(ROOT, path), 'utf8')])) as SourceTexts;
}
