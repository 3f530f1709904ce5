// scan's inputs: directories walked recursively; gzip, UTF-16 and GB18030 decoded on the fly; stdin streamed.
import { closeSync, constants, createReadStream, openSync, read, readdirSync, readFileSync, statSync } from 'node:fs';
import type * as Net from 'node:net';
import type * as Tty from 'node:tty';
import { bareUtf16 } from './bare-utf16.js';
import { Gb18030Switch } from './gb18030-input.js';
import { GUNZIP_CHUNK, gunzip } from './gunzip.js';
import type { CliIO } from './io.js';
import type { Said } from './errors.js';
import { describeReadError, echoPath, UNOPENED_FORMAT } from './streams.js';

/** Something found while walking directories: a loop is a warning, anything unreadable makes the exit code 2. */
export interface InputProblem {
  message: Said;
  unreadable: boolean;
}

/** Whether an argument names a directory (its files are then labelled with their names). */
export function isDirectory(path: string): boolean {
  if (path === '-') return false;
  try {
    return statSync(fsPath(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The files to scan, in order: each argument as given (`-` is stdin; a missing file is left for the reader
 * to report), and for a directory every regular file under it, sorted by name, symbolic links followed as
 * `grep -R` does. A link back to a directory being walked is reported once and not followed; an entry that
 * cannot be read is reported and skipped. Lazy, so the first file is scanned before a large tree is walked.
 */
export function* expandInputs(args: string[], report: (problem: InputProblem) => void, outputId?: string, stdinId?: string): Generator<string> {
  for (const arg of args) {
    if (!isDirectory(arg)) {
      // `chaterr scan < app.log >> app.log` read its own annotations back as they were appended, as cat refuses to.
      if (outputId !== undefined && (arg === '-' ? stdinId : fileId(arg)) === outputId) reportOutput(arg, report);
      else yield arg;
      continue;
    }
    const dir = arg.length > 1 ? arg.replace(/\/+$/, '') : arg;
    // A path given by its bytes (commandLinePaths) keeps them without the slashes too.
    const bytes = rawPaths.get(arg);
    if (bytes && dir !== arg) rawPaths.set(dir, bytes.subarray(0, bytes.length - (arg.length - dir.length)));
    yield* walk(dir, new Set([fileIdOf(statSync(fsPath(arg), { bigint: true }))]), report, outputId);
  }
}

/**
 * `dev:ino`, which names a file however it is reached: the walk's loop check and the output-file check compare these,
 * and CliIO.stdoutFileId gives stdout's in the same form.
 */
export const fileIdOf = (stats: { dev: bigint; ino: bigint }): string => `${stats.dev}:${stats.ino}`;

/** `dev:ino` of a path, or undefined when it cannot be stat'ed (the reader reports that). */
function fileId(path: string): string | undefined {
  try {
    return fileIdOf(statSync(fsPath(path), { bigint: true }));
  } catch {
    return undefined;
  }
}

/** The file stdout writes to: reading it would read the scan's own output as it grows, as grep also refuses to. */
function reportOutput(path: string, report: (problem: InputProblem) => void): void {
  const [en, zh] = path === '-' ? ['standard input', '标准输入'] : [echoPath(path), `${echoPath(path)} `];
  report({ message: { en: `warning: ${en} is the output file, skipped`, zh: `警告：${zh}是输出文件，已跳过` }, unreadable: false });
}

/**
 * The bytes of paths whose names are not UTF-8 (GBK names from a Windows zip), by the name shown for them: a name
 * read as a string comes back with U+FFFD in it and names no file, so the walk keeps the bytes and the reader opens
 * those. Filled only for such names.
 */
const rawPaths = new Map<string, Buffer>();

/** The path to hand to the file system for a path the walk yielded. */
const fsPath = (path: string): string | Buffer => rawPaths.get(path) ?? path;

/**
 * The paths given on the command line, those that are not UTF-8 shown with their other bytes as \xNN and opened by
 * their bytes, as the walk shows and opens such names in a directory. Node reads the command line as UTF-8 and puts
 * U+FFFD for other bytes, so `chaterr scan 错误.log` with a GBK name (a Windows zip unpacked on Linux) named no file;
 * Linux keeps the bytes in /proc/self/cmdline, where the path is the word that reads as the same string.
 */
export function commandLinePaths(paths: string[]): string[] {
  if (!paths.some((path) => path.includes('\ufffd'))) return paths;
  let words: Buffer[];
  try {
    const cmdline = readFileSync('/proc/self/cmdline');
    words = [];
    for (let from = 0; from < cmdline.length; ) {
      const end = cmdline.indexOf(0, from);
      words.push(cmdline.subarray(from, end < 0 ? cmdline.length : end));
      from = end < 0 ? cmdline.length : end + 1;
    }
  } catch {
    // Not Linux: the path is reported as not found, as before.
    return paths;
  }
  return paths.map((path) => {
    if (!path.includes('\ufffd')) return path;
    const bytes = words.find((word) => word.toString('utf8') === path);
    if (!bytes) return path;
    const shown = nameText(bytes);
    rawPaths.set(shown, bytes);
    return shown;
  });
}

/**
 * A file name's bytes as text: UTF-8 as it is, any other byte as \xNN, so the name shown is unique and says which
 * bytes it holds. One pass, each byte looked at a bounded number of times.
 */
function nameText(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = ((bytes[i + k] as number) & 0xc0) === 0x80;
    const text = valid ? bytes.toString('utf8', i, i + length) : '';
    if (valid && !text.includes('\ufffd')) {
      out += text;
      i += length;
    } else {
      out += `\\x${lead.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/**
 * Two UTF-8 names in the order of their bytes, as Buffer.compare orders them: by code point, where UTF-16's order puts
 * characters past U+FFFF (surrogate pairs) before U+E000-U+FFFF.
 */
function byteOrder(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return x >= 0xd800 && y >= 0xd800 ? (a.codePointAt(i) as number) - (b.codePointAt(i) as number) : x - y;
  }
  return a.length - b.length;
}

/**
 * A directory's entries, sorted by their bytes. Read as strings: a Buffer per name held the whole list at about 550
 * bytes a name, and a directory of 60,000 logs took scan's peak RSS to 110 MiB (a string is about 130). Only a
 * directory with a name that is not UTF-8 (read with U+FFFD in it) is read again as bytes.
 */
function entries(dir: string | Buffer): (string | Buffer)[] {
  const names = readdirSync(dir, 'utf8');
  if (!names.some((name) => name.includes('\ufffd'))) return names.sort(byteOrder);
  return readdirSync(dir, { encoding: 'buffer' }).sort(Buffer.compare);
}

function* walk(dir: string, ancestors: Set<string>, report: (problem: InputProblem) => void, outputId: string | undefined): Generator<string> {
  let names: (string | Buffer)[];
  const dirBytes = fsPath(dir);
  try {
    names = entries(dirBytes);
  } catch (error) {
    report({ message: describeReadError(dir, error), unreadable: true });
    return;
  }
  const separator = dir.endsWith('/') ? '' : '/';
  for (const entry of names) {
    const name = typeof entry === 'string' ? entry : nameText(entry);
    const path = `${dir}${separator}${name}`;
    const undecodable = (typeof entry !== 'string' && name !== entry.toString('utf8')) || typeof dirBytes !== 'string';
    if (undecodable) rawPaths.set(path, Buffer.concat([Buffer.from(dirBytes), Buffer.from(separator), typeof entry === 'string' ? Buffer.from(entry) : entry]));
    let stats;
    try {
      stats = statSync(fsPath(path), { bigint: true });
    } catch (error) {
      const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
      report(
        loop
          ? { message: { en: `warning: ${echoPath(path, { exists: true })}: symbolic link loop, skipped`, zh: `警告：${echoPath(path, { exists: true })}：符号链接循环，已跳过` }, unreadable: false }
          : { message: describeReadError(path, error), unreadable: true },
      );
      continue;
    }
    if (stats.isDirectory()) {
      const key = fileIdOf(stats);
      if (ancestors.has(key)) {
        const shown = echoPath(path, { exists: true });
        report({ message: { en: `warning: ${shown}: recursive directory loop, skipped`, zh: `警告：${shown}：目录递归循环，已跳过` }, unreadable: false });
        continue;
      }
      ancestors.add(key);
      yield* walk(path, ancestors, report, outputId);
      ancestors.delete(key);
    } else if (stats.isFile()) {
      if (fileIdOf(stats) === outputId) reportOutput(path, report);
      else yield path;
    }
    // FIFOs, sockets and devices are skipped: reading one could block forever or never end.
  }
}

type Encoding = 'gzip' | 'utf-16le' | 'utf-16be' | 'plain';

/** What the first bytes say: gzip's magic number, or UTF-16 (PowerShell 5.1 writes UTF-16LE with a byte-order mark). */
function sniff(head: Buffer): Encoding {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return bareUtf16(head) ?? 'plain';
}

/** A compressed format scan does not open, told by its magic number, with the command that opens it. */
interface Unopened {
  magic: number[];
  /** What follows the magic number in the format's first block (bzip2's block or end-of-stream mark), if anything. */
  after?: (head: Buffer) => boolean;
  name: Said;
  opener: string;
}

const BZIP2_MARKS = [Buffer.from([0x31, 0x41, 0x59, 0x26, 0x53, 0x59]), Buffer.from([0x17, 0x72, 0x45, 0x38, 0x50, 0x90])];

/**
 * Windows users send logs zipped, and logrotate compresses with xz, bzip2 or zstd when told to: read as bytes, such a
 * file gave screens of binary and "no error codes found" (exit 1), as if its logs held none.
 */
const UNOPENED: Unopened[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], name: { en: 'a zip archive', zh: 'zip 压缩包' }, opener: 'unzip -p' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: { en: 'xz-compressed data', zh: 'xz 压缩数据' }, opener: 'xzcat' },
  {
    magic: [0x42, 0x5a, 0x68],
    after: (head) => head[3] !== undefined && head[3] >= 0x31 && head[3] <= 0x39 && BZIP2_MARKS.some((mark) => head.subarray(4, 10).equals(mark)),
    name: { en: 'bzip2-compressed data', zh: 'bzip2 压缩数据' },
    opener: 'bzcat',
  },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], name: { en: 'zstd-compressed data', zh: 'zstd 压缩数据' }, opener: 'zstdcat' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: { en: 'a 7z archive', zh: '7z 压缩包' }, opener: '7z e -so' },
];

/** A read error that carries its own reason in both languages (readErrorReason gives it back). */
class UnopenedFormatError extends Error {
  readonly code = UNOPENED_FORMAT;
  constructor(readonly said: Said) {
    super(said.en);
  }
}

/**
 * Whether more bytes could make `head` a format scan does not open: it is a proper start of one's magic number and
 * what follows it (bzip2's ten bytes). A text's first bytes leave every magic number at once, so no line waits.
 */
function mayStartUnopened(head: Buffer): boolean {
  return UNOPENED.some(({ magic, after }) => head.length < magic.length + (after ? 7 : 0) && magic.every((byte, i) => i >= head.length || head[i] === byte));
}

/** Throws when the first bytes are a compressed format scan does not open, naming the command that opens it. */
function refuseUnopened(head: Buffer): void {
  const format = UNOPENED.find(({ magic, after }) => magic.every((byte, i) => head[i] === byte) && (after?.(head) ?? true));
  if (!format) return;
  throw new UnopenedFormatError({
    en: `${format.name.en}, which scan does not open: decompress it first (${format.opener} FILE | chaterr scan)`,
    zh: `这是 ${format.name.zh}，scan 不会打开它：请先解压（${format.opener} 文件 | chaterr scan）`,
  });
}

/** The bytes read into `buffer` at its start, up to `length`, from the file's current position (libuv's thread pool). */
const readAsync = (fd: number, buffer: Buffer, length: number): Promise<number> =>
  new Promise((resolve, reject) => read(fd, buffer, 0, length, null, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))));

/**
 * The input's bytes in chunks, as UTF-8 text or bytes as they are: gzip (by its magic number, whatever the
 * file is called) is decompressed and UTF-16 with a byte-order mark decoded, as they stream, and GB18030 text (told
 * by its first non-ASCII bytes, Gb18030Switch) decoded wherever it comes from. A plain file,
 * the common case, is read into the two halves of `buffer` in turn (the prefilter's memory, so that it is scanned
 * where it lies): while the caller works on one chunk, the next is already being read into the other half on
 * libuv's thread pool, which on two cores takes the kernel's copy off the main thread. Memory stays flat however
 * large the input. A chunk is valid until the one after it is taken. `readSize`, asked as each read starts (one
 * chunk ahead of the caller), may ask for less than half the buffer. A FIFO named as a path is read as stdin is, so
 * that `stop` ends the wait for a writer that has gone quiet. `warn` gets what was skipped without making the
 * input unreadable (bytes after the gzip data).
 */
export async function* readInput(
  io: CliIO,
  file: string,
  buffer: Buffer,
  stop: AbortSignal,
  readSize: () => number = () => buffer.length,
  warn: (message: Said) => void = () => {},
): AsyncGenerator<Buffer> {
  const garbage = () => {
    const shown = file === '-' ? undefined : echoPath(file, { exists: true });
    warn({
      en: `warning: ${shown ?? 'standard input'}: trailing garbage after the gzip data ignored; the data before it was scanned`,
      zh: `警告：${shown ?? '标准输入'}：gzip 数据后面的多余内容已忽略；之前的数据已扫描`,
    });
  };
  if (file === '-') {
    yield* decoded(io.stdin as AsyncIterable<Buffer | string>, garbage);
    return;
  }
  const live = liveKind(file);
  if (live) {
    yield* readLive(file, live, stop, garbage);
    return;
  }
  const half = buffer.length >> 1;
  const lower = buffer.subarray(0, half);
  const upper = buffer.subarray(half, 2 * half);
  /** The half that read number `count` (from 0) goes into. */
  const halfFor = (count: number): Buffer => (count % 2 === 0 ? lower : upper);
  const fd = openSync(fsPath(file), 'r');
  const readInto = (target: Buffer) => {
    const reading = readAsync(fd, target, Math.min(half, Math.max(1, readSize())));
    // Awaited only when the caller asks for the next chunk: a read that fails while the caller still works (an
    // output that waits to drain) would otherwise be an unhandled rejection, which ends the process.
    reading.catch(() => undefined);
    return reading;
  };
  let streamed = false;
  const text = new Gb18030Switch();
  /** The read in flight: the file is closed only once it is done, and its half of the buffer left alone. */
  let pending: Promise<number> | undefined = readInto(halfFor(0));
  try {
    for (let count = 0; ; count++) {
      const bytesRead: number = await pending;
      pending = undefined;
      if (bytesRead === 0) break;
      const chunk = halfFor(count).subarray(0, bytesRead);
      if (count === 0) refuseUnopened(chunk);
      if (count === 0 && sniff(chunk) !== 'plain') {
        streamed = true;
        break;
      }
      pending = readInto(halfFor(count + 1));
      const out = text.take(chunk);
      if (out.length > 0) yield out;
      if (stop.aborted) return;
    }
  } finally {
    // A caller that stopped early leaves a read in flight; its error, if any, no longer matters.
    if (pending) await pending.catch(() => 0);
    closeSync(fd);
  }
  if (streamed) yield* decoded(createReadStream(fsPath(file), { highWaterMark: GUNZIP_CHUNK }), garbage, stop);
  else {
    const last = text.end();
    if (last) yield last;
  }
}

/**
 * Bytes from a stream, decompressed or decoded according to what its first bytes say. Only one gzip layer is
 * opened, as zcat opens one: each layer multiplies the text up to a thousandfold, so a few KB of gzip in gzip in
 * gzip held terabytes and kept scan reading for hours; a gzip inside is read as the bytes it is.
 */
async function* decoded(source: AsyncIterable<Buffer | string>, garbage: () => void, stop?: AbortSignal, inGzip = false): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  const toBuffer = (chunk: Buffer | string) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  // A pipe may deliver a single byte first; two are enough to tell, unless they may still start a format scan does
  // not open (an xz magic number is six bytes): `PK` then the rest read as text, binary on stdout.
  let head: Buffer = Buffer.alloc(0);
  while (head.length < 2 || mayStartUnopened(head)) {
    const next = await iterator.next();
    if (next.done) break;
    head = head.length === 0 ? toBuffer(next.value) : Buffer.concat([head, toBuffer(next.value)]);
  }
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      for (;;) {
        if (stop?.aborted) return;
        const next = await iterator.next();
        if (next.done) return;
        yield toBuffer(next.value);
      }
    } finally {
      // A reader that stops early (gzip's trailing garbage) closes the stream, and a file's descriptor with it.
      await iterator.return?.();
    }
  }
  refuseUnopened(head);
  const sniffed = sniff(head);
  const encoding = sniffed === 'gzip' && inGzip ? 'plain' : sniffed;
  if (encoding === 'plain') {
    const text = new Gb18030Switch();
    for await (const chunk of rest()) {
      const out = text.take(chunk);
      if (out.length > 0) yield out;
    }
    const last = text.end();
    if (last) yield last;
  } else if (encoding === 'gzip') yield* decoded(gunzip(rest(), garbage), garbage, stop, true);
  else {
    // Lines and codes are found in UTF-8; the decoder drops the byte-order mark and keeps split characters whole.
    const decoder = new TextDecoder(encoding);
    for await (const chunk of rest()) {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield Buffer.from(text);
    }
    const last = decoder.decode();
    if (last !== '') yield Buffer.from(last);
  }
}

/**
 * Whether a path names an input that waits for someone to write: a FIFO (`mkfifo`, or `/dev/stdin` when stdin is a
 * pipe) or a terminal (`/dev/stdin` or `/dev/tty` typed into, a serial console's /dev/ttyUSB0). A thread-pool read of
 * either waits for data, and nothing can cancel it.
 */
function liveKind(file: string): 'fifo' | 'tty' | undefined {
  let stats;
  try {
    stats = statSync(fsPath(file));
  } catch {
    // The open reports it.
    return undefined;
  }
  if (stats.isFIFO()) return 'fifo';
  // Asked only of character devices: /dev/zero and /dev/urandom are read as files are.
  if (stats.isCharacterDevice() && isTerminal(file)) return 'tty';
  return undefined;
}

/** Whether a character device is a terminal: opened without waiting (a serial line waits for its carrier) and asked. */
function isTerminal(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(fsPath(file), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    return (process.getBuiltinModule('node:tty') as typeof Tty).isatty(fd);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A FIFO or a terminal read as stdin is: opened without waiting for a writer (a blocking open held the main thread,
 * and Ctrl-C with it, until one came), then read through libuv's pipe or terminal handle, which waits for data without
 * a thread-pool read that nothing can cancel. `stop` destroys it, so Ctrl-C during `scan --summary fifo` (or
 * `--summary /dev/stdin` on a terminal) ends a wait on a quiet writer as it does on stdin. Reading starts once a writer
 * writes, and ends when the last one closes (a terminal: at Ctrl-D), as `cat fifo` does.
 */
async function* readLive(file: string, kind: 'fifo' | 'tty', stop: AbortSignal, garbage: () => void): AsyncGenerator<Buffer> {
  // node:net and node:tty are loaded only here, as zlib is for gzip.
  let pipe: Net.Socket;
  if (kind === 'fifo') {
    const net: typeof Net = process.getBuiltinModule?.('node:net') ?? (await import('node:net'));
    pipe = new net.Socket({ fd: openSync(fsPath(file), constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
  } else {
    const tty: typeof Tty = process.getBuiltinModule?.('node:tty') ?? (await import('node:tty'));
    pipe = new tty.ReadStream(openSync(fsPath(file), constants.O_RDONLY | constants.O_NOCTTY));
  }
  const onStop = () => pipe.destroy();
  stop.addEventListener('abort', onStop, { once: true });
  try {
    if (!stop.aborted) yield* decoded(pipe, garbage, stop);
  } finally {
    stop.removeEventListener('abort', onStop);
    pipe.destroy();
  }
}
