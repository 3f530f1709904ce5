// UTF-16 without a byte-order mark, told from its bytes: read by scan's inputs and by the secret key's file.

/** Bytes looked at for UTF-16 without a byte-order mark. */
const UTF16_PROBE = 64;

/**
 * UTF-16 text without a byte-order mark, in the one shape that cannot be anything else: ASCII characters, so
 * every other byte is NUL and the rest are not. UTF-8 text never has NUL bytes like that.
 */
export function bareUtf16(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(head.length, UTF16_PROBE) & ~1;
  if (length < 16) return undefined;
  let little = true;
  let big = true;
  for (let i = 0; i < length; i += 2) {
    const [even, odd] = [head[i] as number, head[i + 1] as number];
    little &&= even !== 0 && even < 0x80 && odd === 0;
    big &&= even === 0 && odd !== 0 && odd < 0x80;
  }
  return little ? 'utf-16le' : big ? 'utf-16be' : undefined;
}
