// Fits help text to the terminal: two-column lines (commands, options, examples) wrap under their second column.
import { charWidth, displayWidth, longestUnit, wrapText } from './text.js';

/** Below this many columns beside the first column, the second column moves under the first instead. */
const MIN_SECOND_COLUMN = 20;

/** Where the second column of "  chaterr list group     both tables" starts, or -1 for a plain line. */
function secondColumn(line: string): number {
  const indent = line.length - line.trimStart().length;
  const gap = line.indexOf('  ', indent);
  if (indent === 0 || gap < 0) return -1;
  let start = gap;
  while (line[start] === ' ') start++;
  return start < line.length ? start : -1;
}

/** Two lines of one paragraph: a space between words, none between two Chinese characters (`。` then `密钥`). */
function joinProse(before: string, after: string): string {
  const last = before.codePointAt(before.length - 1) ?? 0;
  const first = after.codePointAt(0) ?? 0;
  return charWidth(last) === 2 && charWidth(first) === 2 ? before + after : `${before} ${after}`;
}

/** Unindented prose lines that run on ("... shipped in an" / "app or web page ...") join, when one is too wide. */
function reflowParagraphs(lines: string[], width: number): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.some((l) => displayWidth(l) > width)) out.push(paragraph.reduce(joinProse));
    else out.push(...paragraph);
    paragraph = [];
  };
  for (const line of lines) {
    const prose = line !== '' && !line.startsWith(' ') && !line.endsWith(':');
    if (prose) paragraph.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

/**
 * A wrapped line under its indent, or at the left margin when a word too long to wrap would push it past the
 * width ("      ERR_SDK_NOT_INITIALIZED" at 20 columns), as cards place such a word: the terminal would break it.
 */
function indented(line: string, indent: number, width: number): string {
  return indent + displayWidth(line) <= width ? ' '.repeat(indent) + line : line;
}

/**
 * Wraps each line of help text that is wider than `width`. A line with two columns keeps its second column
 * aligned (or, when too little room is left beside the first, puts it on the lines below); other lines wrap
 * under their own indent. Lines that fit are left exactly as they are.
 */
export function wrapHelpText(text: string, width: number): string {
  return reflowParagraphs(text.split('\n'), width)
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const indent = line.length - line.trimStart().length;
      const column = secondColumn(line);
      if (column < 0 && line.endsWith(' \\')) {
        // A line of an example the epilogue already broke for the shell: each new break is escaped too, and the
        // backslash stays with its word ("ERR_SDK_NOT_INITIALIZED" then a lone "\\" ended the command there).
        const pieces = wrapText(line.slice(0, -2).trimStart(), width - indent - 2, { keepLong: true });
        return pieces.map((l) => indented(`${l} \\`, indent, width));
      }
      if (column < 0) return wrapText(line.trimStart(), width - indent, { keepLong: true }).map((l) => indented(l, indent, width));
      const first = line.slice(0, column).trimEnd();
      const second = line.slice(column);
      const beside = width - displayWidth(line.slice(0, column));
      // A word wider than the room beside (ERR_SDK_NOT_INITIALIZED at 40 columns) puts the text under instead.
      if (beside >= MIN_SECOND_COLUMN && longestUnit(second) <= beside) {
        const pad = ' '.repeat(displayWidth(line.slice(0, column)));
        return wrapText(second, beside, { keepLong: true }).map((l, i) => (i === 0 ? line.slice(0, column) : pad) + l);
      }
      const under = ' '.repeat(indent + 4);
      // The first column wraps too: at COLUMNS=20, "  explain [options] <code-or-name...>" was a 37-column line.
      const firstLines = wrapText(first.trimStart(), width - indent, { keepLong: true }).map((l) => indented(l, indent, width));
      return [...firstLines, ...wrapText(second, width - under.length, { keepLong: true }).map((l) => indented(l, under.length, width))];
    })
    .join('\n');
}
