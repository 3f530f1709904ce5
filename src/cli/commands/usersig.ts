// chaterr usersig: decode a UserSig and tell which login error it would cause; `generate` makes test sigs.
import { statSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { generatedSigDocument, toJsonLine } from '../../render/json.js';
import { echoInput, holdsUserSig } from '../../render/echo-input.js';
import { shellWord } from '../../render/shell-word.js';
import type { Lang } from '../../render/context.js';
import { secretKeyHint, words } from '../../render/i18n.js';
import { outputLang, raiseExitCode, renderContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { withGlobalOptions } from '../global-options.js';
import type { CliIO, InputStream } from '../io.js';
import { parsePositiveInt } from '../options.js';
import { keyFileText, keyFromText, keysOnOneLine, readKeyFile } from '../key-file.js';
import { echoPath, readErrorReason } from '../streams.js';
import { getCatalogue } from '../../core/catalogue.js';
import { halfWidth } from '../../core/code-chars.js';
import { parseQuery } from '../../core/query.js';
import { USERSIG_CODES } from '../../core/usersig-codes.js';
import { holdsSecretKey, looksLikeUserSig } from '../../core/usersig-shape.js';

interface KeyFlags {
  keyFile?: string;
}

const KEY_ENV = 'CHATERR_SECRET_KEY';
const MAX_SDKAPPID = 2 ** 32 - 1;
/** TLSSigAPIv2's own samples sign for 180 days. */
const DEFAULT_EXPIRE_SECONDS = 180 * 86400;
/** Enough for any real sig; stdin beyond this is a wrong paste and is not buffered further. */
const MAX_STDIN_CHARS = 64 * 1024;

/** node:crypto and node:zlib cost start-up time, so the UserSig code loads only when this command runs. */
const loadUserSig = () => Promise.all([import('../../core/usersig.js'), import('../../render/usersig.js')]);

/** A secret key as the console shows it: 64 hex digits (a shorter run of 32 or more is not a file name either). */
const LOOKS_LIKE_KEY = /^\s*[0-9a-f]{32,}\s*$/i;

/** An unset shell variable (`--user "$USER_ID"`) names no user, for decoding or for signing. */
const EMPTY_USER = { en: '--user must not be empty', zh: '--user 不能为空' };

/** Ten years: TLSSigAPIv2 takes any validity, but a longer one is a typo. */
const MAX_EXPIRE_SECONDS = 10 * 365 * 86400;
const DURATION_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** `--expire 90`, `90s`, `15m`, `24h`, `7d`: seconds, or a count of the unit. */
export function parseDuration(typed: string): number {
  // In full-width forms too (`７ｄ`), as a Chinese input method in full-width mode types them.
  const value = halfWidth(typed);
  // `--expire 6M` was 6 minutes to whoever meant 6 months: a sig that expired before it was used, with no word said.
  if (/^\d{1,10}M$/.test(value.trim())) throw new InvalidArgumentError('M could mean minutes or months: give 15m for minutes, or days, as 180d');
  const match = /^(\d{1,10})([smhd]?)$/.exec(value.trim().toLowerCase());
  const seconds = match ? Number(match[1]) * (DURATION_UNITS[match[2] ?? ''] ?? 1) : NaN;
  if (!(seconds >= 1 && seconds <= MAX_EXPIRE_SECONDS)) {
    throw new InvalidArgumentError(`expected a duration such as 90, 90s, 15m, 24h or 7d, from 1 s to 10 years`);
  }
  return seconds;
}

/** The code or constant name `text` is, as explain reads it, when the catalogue knows it; else undefined. */
function knownCodeOrName(text: string): string | undefined {
  const query = parseQuery(text);
  const catalogue = getCatalogue();
  if (query.kind === 'code' && query.pairedName === undefined && catalogue.lookupCode(query.code).length > 0) return String(query.code);
  if (query.kind === 'name' && catalogue.lookupName(query.name) !== undefined) return query.name.toUpperCase();
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The secret key from --key-file or the environment; it is never taken from argv and never printed. */
function secretKey(io: CliIO, flags: KeyFlags): string | undefined {
  const key = keyFromFileOrEnv(io, flags);
  // A UserSig where the key belongs (`CHATERR_SECRET_KEY=$USERSIG`, the sig saved as key.txt): generate signed with
  // it, a sig that no app accepts, and a check said only "does not match the secret key".
  if (key !== undefined && looksLikeUserSig(key)) {
    const from = flags.keyFile !== undefined ? { en: `the key file ${echoPath(flags.keyFile)}`, zh: `密钥文件 ${echoPath(flags.keyFile)}` } : { en: KEY_ENV, zh: KEY_ENV };
    throw new CliError({
      en: `${from.en} holds a UserSig, not the app's secret key (64 hex characters, from the Chat console)`,
      zh: `${from.zh} 存放的是 UserSig，而不是应用的密钥（64 个十六进制字符，见即时通信控制台）`,
    });
  }
  return key;
}

/**
 * Control characters, or bytes that are not UTF-8 (read as U+FFFD): no secret key holds them, a binary file (the
 * wrong file given to --key-file, a keystore, a .p12) does. Signed or checked with, they gave only "signature does not
 * match the secret key", a mismatch that sent users to the console for another key.
 */
const NOT_KEY_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/** Refuses a key's text that no secret key has, naming where it came from: bytes that are not text, or several lines. */
function refuseUnlikeKey(key: string, from: { en: string; zh: string }): void {
  // A binary file's bytes hold line ends too: what it is says more than how many lines it has.
  if (NOT_KEY_TEXT.test(key)) {
    throw new CliError({
      en: `${from.en} holds control characters or bytes that are not text: a secret key is one line of 64 hex characters, from the Chat console`,
      zh: `${from.zh} 含有控制字符或非文本字节：密钥是一行 64 个十六进制字符，见即时通信控制台`,
    });
  }
  if (/[\r\n]/.test(key)) throw new CliError({ en: `${from.en} holds more than one line: a secret key is one line`, zh: `${from.zh} 有不止一行：密钥只有一行` });
}

/** Two keys on one line cannot both be the key, and neither is named: say so (the keys are not shown). */
function refuseSeveralKeys(text: string, from: { en: string; zh: string }): void {
  const count = keysOnOneLine(text);
  if (count < 2) return;
  throw new CliError({
    en: `${from.en} holds ${count} secret keys on one line (not shown): keep only this app's key, from the Chat console`,
    zh: `${from.zh} 的一行中有 ${count} 个密钥（不显示）：只保留本应用的密钥（见即时通信控制台）`,
  });
}

/** The key's text from --key-file, else from CHATERR_SECRET_KEY, refusing the shapes that cannot be the key. */
function keyFromFileOrEnv(io: CliIO, flags: KeyFlags): string | undefined {
  if (flags.keyFile !== undefined) {
    // `--key-file "$KEY_FILE"` with the variable unset read "cannot read the key file : no such file".
    if (flags.keyFile === '') throw new CliError({ en: 'cannot read the key file "": an empty path names no file', zh: '无法读取密钥文件 ""：空路径不指向任何文件' });
    let text: string;
    try {
      text = readKeyFile(flags.keyFile);
    } catch (error) {
      if (error instanceof CliError) throw error;
      // The key itself given where its file belongs (`--key-file "$SECRET"`): echoing the "path" would print the key.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && LOOKS_LIKE_KEY.test(flags.keyFile)) {
        throw new CliError({
          en: `--key-file takes the path of a file holding the secret key, and this looks like the key itself: put it in a file, or set ${KEY_ENV}`,
          zh: `--key-file 接受的是存放密钥的文件路径，而这看起来是密钥本身：请把它写入文件，或设置 ${KEY_ENV}`,
        });
      }
      const reason = readErrorReason(error);
      const path = echoPath(flags.keyFile);
      throw new CliError({ en: `cannot read the key file ${path}: ${reason.en}`, zh: `无法读取密钥文件 ${path}：${reason.zh}` });
    }
    const key = keyFromText(text);
    const path = echoPath(flags.keyFile);
    refuseSeveralKeys(text, { en: `the key file ${path}`, zh: `密钥文件 ${path}` });
    if (key === '') throw new CliError({ en: `the key file ${path} is empty`, zh: `密钥文件 ${path} 是空的` });
    refuseUnlikeKey(key, { en: `the key file ${path}`, zh: `密钥文件 ${path}` });
    return key;
  }
  const raw = io.env[KEY_ENV];
  const fromEnv = raw === undefined ? undefined : keyFromText(raw);
  if (raw !== undefined) refuseSeveralKeys(raw, { en: KEY_ENV, zh: KEY_ENV });
  if (fromEnv) refuseUnlikeKey(fromEnv, { en: KEY_ENV, zh: KEY_ENV });
  // `CHATERR_SECRET_KEY=key.txt` would sign with the text "key.txt". The value is not echoed: it may be a key.
  if (fromEnv && !LOOKS_LIKE_KEY.test(fromEnv) && isFile(fromEnv)) {
    throw new CliError({
      en: `${KEY_ENV} holds the key itself, and this is the path of a file: use --key-file with the path`,
      zh: `${KEY_ENV} 应存放密钥本身，而这是一个文件路径：请用 --key-file 指定该路径`,
    });
  }
  return fromEnv ? fromEnv : undefined;
}

/**
 * Reads the sig from stdin, refusing to buffer more than a sig could ever be. On a terminal it asks for the sig
 * and takes the first line: a user pastes and presses Enter, and would otherwise wait, unprompted, for a Ctrl-D.
 */
async function readSigFromStdin(io: CliIO, lang: Lang): Promise<{ text: string; cut: boolean }> {
  const terminal = Boolean(io.stdin.isTTY);
  // In the language of the report that follows it: under zh the prompt was the one English line.
  if (terminal) io.stderr.write(words(lang).notes.pasteUserSig);
  const stdin = io.stdin as InputStream & { setRawMode?: (raw: boolean) => unknown };
  if (terminal && typeof stdin.setRawMode === 'function') return readUnechoed(io, stdin as InputStream & { setRawMode: (raw: boolean) => unknown });
  let text = '';
  // Piped, the bytes are decoded once at the end, as a key file's are: `usersig - < sig.txt` of a file that Windows
  // PowerShell 5.1 wrote (UTF-16LE) was "character U+FFFD at position 1 cannot appear in a UserSig".
  const bytes: Buffer[] = [];
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes.push(buffer);
    text += buffer.toString('utf8');
    const lineEnd = terminal ? text.indexOf('\n') : -1;
    if (lineEnd >= 0) return { text: text.slice(0, lineEnd), cut: false };
    if (text.length > MAX_STDIN_CHARS) {
      io.stdin.destroy();
      return { text, cut: true };
    }
  }
  // Ctrl-D ends the input where the cursor is, on the prompt's line: what follows starts a line of its own, as
  // after Enter (the message ran on after "press Enter: ").
  if (terminal) io.stderr.write('\n');
  return { text: terminal ? text : keyFileText(Buffer.concat(bytes)), cut: false };
}

/** Ctrl-C, Ctrl-D, Backspace (DEL or BS) and Ctrl-U, which the terminal no longer handles in raw mode. */
const KEY = { interrupt: '\x03', end: '\x04', erase: ['\x7f', '\b'], kill: '\x15' } as const;

/**
 * The terminal echoed the pasted sig, a credential that logs in as its user, into the scrollback of the very
 * command meant to keep it out of shell history. Raw mode reads it unechoed, as a password prompt does; the keys
 * the terminal's line editing gave are kept by hand, and Ctrl-C ends the command as it would have (exit 130).
 */
async function readUnechoed(io: CliIO, stdin: InputStream & { setRawMode: (raw: boolean) => unknown }): Promise<{ text: string; cut: boolean }> {
  let text = '';
  stdin.setRawMode(true);
  try {
    for await (const chunk of stdin) {
      for (const ch of typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8')) {
        if (ch === KEY.interrupt) {
          io.stderr.write('\n');
          throw new CliError({ en: 'interrupted', zh: '已中断' }, EXIT.interrupted);
        }
        if (ch === '\r' || ch === '\n' || ch === KEY.end) {
          io.stderr.write('\n');
          return { text, cut: false };
        }
        if ((KEY.erase as readonly string[]).includes(ch)) text = [...text].slice(0, -1).join('');
        else if (ch === KEY.kill) text = '';
        else text += ch;
      }
      if (text.length > MAX_STDIN_CHARS) return { text, cut: true };
    }
    io.stderr.write('\n');
    return { text, cut: false };
  } finally {
    stdin.setRawMode(false);
  }
}

export function registerUserSig(program: Command, io: CliIO): Command {
  const usersig = program
    .command('usersig')
    .description('decode a UserSig: who, which app, when it expires, and whether it matches your app and key')
    // Several words are one sig split by the shell: wrapped with a space when copied, or after its key
    // (`usersig userSig: eJw…`), pasted unquoted; they were "too many arguments for 'usersig'" (exit 2).
    .argument('[sig...]', 'the UserSig, or - to read it from standard input (keeps it out of shell history)')
    .option('--user <id>', `the UserID your app logs in with (mismatch: ${USERSIG_CODES.identifier})`)
    .option('--sdkappid <n>', `the SDKAppID your app uses (mismatch: ${USERSIG_CODES.sdkappid})`, parsePositiveInt(MAX_SDKAPPID))
    .option('--key-file <path>', `verify the signature with the secret key in this file (or set ${KEY_ENV}); mismatch: ${USERSIG_CODES.signature}`)
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .addHelpText(
      'after',
      `
Examples:
  chaterr usersig eJwtzM0Kgk...
  pbpaste | chaterr usersig -
  chaterr usersig "$SIG" --user alice --sdkappid 1400000000
  CHATERR_SECRET_KEY=... chaterr usersig "$SIG"       verify the signature too
  chaterr usersig generate --user alice --sdkappid 1400000000 --key-file key.txt

Exit codes: 0 the sig is fine, 1 it would fail (expired, another user, app or key), 2 it is not a UserSig.
The secret key is read only from --key-file or ${KEY_ENV}, never from the command line, and never printed.`,
    )
    .action(async (sigWords: string[], flags: KeyFlags & { user?: string; sdkappid?: number; json?: boolean }, command: Command) => {
      const sigArg = sigWords.length > 0 ? sigWords.join(' ') : undefined;
      if (sigArg === undefined) {
        throw new CliError({
          en: 'give a UserSig, or - to read it from standard input (chaterr usersig --help)',
          zh: '请给出 UserSig，或用 - 从标准输入读取（见 chaterr usersig --help）',
        });
      }
      // `chaterr usersig help`, as `chaterr help` works: no sig is the word help, which decoded as "not zlib data".
      if (sigArg === 'help') {
        command.outputHelp();
        return;
      }
      // An unset shell variable (`--user "$USER_ID"`) is not a UserID to compare with.
      if (flags.user !== undefined && flags.user.trim() === '') throw new CliError(EMPTY_USER);
      const [{ decodeUserSig, diagnoseUserSig, MALFORMED_CODES }, { diagnosisDocument, renderDiagnosis }] = await loadUserSig();
      const input = sigArg === '-' ? await readSigFromStdin(io, outputLang(command, io)) : { text: sigArg, cut: false };
      // Reading stopped part way: the length read so far (a chunk or two) is not the input's, so say "more than".
      const decoded = input.cut
        ? {
            ok: false as const,
            reason: `more than ${MAX_STDIN_CHARS} characters on standard input is far too long for a UserSig (they are a few hundred)`,
            reasonZh: `标准输入超过 ${MAX_STDIN_CHARS} 个字符，远超 UserSig 的长度（UserSig 只有几百个字符）`,
          }
        : decodeUserSig(input.text);
      // The app's secret key where the sig belongs (`chaterr usersig $KEY`), the converse of a sig given as the key:
      // it was "not a UserSig: the base64 does not decode to zlib-compressed data", with no word of what it was.
      if (!decoded.ok && holdsSecretKey(input.text)) throw new CliError(secretKeyHint('userSig'));
      // An error code where the sig belongs (`chaterr usersig` given the code a failed login returned, as if usersig
      // explained UserSig errors): it was "not a UserSig: the base64 does not decode to zlib-compressed data".
      const asCode = decoded.ok ? undefined : knownCodeOrName(input.text);
      if (asCode !== undefined) {
        throw new CliError({
          en: `${asCode} is an error code, not a UserSig: chaterr explain ${asCode} explains it; usersig decodes a sig (eJw…)`,
          zh: `${asCode} 是错误码，不是 UserSig：用 chaterr explain ${asCode} 查看解释；usersig 用于解析 UserSig（eJw…）`,
        });
      }
      // A file's path where the sig belongs (`chaterr usersig sig.txt`), as --key-file takes one: it was 'not a UserSig:
      // character "." (U+002E) at position 4 cannot appear', which said nothing of the file or how to read it.
      if (!decoded.ok && !decoded.legacy && sigArg !== '-' && isFile(sigArg)) {
        const shown = echoPath(sigArg, { exists: true });
        const word = /^[\w./~+-]+$/.test(shown) ? shown : shellWord(shown);
        throw new CliError({
          en: `${shown} is a file, not a UserSig: read the sig from it with chaterr usersig - < ${word}`,
          zh: `${shown} 是文件，不是 UserSig：用 chaterr usersig - < ${word} 从文件读取 UserSig`,
        });
      }
      if (!decoded.ok) {
        // An old sig is no malformed one: the codes Tencent gives a corrupt sig would be a guess for it.
        if (decoded.legacy) throw new CliError({ en: decoded.reason, zh: decoded.reasonZh });
        const codes = MALFORMED_CODES.join(' / ');
        throw new CliError({
          en: `not a UserSig: ${decoded.reason}; Tencent rejects such a sig with ${codes}`,
          zh: `不是 UserSig：${decoded.reasonZh}；腾讯会以 ${codes} 拒绝这样的 UserSig`,
        });
      }
      if (decoded.joined) {
        // Decoded, but as given it is no sig: the app that sends it so is refused, so the note says that too.
        const note =
          outputLang(command, io) === 'zh'
            ? `注意：这个 UserSig 被换行或空格分成了几段（复制时被折行？），已去掉它们再解析；带着它们发送，腾讯会以 ${MALFORMED_CODES.join(' / ')} 拒绝`
            : `note: the UserSig was split by line breaks or spaces (wrapped when copied?) and was read without them; sent with them, Tencent rejects it with ${MALFORMED_CODES.join(' / ')}`;
        io.stderr.write(`chaterr: ${note}\n`);
      }
      const key = secretKey(io, flags);
      const now = io.now();
      const diagnosis = diagnoseUserSig(decoded.userSig, { now, identifier: flags.user, sdkAppId: flags.sdkappid, secretKey: key });
      io.stdout.write(flags.json ? toJsonLine(diagnosisDocument(diagnosis)) : renderDiagnosis(diagnosis, renderContext(command, io), now));
      if (diagnosis.checks.some((c) => !c.ok && c.code !== null)) raiseExitCode(io, EXIT.notFound);
    });

  withGlobalOptions(usersig.command('generate'))
    .exitOverride()
    .configureOutput(program.configureOutput())
    .description('make a test UserSig with your secret key (production sigs belong on your server)')
    .requiredOption('--user <id>', 'the UserID to sign for')
    .requiredOption('--sdkappid <n>', 'the SDKAppID', parsePositiveInt(MAX_SDKAPPID))
    .option('--expire <duration>', 'validity: seconds, or with a unit: 90s, 15m, 24h, 7d (default: 180 days)', parseDuration)
    .option('--key-file <path>', `the secret key file (or set ${KEY_ENV})`)
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .addHelpText(
      'after',
      `
For local testing only. In production, generate UserSigs on your server: a secret key shipped in an app or web page can be extracted, and anyone holding it can log in as any user of your app.

Example:
  CHATERR_SECRET_KEY=... chaterr usersig generate --user alice --sdkappid 1400000000 --expire 7d`,
    )
    .action(async (flags: KeyFlags & { user: string; sdkappid: number; expire?: number; json?: boolean }) => {
      const [{ generateUserSig, userIdProblem, MAX_USERID_BYTES }] = await loadUserSig();
      const key = secretKey(io, flags);
      if (!key) throw new CliError({ en: `no secret key: pass --key-file <path> or set ${KEY_ENV}`, zh: `没有密钥：请用 --key-file <路径> 指定，或设置 ${KEY_ENV}` });
      if (flags.user.trim() === '') throw new CliError(EMPTY_USER);
      // A sig pasted as the UserID (`--user "$SIG"`) was signed for and written back whole as --json's identifier; the
      // key itself there (`--user "$SECRET_KEY"`) would be too.
      const credential = holdsUserSig(flags.user) ? ['a UserSig', '一个 UserSig'] : holdsSecretKey(flags.user) ? ['a secret key', '密钥'] : undefined;
      if (credential) {
        throw new CliError({
          en: `--user takes the UserID to sign for, and this looks like ${credential[0]} (not shown)`,
          zh: `--user 接受的是要签名的 UserID，而这看起来是${credential[1]}（不显示）`,
        });
      }
      // The SDKs' limits for a UserID (their invalid-identifier error): a sig for a 100,000-character ID, or for one with
      // the line break of a file it was read from, was made and could log in nowhere. Non-ASCII is left to the platform.
      const problem = userIdProblem(flags.user);
      if (problem) {
        const [why, whyZh] = 'control' in problem ? ['it holds a control character, such as a line break', '其中有控制字符，例如换行'] : [`it has ${problem.bytes} bytes`, `它有 ${problem.bytes} 字节`];
        throw new CliError({
          en: `--user is not a UserID the SDKs accept (${why}): a UserID is at most ${MAX_USERID_BYTES} bytes, without control characters`,
          zh: `--user 不是 SDK 接受的 UserID（${whyZh}）：UserID 最多 ${MAX_USERID_BYTES} 字节，且不能有控制字符`,
        });
      }
      const time = Math.floor(io.now().getTime() / 1000);
      const expire = flags.expire ?? DEFAULT_EXPIRE_SECONDS;
      const userSig = generateUserSig({ identifier: flags.user, sdkAppId: flags.sdkappid, secretKey: key, expire, time });
      // `--json`, as every other command takes it, was an unknown option here: a script that makes test sigs
      // could not get the sig with what it was made for in one parse.
      if (!flags.json) io.stdout.write(`${userSig}\n`);
      else io.stdout.write(toJsonLine(generatedSigDocument({ userSig, identifier: flags.user, sdkAppId: flags.sdkappid, time, expire })));
    });

  return usersig;
}
