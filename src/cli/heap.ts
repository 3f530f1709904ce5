// V8 heap settings for scans of logs dense with codes: the process's memory is the CLI's business, not the core's.
import { runInNewContext } from 'node:vm';

/**
 * node:v8, loaded when first needed: imported at the top, every command's start-up paid for it (a few ms), though
 * only a scan of a dense log sets a flag. The bundle runs in a vm.Script, where getBuiltinModule (Node 20.16+) works.
 */
const setFlagsFromString = (flags: string): void => (process.getBuiltinModule('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);

let applied = false;

/**
 * Keeps V8's heap small for the rest of the process. On a log with a code (or a code table's row) on every line,
 * each read's findings stay alive across collections, and V8 answers by growing the young generation to 16 MiB per
 * semi-space and letting the old one double before it collects: peak RSS went past 100 MiB (106–118 MiB on the
 * dense and table-row logs of `npm run bench`; 76–85 MiB with these flags). They cost time (about +40% on those
 * logs), so only a scan that has met a dense log asks for them; ordinary logs never do. Node documents flags set at
 * run time as best-effort: V8 reads these two each time it sizes a generation.
 */
export function keepHeapSmall(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=50');
}

let collector: (() => void) | undefined;

/**
 * A full collection, now. A read crowded with findings (a JSON array of 25,000 codes on one 400 KB line) keeps them
 * alive for the whole line, long enough to be promoted; the old generation then grew by tens of MB between V8's own
 * collections, though what survives each is under 20 MB (peak RSS 139 MiB on 10 MB of such lines, 174 MiB on 29 MB).
 * One collection after each such read costs a few ms against the hundreds the read took. `gc` is V8's own function,
 * exposed to a fresh context once the flag is set (the flag cannot be set before Node starts from a bin script).
 */
export function collectGarbage(): void {
  if (collector === undefined) {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}
