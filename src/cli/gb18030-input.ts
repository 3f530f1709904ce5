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

  /** The chunk as UTF-8, or as it is; empty while a GB18030 character cut by the chunk's end waits for the rest. */
  take(chunk: Buffer): Buffer {
    if (!this.decided) {
      if (isAscii(chunk)) return chunk;
      this.decided = true;
      if (sniffGb18030(chunk) === 'gb18030') this.decoder = new TextDecoder('gb18030');
    }
    // stream: a character split between two chunks is kept whole.
    return this.decoder ? Buffer.from(this.decoder.decode(chunk, { stream: true })) : chunk;
  }

  /** What a cut character at the input's end comes to (U+FFFD), if anything. */
  end(): Buffer | undefined {
    const rest = this.decoder?.decode();
    return rest ? Buffer.from(rest) : undefined;
  }
}
