// Plain-text helpers for terminal output: display width (CJK is two columns), wrapping, and control-character escaping.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Wraps words to `width` columns; each input line break starts a new line. A word longer than a line is cut. */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(10, width);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (displayWidth(word) > max) {
        if (line !== '') {
          out.push(line);
          line = '';
          lineWidth = 0;
        }
        let cut = '';
        for (const ch of word) {
          if (displayWidth(cut + ch) > max) break;
          cut += ch;
        }
        out.push(cut);
        word = word.slice(cut.length);
      }
      const w = displayWidth(word);
      if (word === '') continue;
      if (line === '') {
        line = word;
        lineWidth = w;
      } else if (lineWidth + 1 + w <= max) {
        line += ` ${word}`;
        lineWidth += 1 + w;
      } else {
        out.push(line);
        line = word;
        lineWidth = w;
      }
    }
    out.push(line);
  }
  return out;
}

// C0 controls except tab, DEL, and C1 controls: any of them can move the cursor or start an escape sequence.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** Makes untrusted text safe for a terminal: control characters become visible escapes such as \x1b. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
