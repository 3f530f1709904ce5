// commander echoes what the user typed in its error messages; this makes that echo safe: no secret, no live control character, no flood.
import { echoInput } from '../render/echo-input.js';
import { escapeControls } from '../render/text.js';
import { commanderMessage } from '../render/help-zh.js';
import type { Said } from './errors.js';

/** A usage error of ours worded as commander words its own, in both languages as commander's are translated. */
export const inCommanderWords = (en: string): Said => ({ en, zh: commanderMessage(en, 'zh') });

/**
 * `--key=SECRET` or `-kSECRET` typed by mistake would be echoed whole as an unknown option; only the option's name
 * is kept. Negative numbers (`-10001`) are not options and stay as they are.
 */
function redactOptionValue(token: string): string {
  if (!token.startsWith('-')) return token;
  const eq = token.indexOf('=');
  if (eq > 0) return `${token.slice(0, eq)}=…`;
  const isShortWithValue = !token.startsWith('--') && token.length > 2 && /^-[A-Za-z]/.test(token);
  return isShortWithValue ? `${token.slice(0, 2)}…` : token;
}

/** commander's own description of an option ("-n, --limit <n>") is not user input and names which option failed. */
const isOptionSpec = (text: string) => /^-[\w-]*(, --|\s[<[])/.test(text);

const UNKNOWN_OPTION = "unknown option '";
const HINT = ' (Did you mean';

/**
 * "unknown option '<the whole argv token>'": the token may itself hold quotes (`--key=a'SECRET`), so it is taken as
 * everything up to the last quote before commander's hint, never split at the user's own quote.
 */
function safeUnknownOption(body: string): string {
  const rest = body.slice(UNKNOWN_OPTION.length);
  const hintAt = rest.lastIndexOf(HINT);
  const quoted = hintAt >= 0 ? rest.slice(0, hintAt) : rest;
  const close = quoted.lastIndexOf("'");
  const token = close >= 0 ? quoted.slice(0, close) : quoted;
  const hint = hintAt >= 0 ? rest.slice(hintAt) : '';
  return `${UNKNOWN_OPTION}${echoInput(redactOptionValue(token))}'${hint}`;
}

/**
 * commander's messages that quote one value the user typed, as the text before it, the value, and commander's text
 * after it. The value may hold quotes itself (`--class "'eJw…"`, `completion "x'y"`): it runs to the last quote that
 * commander's own text follows (the greedy run), so a pair-wise quote match never leaves it outside the echo's cap
 * and UserSig check. Anchored, with one greedy run before a fixed text and a quote-free tail: linear.
 */
const ONE_VALUE_MESSAGES: readonly RegExp[] = [
  /^(option '[^']*' argument ')(.*)(' is invalid\. [^']*)$/s,
  /^(command-argument value ')(.*)(' is invalid for argument '[^']*'\. [^']*)$/s,
  /^(unknown command ')(.*)('(?: \(Did you mean [^']*\))?)$/s,
];

/** One line from commander's message: its prefix dropped, quoted input redacted and capped, controls escaped. */
export function safeCommanderMessage(text: string): string {
  const body = text.replace(/^error: /, '').trimEnd().replace(/\n+/g, ' ');
  if (body.startsWith(UNKNOWN_OPTION)) return escapeControls(safeUnknownOption(body));
  for (const shape of ONE_VALUE_MESSAGES) {
    const parts = shape.exec(body);
    if (!parts) continue;
    const value = parts[2] ?? '';
    // commander reads a command word after `--` that starts with dashes (`chaterr -- --version`) as an option name:
    // it strips two characters from each command's name as well and suggested "--ersig" for usersig.
    const after = parts[1] === "unknown command '" && value.startsWith('--') ? "'" : parts[3];
    return escapeControls(`${parts[1]}${echoInput(redactOptionValue(value))}${after}`);
  }
  // commander puts what the user typed between single quotes; anything a quote pair does not catch is still escaped below.
  const quoted = body.replace(/'([^']*)'/g, (_whole, inner: string) => `'${isOptionSpec(inner) ? inner : echoInput(redactOptionValue(inner))}'`);
  return escapeControls(quoted);
}
