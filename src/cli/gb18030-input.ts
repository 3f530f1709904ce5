// Turns a log's bytes into UTF-8 when they prove to be GBK / GB18030 (Chinese Windows apps' logs), as they stream.
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { sniffGb18030 } from '../core/gb18030-sniff.js';

/**
 * Decides at a log's first chunk with a non-ASCII byte (until then the two read alike), once: GB18030 text is decoded
 * from then on, anything else passes through as it is. So a log that opens with a page of ASCII lines is still known,
 * and stdin (`tail -f`), whose first chunk may be one line, too. The ASCII check runs only while undecided, over
 * whole chunks at memory speed.
 */
export class Gb18030Switch {
  private decided = false;
  private decoder: TextDecoder | undefined;
  /** A character cut by the end of a chunk that was otherwise ASCII: too little to tell by, so read with the next. */
  private held: Buffer | undefined;

  /** The chunk as UTF-8, or as it is; shorter while a character cut by the chunk's end waits for the rest. */
  take(chunk: Buffer): Buffer {
    if (!this.decided) {
      const bytes = this.held ? Buffer.concat([this.held, chunk]) : chunk;
      this.held = undefined;
      if (isAscii(bytes)) return bytes;
      const verdict = sniffGb18030(bytes);
      if (verdict === 'unknown') {
        let from = 0;
        while ((bytes[from] as number) < 0x80) from++;
        // A copy: the chunk's memory is read into again.
        this.held = Buffer.from(bytes.subarray(from));
        return bytes.subarray(0, from);
      }
      this.decided = true;
      if (verdict === 'gb18030') this.decoder = new TextDecoder('gb18030');
      chunk = bytes;
    }
    // stream: a character split between two chunks is kept whole.
    return this.decoder ? Buffer.from(this.decoder.decode(chunk, { stream: true })) : chunk;
  }

  /** What is left at the input's end: a cut character, as it is or (in GB18030) as U+FFFD, if any. */
  end(): Buffer | undefined {
    const held = this.held;
    this.held = undefined;
    if (held) return held;
    const rest = this.decoder?.decode();
    return rest ? Buffer.from(rest) : undefined;
  }
}
