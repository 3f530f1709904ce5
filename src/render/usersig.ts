// Renders a UserSig diagnosis as labelled lines with a mark per check, or as the versioned JSON document.
import type { Check, Diagnosis } from '../core/usersig.js';
import type { RenderContext } from './explain.js';
import { SCHEMA_VERSION } from './json.js';
import { echoInput } from './echo-input.js';
import { looksLikeSecretKey } from '../core/usersig-shape.js';
import type { Lang } from './context.js';
import { field } from './fields.js';
import { escapeControls, wrapText } from './text.js';
import { userSigWords, type UserSigWords } from './usersig-words.js';

/** Real UserIDs are at most 32 bytes; a far longer one is shown cut, with its length. */
const MAX_IDENTIFIER_ECHO = 200;

const pad2 = (n: number) => String(n).padStart(2, '0');

const formatUtc = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/** The same moment in the machine's local time ("2026-11-26 14:55:24 local, UTC+08:00"); undefined on a UTC machine. */
export function formatLocal(date: Date, w: UserSigWords = userSigWords('en')): string | undefined {
  const offsetMinutes = -date.getTimezoneOffset();
  if (offsetMinutes === 0) return undefined;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const local = `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
  return w.local(local, `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`);
}

/**
 * A UserID as the card shows it: quoted, with its invisible characters written out, when a space at either end or an
 * invisible one (a zero-width space, U+3000 at the end) would otherwise not show. A sig signed for "alice " read
 * "UserID      alice", the same as one for alice, though the SDK logs in only the UserID it was signed for.
 */
function visibleUserId(id: string): string {
  if (id !== '' && !/^\s|\s$|[\p{Cf}\u3164\u115f\u1160]/u.test(id)) return id;
  return JSON.stringify(id).replace(/[\p{Cf}\p{Zs}\u3164\u115f\u1160]/gu, (ch) => (ch === ' ' ? ch : `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`));
}

/** "86400 s (1 day)", but "40 s" alone: a value is never shown twice. */
function formatValidity(seconds: number, w: UserSigWords): string {
  const exact = w.seconds(seconds);
  const human = w.duration(seconds);
  return human === exact ? exact : w.both(exact, human);
}

function relativeExpiry(d: Pick<Diagnosis, 'expired' | 'secondsLeft'>, w: UserSigWords): string {
  return d.expired ? w.expiredAgo(w.duration(d.secondsLeft)) : w.validFor(w.duration(d.secondsLeft));
}

export function renderDiagnosis(d: Diagnosis, ctx: RenderContext, now: Date): string {
  const { chalk } = ctx;
  const w = userSigWords(ctx.lang);
  const issuedAgo = Math.floor(now.getTime() / 1000) - d.userSig.time;
  const lines = [
    ...field(ctx, w.labels.userId, echoInput(visibleUserId(d.userSig.identifier), MAX_IDENTIFIER_ECHO, ctx.lang), { style: (l) => chalk.bold(l) }),
    ...field(ctx, w.labels.sdkAppId, String(d.userSig.sdkAppId)),
    // Capped like any echo: a 6.6 KB sig inflated to a 5 MB version string, printed whole to the terminal.
    ...field(ctx, w.labels.version, echoInput(d.userSig.version, undefined, ctx.lang)),
  ];
  // The local time is a second line under the UTC one; colour is applied per wrapped line, so it never bleeds.
  const instantRows = (label: string, date: Date, relative: string, style?: (line: string) => string) => {
    const local = formatLocal(date, w);
    lines.push(...field(ctx, label, [w.both(formatUtc(date), relative), ...(local ? [local] : [])], { style }));
  };
  instantRows(w.labels.issuedAt, d.issuedAt, issuedAgo >= 0 ? w.ago(w.duration(issuedAgo)) : w.clockAhead(w.duration(issuedAgo)));
  instantRows(w.labels.expiresAt, d.expiresAt, relativeExpiry(d, w), d.expired ? (l) => chalk.red(l) : undefined);
  lines.push(...field(ctx, w.labels.validity, formatValidity(d.userSig.expire, w)));
  const marked = (mark: string, message: string) => wrapText(escapeControls(message), ctx.width - 2).forEach((line, i) => lines.push(`${i === 0 ? mark : ' '} ${line}`));
  // Each compared value is capped on its own: cut as a whole, a huge UserID pushed the app's value and its code
  // out of the line, leaving "issued for UserID "aaaa…" (5500058 characters)".
  const shown = (c: Check): Check =>
    c.issued === undefined ? c : { ...c, issued: comparedValue(c.issued, ctx.lang), expected: comparedValue(c.expected ?? '', ctx.lang) };
  for (const check of d.checks) marked(check.ok ? chalk.green('✓') : check.code === null ? chalk.yellow('!') : chalk.red('✗'), w.check(shown(check)));
  if (!d.signatureChecked) marked(chalk.yellow('?'), w.notChecked);
  return `${lines.join('\n')}\n`;
}

/**
 * A compared value as the report shows it. UserIDs come quoted as JSON strings, so a secret key typed with quotes of
 * its own (`--user '"KEY"'`) had them escaped inside the report's quotes, a shape no echo check knew: it is read
 * unquoted too.
 */
function comparedValue(quoted: string, lang: Lang): string {
  let raw = quoted;
  if (quoted.startsWith('"')) {
    try {
      raw = String(JSON.parse(quoted));
    } catch {
      // Not JSON after all: judged as it is.
    }
  }
  // Its key is shown as the placeholder alone, in the report's language, not inside the quotes.
  return echoInput(looksLikeSecretKey(raw) ? raw : quoted, MAX_IDENTIFIER_ECHO, lang);
}

export function diagnosisDocument(d: Diagnosis): object {
  return {
    schemaVersion: SCHEMA_VERSION,
    identifier: d.userSig.identifier,
    sdkAppId: d.userSig.sdkAppId,
    issuedAt: d.issuedAt.toISOString(),
    expiresAt: d.expiresAt.toISOString(),
    expired: d.expired,
    secondsLeft: d.secondsLeft,
    version: d.userSig.version,
    checks: d.checks.map((c) => ({ name: c.name, ok: c.ok, code: c.code })),
    signatureChecked: d.signatureChecked,
  };
}
