// Exit codes and the error type that carries one, so a failure anywhere ends as one line on stderr.
import type { Lang } from '../render/context.js';

/** interrupted: as a shell reports a command ended by Ctrl-C, 128 plus SIGINT's number. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, interrupted: 130 } as const;

/**
 * One of chaterr's own messages in both output languages. stderr says it in the user's language; a `--json` error
 * document keeps the English, which is its documented contract. Taking both at every throw lets the compiler, not a
 * lookup table that can fall behind, see that no message is left English-only.
 */
export interface Said {
  readonly en: string;
  readonly zh: string;
}

/** A message in the language asked for. */
export const sayIn = (said: Said, lang: Lang): string => (lang === 'zh' ? said.zh : said.en);

export class CliError extends Error {
  readonly zh: string;

  constructor(
    said: Said,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(said.en);
    this.name = 'CliError';
    this.zh = said.zh;
  }

  /** The message in the language asked for. */
  textIn(lang: Lang): string {
    return sayIn({ en: this.message, zh: this.zh }, lang);
  }
}
