// How echoed log bytes reach stdout: unchanged when piped, escaped on a terminal, prefixed with the file when several.
import { NEWLINE } from '../core/newline.js';
import { escapeControls } from '../render/text.js';

/** What a command hands to stdout: text it made, or log bytes as read. */
export type Piece = string | Buffer;

export { NEWLINE };

/** A line for a terminal: decoded, CRLF shown as a plain line end, control characters escaped. */
function escapeLine(bytes: Buffer): string {
  let text = bytes.toString('utf8');
  const ended = text.endsWith('\n');
  if (ended) text = text.slice(0, text.endsWith('\r\n') ? -2 : -1);
  return `${escapeControls(text)}${ended ? '\n' : ''}`;
}

/**
 * Turns raw log bytes into what stdout gets: the bytes themselves when piped, escaped lines on a terminal,
 * and each line prefixed with its file when several are scanned. Chunks may end mid-line, so it remembers
 * whether the next byte starts a line.
 */
export class Echo {
  private atLineStart = true;
  private readonly prefix: Buffer | undefined;

  constructor(
    private readonly escape: boolean,
    prefix: string | undefined,
  ) {
    this.prefix = prefix === undefined ? undefined : Buffer.from(prefix);
  }

  render(data: Buffer): Piece[] {
    if (!this.escape && !this.prefix) return [data];
    const pieces: Piece[] = [];
    for (let start = 0; start < data.length; ) {
      const newline = data.indexOf(NEWLINE, start);
      const end = newline < 0 ? data.length : newline + 1;
      if (this.atLineStart && this.prefix) pieces.push(this.prefix);
      pieces.push(this.escape ? escapeLine(data.subarray(start, end)) : data.subarray(start, end));
      this.atLineStart = newline >= 0;
      start = end;
    }
    return pieces;
  }

  /** One whole line on its own (for --only-matching), always ending with a newline. */
  line(raw: Buffer): Piece[] {
    this.atLineStart = true;
    const pieces = this.render(raw);
    if (raw[raw.length - 1] !== NEWLINE) pieces.push('\n');
    this.atLineStart = true;
    return pieces;
  }
}
