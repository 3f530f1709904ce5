// Builds src/core/catalogue.generated.ts from data/, or with --check only validates and reports staleness.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, SOURCE_FILES, type SourceTexts } from '../src/catalogue-build/build.js';
import { formatProblem } from '../src/catalogue-build/problems.js';
import { GENERATED_PATH, renderGeneratedModule } from '../src/catalogue-build/render-generated.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check');

const texts = Object.fromEntries(
  Object.entries(SOURCE_FILES).map(([name, path]) => [name, readFileSync(join(root, path), 'utf8')]),
) as SourceTexts;

const { data, problems } = buildCatalogue(texts);
for (const notice of problems.notices) console.error(`note: ${formatProblem(notice)}`);
if (problems.problems.length > 0) {
  for (const problem of problems.problems) console.error(formatProblem(problem));
  console.error(`catalogue: ${problems.problems.length} problem(s); nothing written`);
  process.exitCode = 1;
} else {
  const text = renderGeneratedModule(data);
  const target = join(root, GENERATED_PATH);
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (checkOnly) {
    console.error(current === text ? `catalogue: ${data.entries.length} entries, up to date` : `catalogue: ${GENERATED_PATH} is stale; run npm run catalogue`);
    if (current !== text) process.exitCode = 1;
  } else {
    writeFileSync(target, text);
    console.error(`catalogue: ${data.entries.length} entries in ${data.categories.length} categories written to ${GENERATED_PATH}`);
  }
}
