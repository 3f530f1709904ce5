// Whether a word has the shape of a UserSig, so one pasted where a code belongs is pointed at `chaterr usersig`.

/**
 * TLSSigAPIv2's zlib stream opens with 0x78 0x9c, which base64 writes as "eJ", and a sig runs to a hundred
 * characters and more of its alphabet (with *, - and _ for +, / and =), some maybe percent-escaped out of a URL
 * (%2A). No code or constant name looks so.
 */
const SIG_BODY = String.raw`eJ(?:[A-Za-z0-9*_+/=-]|%(?:2[ABDFabdf]|3[Dd]|5[Ff])){80,}`;
const USERSIG_SHAPE = new RegExp(`^${SIG_BODY}$`);

/**
 * The same sig as copied out of code, a config file or a sentence: after a key (`userSig=`, `"UserSig":`), in
 * quotes or brackets, whole or half of them (`login("eJw…",` out of a call, `「eJw…」`, as explain reads a code), or
 * with the punctuation that followed it: a sig in half a bracket was "not an error code or constant name", with no
 * word of usersig. None of these marks is in the sig's alphabet, so each run is bounded and the match stays linear.
 */
const USERSIG_COPIED = new RegExp(
  String.raw`^(?:["']?[A-Za-z_]+["']?\s*[=:]\s*)?["'\x60\u201c\u2018([{<\u3010\u300c\uff08]{0,4}(${SIG_BODY})["'\x60\u201d\u2019)\]}>\u3011\u300d\uff09]{0,4}[,;.\u3002\uff0c\uff1b]?$`,
);

/**
 * The secret key of an app, as the console shows it: 64 hex digits, maybe copied with its key and quotes out of a
 * config (`secretKey="…"`, `"key": "…",`, `secret-key: …`), typed after an option's dashes (`--$KEY`) or written as
 * a C literal (`0x…`). It signs sigs for any user, so it is never echoed; a SHA-256 digest has the same shape and is
 * hidden too, at no cost to anyone. The marks around it are those a sig is copied with (USERSIG_COPIED), brackets too:
 * a key in Markdown's backticks, a chat's curly quotes or at a sentence's end (`…f90.`) was echoed whole. Up to four
 * marks a side, as a quoted value's own quotes are quoted again (`--user` given a backticked key echoed it in the
 * report's double quotes). None of them is a hex digit or a key's letter, so each run is bounded and the match stays linear.
 */
const SECRET_KEY_SHAPE =
  /^(?:-{1,2}|-{0,2}["']?[A-Za-z_][\w-]*["']?\s*[=:]\s*)?["'`\u201c\u2018([{<\u3010\u300c\uff08]{0,4}(?:0x)?[0-9a-f]{64}["'`\u201d\u2019)\]}>\u3011\u300d\uff09]{0,4}[,;.\u3002\uff0c\uff1b]?$/i;

export function looksLikeSecretKey(word: string): boolean {
  return SECRET_KEY_SHAPE.test(word.trim());
}

/** What a message shows in place of an app's secret key (`chaterr "$SECRET_KEY"` echoed it as an unknown command). */
export const SECRET_KEY_ECHO = '(a secret key, not shown)';

/**
 * Most of a key, or more than one, inside a word: a key copied one character short or long (63 or 65 digits), pasted
 * twice, or inside a quoted or longer value (`--user '"…"'`) was echoed whole, and 63 of its 64 digits leave 16
 * guesses. A run of hex digits longer than a SHA-1's 40 is hidden (40 shown would still leave 96 bits unknown), if it
 * mixes digits and letters as a key does: a long decimal number, or one letter repeated, is no key. Each run is tried
 * from its start only (the look-behind), so the match stays linear.
 */
const KEY_RUN = String.raw`(?<![0-9a-f])(?=[0-9]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{41,}(?![0-9a-f])`;
const HOLDS_KEY_RUN = new RegExp(KEY_RUN, 'i');
const KEY_RUNS = new RegExp(KEY_RUN, 'gi');

/** Whether a word is a secret key or holds most of one (see KEY_RUN). */
export function holdsSecretKey(text: string): boolean {
  return looksLikeSecretKey(text) || HOLDS_KEY_RUN.test(text);
}

/** The text with each run that may be a secret key shown as SECRET_KEY_ECHO. */
export function withoutSecretKeys(text: string): string {
  return text.replace(KEY_RUNS, SECRET_KEY_ECHO);
}

/** What a message shows in place of a UserSig (explain --json's query says the same). */
export const USERSIG_ECHO = '(a UserSig, not shown)';

/**
 * A run of a v2 sig's alphabet long enough to be one; each failed start scans at most that far, so it stays linear.
 * `%2A` is its `*` out of a URL that Python, PHP or Go encoded: the run stopped there and the sig's tail was echoed.
 * No character of the alphabet is `%`, so the two branches never compete.
 */
const EMBEDDED_USERSIG = /eJ(?:[A-Za-z0-9*_-]|%2[Aa]){80,}/g;

/**
 * The text with each UserSig inside it shown as USERSIG_ECHO. Only the URL-safe alphabet TLSSigAPIv2 writes,
 * without `/`, counts here, so a long path that happens to hold "eJ" is not taken for one.
 */
export function withoutUserSigs(text: string): string {
  return text.includes('eJ') ? text.replace(EMBEDDED_USERSIG, USERSIG_ECHO) : text;
}

/** Whether a value is a UserSig or holds one inside a longer word. */
export function holdsUserSig(text: string): boolean {
  return looksLikeUserSig(text) || withoutUserSigs(text) !== text;
}

export function looksLikeUserSig(word: string): boolean {
  const trimmed = word.trim();
  return USERSIG_SHAPE.test(trimmed) || USERSIG_COPIED.test(trimmed);
}
