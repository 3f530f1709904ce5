// Exit codes and the error type that carries one, so a failure anywhere ends as one line on stderr.

/** interrupted: as a shell reports a command ended by Ctrl-C, 128 plus SIGINT's number. */
export const EXIT = { ok: 0, notFound: 1, usage: 2, interrupted: 130 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
