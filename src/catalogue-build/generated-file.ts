// The step every generator ends with: write its generated file, or with --check only say whether it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether `path` (under `root`) already holds `text`. Unless `checkOnly`, a file that does not is written, so that
 * an unchanged file keeps its time. A missing file is simply stale.
 */
export function syncGeneratedFile(root: string, path: string, text: string, checkOnly: boolean): boolean {
  const target = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  const upToDate = current === text;
  if (!checkOnly && !upToDate) writeFileSync(target, text);
  return upToDate;
}
