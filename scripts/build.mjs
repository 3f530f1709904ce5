// Builds what the bin and the library need: a minified CJS bundle for fast start-up, and the ESM library with types.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });

/**
 * commander loads node:child_process at start-up for executable subcommands, which chaterr never uses;
 * deferring it until first use saves about 5 ms of every run.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/** A plugin that gives every import matching `filter` the module source `contents` instead of the file. */
function replaceModule(name, filter, contents) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter }, () => ({ path: name, namespace: name }));
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
    },
  };
}

/** The values a generated module exports, evaluated here so they can be written to dist/ as data. */
async function generatedExports(path) {
  const result = await build({ entryPoints: [join(root, path)], bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  return module.exports;
}

/** Source for the bundle: the contents of a file in dist/ (the loader, dist/chaterr.cjs, runs the bundle with __dirname there). */
const readDist = (file, encoding = 'utf8') =>
  `require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(file)}), ${JSON.stringify(encoding)})`;

/**
 * cli-table3 measures every cell line with string-width, which runs Unicode's whole emoji pattern over it: two
 * seconds of `list --all --table`. Our displayWidth measures the same (a test checks it on every catalogue text).
 */
const tableWidth = {
  name: 'table-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, () => ({ path: 'string-width', namespace: 'table-width' }));
    b.onLoad({ filter: /.*/, namespace: 'table-width' }, () => ({
      contents: "const { displayWidth } = require('./src/render/text.ts'); module.exports = displayWidth; module.exports.default = displayWidth;",
      resolveDir: root,
      loader: 'js',
    }));
  },
};
/**
 * chalk's colour detection loads node:tty and node:os, but chaterr always passes chalk an explicit level
 * (src/cli/color.ts), so the detection is replaced by "no colour" and never runs.
 */
const noColorDetection = replaceModule('no-color-detection', /^#supports-color$/, 'export default { stdout: false, stderr: false };');

mkdirSync(join(root, 'dist'), { recursive: true });

/**
 * The search index is large and only `search` reads it. Inside the bundle, every command would pay to load its
 * source text; as three files in dist/ it is read from disk by the first search alone. The postings are ASCII, so
 * they are read as latin1, which skips UTF-8 decoding.
 */
const SEARCH_INDEX_FILES = { head: 'search-index-head.json', terms: 'search-index-terms.txt', postings: 'search-index-postings.txt' };
const packedIndex = await generatedExports('src/core/search-index.generated.ts');
writeFileSync(join(root, 'dist', SEARCH_INDEX_FILES.head), packedIndex.SEARCH_INDEX_HEAD);
writeFileSync(join(root, 'dist', SEARCH_INDEX_FILES.terms), packedIndex.SEARCH_INDEX_TERMS);
// The bin reads the terms as their UTF-8 bytes (latin1, see PackedSearchIndex.termsForm), whose order is the code
// points': the same as the table's, sorted by UTF-16 code unit, unless a term holds a character beyond the BMP.
if (/[\ud800-\udfff]/.test(packedIndex.SEARCH_INDEX_TERMS)) throw new Error('a search term holds a character beyond the BMP');
if (/[^\x00-\x7f]/.test(packedIndex.SEARCH_INDEX_POSTINGS)) throw new Error('the search postings are not ASCII');
writeFileSync(join(root, 'dist', SEARCH_INDEX_FILES.postings), packedIndex.SEARCH_INDEX_POSTINGS);
const searchIndexFromDisk = replaceModule(
  'search-index-from-disk',
  /search-index\.generated\.js$/,
  // Getters, read on first use: the module is evaluated at every start-up (the catalogue's table-row checks import
  // the search code), but only a search or a scan that meets a table row reads the files.
  [
    ['SEARCH_INDEX_HEAD', readDist(SEARCH_INDEX_FILES.head)],
    ['SEARCH_INDEX_TERMS', readDist(SEARCH_INDEX_FILES.terms, 'latin1')],
    ['SEARCH_INDEX_POSTINGS', readDist(SEARCH_INDEX_FILES.postings, 'latin1')],
  ]
    .map(([name, read]) => `{ let v; Object.defineProperty(module.exports, '${name}', { enumerable: true, get: () => (v ??= ${read}) }); }`)
    .concat(`module.exports.SEARCH_INDEX_TERMS_FORM = 'utf8-bytes';`)
    .join('\n'),
);

/**
 * A search needs the postings of its query's terms only: a few lines of the 1.4 MB file. Reading and decoding it whole
 * (and collecting the string) cost Chinese searches 3 to 4 ms of their start-up, so a term's line is read by its
 * offset (the postings are ASCII: a character is a byte), 16 KiB at a time until its newline.
 */
const searchPostingsFromDisk = replaceModule(
  'search-postings-from-disk',
  /search-postings\.js$/,
  `const { openSync, readSync } = require('node:fs');
let fd;
const buffer = Buffer.allocUnsafe(16384);
exports.postingLine = (offset) => {
  fd ??= openSync(require('node:path').join(__dirname, ${JSON.stringify(SEARCH_INDEX_FILES.postings)}), 'r');
  let line = '';
  for (let at = offset; ; ) {
    const read = readSync(fd, buffer, 0, buffer.length, at);
    if (read <= 0) return line;
    const newline = buffer.subarray(0, read).indexOf(10);
    line += buffer.latin1Slice(0, newline < 0 ? read : newline);
    if (newline >= 0) return line;
    at += read;
  }
};`,
);

/**
 * The catalogue's text (every reading, its guidance) is most of the bundle. Kept in the bundle, every start-up loads
 * it through the code cache. The small tables go to dist/catalogue.json; the reading and guidance texts (one JSON
 * text each, never holding a raw newline) go one per line to a text file; scripts/catalogue-from-disk.cjs reads a
 * text by its byte offset when the catalogue first asks for it, so `explain` decodes a few lines, not 600 KB.
 */
const CATALOGUE_FILE = 'catalogue.json';
const CATALOGUE_TEXT_FILE = 'catalogue-text.txt';
const { CATALOGUE_GUIDANCE: guidanceTexts, CATALOGUE_LINES: readingTexts, ...tables } = await generatedExports('src/core/catalogue.generated.ts');
const catalogueTexts = [...guidanceTexts, ...readingTexts];
for (const text of catalogueTexts) if (text.includes('\n')) throw new Error('a catalogue text holds a newline');
/** Byte offset of each text's start, and one past the end (as if the last line had a newline): texts are read by position. */
const textOffsets = [0];
for (const text of catalogueTexts) textOffsets.push((textOffsets.at(-1) ?? 0) + Buffer.byteLength(text) + 1);
writeFileSync(join(root, 'dist', CATALOGUE_FILE), JSON.stringify({ ...tables, guidanceCount: guidanceTexts.length, textOffsets }));
writeFileSync(join(root, 'dist', CATALOGUE_TEXT_FILE), catalogueTexts.join('\n'));
const catalogueFromDisk = replaceModule('catalogue-from-disk', /catalogue\.generated\.js$/, readFileSync(join(root, 'scripts/catalogue-from-disk.cjs'), 'utf8'));

// CJS, because commander's require('node:events') breaks an ESM bundle. fuse.js stays external, so only search
// reads it. cli-table3 is bundled, so its code lands in the table commands' code caches (about 10 ms a run);
// it still runs only when a table is drawn.
await build({
  plugins: [lazyChildProcess, noColorDetection, searchIndexFromDisk, searchPostingsFromDisk, catalogueFromDisk, tableWidth],
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'dist/chaterr-main.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // CHATERR_NO_MINIFY=1 keeps names readable in a CPU profile (`node --cpu-prof`); releases are always minified.
  minify: !process.env.CHATERR_NO_MINIFY,
  legalComments: 'none',
  external: ['fuse.js'],
  logLevel: 'warning',
});

// The library keeps every dependency external: consumers install them anyway.
await build({
  entryPoints: [join(root, 'src/index.ts')],
  outfile: join(root, 'dist/lib/index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});

// The entry the bin loads: a small loader that runs the bundle through a V8 code cache. Running each command
// here writes its cache; that saves about a tenth of every start-up.
copyFileSync(join(root, 'src/cli/boot.cjs'), join(root, 'dist/chaterr.cjs'));
const cacheRunDir = mkdtempSync(join(tmpdir(), 'chaterr-cache-'));
const sampleLog = join(cacheRunDir, 'sample.log');
writeFileSync(sampleLog, 'login failed|code:6206|desc:expired\n{"ErrorCode":90003}\n');
for (const args of [['explain', '70001'], ['search', 'frequency'], ['list'], ['scan', '--summary', sampleLog]]) {
  execFileSync(process.execPath, [join(root, 'scripts/write-code-cache.cjs'), join(root, 'dist'), ...args], { stdio: 'ignore' });
}
rmSync(cacheRunDir, { recursive: true, force: true });

// The man page, from the program's help and README.md (npm links it through package.json "man").
const manBuildDir = mkdtempSync(join(tmpdir(), 'chaterr-man-'));
await build({
  entryPoints: [join(root, 'scripts/generate-man.ts')],
  outfile: join(manBuildDir, 'generate-man.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
execFileSync(process.execPath, [join(manBuildDir, 'generate-man.cjs'), '--write-man', join(root, 'dist/man/chaterr.1'), root], { stdio: 'inherit' });
rmSync(manBuildDir, { recursive: true, force: true });

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.lib.json')], { stdio: 'inherit' });
