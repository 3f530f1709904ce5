// Renders a UserSig diagnosis as labelled lines with a mark per check, or as the versioned JSON document.
import type { Diagnosis } from '../core/usersig.js';
import type { RenderContext } from './explain.js';
import { SCHEMA_VERSION } from './json.js';
import { echoInput } from './echo-input.js';
import { field } from './fields.js';
import { escapeControls, wrapText } from './text.js';

/** Real UserIDs are at most 32 bytes; a far longer one is shown cut, with its length. */
const MAX_IDENTIFIER_ECHO = 200;

/** "3 days", "23 h", "15 min", "40 s": coarse on purpose, like a person would say it. */
function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 2 * 86400) return `${Math.floor(s / 3600)} h`;
  const days = Math.floor(s / 86400);
  return days === 1 ? '1 day' : `${days} days`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

const formatUtc = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/** The same moment in the machine's local time ("2026-11-26 14:55:24 local, UTC+08:00"); undefined on a UTC machine. */
export function formatLocal(date: Date): string | undefined {
  const offsetMinutes = -date.getTimezoneOffset();
  if (offsetMinutes === 0) return undefined;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const local = `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
  return `${local} local, UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** "86400 s (1 day)", but "40 s" alone: a value is never shown twice. */
function formatValidity(seconds: number): string {
  const exact = `${seconds} s`;
  const human = formatDuration(seconds);
  return human === exact ? exact : `${exact} (${human})`;
}

function relativeExpiry(d: Pick<Diagnosis, 'expired' | 'secondsLeft'>): string {
  return d.expired ? `expired ${formatDuration(d.secondsLeft)} ago` : `valid for ${formatDuration(d.secondsLeft)} more`;
}

export function renderDiagnosis(d: Diagnosis, ctx: RenderContext, now: Date): string {
  const { chalk } = ctx;
  const issuedAgo = Math.floor(now.getTime() / 1000) - d.userSig.time;
  const lines = [
    ...field(ctx, 'UserID', echoInput(d.userSig.identifier, MAX_IDENTIFIER_ECHO), { style: (l) => chalk.bold(l) }),
    ...field(ctx, 'SDKAppID', String(d.userSig.sdkAppId)),
    ...field(ctx, 'Version', escapeControls(d.userSig.version)),
  ];
  // The local time is a second line under the UTC one; colour is applied per wrapped line, so it never bleeds.
  const instantRows = (label: string, date: Date, relative: string, style?: (line: string) => string) => {
    const local = formatLocal(date);
    lines.push(...field(ctx, label, [`${formatUtc(date)} (${relative})`, ...(local ? [local] : [])], { style }));
  };
  instantRows('Issued at', d.issuedAt, issuedAgo >= 0 ? `${formatDuration(issuedAgo)} ago` : `in ${formatDuration(issuedAgo)}, the issuer's clock is ahead`);
  instantRows('Expires at', d.expiresAt, relativeExpiry(d), d.expired ? (l) => chalk.red(l) : undefined);
  lines.push(...field(ctx, 'Validity', formatValidity(d.userSig.expire)));
  const marked = (mark: string, message: string) =>
    wrapText(echoInput(message, MAX_IDENTIFIER_ECHO * 2), ctx.width - 2).forEach((line, i) => lines.push(`${i === 0 ? mark : ' '} ${line}`));
  for (const check of d.checks) marked(check.ok ? chalk.green('✓') : check.code === null ? chalk.yellow('!') : chalk.red('✗'), check.message);
  if (!d.signatureChecked) marked(chalk.yellow('?'), 'signature not checked: no key given (--key-file <path> or CHATERR_SECRET_KEY)');
  return `${lines.join('\n')}\n`;
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
