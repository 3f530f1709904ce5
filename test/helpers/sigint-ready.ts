// Waits until a spawned chaterr listens for Ctrl-C, so a Ctrl-C test does not race a slow start on a busy machine.
import { readFileSync } from 'node:fs';

const SIGINT_BIT = 1n << 1n; // bit 2 - 1 in /proc's signal masks

/** Whether the process catches SIGINT, from /proc/<pid>/status; undefined where /proc cannot say (not Linux). */
function catchesSigint(pid: number): boolean | undefined {
  try {
    const caught = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return caught === undefined ? undefined : (BigInt(`0x${caught}`) & SIGINT_BIT) !== 0n;
  } catch {
    return undefined;
  }
}

/** The first child of `pid` (script's command, exec'd in its place), or undefined until it exists. */
export function childOf(pid: number): number | undefined {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0];
    return first ? Number(first) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves once the process (`pid`, or a function finding it) catches SIGINT, then `settleMs` more for it to read
 * what it was given. Node catches SIGINT only from scan's own handler on, so this is "scan has started". Without /proc,
 * or after `timeoutMs`, it resolves anyway and the test's own assertions say what happened.
 */
export async function untilCatchingSigint(pid: number | (() => number | undefined), settleMs = 1000, timeoutMs = 15_000): Promise<void> {
  if (catchesSigint(process.pid) === undefined) return sleep(2000);
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const target = typeof pid === 'function' ? pid() : pid;
    if (target !== undefined && catchesSigint(target)) break;
    await sleep(25);
  }
  await sleep(settleMs);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
