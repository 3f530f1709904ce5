// The UTF-8 byte-order mark (EF BB BF) that Notepad and others put before a file's text: not a character of its line.

/** 3 when a UTF-8 byte-order mark starts at `at` and ends by `end`, else 0: what to skip before decoding a line. */
export function byteOrderMarkLength(bytes: Uint8Array, at = 0, end = bytes.length): number {
  return at + 3 <= end && bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf ? 3 : 0;
}
