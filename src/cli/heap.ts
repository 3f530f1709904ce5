// V8 heap settings for scans of logs dense with codes: the process's memory is the CLI's business, not the core's.
import { setFlagsFromString } from 'node:v8';

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
