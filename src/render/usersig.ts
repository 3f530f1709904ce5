// Renders a UserSig diagnosis as labelled lines with a mark per check, or as the versioned JSON document.
import type { Diagnosis } from '../core/usersig.js';
import type { RenderContext } from './explain.js';
import { SCHEMA_VERSION } from './json.js';
import { escapeControls, wrapText } from './text.js';

const LABEL_WIDTH = 12;

/** "3 days", "23 h", "15 min", "40 s": coarse on purpose, like a person would say it. */
function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 2 * 86400) return `${Math.floor(s / 3600)} h`;
  return `${Math.floor(s / 86400)} days`;
}

function relativeExpiry(d: Pick<Diagnosis, 'expired' | 'secondsLeft'>): string {
  return d.expired ? `expired ${formatDuration(d.secondsLeft)} ago` : `valid for ${formatDuration(d.secondsLeft)} more`;
}

export function renderDiagnosis(d: Diagnosis, ctx: RenderContext, now: Date): string {
  const { chalk } = ctx;
  const issuedAgo = Math.floor(now.getTime() / 1000) - d.userSig.time;
  const row = (label: string, value: string) => `${chalk.dim(label.padEnd(LABEL_WIDTH))}${value}`;
  const lines = [
    row('UserID', chalk.bold(escapeControls(d.userSig.identifier))),
    row('SDKAppID', String(d.userSig.sdkAppId)),
    row('Version', escapeControls(d.userSig.version)),
    row('Issued at', `${d.issuedAt.toISOString()} (${issuedAgo >= 0 ? `${formatDuration(issuedAgo)} ago` : `in ${formatDuration(issuedAgo)}, the issuer's clock is ahead`})`),
    row('Expires at', `${d.expiresAt.toISOString()} (${d.expired ? chalk.red(relativeExpiry(d)) : relativeExpiry(d)})`),
    row('Validity', `${d.userSig.expire} s (${formatDuration(d.userSig.expire)})`),
  ];
  for (const check of d.checks) {
    const mark = check.ok ? chalk.green('✓') : check.code === null ? chalk.yellow('!') : chalk.red('✗');
    wrapText(check.message, ctx.width - 2).forEach((line, i) => lines.push(`${i === 0 ? mark : ' '} ${line}`));
  }
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
  };
}
