// Reads a secret key file: bounded, and decoded the way editors and shells write one, so a right key verifies.
import { closeSync, openSync, readSync } from 'node:fs';
import { echoPath } from './streams.js';
import { CliError } from './errors.js';

/** A secret key is a 64-character line; a key file far larger is the wrong file (or /dev/zero), so reading stops. */
export const MAX_KEY_FILE_BYTES = 4096;

/**
 * The text of a key file's bytes, or of a sig piped to `usersig -`. Windows PowerShell 5.1 writes UTF-16LE with a
 * byte-order mark for `echo $key > key.txt` (scan reads such logs too); read as UTF-8, that key had a NUL between its
 * characters and every signature "did not match" (70009). The UTF-8 mark needs nothing: trim() drops it.
 */
export function keyFileText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  // swap16 needs an even count; an odd one is no UTF-16 text and is read as UTF-8 below.
  if (bytes[0] === 0xfe && bytes[1] === 0xff && bytes.length % 2 === 0) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/**
 * The key in a file's or the environment's text: trimmed, out of the quotes it was copied with from a JSON or YAML
 * config (`"…"`) or that `docker run --env-file` keeps, which no key holds: kept, they too made every signature
 * "not match". The regexes are anchored with one run each over at most a key file's 4 KiB: linear.
 */
export function keyFromText(text: string): string {
  // One line of a .env file or a shell profile (`IM_SECRET_KEY=…`, `export KEY="…"`): a secret key is hex and holds
  // no `=`, so the name before one is no part of it. Read whole, it too made every signature "not match" (70009).
  const assignment = /^(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*([^\r\n=]*)$/.exec(text.trim());
  const key = (assignment?.[1] ?? text).trim();
  const quoted = /^(["'])([^"']*)\1$/.exec(key);
  return quoted?.[2] !== undefined ? quoted[2].trim() : key;
}

/** Reads at most MAX_KEY_FILE_BYTES + 1 bytes, so an endless file costs nothing. */
export function readKeyFile(path: string): string {
  const buffer = Buffer.alloc(MAX_KEY_FILE_BYTES + 1);
  let length = 0;
  const fd = openSync(path, 'r');
  try {
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
  } finally {
    closeSync(fd);
  }
  if (length > MAX_KEY_FILE_BYTES) {
    throw new CliError({
      en: `the key file ${echoPath(path)} is over ${MAX_KEY_FILE_BYTES} bytes: a secret key is one 64-character line`,
      zh: `密钥文件 ${echoPath(path)} 超过 ${MAX_KEY_FILE_BYTES} 字节：密钥只有一行，共 64 个字符`,
    });
  }
  return keyFileText(buffer.subarray(0, length));
}
