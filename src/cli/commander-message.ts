// commander echoes what the user typed in its error messages; this makes that echo safe: no secret, no live control character, no flood.
import { echoInput } from '../render/echo-input.js';
import { escapeControls } from '../render/text.js';

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

/** One line from commander's message: its prefix dropped, quoted input redacted and capped, controls escaped. */
export function safeCommanderMessage(text: string): string {
  const body = text.replace(/^error: /, '').trimEnd().replace(/\n+/g, ' ');
  // commander puts what the user typed between single quotes; anything a quote pair does not catch is still escaped below.
  const quoted = body.replace(/'([^']*)'/g, (_whole, inner: string) => `'${echoInput(redactOptionValue(inner))}'`);
  return escapeControls(quoted);
}
