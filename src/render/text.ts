// Plain-text helpers for terminal output: display width (CJK is two columns), wrapping, padding and escaping.

// Colour sequences as chalk writes them (SGR): they take no columns.
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * East Asian wide and fullwidth code points: the same table as is-fullwidth-code-point, which cli-table3 measures
 * with through string-width, so our padding and its columns agree (a test checks this on the catalogue's text).
 */
function isWide(cp: number): boolean {
  return (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      cp === 0x2329 ||
      cp === 0x232a ||
      (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
      (cp >= 0x3250 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0xa4c6) ||
      (cp >= 0xa960 && cp <= 0xa97c) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe10 && cp <= 0xfe19) ||
      (cp >= 0xfe30 && cp <= 0xfe6b) ||
      (cp >= 0xff01 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1b000 && cp <= 0x1b001) ||
      (cp >= 0x1f200 && cp <= 0x1f251) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd))
  );
}

/** Columns one code point takes: 0 for controls, combining marks and joiners, 2 for wide ones, else 1. */
export function charWidth(cp: number): number {
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  return isWide(cp) ? 2 : 1;
}

// Printable ASCII only: every character is one column, so the width is the length. Most card text is like this,
// and a native regular expression answers it far faster than a cold per-character loop.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns a string takes on a terminal; colour sequences count as nothing. Never code units. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const cp = plain.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    width += charWidth(cp);
  }
  return width;
}

/** Pads to `width` columns by display width (String.padEnd counts code units, which misaligns Chinese). */
export function padEndDisplay(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

// Punctuation that must not start a line (it sticks to what precedes it) or end one (it sticks to what follows).
const NO_LINE_START = new Set([...'，。、；：？！）】》」』’”…·,.;:?!)]}%'].map((c) => c.codePointAt(0) ?? 0));
const NO_LINE_END = new Set([...'（【《「『‘“([{'].map((c) => c.codePointAt(0) ?? 0));

/** `"`: cards quote what the SDK logs with it, Chinese strings included. */
const STRAIGHT_QUOTE = 0x22;

type Unit = { text: string; space: boolean };

// Any character from the start of the wide table (Hangul Jamo) up, surrogates included: only such text can hold a
// wide character.
const MAY_HOLD_WIDE = /[\u1100-\uffff]/;

/**
 * Splits one paragraph into the units a line may break between: runs of non-space text, broken between CJK
 * characters, with opening and closing punctuation kept on the right side. `space` says whether a space
 * separated this unit from the one before.
 */
export function breakUnits(paragraph: string): Unit[] {
  return MAY_HOLD_WIDE.test(paragraph) ? breakUnitsByCodePoint(paragraph) : breakUnitsAtSpaces(paragraph);
}

/** breakUnits for text without wide characters, where only spaces and tabs separate units: split natively. */
function breakUnitsAtSpaces(paragraph: string): Unit[] {
  const units: Unit[] = [];
  for (const word of paragraph.split(/[ \t]+/)) {
    if (word === '') continue;
    const previous = units.at(-1);
    // A closing mark after a space ("word ,") may not start a line, nor an opening mark before one ("( word") end
    // one: the two units are one, as below.
    if (previous && (NO_LINE_START.has(word.charCodeAt(0)) || NO_LINE_END.has(previous.text.charCodeAt(previous.text.length - 1)))) previous.text += ` ${word}`;
    else units.push({ text: word, space: units.length > 0 });
  }
  return units;
}

/**
 * Where each URL in a paragraph ends (exclusive), by where it starts: at its last ASCII character before a space.
 * A Chinese template URL (`https://<域名>/v4/<服务名>`) holds wide characters, which were break points inside it,
 * so a Chinese card cut it in two lines that no longer opened or pasted as one link; Chinese after its last ASCII
 * character (`…myqcloud.com）加入`) is the sentence again. One pass over the paragraph.
 */
function urlSpans(paragraph: string): Map<number, number> {
  const spans = new Map<number, number>();
  let from = 0;
  for (;;) {
    const start = paragraph.indexOf('://', from);
    if (start < 0) return spans;
    let begin = start;
    while (begin > 0 && /[a-z]/i.test(paragraph[begin - 1] ?? '')) begin--;
    let end = start + 3;
    let lastAscii = end;
    while (end < paragraph.length && !/\s/.test(paragraph[end] ?? '')) {
      if (paragraph.charCodeAt(end) < 0x7f) lastAscii = end + 1;
      end++;
    }
    if (begin < start && lastAscii > start + 3) spans.set(begin, lastAscii);
    from = end;
  }
}

/** breakUnits one code point at a time; exported so a test can check breakUnitsAtSpaces against it. */
export function breakUnitsByCodePoint(paragraph: string): Unit[] {
  const units: Unit[] = [];
  let current = '';
  let space = false;
  let pendingSpace = false;
  let lastCp = 0;
  let quotes = 0;
  const urls = paragraph.includes('://') ? urlSpans(paragraph) : undefined;
  let index = 0;
  let urlEnd = -1;
  const flush = () => {
    if (current !== '') units.push({ text: current, space });
    current = '';
  };
  for (const ch of paragraph) {
    const cp = ch.codePointAt(0) ?? 0;
    const at = index;
    index += ch.length;
    if (ch === ' ' || ch === '\t') {
      if (current !== '') flush();
      if (units.length > 0) pendingSpace = true;
      continue;
    }
    const end = urls?.get(at);
    if (end !== undefined) urlEnd = end;
    // Inside a URL, a wide character is no break point: the link stays one unit.
    if (at < urlEnd && end === undefined) {
      current += ch;
      lastCp = cp;
      continue;
    }
    // A line may break on either side of a wide (CJK) character, unless punctuation glues it to its neighbour. A
    // straight quote is both kinds, told apart by count: a closing one sticks to the text before it, an opening one
    // to the text after it, and a line may break before it (after 、 in `code:6206、"ErrorCode":90003、`, which
    // was one unit 30 columns wide).
    const opening = cp === STRAIGHT_QUOTE && quotes++ % 2 === 0;
    const glued = (cp === STRAIGHT_QUOTE && !opening) || (lastCp === STRAIGHT_QUOTE && current.length === 1);
    if (current !== '' && !glued && !NO_LINE_START.has(cp) && !NO_LINE_END.has(lastCp) && (isWide(cp) || isWide(lastCp))) flush();
    if (current === '' && (NO_LINE_START.has(cp) || NO_LINE_END.has(lastCp)) && units.length > 0) {
      // A closing mark after a space ("UTF-8 ，如果") still may not start a line, nor an opening mark before a space
      // ("onConnSucc （ iOS ）", as Tencent's text spaces it) end one: the unit joins the one before it.
      const previous = units.pop() as Unit;
      current = previous.text + (pendingSpace ? ' ' : '');
      space = previous.space;
      pendingSpace = false;
    } else if (current === '') {
      space = pendingSpace;
      pendingSpace = false;
    }
    current += ch;
    lastCp = cp;
  }
  flush();
  return units;
}

/** The widest run that wrapping never breaks (a word, a name, one CJK character with its punctuation). */
export function longestUnit(text: string): number {
  let widest = 0;
  for (const paragraph of text.split('\n')) for (const unit of breakUnits(paragraph)) widest = Math.max(widest, displayWidth(unit.text));
  return widest;
}

const SGR_OR_CODE_POINT = /\u001b\[[0-9;]*m|[^]/gu;

/** Cuts one unit wider than a line into pieces that fit (only for a single unbreakable run, e.g. a long URL). */
function cutToWidth(text: string, max: number): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  let width = 0;
  // A colour sequence (an underlined URL) is one token of no width: cut inside it, its tail would show as text.
  for (const token of text.match(SGR_OR_CODE_POINT) ?? []) {
    const w = token.length > 2 ? 0 : charWidth(token.codePointAt(0) ?? 0);
    if (width + w > max && piece.length > 0) {
      // A closing mark may not start the next piece: the character before it moves down with it.
      let carry: string[] = [];
      while (piece.length > 1 && NO_LINE_START.has((carry[0] ?? token).codePointAt(0) ?? 0)) carry.unshift(piece.pop() ?? '');
      // The width wins over the punctuation rule when both cannot hold.
      if (displayWidth(carry.join('')) + w > max) {
        piece.push(...carry);
        carry = [];
      }
      pieces.push(piece.join(''));
      piece = carry;
      width = displayWidth(carry.join(''));
    }
    piece.push(token);
    width += w;
  }
  if (piece.length > 0) pieces.push(piece.join(''));
  return pieces;
}

export interface WrapOptions {
  /** Keep units wider than a line whole (codes, constant names, URLs) instead of cutting them. */
  keepLong?: boolean;
}

/**
 * Wraps text to `width` display columns; each input line break starts a new line. English breaks at spaces,
 * Chinese between characters (never before a closing mark or after an opening one). A unit wider than a line
 * is cut, unless keepLong asks for it to stay whole on a line of its own.
 */
export function wrapText(text: string, width: number, options: WrapOptions = {}): string[] {
  const max = Math.max(1, width);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const unit of breakUnits(paragraph)) {
      const w = displayWidth(unit.text);
      const gap = line !== '' && unit.space ? 1 : 0;
      if (line !== '' && lineWidth + gap + w <= max) {
        line += (gap ? ' ' : '') + unit.text;
        lineWidth += gap + w;
        continue;
      }
      if (line !== '') out.push(line);
      if (w <= max || options.keepLong) {
        line = unit.text;
        lineWidth = w;
        continue;
      }
      const pieces = cutToWidth(unit.text, max);
      const last = pieces.pop() ?? '';
      out.push(...pieces);
      line = last;
      lineWidth = displayWidth(last);
    }
    out.push(line);
  }
  return out;
}

// C0 controls except tab, DEL, and C1 controls: any of them can move the cursor or start an escape sequence. The
// line separators and the bidirectional overrides cannot, but they break lines or reorder what a reader sees.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Makes untrusted text safe for a terminal: control characters become visible escapes such as \x1b or \u202e. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    const code = ch.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** Text cut to `width` columns (CJK counts two), with … where it was cut; `fromLeft` keeps the end instead. */
export function cutToColumns(text: string, width: number, fromLeft = false): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  const chars = Array.from(text);
  if (fromLeft) chars.reverse();
  let kept = '';
  let used = 0;
  for (const ch of chars) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    kept = fromLeft ? ch + kept : kept + ch;
    used += w;
  }
  return fromLeft ? `…${kept}` : `${kept}…`;
}
