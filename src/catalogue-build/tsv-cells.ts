// The cell shapes the data/*.tsv files share: a reading ("source:code") and a source URL.

/** A reading as the TSV files write it: source, colon, code (the code's sign and digits in group 2). */
export const READING_CELL = /^(sdk|server|web|sdk-v3):(-?\d{1,6})$/u;
/** A source cell: one http(s) URL, nothing else. */
export const URL_CELL = /^https?:\/\/\S+$/u;
