// Builds src/core/search-index.generated.ts from the generated catalogue, data/synonyms.txt and the guidance files' symptoms (--check: staleness only).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncGeneratedFile } from '../src/catalogue-build/generated-file.js';
import { symptomsByReading } from '../src/catalogue-build/guidance.js';
import { formatProblem, ProblemList } from '../src/catalogue-build/problems.js';
import { readSourceTexts } from '../src/catalogue-build/read-sources.js';
import { buildSearchIndexFrom, renderSearchIndexModule, SEARCH_INDEX_PATH } from '../src/catalogue-build/search-index-module.js';
import { SYNONYMS_FILE } from '../src/catalogue-build/synonyms.js';
import { getCatalogue } from '../src/core/catalogue.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check');

// Guidance problems are the catalogue generator's to report (it runs first); here a bad file simply adds no symptoms.
const symptoms = symptomsByReading(readSourceTexts(root).guidance, new ProblemList());
const { data, problems } = buildSearchIndexFrom(getCatalogue().entries, readFileSync(join(root, SYNONYMS_FILE), 'utf8'), symptoms);
if (problems.problems.length > 0) {
  for (const problem of problems.problems) console.error(formatProblem(problem));
  console.error(`search index: ${problems.problems.length} problem(s); nothing written`);
  process.exitCode = 1;
} else {
  const upToDate = syncGeneratedFile(root, SEARCH_INDEX_PATH, renderSearchIndexModule(data), checkOnly);
  const terms = Object.keys(data.postings).length;
  if (checkOnly) {
    console.error(upToDate ? `search index: ${terms} terms, up to date` : `search index: ${SEARCH_INDEX_PATH} is stale; run npm run catalogue`);
    if (!upToDate) process.exitCode = 1;
  } else {
    console.error(`search index: ${terms} terms over ${data.docs.length} readings written to ${SEARCH_INDEX_PATH}`);
  }
}
