// Reads data/legacy-names.tsv: constant names that older SDKs defined and Tencent's older docs still print, by reading.
import { codeKey } from '../core/code-key.js';
import type { Entry } from '../core/types.js';
import type { ProblemList } from './problems.js';
import { forEachTsvRow, READING_CELL, URL_CELL } from './tsv-cells.js';

export const LEGACY_NAMES_FILE = 'data/legacy-names.tsv';

const NAME = /^[A-Z][A-Z0-9_]{2,63}$/u;

/**
 * Adds each legacy name to its reading's names, after the current ones, so that `explain`, the name search and scan's
 * constant rule know it (ERR_IMSDK_KICKED_BY_OTHERS, which IMSDK 4.x's TIMComm.h defined as 6208). Every problem is
 * reported with its line: a reading the catalogue lacks, a name that is malformed or already some reading's name, a
 * source that is no URL.
 */
export function applyLegacyNames(text: string, entries: Entry[], problems: ProblemList, file = LEGACY_NAMES_FILE): void {
  const byReading = new Map(entries.map((e) => [codeKey(e), e]));
  const owners = new Map<string, string>();
  for (const e of entries) for (const name of e.names) owners.set(name.toUpperCase(), codeKey(e));
  forEachTsvRow(text, file, problems, ['reading', 'name', 'source URL'], (cells, line) => {
    const [reading, name, source] = cells as [string, string, string];
    const match = READING_CELL.exec(reading);
    const entry = match ? byReading.get(`${match[1]}:${Number(match[2])}`) : undefined;
    if (!match) problems.add(file, line, `"${reading}" is not a reading (sdk|server|web|sdk-v3:code)`);
    else if (!entry) problems.add(file, line, `the catalogue has no reading ${reading}`);
    if (!NAME.test(name)) problems.add(file, line, `"${name}" is not a constant name (capitals, digits and _, 3 to 64 characters)`);
    const owner = owners.get(name.toUpperCase());
    if (owner) problems.add(file, line, `${name} is already ${owner}'s name`);
    if (!URL_CELL.test(source)) problems.add(file, line, `"${source}" is not a source URL`);
    if (entry && NAME.test(name) && !owner && URL_CELL.test(source)) {
      entry.names.push(name);
      owners.set(name.toUpperCase(), reading);
    }
  });
}
