// Shows user input inside a message: control characters escaped and the length capped, so a paste cannot flood or steer a terminal.
import { looksLikeUserSig } from '../core/usersig-shape.js';
import { escapeControls } from './text.js';

/** Long enough for any real code, name or file name; past it the echo adds nothing but noise. */
export const MAX_ECHO_CHARS = 80;

/** What an echo shows in place of a UserSig (explain --json's query says the same). */
export const USERSIG_ECHO = '(a UserSig, not shown)';

/** A run of a v2 sig's alphabet long enough to be one; each failed start scans at most that far, so it stays linear. */
const EMBEDDED_USERSIG = /eJ[A-Za-z0-9*_-]{80,}/g;

/**
 * Escapes control characters and cuts the text to `max` characters with an ellipsis and the full length. A UserSig
 * is a credential: pasted where a path, a shell, a category, a class or an option's value belongs, it was echoed
 * whole (`cannot read eJw…` for scan and --key-file) or its first 80 characters (commander's messages).
 */
export function echoInput(text: string, max = MAX_ECHO_CHARS): string {
  if (looksLikeUserSig(text)) return USERSIG_ECHO;
  // Inside a longer word (`/tmp/eJw…`, `a'eJw…`) the sig is replaced where it stands. Only the URL-safe alphabet
  // TLSSigAPIv2 writes, without `/`, counts here, so a long path that happens to hold "eJ" is not taken for one.
  if (text.includes('eJ')) text = text.replace(EMBEDDED_USERSIG, USERSIG_ECHO);
  if (text.length <= max) return escapeControls(text);
  // Cut on a code-point boundary so a surrogate pair is never split.
  const head = Array.from(text.slice(0, max + 1)).slice(0, max).join('').slice(0, max);
  return `${escapeControls(head)}… (${text.length} characters)`;
}
