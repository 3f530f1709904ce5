// A word quoted for a POSIX shell, for the commands messages suggest: pasted back, it must reach chaterr as shown.

/**
 * `"word"` when nothing in it means something inside double quotes, else `'word'` (a single quote in it written
 * `'\''`): `chaterr search ""ErrorCode":70001"` or `"$HOME"` in a suggested command ran something else.
 */
export function shellWord(text: string): string {
  return /["$`\\!]/.test(text) ? `'${text.replace(/'/g, "'\\''")}'` : `"${text}"`;
}

/**
 * A word as a command's argument: after `--` when it opens with a dash, as `chaterr search "--foo"` pasted back was
 * an unknown option, and `"-x"` a short option, not the words it suggested searching for.
 */
export function shellArgument(text: string): string {
  return text.startsWith('-') ? `-- ${shellWord(text)}` : shellWord(text);
}
