// Reads every data/ file the catalogue is built from, including the guidance directory, for the generator and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_FILES, type SourceTexts } from './build.js';
import { GUIDANCE_DIR, isGuidanceFile } from './guidance.js';

export function readSourceTexts(root: string): SourceTexts {
  const texts = Object.fromEntries(Object.entries(SOURCE_FILES).map(([name, path]) => [name, readFileSync(join(root, path), 'utf8')]));
  const guidance = readdirSync(join(root, GUIDANCE_DIR))
    .filter(isGuidanceFile)
    .sort()
    .map((name) => ({ file: `${GUIDANCE_DIR}/${name}`, text: readFileSync(join(root, GUIDANCE_DIR, name), 'utf8') }));
  return { ...texts, guidance } as SourceTexts;
}
