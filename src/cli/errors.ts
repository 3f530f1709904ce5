// Exit codes and the error type that carries one, so a failure anywhere ends as one line on stderr.
import type { Lang } from '../render/context.js';
import { cutLengthsIn } from '../render/echo-input.js';

/** interrupted: as a shell reports a command ended by Ctrl-C, 128 plus SIGINT's number. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, interrupted: 130 } as const;

/**
 * One of chaterr's own messages in both output languages: stderr says it in the user's language, and a `--json` error
 * document carries both. Taking both at every throw lets the compiler, not a lookup table that can fall behind, see
 * that no message is left English-only.
 */
export interface Said {
  readonly en: string;
  readonly zh: string;
}

/**
 * A message in the language asked for. Its echoes of the user's input were cut in English words ("… (3000
 * characters)"); in Chinese they say the length in Chinese, as commander's translated messages do.
 */
export const sayIn = (said: Said, lang: Lang): string => (lang === 'zh' ? cutLengthsIn(said.zh, lang) : said.en);

export class CliError extends Error {
  constructor(
    readonly said: Said,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(said.en);
    this.name = 'CliError';
  }

  /** The message in the language asked for. */
  textIn(lang: Lang): string {
    return sayIn(this.said, lang);
  }
}
