// Start-up entry (dist/chaterr.cjs): runs the bundled CLI through a V8 code cache made at build time,
// which skips most compilation. A cache from another Node version is rejected by V8 and simply ignored.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { wrap } = require('node:module');

const file = join(__dirname, 'chaterr-main.cjs');
/**
 * Each command has a cache of its own, made by running that command at build time: one shared cache would
 * hold every command's functions and slow every start-up. Other input (help, a typo) uses explain's.
 */
const CACHED_COMMANDS = ['explain', 'search', 'list', 'scan'];
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const cacheFile = join(__dirname, `chaterr-main.${CACHED_COMMANDS.includes(command) ? command : 'explain'}.cache`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet (or unreadable): compile as usual.
}
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
// The caches are written by the build alone (scripts/write-code-cache.cjs); this loader only reads them.
const mod = { exports: {}, filename: file, id: file };
script.runInThisContext()(mod.exports, require, mod, file, __dirname);
