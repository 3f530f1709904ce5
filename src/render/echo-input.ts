// Shows user input inside a message: control characters escaped and the length capped, so a paste cannot flood or steer a terminal.
import { holdsUserSig, looksLikeSecretKey, looksLikeUserSig, SECRET_KEY_ECHO, USERSIG_ECHO, withoutSecretKeys, withoutUserSigs } from '../core/usersig-shape.js';
import type { Lang } from './context.js';
import { escapeControls } from './text.js';
import { characterCount, firstCharacters } from '../core/limits.js';

/** Long enough for any real code, name or file name; past it the echo adds nothing but noise. */
export const MAX_ECHO_CHARS = 80;

// The UserSig helpers live with the sig's shape (core/usersig-shape.ts), where the core's own messages use them too.
export { holdsUserSig, SECRET_KEY_ECHO, USERSIG_ECHO, withoutUserSigs };

/**
 * Escapes control characters and cuts the text to `max` characters with an ellipsis and the full length. A UserSig
 * is a credential: pasted where a path, a shell, a category, a class or an option's value belongs, it was echoed
 * whole (`cannot read eJw…` for scan and --key-file) or its first 80 characters (commander's messages).
 */
export function echoInput(text: string, max = MAX_ECHO_CHARS, lang: Lang = 'en', { keyRuns = true } = {}): string {
  if (looksLikeUserSig(text)) return lang === 'zh' ? USERSIG_ECHO_ZH : USERSIG_ECHO;
  if (looksLikeSecretKey(text)) return lang === 'zh' ? SECRET_KEY_ECHO_ZH : SECRET_KEY_ECHO;
  // Inside a longer word (`/tmp/eJw…`, `a'eJw…`) the sig is replaced where it stands, and so is most of a key
  // unless `keyRuns` is false (see echoPath).
  text = withoutUserSigs(text);
  if (keyRuns) text = withoutSecretKeys(text);
  if (text.length <= max) return hiddenIn(escapeControls(text), lang);
  // Cut on a code-point boundary so a surrogate pair is never split, and counted as a person counts characters.
  const head = firstCharacters(text, max);
  if (head === text) return hiddenIn(escapeControls(text), lang);
  return `${hiddenIn(escapeControls(head), lang)}${cutLength(characterCount(text), lang)}`;
}

/**
 * What a Chinese message shows in place of a sig or a key: 无法读取 (a UserSig, not shown)：文件不存在 was the one
 * English phrase of its line. (JSON keeps the English placeholders, whatever the language.)
 */
const USERSIG_ECHO_ZH = '（UserSig，不显示）';
const SECRET_KEY_ECHO_ZH = '（密钥，不显示）';
const hiddenIn = (text: string, lang: Lang): string =>
  lang === 'zh' && text.includes(' not shown)') ? text.replaceAll(USERSIG_ECHO, USERSIG_ECHO_ZH).replaceAll(SECRET_KEY_ECHO, SECRET_KEY_ECHO_ZH) : text;

/** What follows a cut echo: its full length, in the message's language. */
const cutLength = (length: number, lang: Lang): string => (lang === 'zh' ? `…（共 ${length} 个字符）` : `… (${length} characters)`);

/**
 * A message made in English with its echoes (commander's, and the CliErrors that speak as commander does) shown in
 * Chinese: the length of a cut echo read "… (3000 characters)" inside 未知命令 '…', and a hidden sig or key
 * "(a UserSig, not shown)".
 */
export function cutLengthsIn(message: string, lang: Lang): string {
  return lang === 'en' ? message : hiddenIn(message.replace(/… \((\d+) characters\)/g, (_whole, length: string) => cutLength(Number(length), lang)), lang);
}
