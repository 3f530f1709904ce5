// Detection quality on every real-line split pooled (test/fixtures/real-log-lines.ts): recall, false codes, hard negatives.
// Usage: npx tsx bench/detection-quality.ts [--list false|misses]   (reads the sources, no build needed)
// The quality test checks each split against its own floors; this prints the figures the notes report for all of them
// together. "per 200 at 9:1" weighs ordinary lines nine to one against hard negatives, as a log is mostly ordinary.
import { getCatalogue } from '../src/core/catalogue.js';
import { findCodesInLine, type ScanMode } from '../src/core/scan/detect.js';
import * as splits from '../test/fixtures/real-log-lines.js';

interface RealLine {
  line: string;
  codes: number[];
  hard?: boolean;
}

const known = getCatalogue().known;
const listArg = process.argv.indexOf('--list');
const list = listArg >= 0 ? process.argv[listArg + 1] : undefined;
const pooled = Object.entries(splits).filter(([name, value]) => name.endsWith('_LINES') && Array.isArray(value)).flatMap(([name, value]) => (value as RealLine[]).map((l) => ({ ...l, split: name })));

const coded = pooled.filter((l) => l.codes.length > 0).length;
const hardLines = pooled.filter((l) => l.hard).length;
console.log(`${pooled.length} lines pooled from every split: ${coded} with codes, ${hardLines} hard negatives, ${pooled.length - hardLines} ordinary`);
for (const mode of ['strict', 'default', 'loose'] as ScanMode[]) {
  let expected = 0;
  let found = 0;
  let falseOrdinary = 0;
  let falseHard = 0;
  let hardFlagged = 0;
  for (const { line, codes, hard, split } of pooled) {
    const reported = findCodesInLine(line, known.has, mode, known).map((f) => f.code);
    const extra = [...reported];
    for (const code of codes) {
      expected++;
      const at = extra.indexOf(code);
      if (at >= 0) {
        extra.splice(at, 1);
        found++;
      } else if (list === 'misses' && mode === 'default') console.log(`  miss ${code} (${split}): ${line.slice(0, 160)}`);
    }
    if (extra.length > 0 && list === 'false' && mode === 'default') console.log(`  false ${extra.join(' ')} (${split}): ${line.slice(0, 160)}`);
    if (hard) {
      falseHard += extra.length;
      if (reported.length > 0) hardFlagged++;
    } else falseOrdinary += extra.length;
  }
  const ordinary = pooled.length - hardLines;
  const per200 = (180 * falseOrdinary) / ordinary + (20 * falseHard) / hardLines;
  console.log(
    `${mode.padEnd(7)} recall ${found}/${expected} (${(found / expected).toFixed(3)}), false codes ${falseOrdinary + falseHard} (${falseHard} on hard negatives), hard negatives flagged ${hardFlagged}/${hardLines} (${(hardFlagged / hardLines).toFixed(3)}), per 200 lines at 9:1 ${per200.toFixed(2)}`,
  );
}
