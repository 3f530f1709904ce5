// The bundle's stand-in for src/core/catalogue.generated.ts: the small tables come from dist/catalogue.json and each
// reading or guidance text is read from dist/catalogue-text.txt only when the catalogue first asks for it.
'use strict';
const { openSync, readFileSync, readSync } = require('node:fs');
const { join } = require('node:path');

const { guidanceCount, textOffsets, ...tables } = JSON.parse(readFileSync(join(__dirname, 'catalogue.json'), 'utf8'));
const textFile = join(__dirname, 'catalogue-text.txt');
const textCount = textOffsets.length - 1;

/**
 * `explain` needs two or three texts out of about 700 (600 KB, mostly Chinese, slow to decode): it reads those
 * bytes alone, and so do `search` (about 20 texts for a query) and a `scan` that finds a few dozen codes (37 texts on
 * the benchmark log, where decoding and splitting the whole file cost 7 to 10 ms and 46 million instructions). A
 * command that walks the catalogue (list --all) soon passes READS_BEFORE_WHOLE reads and then decodes the whole file
 * once.
 */
const READS_BEFORE_WHOLE = 64;
let whole;
let reads = 0;
/** Opened on the first read and left to the process's exit to close: a CLI run reads a handful of texts. */
let fd;

function textAt(i) {
  if (!Number.isInteger(i) || i < 0 || i >= textCount) return undefined;
  if (!whole && ++reads > READS_BEFORE_WHOLE) whole = readFileSync(textFile, 'utf8').split('\n');
  if (whole) return whole[i];
  const start = textOffsets[i];
  const bytes = Buffer.allocUnsafe(textOffsets[i + 1] - 1 - start);
  fd ??= openSync(textFile, 'r');
  readSync(fd, bytes, 0, bytes.length, start);
  return bytes.toString('utf8');
}

/** An array look-alike: the catalogue only indexes these (`lines[i]`), so a numeric key is a text, anything else the array's own. */
function lazyTexts(base, length) {
  return new Proxy(new Array(length), {
    get(target, key) {
      if (typeof key === 'string' && key !== '' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) return textAt(base + Number(key));
      return Reflect.get(target, key);
    },
  });
}

module.exports = {
  ...tables,
  CATALOGUE_GUIDANCE: lazyTexts(0, guidanceCount),
  CATALOGUE_LINES: lazyTexts(guidanceCount, textCount - guidanceCount),
};
