// The hint for an option given before the command it belongs to (`chaterr --summary scan`), or mistyped there.
import type { Command } from 'commander';
import { editDistance } from '../core/edit-distance.js';
import { withGlobalOptions } from './global-options.js';

/** The most edits a mistyped flag may be from the one meant, as commander's own suggestions allow. */
const MAX_EDITS = 2;

/**
 * What the program's "unknown option" should suggest for `flag`, or undefined. A command's option before the command
 * (`chaterr --summary scan app.log`, `chaterr -o scan`) was "unknown option '--summary'" with no word that scan
 * takes it: the hint names the command with it. A mistyped `--json`, which may come before the command
 * (`chaterr --jsno explain 70001`), got no suggestion either, since commander offers only the program's own options.
 */
export function programOptionHint(program: Command, flag: string, words: readonly string[] = []): string | undefined {
  const name = flag.split('=')[0] ?? flag;
  // Commands get --table and the global options only when they run (global-options.ts); this is an error's path.
  for (const command of program.commands) withGlobalOptions(command);
  // `--json=1` is --json given a value: the hint is --json, which may stand before the command, not every command's.
  const ownedBy = (c: Command) => name !== '--json' && c.options.some((o) => o.long === name || o.short === name);
  let owners = program.commands.filter((c) => ownedBy(c) && !program.options.some((o) => o.long === name));
  // The command typed after it is the one meant: `chaterr -n 3 search login` offered "one of chaterr search -n,
  // chaterr scan -n", and `chaterr --limit 3 explain 6014` "chaterr search --limit", which explain has no use for.
  let typed: Command | undefined;
  for (const word of words) {
    typed = program.commands.find((c) => word === c.name() || c.aliases().includes(word));
    if (typed !== undefined) break;
  }
  if (typed !== undefined) owners = owners.filter((c) => c === typed);
  if (owners.length > 0) return `${owners.length > 1 ? 'one of ' : ''}${owners.map((c) => `chaterr ${c.name()} ${name}`).join(', ')}`;
  if (!name.startsWith('--')) return undefined;
  const programFlags = [...program.options.filter((o) => !o.hidden).map((o) => o.long), '--json'];
  // A mistyped option of the command typed after it (`chaterr --limt 3 search x`) is suggested as that command's.
  const typedFlags = typed ? typed.options.filter((o) => !o.hidden && !programFlags.includes(o.long)).map((o) => o.long) : [];
  const candidates = [...new Set([...programFlags, ...typedFlags])].filter((long): long is string => long !== undefined);
  let best: { long: string; distance: number } | undefined;
  for (const long of candidates) {
    const distance = editDistance(name.toLowerCase(), long, MAX_EDITS + 1);
    if (distance <= MAX_EDITS && distance < long.length - 2 && (best === undefined || distance < best.distance)) best = { long, distance };
  }
  // `chaterr --json completion bash`: --json itself, before a command that has none, is no typo of --json.
  if (best === undefined || best.long === flag) return undefined;
  return typed && typedFlags.includes(best.long) ? `chaterr ${typed.name()} ${best.long}` : best.long;
}
