// Decides the colour level once, from flags, environment and TTY, because chalk alone ignores NO_COLOR on a TTY.
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  /** --color (true) or --no-color (false); undefined when neither was given. */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

/**
 * Precedence: --color/--no-color, then FORCE_COLOR, then a non-empty NO_COLOR, then TERM=dumb (a terminal that
 * says it cannot show colour), then whether stdout is a TTY.
 */
export function resolveColorLevel({ flag, env, isTTY }: ColorInputs): ColorLevel {
  if (flag === false) return 0;
  if (flag === true) return 1;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return 0;
    const level = Number(force);
    return level === 2 || level === 3 ? level : 1;
  }
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

export function createChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
