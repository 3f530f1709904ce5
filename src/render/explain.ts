// Renders explain results as cards (stdout) and not-found or invalid-input messages (stderr).
import type { ChalkInstance } from 'chalk';
import { TRIAGE_CLASSES } from '../core/classes.js';
import type { ExplainResult } from '../core/explain.js';
import type { Entry } from '../core/types.js';
import { USERSIG_CHECKABLE } from '../core/usersig-codes.js';
import { codeLabel, codeRefLabel, formatRange, placeLabel } from './labels.js';
import { escapeControls, wrapText } from './text.js';

export interface RenderContext {
  chalk: ChalkInstance;
  width: number;
}

const LABEL_WIDTH = 12;


function field(ctx: RenderContext, label: string, value: string): string[] {
  const lines = wrapText(value, ctx.width - LABEL_WIDTH);
  return lines.map((line, i) => (i === 0 ? ctx.chalk.dim(label.padEnd(LABEL_WIDTH)) : ' '.repeat(LABEL_WIDTH)) + line);
}

function card(ctx: RenderContext, entry: Entry, asked: number | undefined): string[] {
  const { chalk } = ctx;
  const names = entry.names.length > 0 ? `  ${chalk.cyan(entry.names.join(', '))}` : '';
  const out = [`${chalk.bold.yellow(codeLabel(entry))}${names}`, chalk.dim(placeLabel(entry))];
  for (const line of wrapText(entry.description, ctx.width)) out.push(line);
  if (entry.range) {
    const where = asked !== undefined && asked !== entry.code ? ` (${asked} is inside it)` : '';
    out.push(...field(ctx, 'Range', `any code from ${entry.range[0]} to ${entry.range[1]}${where}`));
  }
  const cls = TRIAGE_CLASSES[entry.class];
  out.push(...field(ctx, 'What to do', `[${entry.class}] ${cls.advice}`));
  if (USERSIG_CHECKABLE.has(`${entry.source}:${entry.code}`)) {
    out.push(...field(ctx, 'Check', 'chaterr usersig <sig> decodes the UserSig and says whether it expired or was made for another user, app or key.'));
  }
  if (entry.related.length > 0) out.push(...field(ctx, 'Related', entry.related.map(codeRefLabel).join(', ')));
  for (const link of entry.links) out.push(...field(ctx, 'Docs', `${link.text}: ${chalk.underline(link.url)}`));
  if (!entry.documented) out.push(...field(ctx, 'Note', 'Not on the Error Codes page; the text comes from the native constant name.'));
  return out;
}

export function renderExplainCards(results: ExplainResult[], ctx: RenderContext): string {
  const blocks: string[] = [];
  for (const result of results) {
    if (!result.found) continue;
    const asked = /^[+-]?\d+$/.test(result.query.trim()) ? Number(result.query.trim()) : undefined;
    const lines: string[] = [];
    if (result.readings.length > 1) {
      lines.push(ctx.chalk.bold(`${escapeControls(result.query.trim())} has ${result.readings.length} readings, one per source:`), '');
    }
    result.readings.forEach((entry, i) => {
      if (i > 0) lines.push('');
      lines.push(...card(ctx, entry, asked));
    });
    blocks.push(lines.join('\n'));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** One line per unknown or invalid query, with what might help. */
export function renderExplainProblems(results: ExplainResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    if (result.found) continue;
    const shown = escapeControls(result.query);
    if (result.error) {
      lines.push(`chaterr: ${escapeControls(result.error)}`);
      continue;
    }
    const s = result.suggestions;
    const parts = [s?.trySearch ? `chaterr: "${shown}" is not an error code or constant name` : `chaterr: ${shown} is not a known error code or name`];
    if (s?.nearby) {
      const n = s.nearby;
      parts.push(`it would sit among the ${placeLabel({ source: n.source, categoryTitle: n.title }).replace(' · ', ' ').toLowerCase()} codes (${formatRange(n.min, n.max)})`);
    }
    if (s && s.didYouMean.length > 0) parts.push(`did you mean ${s.didYouMean.join(', ')}?`);
    if (s?.trySearch) parts.push(`try: chaterr search "${shown}"`);
    lines.push(parts.join('; '));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
