// Turns a log's bytes into UTF-8 when they prove to be GBK / GB18030 (Chinese Windows apps' logs), as they stream.
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { cutCharacterAt, NO_EVIDENCE, weighText } from '../core/gb18030-sniff.js';

/** Input bytes decoded at a time: their text, 32 KiB at most in V8's two-byte strings, stays out of its large-object space. */
const DECODE_SLICE = 16 * 1024;
/** Bytes of a chunk decoded with the character the last one cut: ample room to end it (3 bytes at most). */
const CARRY_HEAD = 64;

/**
 * Decides at a log's first chunk with a non-ASCII byte (until then the two read alike), once: GB18030 text is decoded
 * from then on, anything else passes through as it is. So a log that opens with a page of ASCII lines is still known,
 * and stdin (`tail -f`), whose first chunk may be one line, too. A chunk too short to tell by (one Chinese character,
 * or a few that read both ways) is read as it leans, and the next chunks with non-ASCII bytes are weighed with it
 * until the evidence is sure (weighText); a character cut by such a chunk's end waits for the next, so each is
 * weighed from a character's start. The ASCII check runs only while undecided, over whole chunks at memory speed.
 */
export class Gb18030Switch {
  private decided = false;
  private decoder: TextDecoder | undefined;
  /** Where decoded chunks are written, reused: a new 1.5 MiB Buffer per 1 MiB read took RSS past 150 MiB. */
  private output = Buffer.alloc(0);
  /** A character cut by the end of a chunk while undecided: read with the next. */
  private held: Buffer | undefined;
  /** What the chunks read while undecided said, and the decoder of those that leaned to GB18030. */
  private evidence = NO_EVIDENCE;
  private leaning: TextDecoder | undefined;
  /** A GB18030 character cut by the end of the last decoded chunk: decoded with the next. */
  private carry: Buffer | undefined;

  /** The chunk as UTF-8, or as it is; shorter while a character cut by the chunk's end waits for the rest. */
  take(chunk: Buffer): Buffer {
    if (!this.decided) {
      const bytes = this.held ? Buffer.concat([this.held, chunk]) : chunk;
      this.held = undefined;
      if (isAscii(bytes)) return bytes;
      const { verdict, tentative, evidence } = weighText(bytes, this.evidence);
      if (verdict === 'unknown') {
        let from = 0;
        while ((bytes[from] as number) < 0x80) from++;
        // A copy: the chunk's memory is read into again.
        this.held = Buffer.from(bytes.subarray(from));
        return bytes.subarray(0, from);
      }
      if (tentative) {
        this.evidence = evidence;
        // Cut where the reading followed reads a character's start, so the leaning decoder is left holding nothing.
        const cut = cutCharacterAt(bytes, verdict === 'gb18030' ? 'gb18030' : 'either');
        if (cut < bytes.length) this.held = Buffer.from(bytes.subarray(cut));
        const body = bytes.subarray(0, cut);
        if (verdict !== 'gb18030') return body;
        this.leaning ??= new TextDecoder('gb18030');
        return this.decode(this.leaning, body);
      }
      this.decided = true;
      // The leaning decoder holds nothing: its chunks ended where a character does.
      if (verdict === 'gb18030') this.decoder = this.leaning ?? new TextDecoder('gb18030');
      chunk = bytes;
    }
    return this.decoder ? this.decode(this.decoder, chunk) : chunk;
  }

  /**
   * The chunk decoded into `output`, valid until the next chunk is taken (as readInput's chunks are). Decoded a slice at
   * a time: V8 keeps strings of up to DECODE_SLICE characters in its young generation, collected at little cost, where
   * a read's whole text would be a large object that lives until a full collection. Each slice ends where a character
   * does (the rest waits in `carry`), and is decoded whole: Node's GB18030 decoder, asked to stream, threw "The encoded
   * data was not valid" (ERR_ENCODING_INVALID_ENCODED_DATA) when a broken four-byte form (a stray byte before a digit,
   * ba 36 32) was completed by a call of a byte or two, ending the scan of that input with exit 2.
   */
  private decode(decoder: TextDecoder, chunk: Buffer): Buffer {
    // A byte comes out as 3 UTF-8 bytes at most (U+FFFD, or U+20AC for 0x80), and so does a carried one.
    const room = 3 * (chunk.length + 4);
    if (this.output.length < room) this.output = Buffer.allocUnsafe(room);
    let at = 0;
    let bytes = chunk;
    if (this.carry) {
      // The character cut by the last chunk's end, with enough of this one to end it: a copy of a few bytes, not of the chunk.
      const head = Buffer.concat([this.carry, chunk.subarray(0, CARRY_HEAD)]);
      const carried = this.carry.length;
      this.carry = undefined;
      if (chunk.length <= CARRY_HEAD) bytes = head;
      else {
        // At least CARRY_HEAD - 3 bytes past the carried ones: a cut character is at most 3 bytes.
        const whole = cutCharacterAt(head, 'gb18030');
        at += this.output.write(decoder.decode(head.subarray(0, whole)), at);
        bytes = chunk.subarray(whole - carried);
      }
    }
    for (let from = 0; from < bytes.length; ) {
      const slice = bytes.subarray(from, from + DECODE_SLICE);
      // Decoded up to the end of its last whole character: a full slice's cut one is at most 3 bytes, so this moves on.
      const whole = cutCharacterAt(slice, 'gb18030');
      if (whole > 0) at += this.output.write(decoder.decode(slice.subarray(0, whole)), at);
      if (from + slice.length === bytes.length) {
        // The last slice's cut character waits for the next chunk (a copy: the chunk's memory is read into again).
        if (whole < slice.length) this.carry = Buffer.from(slice.subarray(whole));
        break;
      }
      from += whole;
    }
    return this.output.subarray(0, at);
  }

  /** What is left at the input's end: a cut character, as it is or (in GB18030) as U+FFFD, if any. */
  end(): Buffer | undefined {
    const held = this.held;
    this.held = undefined;
    if (held) return held;
    const carry = this.carry;
    this.carry = undefined;
    const rest = carry && this.decoder?.decode(carry);
    return rest ? Buffer.from(rest) : undefined;
  }
}
