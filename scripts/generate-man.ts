// Writes the man page (dist/man/chaterr.1) from the program's help and README.md; run by scripts/build.mjs.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import packageJson from '../package.json' with { type: 'json' };
import { manPageFrom } from '../src/cli/man-source.js';
import { createProgram } from '../src/cli/program.js';
import { renderManPage } from '../src/render/man.js';

/** The page for a README text; a program built on a silent io, since only its definitions are read. */
export function generateManPage(readme: string): string {
  const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: Readable.from([]), env: {}, now: () => new Date(0), exitCode: 0 };
  return renderManPage(manPageFrom(createProgram(io), readme, packageJson.version));
}

// Writes only when the build asks (`--write-man <file> <root>`), never when a test imports this module.
const flag = process.argv.indexOf('--write-man');
const [outFile, root] = flag >= 0 ? process.argv.slice(flag + 1, flag + 3) : [];
if (outFile && root) {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, generateManPage(readFileSync(join(root, 'README.md'), 'utf8')));
}
