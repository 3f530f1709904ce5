// Caps on what one call may ask for: every input is bounded, so no query can make a lookup or search slow.

/** Longer than any code, constant name or sentence a person would search for. */
export const MAX_QUERY_CHARS = 500;
/** More results than any screen shows; the catalogue has under 600 entries anyway. */
export const MAX_SEARCH_LIMIT = 1000;
/** explain's inputs per call: a pasted log belongs in `scan`, not here. */
export const MAX_EXPLAIN_INPUTS = 1000;

/** Where the character (code point) that starts at i ends: after both halves of a surrogate pair, else after i. */
function characterEnd(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/**
 * Characters as a person counts them: code points, so an emoji or a rare Chinese character outside the Basic
 * Multilingual Plane is one, not the two UTF-16 units `length` counts ("timeout" and 250 emoji were "508 characters").
 */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i = characterEnd(text, i)) count++;
  return count;
}

/** The text cut to at most `max` characters (code points), never between the two halves of one. */
export function firstCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  let i = 0;
  for (let count = 0; count < max && i < text.length; count++) i = characterEnd(text, i);
  return text.slice(0, i);
}
