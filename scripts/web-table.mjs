#!/usr/bin/env node
// Re-extracts the current Web SDK error-code table from a published package tarball into data/, so an SDK update
// is one command plus a reviewed diff: `npm run web-table -- tencentcloud-chat-3.7.0.tgz`.
//
// usage: node scripts/web-table.mjs <package.tgz> [file-inside-tarball] [--data <dir>]
//   file-inside-tarball defaults to package/index.js (the main file of @tencentcloud/chat);
//   --data defaults to this repository's data/ directory.
// Writes <data>/web-sdk-error-codes-3.x.json (compared with the 2.22.1 table in <data>/web-sdk-error-codes.json) and
// sets the Web SDK 3.x version in <data>/catalogue-sources.json, which `chaterr --version` reports. Then run
// `npm run catalogue`: it names every new code that still needs a description in web-sdk-3.x-descriptions.txt.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const dataDir = dataAt >= 0 ? args[dataAt + 1] : join(here, '..', 'data');
const positional = args.filter((_, i) => i !== dataAt && i !== dataAt + 1);
const [tarball, inner = 'package/index.js'] = positional;
if (!tarball || !dataDir) {
  console.error('usage: node scripts/web-table.mjs <package.tgz> [file-inside-tarball] [--data <dir>]');
  process.exit(2);
}

const baseline = join(dataDir, 'web-sdk-error-codes.json');
let table;
try {
  table = execFileSync(process.execPath, [join(here, 'extract-web-codes.mjs'), tarball, inner, baseline], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  console.error(`web-table: extraction failed: ${String(error.stderr || error.message).trim()}`);
  process.exit(1);
}
const parsed = JSON.parse(table);
writeFileSync(join(dataDir, 'web-sdk-error-codes-3.x.json'), table);

const sourcesPath = join(dataDir, 'catalogue-sources.json');
const sources = readFileSync(sourcesPath, 'utf8');
const web3 = /("id": "web3",[^\n]*"version": ")[^"]*(")/;
if (!web3.test(sources)) {
  console.error(`web-table: no "web3" source line in ${sourcesPath}; set its version to ${parsed.version} by hand`);
  process.exitCode = 1;
} else {
  writeFileSync(sourcesPath, sources.replace(web3, `$1${parsed.version} (npm)$2`));
}
const names = (list) => (list ?? []).map((c) => `${c.code} ${c.name}`).join(', ') || 'none';
console.error(`web-table: ${parsed.package}@${parsed.version}, ${parsed.codes.length} codes written to ${join(dataDir, 'web-sdk-error-codes-3.x.json')}`);
console.error(`  added since 2.22.1: ${names(parsed.added_since_2_22_1)}`);
console.error(`  removed since 2.22.1: ${names(parsed.removed_since_2_22_1)}`);
console.error('next: npm run catalogue, describe any new code it names, then review git diff data/ src/core/');
