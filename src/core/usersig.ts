// Decodes, verifies and makes version-2 UserSigs (the public TLSSigAPIv2 format): base64url-ish, zlib, JSON, HMAC-SHA256.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { USERSIG_CODES } from './usersig-codes.js';

export interface UserSig {
  version: string;
  identifier: string;
  sdkAppId: number;
  /** Issue time, unix seconds. */
  time: number;
  /** Validity in seconds from `time`. */
  expire: number;
  sig: string;
  userbuf?: string;
}

export type DecodeResult =
  /** `joined`: the sig was split by line breaks or spaces (wrapped when copied) and was read with them taken out. */
  | { ok: true; userSig: UserSig; joined?: true }
  /** `legacy`: a well-formed sig of the old version 1, which this decoder does not read; not a malformed one. */
  | { ok: false; reason: string; reasonZh: string; legacy?: true };

/** Two sigs pasted as one, said once for both places that find the extra bytes. */
const trailingZh = (bytes?: number): string => `UserSig 后面还有${bytes === undefined ? '' : ` ${bytes} 字节`}多余的数据（粘贴了两次，或两个 UserSig 连在一起？）`;

/** Real sigs are a few hundred characters; anything far longer is a wrong paste, not a sig. */
const MAX_USERSIG_CHARS = 8192;

/** Tencent reports an unreadable sig as one of these. */
export const MALFORMED_CODES = USERSIG_CODES.malformed;

/** TLSSigAPIv2 swaps three base64 characters for URL safety. */
function toBase64(sig: string): string {
  return sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
}

function fromBase64(b64: string): string {
  return b64.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

/** The last second a JavaScript date can show as a four-digit year (9999-12-31T23:59:59Z); later times are junk. */
export const MAX_SIG_TIME = 253402300799;

/** A non-negative whole number, as a JSON number or a string of digits. */
function readCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

/** Each opening quote with the closing quote it pairs with: straight, backtick, and the curly ones editors type. */
const QUOTE_PAIRS = new Map([['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['\u2018', '\u2019']]);

/** The key a sig is copied with out of a URL, a log or a JSON body: `userSig=`, `usersig: `, `{"UserSig":`. Anchored, linear. */
const SIG_LABEL = /^(\{\s*)?(["'`]?)user_?sig\2\s*[:=]\s*/i;

/**
 * The sig among a whole URL's query parameters (`https://…/login?userID=alice&userSig=eJw…&sdkAppID=…`), which
 * read as "character ":" at position 6 cannot appear in a UserSig". One pass, no nested runs.
 */
const QUERY_SIG = /[?&]user_?sig=([^&#\s"']*)/i;

/** The sig alphabet's characters that URL encoders escape (Python's quote and urlencode, PHP, Go write `*` as %2A). */
const ESCAPED_SIG_CHARACTER = /%(2[abdf]|3d|5f)/gi;

/** The sig with its percent-escapes undone: `userSig=eJw…%2A…` out of a URL was "character "%" cannot appear". */
function unescaped(sig: string): string {
  return sig.includes('%') ? sig.replace(ESCAPED_SIG_CHARACTER, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : sig;
}

/**
 * A sig copied out of JSON, a URL, a shell line or a log keeps its key, quotes, spaces and a trailing comma; they
 * are not part of it.
 */
export function stripPaste(input: string): string {
  return unescaped(withoutWrapping(input));
}

/**
 * The sig's value among an object's other fields: a request body (`{"userID":"alice","userSig":"eJw…"}`), a JS
 * object literal, or `chaterr usersig generate --json`'s own document, piped back in. Anchored on the key, linear.
 */
const OBJECT_SIG = /["'`]?\buser_?sig["'`]?\s*:\s*(["'`])([^"'`\s]*)\1/i;

function withoutWrapping(input: string): string {
  let text = input.trim();
  const parameter = QUERY_SIG.exec(text);
  if (parameter) return parameter[1] ?? '';
  // A whole object: its other fields came after the sig's closing quote ("character \"\"\" at position 189"), or
  // before its key ("character \"{\" at position 1"), so the object's own sig field is read.
  const field = text.startsWith('{') ? OBJECT_SIG.exec(text) : null;
  if (field) return field[2] ?? '';
  const label = SIG_LABEL.exec(text);
  if (label) {
    text = text.slice(label[0].length).trimEnd();
    if (label[1] && text.endsWith('}')) text = text.slice(0, -1);
    // Out of a URL's query, the parameters after the sig come along (`userSig=eJw…&userID=alice`): no sig holds `&`.
    const next = label[0].includes('=') ? text.indexOf('&') : -1;
    if (next >= 0) text = text.slice(0, next);
  }
  text = text.trim().replace(/[,;]$/, '').trimEnd();
  const close = QUOTE_PAIRS.get(text[0] ?? '');
  if (text.length >= 2 && close !== undefined && text.at(-1) === close) text = text.slice(1, -1).trim();
  return text;
}

/** The shortest word tried alone as a sig when words are pasted with one: real sigs are well over this. */
const MIN_SIG_WORD_CHARS = 64;

/** Whether some run of two or more of the words, short of all of them, reads joined as one sig. */
function wrappedSigAmongWords(words: readonly string[]): boolean {
  if (words.length > 8) return false;
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 2; to <= words.length; to++) {
      if (to - from === words.length) continue;
      const joined = words.slice(from, to).join('');
      if (joined.length >= MIN_SIG_WORD_CHARS && decodeUserSig(joined).ok) return true;
    }
  }
  return false;
}

export function decodeUserSig(input: string): DecodeResult {
  const sig = stripPaste(input);
  if (sig === '') return { ok: false, reason: 'the UserSig is empty', reasonZh: 'UserSig 为空' };
  if (sig.length > MAX_USERSIG_CHARS) {
    return { ok: false, reason: `${sig.length} characters is far too long for a UserSig (they are a few hundred)`, reasonZh: `${sig.length} 个字符，远超 UserSig 的长度（UserSig 只有几百个字符）` };
  }
  const bad = /[^A-Za-z0-9*\-_+/=]/.exec(sig);
  // A sig wrapped onto several lines when copied (a terminal's or an email's hard wrap, `base64`'s 76 columns) was
  // "character U+000A at position 61 cannot appear": read joined, it says whose it is, and the caller says so.
  if (bad && /\s/.test(bad[0])) {
    const joined = decodeUserSig(sig.replace(/\s+/g, ''));
    if (joined.ok) return { ...joined, joined: true };
    // Not one sig wrapped: two sigs on two lines, or a sig with words around it (`UserSig eJw…`, `eJw… expired`),
    // were "character U+000A (or a space) at position 193 cannot appear", which named neither. A sig is a few
    // hundred characters, so only words that long are tried.
    const words = sig.split(/\s+/).filter((word) => word !== '');
    const sigs = words.filter((word) => word.length >= MIN_SIG_WORD_CHARS && decodeUserSig(word).ok).length;
    if (sigs > 1) return { ok: false, reason: `${sigs} UserSigs, on separate lines or between spaces: give one at a time`, reasonZh: `这里有 ${sigs} 个 UserSig（分在几行或以空格隔开）：请一次只给一个` };
    // A wrapped sig with a word beside it (`usersig eJw… …rest --user alice smith`, the name unquoted) was refused
    // for the space at position 91, the wrap's own: a run of a few words read joined is tried too (at most 8 words).
    if (sigs === 1 || (sigs === 0 && wrappedSigAmongWords(words))) {
      return { ok: false, reason: 'a UserSig with other words around it: give the sig alone', reasonZh: 'UserSig 前后还有其他文字：请只给出 UserSig 本身' };
    }
  }
  if (bad) {
    // Only a printable ASCII character is shown as itself: anything else could be a control or a look-alike.
    const unicode = `U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const shown = /^[\x21-\x7e]$/.test(bad[0]) ? `"${bad[0]}" (${unicode})` : unicode;
    return { ok: false, reason: `character ${shown} at position ${bad.index + 1} cannot appear in a UserSig`, reasonZh: `第 ${bad.index + 1} 个字符 ${shown} 不会出现在 UserSig 中` };
  }
  const base64 = toBase64(sig);
  // Node's base64 decoder stops at padding, so a second sig after a padded first one would vanish unseen.
  const padding = base64.indexOf('=');
  if (padding >= 0 && /[^=]/.test(base64.slice(padding))) {
    return { ok: false, reason: 'trailing data after the UserSig (pasted twice, or two sigs run together?)', reasonZh: trailingZh() };
  }
  const bytes = Buffer.from(base64, 'base64');
  let json: string;
  try {
    const { buffer, engine } = inflateSync(bytes, { info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    // zlib stops at the end of its stream and ignores the rest, so a sig pasted twice would otherwise decode as one.
    if (engine.bytesWritten < bytes.length) {
      const extra = bytes.length - engine.bytesWritten;
      return { ok: false, reason: `${extra} bytes of trailing data after the UserSig (pasted twice, or two sigs run together?)`, reasonZh: trailingZh(extra) };
    }
    json = buffer.toString('utf8');
  } catch (error) {
    // A sig cut short when copied (a selection that missed its end, a column too narrow) starts as zlib data and
    // stops early: saying so points at the copy, where "not zlib" points at the wrong thing.
    if ((error as { code?: unknown }).code === 'Z_BUF_ERROR') {
      return {
        ok: false,
        reason: 'the UserSig is cut short: its compressed data ends early (only part of it copied?)',
        reasonZh: 'UserSig 不完整：压缩数据提前结束（只复制了一部分？）',
      };
    }
    return { ok: false, reason: 'the base64 does not decode to zlib-compressed data', reasonZh: 'base64 解码后不是 zlib 压缩数据' };
  }
  let fields: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    fields = parsed as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'the decompressed data is not a JSON object', reasonZh: '解压后的数据不是 JSON 对象' };
  }
  const version = fields['TLS.ver'];
  // TLSSigAPI version 1 (ECDSA) named its fields otherwise (TLS.version, TLS.sdk_appid, TLS.expire_after): such a
  // sig was "missing TLS.ver, TLS.sdkappid, TLS.expire", as if corrupt, when it is whole and only old.
  const legacyVersion = fields['TLS.version'];
  if (version === undefined && (typeof legacyVersion === 'string' || typeof legacyVersion === 'number')) {
    const shownVersion = String(legacyVersion).slice(0, 20);
    return {
      ok: false,
      legacy: true,
      reason: `a version-1 UserSig (TLS.version ${shownVersion}, signed with ECDSA by the old TLSSigAPI); chaterr reads version 2, which TLSSigAPIv2 makes`,
      reasonZh: `这是第 1 版 UserSig（TLS.version ${shownVersion}，由旧的 TLSSigAPI 用 ECDSA 签名）；chaterr 读取的是 TLSSigAPIv2 生成的第 2 版`,
    };
  }
  const identifier = fields['TLS.identifier'];
  const sdkAppId = readCount(fields['TLS.sdkappid']);
  const time = readCount(fields['TLS.time']);
  const expire = readCount(fields['TLS.expire']);
  const signature = fields['TLS.sig'];
  const missing = [
    typeof version !== 'string' && 'TLS.ver',
    typeof identifier !== 'string' && 'TLS.identifier',
    sdkAppId === undefined && 'TLS.sdkappid',
    time === undefined && 'TLS.time',
    expire === undefined && 'TLS.expire',
    typeof signature !== 'string' && 'TLS.sig',
  ].filter(Boolean);
  if (missing.length > 0) {
    return { ok: false, reason: `missing or malformed field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, reasonZh: `字段缺失或格式错误：${missing.join(', ')}` };
  }
  if ((time as number) > MAX_SIG_TIME || (time as number) + (expire as number) > MAX_SIG_TIME) {
    return { ok: false, reason: 'TLS.time or TLS.expire lies past the year 9999', reasonZh: 'TLS.time 或 TLS.expire 超出了 9999 年' };
  }
  const userSig: UserSig = {
    version: version as string,
    identifier: identifier as string,
    sdkAppId: sdkAppId as number,
    time: time as number,
    expire: expire as number,
    sig: signature as string,
  };
  const userbuf = fields['TLS.userbuf'];
  if (typeof userbuf === 'string') userSig.userbuf = userbuf;
  return { ok: true, userSig };
}

/** The text TLS.sig signs: one "key:value\n" line per field, userbuf last when present. */
function signedContent(s: Pick<UserSig, 'identifier' | 'sdkAppId' | 'time' | 'expire' | 'userbuf'>): string {
  let content = `TLS.identifier:${s.identifier}\nTLS.sdkappid:${s.sdkAppId}\nTLS.time:${s.time}\nTLS.expire:${s.expire}\n`;
  if (s.userbuf !== undefined) content += `TLS.userbuf:${s.userbuf}\n`;
  return content;
}

export function computeSignature(s: Pick<UserSig, 'identifier' | 'sdkAppId' | 'time' | 'expire' | 'userbuf'>, secretKey: string): string {
  return createHmac('sha256', secretKey).update(signedContent(s)).digest('base64');
}

export function verifySignature(s: UserSig, secretKey: string): boolean {
  const expected = Buffer.from(computeSignature(s, secretKey));
  const actual = Buffer.from(s.sig);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export interface GenerateOptions {
  identifier: string;
  sdkAppId: number;
  secretKey: string;
  /** Validity in seconds. */
  expire: number;
  /** Issue time, unix seconds. */
  time: number;
  userbuf?: string;
}

export function generateUserSig(o: GenerateOptions): string {
  const fields: Record<string, string | number> = {
    'TLS.ver': '2.0',
    'TLS.identifier': o.identifier,
    'TLS.sdkappid': o.sdkAppId,
    'TLS.expire': o.expire,
    'TLS.time': o.time,
  };
  if (o.userbuf !== undefined) fields['TLS.userbuf'] = o.userbuf;
  fields['TLS.sig'] = computeSignature({ ...o }, o.secretKey);
  return fromBase64(deflateSync(Buffer.from(JSON.stringify(fields))).toString('base64'));
}

/** The longest UserID the SDKs accept at login, in bytes (their invalid-identifier error beyond it). */
export const MAX_USERID_BYTES = 32;

/** Why the SDKs refuse `id` at login: too many bytes, or a control character (a file's line break); else undefined. */
export function userIdProblem(id: string): { bytes: number } | { control: true } | undefined {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(id)) return { control: true };
  const bytes = new TextEncoder().encode(id).length;
  return bytes > MAX_USERID_BYTES ? { bytes } : undefined;
}

/** The finding of the userid check in English, for the problem userIdProblem found. */
export function userIdMessage(problem: { bytes: number } | { control: true }): string {
  const why = 'control' in problem ? 'holds a control character, such as a line break' : `has ${problem.bytes} bytes`;
  return `the UserID ${why}: the SDKs log in only with a UserID of at most ${MAX_USERID_BYTES} bytes, without control characters`;
}

export interface Check {
  name: 'expiry' | 'validity' | 'userid' | 'identifier' | 'sdkappid' | 'signature';
  ok: boolean;
  /** The error code Tencent returns when this check fails. */
  code: number | null;
  /** The finding in English; the values below let a renderer say it in another language. */
  message: string;
  /** For a check that compares the sig with the app (identifier, sdkappid): the sig's value and the app's, as shown. */
  issued?: string;
  expected?: string;
  /** For the userid check: the UserID's length in bytes when that is what is wrong (else it holds a control character). */
  bytes?: number;
}

export interface Diagnosis {
  userSig: UserSig;
  issuedAt: Date;
  expiresAt: Date;
  expired: boolean;
  secondsLeft: number;
  checks: Check[];
  /** False when no secret key was given: nothing vouches that the sig was signed with the app's key. */
  signatureChecked: boolean;
}

export interface DiagnoseOptions {
  now: Date;
  identifier?: string;
  sdkAppId?: number;
  secretKey?: string;
}

/** The page recommends a validity of at least 24 hours; shorter sigs expire mid-session. */
const RECOMMENDED_VALIDITY_SECONDS = 24 * 3600;

/** What each comparison check names, and how the app's side of it is said. */
const COMPARED = { identifier: { what: 'UserID', verb: 'logs in as' }, sdkappid: { what: 'SDKAppID', verb: 'uses' } } as const;

/** A comparison check's finding in English, for the values given (a renderer passes them capped, one by one). */
export function comparisonMessage(name: keyof typeof COMPARED, ok: boolean, code: number | null, issued: string, expected: string): string {
  const { what, verb } = COMPARED[name];
  return ok ? `issued for ${what} ${issued}` : `issued for ${what} ${issued}, but the app ${verb} ${expected} (${code})`;
}

/** The sig was issued for `issued`; the app says `expected`. */
function sameValueCheck(name: keyof typeof COMPARED, code: number, issued: string, expected: string): Check {
  const ok = issued === expected;
  return { name, ok, code, issued, expected, message: comparisonMessage(name, ok, code, issued, expected) };
}

export function diagnoseUserSig(s: UserSig, o: DiagnoseOptions): Diagnosis {
  const nowSeconds = Math.floor(o.now.getTime() / 1000);
  const expiresAt = s.time + s.expire;
  const secondsLeft = expiresAt - nowSeconds;
  const expired = secondsLeft <= 0;
  const checks: Check[] = [
    {
      name: 'expiry',
      ok: !expired,
      code: USERSIG_CODES.expiry,
      message: expired
        ? `the UserSig has expired (server ${USERSIG_CODES.expiry}, SDK ${USERSIG_CODES.expirySdk}): have your server issue a new one and log in again`
        : 'not expired',
    },
  ];
  if (!expired) {
    const soon = secondsLeft < RECOMMENDED_VALIDITY_SECONDS;
    checks.push({
      name: 'validity',
      ok: !soon,
      code: null,
      message: soon
        ? `expires within 24 hours: Tencent recommends a validity of at least 24 hours, and a login past expiry fails with ${USERSIG_CODES.expiry} / ${USERSIG_CODES.expirySdk}`
        : 'valid for at least 24 more hours',
    });
  }
  // A sig signed for a UserID no SDK logs in with (100,000 characters, or `alice` with the line break of the file it
  // was read from) was reported all ticks: the login's refusal had nothing here to explain it. Only the finding is
  // listed, as a warning: the UserID rule is the SDKs', and the sig itself is well formed.
  const problem = userIdProblem(s.identifier);
  if (problem) checks.push({ name: 'userid', ok: false, code: null, message: userIdMessage(problem), ...('bytes' in problem ? { bytes: problem.bytes } : {}) });
  if (o.identifier !== undefined) {
    checks.push(sameValueCheck('identifier', USERSIG_CODES.identifier, JSON.stringify(s.identifier), JSON.stringify(o.identifier)));
  }
  if (o.sdkAppId !== undefined) {
    checks.push(sameValueCheck('sdkappid', USERSIG_CODES.sdkappid, String(s.sdkAppId), String(o.sdkAppId)));
  }
  if (o.secretKey !== undefined) {
    const ok = verifySignature(s, o.secretKey);
    checks.push({
      name: 'signature',
      ok,
      code: USERSIG_CODES.signature,
      message: ok ? 'signature matches the secret key' : `signature does not match the secret key: signed with another key, or the key of another SDKAppID (${USERSIG_CODES.signature})`,
    });
  }
  return {
    userSig: s,
    issuedAt: new Date(s.time * 1000),
    expiresAt: new Date(expiresAt * 1000),
    expired,
    secondsLeft,
    checks,
    signatureChecked: o.secretKey !== undefined,
  };
}
