// Shows user input inside a message: control characters escaped and the length capped, so a paste cannot flood or steer a terminal.
import { looksLikeSecretKey, looksLikeUserSig } from '../core/usersig-shape.js';
import type { Lang } from './context.js';
import { escapeControls } from './text.js';

/** Long enough for any real code, name or file name; past it the echo adds nothing but noise. */
export const MAX_ECHO_CHARS = 80;

/** What an echo shows in place of a UserSig (explain --json's query says the same). */
export const USERSIG_ECHO = '(a UserSig, not shown)';

/** What an echo shows in place of an app's secret key (`chaterr "$SECRET_KEY"` echoed it as an unknown command). */
export const SECRET_KEY_ECHO = '(a secret key, not shown)';

/** A run of a v2 sig's alphabet long enough to be one; each failed start scans at most that far, so it stays linear. */
const EMBEDDED_USERSIG = /eJ[A-Za-z0-9*_-]{80,}/g;

/** The text with each UserSig inside it shown as USERSIG_ECHO, for a document that writes the rest back as given. */
export function withoutUserSigs(text: string): string {
  return text.includes('eJ') ? text.replace(EMBEDDED_USERSIG, USERSIG_ECHO) : text;
}

/** Whether a value is a UserSig or holds one inside a longer word, as echoInput would hide it. */
export function holdsUserSig(text: string): boolean {
  return looksLikeUserSig(text) || new RegExp(EMBEDDED_USERSIG.source).test(text);
}

/**
 * Escapes control characters and cuts the text to `max` characters with an ellipsis and the full length. A UserSig
 * is a credential: pasted where a path, a shell, a category, a class or an option's value belongs, it was echoed
 * whole (`cannot read eJw…` for scan and --key-file) or its first 80 characters (commander's messages).
 */
export function echoInput(text: string, max = MAX_ECHO_CHARS, lang: Lang = 'en'): string {
  if (looksLikeUserSig(text)) return USERSIG_ECHO;
  if (looksLikeSecretKey(text)) return SECRET_KEY_ECHO;
  // Inside a longer word (`/tmp/eJw…`, `a'eJw…`) the sig is replaced where it stands. Only the URL-safe alphabet
  // TLSSigAPIv2 writes, without `/`, counts here, so a long path that happens to hold "eJ" is not taken for one.
  if (text.includes('eJ')) text = text.replace(EMBEDDED_USERSIG, USERSIG_ECHO);
  if (text.length <= max) return escapeControls(text);
  // Cut on a code-point boundary so a surrogate pair is never split.
  const head = Array.from(text.slice(0, max + 1)).slice(0, max).join('').slice(0, max);
  return `${escapeControls(head)}${cutLength(text.length, lang)}`;
}

/** What follows a cut echo: its full length, in the message's language. */
const cutLength = (length: number, lang: Lang): string => (lang === 'zh' ? `…（共 ${length} 个字符）` : `… (${length} characters)`);

/**
 * A message made in English with its echoes (commander's, and the CliErrors that speak as commander does) shown in
 * Chinese: the length of a cut echo read "… (3000 characters)" inside 未知命令 '…'.
 */
export function cutLengthsIn(message: string, lang: Lang): string {
  return lang === 'en' ? message : message.replace(/… \((\d+) characters\)/g, (_whole, length: string) => cutLength(Number(length), lang));
}
