// Writes the WebAssembly prefilter's C tables (src/core/scan/wasm/grammar.generated.h) from the scan grammar
// (src/core/scan/grammar.ts). `npm run wasm` runs this, then compiles. With --check, only says whether the header is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GRAMMAR_HEADER_PATH, renderGrammarHeader } from '../src/core/scan/grammar-c.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', GRAMMAR_HEADER_PATH);
const header = renderGrammarHeader();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== header) {
    console.error(`${GRAMMAR_HEADER_PATH} is stale: src/core/scan/grammar.ts changed. Run npm run wasm.`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, header);
  console.error(`wrote ${GRAMMAR_HEADER_PATH}`);
}
