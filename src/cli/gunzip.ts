// gzip decompressed member by member, as zcat reads it: members one after another, zero padding, and trailing garbage warned about.
import type * as Zlib from 'node:zlib';

/** Output chunks of the decompressor: small enough that a zlib bomb streams through in bounded memory. */
export const GUNZIP_CHUNK = 16 * 1024;

/** An error in zlib's shape (its code and words), which readErrorReason (streams.ts) puts in the user's words. */
function zlibError(code: 'Z_DATA_ERROR' | 'Z_BUF_ERROR', message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}
const endsEarly = (): NodeJS.ErrnoException => zlibError('Z_BUF_ERROR', 'unexpected end of file');

/** Pulls bytes from a stream, with bytes put back: what a member's deflate data left unread is the next header's. */
class Bytes {
  private readonly back: Buffer[] = [];

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** The next bytes, or undefined at the end of the input. */
  async next(): Promise<Buffer | undefined> {
    const back = this.back.pop();
    if (back) return back;
    for (;;) {
      const next = await this.source.next();
      if (next.done) return undefined;
      if (next.value.length > 0) return next.value;
    }
  }

  unread(bytes: Buffer): void {
    if (bytes.length > 0) this.back.push(bytes);
  }

  async byte(): Promise<number | undefined> {
    const chunk = await this.next();
    if (!chunk) return undefined;
    this.unread(chunk.subarray(1));
    return chunk[0];
  }

  /** Exactly `length` bytes; the input ending first is a truncated file. */
  async exactly(length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let have = 0;
    while (have < length) {
      const chunk = await this.next();
      if (!chunk) throw endsEarly();
      const part = chunk.subarray(0, length - have);
      this.unread(chunk.subarray(part.length));
      parts.push(part);
      have += part.length;
    }
    return Buffer.concat(parts);
  }

  /** Skips through the next zero byte (a header's file name or comment, of any length), handing each part to `seen`. */
  async throughZero(seen: (part: Buffer) => void): Promise<void> {
    for (;;) {
      const chunk = await this.next();
      if (!chunk) throw endsEarly();
      const zero = chunk.indexOf(0);
      seen(zero < 0 ? chunk : chunk.subarray(0, zero + 1));
      if (zero >= 0) {
        this.unread(chunk.subarray(zero + 1));
        return;
      }
    }
  }

  /** Whether nothing but zero bytes is left (padding, as tape blocks and some tools add), reading no further than a non-zero byte. */
  async onlyZerosLeft(): Promise<boolean> {
    for (let chunk = await this.next(); chunk; chunk = await this.next()) {
      for (const byte of chunk) if (byte !== 0) return false;
    }
    return true;
  }
}

const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;

/** A member's header after its magic bytes, checked as zlib checks it (method, reserved flags, the header's CRC). */
async function skipHeader(bytes: Bytes, zlib: typeof Zlib): Promise<void> {
  // The method first, as zlib reads it: a wrong one is corrupt data, however short the rest.
  const method = await bytes.byte();
  if (method === undefined) throw endsEarly();
  if (method !== 8) throw zlibError('Z_DATA_ERROR', 'unknown compression method');
  bytes.unread(Buffer.from([8]));
  const fixed = await bytes.exactly(8);
  const flags = fixed[1] as number;
  if ((flags & 0xe0) !== 0) throw zlibError('Z_DATA_ERROR', 'unknown header flags set');
  let crc = zlib.crc32(fixed, zlib.crc32(Buffer.from([0x1f, 0x8b])));
  const seen = (part: Buffer) => (crc = zlib.crc32(part, crc));
  if (flags & FEXTRA) {
    const length = await bytes.exactly(2);
    seen(length);
    seen(await bytes.exactly(length.readUInt16LE(0)));
  }
  if (flags & FNAME) await bytes.throughZero(seen);
  if (flags & FCOMMENT) await bytes.throughZero(seen);
  if (flags & FHCRC && (await bytes.exactly(2)).readUInt16LE(0) !== (crc & 0xffff)) throw zlibError('Z_DATA_ERROR', 'header crc mismatch');
}

/**
 * One member's deflate data, decompressed with backpressure, then its trailer checked (CRC-32 and length, as zlib's
 * gzip mode checks them). A raw inflater stops at the end of the deflate data and leaves the bytes after it unread
 * (its bytesWritten counts what it took), so the next member, padding or garbage is known for what it is. Node's own
 * gunzip read on into the garbage within the same call and dropped the text it had just decompressed with its error.
 */
async function* inflateMember(bytes: Bytes, zlib: typeof Zlib): AsyncGenerator<Buffer> {
  const inflate = zlib.createInflateRaw({ chunkSize: GUNZIP_CHUNK });
  const feeding = (async () => {
    for (;;) {
      const piece = await bytes.next();
      if (!piece) {
        // Deflate data cut short fails here as "unexpected end of file".
        inflate.end();
        return;
      }
      const before = inflate.bytesWritten;
      // The callback comes once the piece is decompressed and its output taken (backpressure).
      await new Promise<void>((resolve, reject) => inflate.write(piece, (error) => (error ? reject(error) : resolve())));
      const used = inflate.bytesWritten - before;
      if (used < piece.length) {
        bytes.unread(piece.subarray(used));
        return;
      }
    }
  })().catch((error: unknown) => {
    // A read error of the input, or zlib's own: the loop below ends with it.
    inflate.destroy(error as Error);
  });
  let crc = 0;
  let size = 0;
  try {
    // Not destroyed by the loop: a member ends with its writable side open, and the loop would make an AbortError (a stack
    // trace, about a fifth of the time a member of a few bytes costs) only for the finally below to drop it.
    for await (const out of inflate.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      crc = zlib.crc32(out, crc);
      size += out.length;
      yield out;
    }
  } finally {
    inflate.destroy();
  }
  await feeding;
  const trailer = await bytes.exactly(8);
  if (trailer.readUInt32LE(0) !== crc) throw zlibError('Z_DATA_ERROR', 'incorrect data check');
  if (trailer.readUInt32LE(4) !== size % 2 ** 32) throw zlibError('Z_DATA_ERROR', 'incorrect length check');
}

/**
 * A gzip stream decompressed: its members one after another (`cat a.gz b.gz`), zeros after the last ignored, as
 * zcat ignores them. Other bytes there (a log appended to after it was compressed, a copy padded with junk) are
 * `garbage()`, once, after every member before them was decompressed and given out, as zcat prints them and warns
 * "trailing garbage ignored"; they are not read further. A truncated or corrupt member is an error in zlib's shape.
 */
export async function* gunzip(compressed: AsyncIterable<Buffer>, garbage: () => void): AsyncGenerator<Buffer> {
  // node:zlib costs every command's start-up when loaded at the top; only a gzip input needs it.
  // The bundle runs in a vm.Script, where import() of a builtin fails; getBuiltinModule (Node 20.16+) does not.
  const zlib: typeof Zlib = process.getBuiltinModule?.('node:zlib') ?? (await import('node:zlib'));
  const source = compressed[Symbol.asyncIterator]();
  const bytes = new Bytes(source);
  try {
    for (let members = 0; ; members++) {
      const first = await bytes.byte();
      if (first === undefined) return;
      if (first === 0x1f) {
        const second = await bytes.byte();
        // A lone 0x1f at the end is a member cut short, as zcat reads it.
        if (second === undefined) throw endsEarly();
        if (second === 0x8b) {
          await skipHeader(bytes, zlib);
          yield* inflateMember(bytes, zlib);
          continue;
        }
      }
      // The caller sniffed the magic bytes, so only what follows a member gets here.
      if (members === 0) throw zlibError('Z_DATA_ERROR', 'incorrect header check');
      if (first === 0 && (await bytes.onlyZerosLeft())) return;
      garbage();
      return;
    }
  } finally {
    // Garbage is not read on, and a file stream left mid-way would keep its descriptor open. Not awaited: a caller that
    // stops early may leave a read of an idle pipe pending, which the return would wait behind.
    void source.return?.().catch(() => undefined);
  }
}
