// Build step: runs one command through the bundle and writes the V8 code cache dist/chaterr.cjs loads for it.
// Only the build writes caches: an installed chaterr never writes into its own package, whatever the environment says.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { wrap } = require('node:module');

const [distDir, command, ...args] = process.argv.slice(2);
const file = join(distDir, 'chaterr-main.cjs');
const cacheFile = join(distDir, `chaterr-main.${command}.cache`);
// The bundle reads its command line from process.argv, as it does under dist/chaterr.cjs.
process.argv = [process.argv[0], join(distDir, 'chaterr.cjs'), command, ...args];
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file });
// The cache is taken at exit, so it holds every function this run compiled.
process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const mod = { exports: {}, filename: file, id: file };
script.runInThisContext()(mod.exports, require, mod, file, distDir);
