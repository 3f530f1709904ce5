// Renders explain results as cards (stdout) and not-found or invalid-input messages (stderr).
import { codeKey } from '../core/code-key.js';
import type { ExplainResult } from '../core/explain.js';
import type { Entry } from '../core/types.js';
import { MAX_QUERY_CHARS } from '../core/limits.js';
import { USERSIG_CHECKABLE } from '../core/usersig-codes.js';
import { holdsSecretKey, looksLikeUserSig } from '../core/usersig-shape.js';
import { proseWidth, type Lang, type RenderContext } from './context.js';
import { echoInput, MAX_ECHO_CHARS } from './echo-input.js';
import { shellArgument } from './shell-word.js';
import { field } from './fields.js';
import { entryText, queryErrorText, words } from './i18n.js';
import { codeLabel, codeRefLabel, placeLabel } from './labels.js';
import { displayWidth, escapeControls, wrapText } from './text.js';

export type { RenderContext } from './context.js';


/**
 * "Server · Account" as a sentence says it: "server account". Product names keep their case: lowering the whole
 * label gave "the chat sdk common codes", "the web sdk internal codes" and "the sdk v3 (legacy) codes".
 */
function placeInProse(place: string): string {
  const parts = place.replace(' · ', ' ').split(' ');
  const beforeAcronym = (i: number) => /^[A-Z][A-Z0-9]+$/.test(parts[i + 1] ?? '');
  return parts.map((word, i) => (/^[A-Z][a-z]+$/.test(word) && !beforeAcronym(i) ? word.toLowerCase() : word)).join(' ');
}

/** Advice holds one step per line; each step starts its own line on the card. */
function steps(advice: string): string[] {
  return advice.split('\n').map((s) => s.trim()).filter(Boolean);
}

/** A card names this many REST APIs at most; --json carries every one, with what its page says. */
const CARD_APIS = 8;

function apiList(apis: string[], w: ReturnType<typeof words>): string {
  const shown = apis.slice(0, CARD_APIS).join(', ');
  return apis.length > CARD_APIS ? `${shown} ${w.moreApis(apis.length - CARD_APIS)}` : shown;
}

function card(ctx: RenderContext, entry: Entry, asked: number | undefined): string[] {
  const { chalk, lang } = ctx;
  const w = words(lang);
  const text = entryText(entry, lang);
  const code = codeLabel(entry);
  const joined = entry.names.join(', ');
  // Code and names share the first line when they fit; else each name takes a line of its own, never cut.
  const head =
    joined === '' ? [chalk.bold.yellow(code)]
    : displayWidth(`${code}  ${joined}`) <= proseWidth(ctx) ? [`${chalk.bold.yellow(code)}  ${chalk.cyan(joined)}`]
    : [chalk.bold.yellow(code), ...entry.names.map((n) => chalk.cyan(n))];
  const out = [...head, ...wrapText(placeLabel(entry, lang), proseWidth(ctx), { keepLong: true }).map((l) => chalk.dim(l))];
  // A word wider than the card (a constant name quoted in the text) is cut at the edge, as the terminal would.
  out.push(...wrapText(text.description, proseWidth(ctx)));
  if (entry.range) out.push(...field(ctx, w.range, w.rangeText(entry.range[0], entry.range[1], asked !== undefined && asked !== entry.code ? asked : undefined)));
  // What the SDK or the server prints with the code, so a reader can match the card to the log line in hand.
  if (entry.messages) out.push(...field(ctx, w.errorText, entry.messages.map((m) => `"${escapeControls(m)}"`)));
  // The REST APIs whose pages list the code: a server code means little until one knows which call returned it.
  if (entry.restApis) out.push(...field(ctx, w.restApis, apiList(entry.restApis.map((r) => r.api), w)));
  if (entry.sdkApis) out.push(...field(ctx, w.sdkApis, apiList([...new Set(entry.sdkApis.map((r) => r.api))], w)));
  if (text.causes.length > 0) out.push(...field(ctx, w.why, text.causes, { bullet: '• ' }));
  const [first = '', ...rest] = steps(text.advice);
  out.push(...field(ctx, w.whatToDo, [`[${entry.class}] ${first}`, ...rest]));
  if (USERSIG_CHECKABLE.has(codeKey(entry))) out.push(...field(ctx, w.check, w.checkUsersig));
  if (entry.related.length > 0) out.push(...field(ctx, w.related, entry.related.map(codeRefLabel).join(', ')));
  const link = (l: Entry['links'][number]) => `${l.text}: ${chalk.underline(l.url)}`;
  if (entry.adviceSources.length > 0) out.push(...field(ctx, w.sources, entry.adviceSources.map(link)));
  if (entry.links.length > 0) out.push(...field(ctx, w.docs, entry.links.map(link)));
  if (!entry.documented) out.push(...field(ctx, w.note, w.undocumented));
  if (entry.source === 'web' && entry.current === false) out.push(...field(ctx, w.note, w.notCurrent));
  return out;
}

export function renderExplainCards(results: ExplainResult[], ctx: RenderContext): string {
  const blocks: string[] = [];
  for (const result of results) {
    if (!result.found) continue;
    const asked = /^[+-]?\d+$/.test(result.query.trim()) ? Number(result.query.trim()) : undefined;
    const lines: string[] = [];
    if (result.readings.length > 1) {
      const heading = words(ctx.lang).readings(echoInput(result.query.trim(), undefined, ctx.lang), result.readings.length);
      lines.push(...wrapText(heading, proseWidth(ctx), { keepLong: true }).map((l) => ctx.chalk.bold(l)), '');
    }
    result.readings.forEach((entry, i) => {
      if (i > 0) lines.push('');
      lines.push(...card(ctx, entry, asked));
    });
    blocks.push(lines.join('\n'));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** One line per unknown or invalid query, with what might help, in the language. */
export function renderExplainProblems(results: ExplainResult[], lang: Lang = 'en'): string {
  const w = words(lang).problems;
  const lines: string[] = [];
  for (const result of results) {
    if (result.found) continue;
    // A sig is a credential that logs in as its user: it is not echoed back into the terminal's scrollback.
    if (looksLikeUserSig(result.query)) {
      lines.push(`chaterr: ${w.userSig}`);
      continue;
    }
    // So is a secret key, which signs for any user: its first 20 characters were echoed as "not a number".
    if (holdsSecretKey(result.query)) {
      lines.push(`chaterr: ${w.secretKey}`);
      continue;
    }
    const shown = echoInput(result.query, undefined, lang);
    if (result.error) {
      // A code typed with a letter for a digit (`70O01`) is no number, and the code it stands for is named.
      const near = result.suggestions?.didYouMean ?? [];
      lines.push(`chaterr: ${escapeControls(queryErrorText(result.error, lang))}${near.length > 0 ? w.separator + w.didYouMean(near.join(', ')) : ''}`);
      continue;
    }
    const s = result.suggestions;
    const parts = [`chaterr: ${s?.trySearch ? w.notACode(shown) : w.unknown(shown)}`];
    if (s?.nearby) {
      const n = s.nearby;
      const place = placeLabel({ source: n.source, category: n.category, categoryTitle: n.title }, lang);
      parts.push(w.nearby(lang === 'en' ? placeInProse(place) : place.replace(' · ', ''), words(lang).codeRange(n.span[0], n.span[1])));
    }
    if (s && s.didYouMean.length > 0) parts.push(w.didYouMean(s.didYouMean.join(', ')));
    // Only a query shown whole makes a command to paste (a long one is echoed cut), and one search would take.
    if (s?.trySearch && result.query.length <= Math.min(MAX_QUERY_CHARS, MAX_ECHO_CHARS)) parts.push(w.trySearch(shellArgument(shown)));
    lines.push(parts.join(w.separator));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
