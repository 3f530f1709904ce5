// Shows user input inside a message: control characters escaped and the length capped, so a paste cannot flood or steer a terminal.
import { escapeControls } from './text.js';

/** Long enough for any real code, name or file name; past it the echo adds nothing but noise. */
export const MAX_ECHO_CHARS = 80;

/** Escapes control characters and cuts the text to `max` characters with an ellipsis and the full length. */
export function echoInput(text: string, max = MAX_ECHO_CHARS): string {
  if (text.length <= max) return escapeControls(text);
  // Cut on a code-point boundary so a surrogate pair is never split.
  const head = Array.from(text.slice(0, max + 1)).slice(0, max).join('').slice(0, max);
  return `${escapeControls(head)}… (${text.length} characters)`;
}
