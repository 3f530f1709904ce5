// Builds src/core/catalogue.generated.ts and src/core/facts.generated.ts from data/, or with --check only
// validates and reports staleness.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../src/catalogue-build/build.js';
import { syncGeneratedFile } from '../src/catalogue-build/generated-file.js';
import { formatProblem } from '../src/catalogue-build/problems.js';
import { readSourceTexts } from '../src/catalogue-build/read-sources.js';
import { FACTS_PATH, GENERATED_PATH, renderFactsModule, renderGeneratedModule } from '../src/catalogue-build/render-generated.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check');

const { data, facts, officialLinks, problems } = buildCatalogue(readSourceTexts(root));
for (const notice of problems.notices) console.error(`note: ${formatProblem(notice)}`);
if (problems.problems.length > 0) {
  for (const problem of problems.problems) console.error(formatProblem(problem));
  console.error(`catalogue: ${problems.problems.length} problem(s); nothing written`);
  process.exitCode = 1;
} else {
  const outputs: Array<[string, string]> = [
    [GENERATED_PATH, renderGeneratedModule(data, officialLinks)],
    [FACTS_PATH, renderFactsModule(facts)],
  ];
  for (const [path, text] of outputs) {
    if (!syncGeneratedFile(root, path, text, checkOnly) && checkOnly) {
      console.error(`catalogue: ${path} is stale; run npm run catalogue`);
      process.exitCode = 1;
    }
  }
  const guided = data.entries.filter((e) => e.adviceFrom === 'code').length;
  const summary = `${data.entries.length} entries in ${data.categories.length} categories, ${guided} with their own guidance`;
  console.error(checkOnly ? (process.exitCode ? `catalogue: ${summary}` : `catalogue: ${summary}, up to date`) : `catalogue: ${summary} written to ${GENERATED_PATH} and ${FACTS_PATH}`);
}
