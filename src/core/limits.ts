// Caps on what one call may ask for: every input is bounded, so no query can make a lookup or search slow.

/** Longer than any code, constant name or sentence a person would search for. */
export const MAX_QUERY_CHARS = 500;
/** More results than any screen shows; the catalogue has under 600 entries anyway. */
export const MAX_SEARCH_LIMIT = 1000;
/** explain's inputs per call: a pasted log belongs in `scan`, not here. */
export const MAX_EXPLAIN_INPUTS = 1000;
