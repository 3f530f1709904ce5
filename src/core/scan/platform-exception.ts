// Flutter's PlatformException(code, message, details): where a call holds the number, and the message it carries.
import { isAsciiDigit, isWordChar, spacesEnd, spacesStart } from './char-classes.js';
import { rowAfter } from './definition-lines.js';
import { PLATFORM_EXCEPTION } from './grammar.js';

/** Flutter's PlatformException(6206, ...) or PlatformException(Sdk_Not_Login, 6014, ...): where it starts, or -1. */
export function platformExceptionBefore(line: string, numberStart: number, digitsEnd: number): number {
  const close = line.charCodeAt(spacesEnd(line, digitsEnd, digitsEnd + 8));
  if (close !== 44 && close !== 41) return -1;
  let j = spacesStart(line, numberStart, Math.max(0, numberStart - 8));
  if (line.charCodeAt(j - 1) === 44) {
    j = spacesStart(line, j - 1, Math.max(0, numberStart - 16));
    const nameEnd = j;
    while (j > 0 && nameEnd - j < 64 && isWordChar(line.charCodeAt(j - 1))) j--;
    if (j === nameEnd || isAsciiDigit(line.charCodeAt(j))) return -1;
    j = spacesStart(line, j, Math.max(0, nameEnd - 80));
  }
  const start = j - PLATFORM_EXCEPTION.length;
  return start >= 0 && line.startsWith(PLATFORM_EXCEPTION, start) ? start : -1;
}

/**
 * The rest of a call's arguments after the code, up to its closing parenthesis (a stack trace may follow it), less
 * the `null`s of absent details: they are no words of the message (PlatformException(6014, Sdk_Not_Login, null)).
 */
export function argumentsAfter(line: string, digitsEnd: number): string {
  // Only a row's length is looked at: a crafted line of calls without a `)` must not be searched to its end each time.
  const row = rowAfter(line, digitsEnd);
  const close = row.indexOf(')');
  const args = close < 0 ? row : row.slice(0, close);
  return args.includes('null') ? args.replace(NULL_ARGUMENT, '') : args;
}

/** A `null` argument and its comma; linear, one pass. */
const NULL_ARGUMENT = /,[ \t]*null[ \t]*(?=,|$)/g;

/** `, ,` or `, )` right after the code: PlatformException(code, message, …) with an empty message. */
export function emptyMessageAfter(line: string, digitsEnd: number): boolean {
  const comma = spacesEnd(line, digitsEnd, digitsEnd + 8);
  if (line.charCodeAt(comma) !== 44) return false;
  const next = line.charCodeAt(spacesEnd(line, comma + 1, comma + 9));
  return next === 44 || next === 41;
}
