// Builds src/core/han-map.generated.ts from OpenCC's Traditional-to-Simplified table and the search index (--check: staleness only).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHanMap, HAN_MAP_PATH, OPENCC_TABLE_FILE, parseOpenccTable, renderHanMapModule } from '../src/catalogue-build/han-map-module.js';
import { syncGeneratedFile } from '../src/catalogue-build/generated-file.js';
import { SEARCH_INDEX_PATH } from '../src/catalogue-build/search-index-module.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const checkOnly = process.argv.includes('--check');

// The committed index, which `npm run catalogue` has just rewritten (this script runs after it): the map follows it.
const map = buildHanMap(parseOpenccTable(readFileSync(join(root, OPENCC_TABLE_FILE), 'utf8')), readFileSync(join(root, SEARCH_INDEX_PATH), 'utf8'));
const upToDate = syncGeneratedFile(root, HAN_MAP_PATH, renderHanMapModule(map), checkOnly);
if (checkOnly) {
  console.error(upToDate ? `han map: ${map.length} characters, up to date` : `han map: ${HAN_MAP_PATH} is stale; run npm run catalogue`);
  if (!upToDate) process.exitCode = 1;
} else {
  console.error(`han map: ${map.length} Traditional characters written to ${HAN_MAP_PATH}`);
}
