// Reads a secret key file: bounded, and decoded the way editors and shells write one, so a right key verifies.
import { closeSync, openSync, readSync } from 'node:fs';
import { withoutInvisibles } from '../core/query.js';
import { bareUtf16 } from './bare-utf16.js';
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
  // Without the mark (Python's encoding='utf-16-le', .NET's Encoding.Unicode.GetBytes), the right key was refused as
  // "control characters or bytes that are not text": its NULs. Told as scan tells such a log.
  const bare = bytes.length % 2 === 0 ? bareUtf16(bytes) : undefined;
  if (bare === 'utf-16le') return bytes.toString('utf16le');
  if (bare === 'utf-16be') return Buffer.from(bytes).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/**
 * The key in a file's or the environment's text: trimmed, out of the quotes it was copied with from a JSON or YAML
 * config (`"…"`) or that `docker run --env-file` keeps, which no key holds: kept, they too made every signature
 * "not match". The regexes are anchored with one run each over at most a key file's 4 KiB: linear.
 */
export function keyFromText(text: string): string {
  // A zero-width space or a word joiner copied from a web page along with the key made every signature "not match"
  // (70009), unseen: no secret key holds one.
  const visible = withoutInvisibles(text).trim();
  // One line of a .env file or a shell profile (`IM_SECRET_KEY=…`, `export KEY="…"`), or of a YAML config
  // (`secretKey: …`, the colon followed by a space as YAML writes it, so `C:\key.txt` is no such line): a secret key is
  // hex and holds no `=` or `:`, so the name before one is no part of it, nor is a comment after it (`… # from the
  // console`, as dotenv reads one). Read whole, each made every signature "not match" (70009).
  const assignment = /^(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*(?:[ \t]*=|:[ \t])[ \t]*([^\r\n=#]*)(?:#[^\r\n]*)?$/.exec(visible);
  const key = (assignment?.[1] ?? visible).trim();
  const quoted = /^(["'])([^"']*)\1$/.exec(key);
  const bare = quoted?.[2] !== undefined ? quoted[2].trim() : key;
  if (CONSOLE_KEY.test(bare)) return bare;
  // One line of a config in another syntax: `"secretKey": "…",` out of a JSON file (its key quoted), `{"secretKey":
  // "…"}`, PHP's `define('SECRET_KEY', '…');`, `const KEY = '…';`. Read whole, the key with its punctuation made every
  // signature "not match the secret key" (70009, exit 1): a wrong verdict on the right key, and generate signed with
  // it. The console's key is 64 hex digits; the line's one such run is it.
  const runs = keyRuns(visible);
  return runs.length === 1 ? (runs[0] as string) : bare;
}

/** The console keys (KEY_RUN) on a text of one line; none on a text of several, which holds no config line. */
function keyRuns(visible: string): string[] {
  return /[\r\n]/.test(visible) ? [] : (visible.match(KEY_RUN) ?? []);
}

/**
 * Whether one line holds several console keys (`{"secretKey": "…", "oldKey": "…"}`): read whole, generate signed with
 * the line and exited 0, a sig no key verifies, and the check said "does not match". Which key is this app's no line says.
 */
export function keysOnOneLine(text: string): number {
  return keyRuns(withoutInvisibles(text).trim()).length;
}

/** The secret key as the Chat console shows it. */
const CONSOLE_KEY = /^[0-9a-f]{64}$/i;

/** A run of 64 hex digits standing alone, in a line of at most a key file's 4 KiB: linear. */
const KEY_RUN = /(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])/gi;

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
