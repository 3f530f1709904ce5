// Labelled fields ("What to do  ...") for cards: the label in a dim column, the value wrapped beside it.
import type { RenderContext } from './context.js';
import { proseWidth } from './context.js';
import { displayWidth, padEndDisplay, wrapText } from './text.js';

/** Labels sit in a column this wide (display columns, so Chinese labels line up too). */
export const LABEL_WIDTH = 12;

/**
 * Below this many columns beside the label, the value goes under the label instead: at COLUMNS=20 the column
 * beside it was 6 wide, so most words did not fit there and the lines of one item jumped between the left margin
 * and the value column ("• The / app / cached / a / UserSig" on five lines, two of them at the margin).
 */
const MIN_BESIDE_WIDTH = 24;

/** How far a value under its label is indented. */
const STACKED_INDENT = '  ';

export interface FieldOptions {
  /** Marks each item's first line ("• "); its other lines hang under the item's text. */
  bullet?: string;
  /** Colours each line of the value (after wrapping, so widths are measured on plain text). */
  style?: (line: string) => string;
}

/**
 * A label over one or more items, each item starting its own line, wrapped beside the label. Nothing is ever
 * cut: a code, name or URL too wide to sit beside the label starts at the left margin instead, and a unit wider
 * than the whole line (a long URL) stays whole there. Broken at the width, a URL no longer opened or pasted as
 * one link, on a terminal or in a saved card (`explain 4005 > notes.txt` split a 329-character source in five).
 */
export function field(ctx: RenderContext, label: string, value: string | string[], options: FieldOptions = {}): string[] {
  const width = proseWidth(ctx);
  const style = options.style ?? ((s: string) => s);
  const labelWidth = Math.max(LABEL_WIDTH, displayWidth(label) + 2);
  const bullet = options.bullet ?? '';
  const hang = ' '.repeat(displayWidth(bullet));
  const out: string[] = [];
  if (label !== '' && width - labelWidth - hang.length < MIN_BESIDE_WIDTH) return stackedField(ctx, label, value, bullet, hang, style);
  for (const item of Array.isArray(value) ? value : [value]) {
    const lines = wrapText(item, width - labelWidth - hang.length, { keepLong: true });
    lines.forEach((line, i) => {
      const first = out.length === 0;
      const lead = first && label !== '' ? ctx.chalk.dim(padEndDisplay(label, labelWidth)) : ' '.repeat(labelWidth);
      const mark = i === 0 ? bullet : hang;
      if (labelWidth + displayWidth(mark + line) <= width) {
        out.push(lead + mark + style(line));
        return;
      }
      if (first && label !== '') out.push(ctx.chalk.dim(label));
      for (const part of wrapText(mark + line, width, { keepLong: true })) out.push(style(part));
    });
  }
  return out;
}

/** A narrow terminal's field: the label on a line of its own, each item indented under it at the full width. */
function stackedField(ctx: RenderContext, label: string, value: string | string[], bullet: string, hang: string, style: (line: string) => string): string[] {
  const width = proseWidth(ctx);
  const out = [ctx.chalk.dim(label)];
  for (const item of Array.isArray(value) ? value : [value]) {
    wrapText(item, width - STACKED_INDENT.length - hang.length, { keepLong: true }).forEach((line, i) => {
      const mark = i === 0 ? bullet : hang;
      // A unit wider than the line (a long URL, a constant name) stands whole at the left margin, as beside a label.
      if (STACKED_INDENT.length + displayWidth(mark + line) <= width) out.push(STACKED_INDENT + mark + style(line));
      else out.push(i === 0 ? mark + style(line) : style(line));
    });
  }
  return out;
}
