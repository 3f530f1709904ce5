// The man page (roff, man macros): the program's own help data plus the README's command sections as Markdown,
// turned into one page. Strings in, a page out.

export interface ManOption {
  flags: string;
  description: string;
}

export interface ManCommand {
  /** "chaterr list [category-or-source]" */
  synopsis: string;
  name: string;
  summary: string;
  options: ManOption[];
  /** The help epilogue as written (examples, exit codes), before any wrapping for the terminal. */
  epilogue: string;
  /** The README's section for this command, Markdown; empty when it has none. */
  readme: string;
}

export interface ManPage {
  name: string;
  version: string;
  summary: string;
  /** Markdown: the README's opening paragraphs. */
  description: string;
  synopsis: string[];
  /** The options every command takes (its --help lists them too). */
  globalOptions: ManOption[];
  /** The options taken only before a command (`chaterr -V`). */
  programOptions: ManOption[];
  commands: ManCommand[];
  /** The program's own help epilogue: its examples and exit codes. */
  epilogue: string;
  /** Further sections, Markdown, each under its own heading (EXIT STATUS, OUTPUT RULES, ...). */
  sections: Array<{ title: string; markdown: string }>;
}

/** Escapes text for roff: backslashes, and every non-ASCII character as a \[uXXXX] glyph, so any groff renders it. */
export function roffText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\\/g, '\\e')) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x20 || cp === 0x7f) out += ' ';
    else if (cp < 0x80) out += ch;
    else out += `\\[u${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
  }
  return out;
}

/** A line roff would take for a request (a leading dot or quote) gets a zero-width escape first. */
function safeLine(line: string): string {
  return /^[.']/.test(line) ? `\\&${line}` : line;
}

/** Literal text (a command, a code, an option): hyphens are real minus signs, so they copy and search as typed. */
function literal(text: string): string {
  return roffText(text).replace(/-/g, '\\-');
}

/**
 * A code span, opened by a run of backticks and closed by a run as long (`` ` `` holds a backtick), or **bold**.
 * The README is ours, not untrusted text.
 */
const INLINE_MARKUP = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)|\*\*([^*]+)\*\*/g;

/** Prose between markup: links keep their text, and a backslash-escaped punctuation mark is that mark. */
const prose = (text: string) => roffText(text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\\([!-/:-@[-`{-~])/g, '$1'));

/**
 * Markdown inline markup: code spans, **bold**; links keep their text. A code span is literal: `\|` in a paragraph
 * showed as `|`, and `` ` `` ended the span early, so the rest of the paragraph came out with its code and prose
 * swapped (a `[x](https://…)` span lost all but its x).
 */
export function inline(markdown: string): string {
  let out = '';
  let last = 0;
  for (const m of markdown.matchAll(INLINE_MARKUP)) {
    out += prose(markdown.slice(last, m.index));
    if (m[1] !== undefined) {
      const code = m[2] as string;
      // CommonMark drops one space at each end when both are there and the span is not all spaces.
      out += `\\fB${literal(/^ [\s\S]* $/.test(code) && code.trim() !== '' ? code.slice(1, -1) : code)}\\fR`;
    } else out += `\\fB${roffText(m[3] as string)}\\fR`;
    last = m.index + m[0].length;
  }
  return out + prose(markdown.slice(last));
}

/** A table row's cells; in a table (and only there, code spans included) `\|` is a pipe in the cell. */
function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Markdown blocks (paragraphs, lists, tables, code, sub-headings) as man macros. */
export function markdownToRoff(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r/g, '').split('\n');
  let i = 0;
  const collect = (first: string, isContinuation: (line: string) => boolean): string => {
    const parts = [first];
    while (i < lines.length && isContinuation(lines[i] as string)) parts.push((lines[i++] as string).trim());
    return parts.join(' ');
  };
  while (i < lines.length) {
    const line = lines[i++] as string;
    if (line.trim() === '') continue;
    const heading = /^#{3,6}\s+(.*)$/.exec(line);
    if (heading) {
      out.push(`.SS "${inline(heading[1] as string).replace(/"/g, '\\(dq')}"`);
      continue;
    }
    if (line.startsWith('```')) {
      out.push('.PP', '.RS 4', '.nf');
      while (i < lines.length && !(lines[i] as string).startsWith('```')) out.push(safeLine(roffText(lines[i++] as string)));
      i++;
      out.push('.fi', '.RE');
      continue;
    }
    if (line.startsWith('|')) {
      const header = splitRow(line);
      if (i < lines.length && /^\|[\s:|-]+\|?$/.test(lines[i] as string)) i++;
      while (i < lines.length && (lines[i] as string).startsWith('|')) {
        const [tag = '', ...rest] = splitRow(lines[i++] as string);
        out.push('.TP', safeLine(inline(tag)));
        out.push(safeLine(rest.length === 1 ? inline(rest[0] as string) : rest.map((cell, k) => `${inline(header[k + 1] ?? '')}: ${inline(cell)}`).join('; ')));
      }
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      const text = collect(bullet[1] as string, (l) => /^\s{2,}\S/.test(l) && !/^\s*([-*]|\d+\.)\s/.test(l));
      out.push('.IP \\(bu 2', safeLine(inline(text)));
      continue;
    }
    const numbered = /^\s*(\d+)\.\s+(.*)$/.exec(line);
    if (numbered) {
      const text = collect(numbered[2] as string, (l) => /^\s{2,}\S/.test(l) && !/^\s*([-*]|\d+\.)\s/.test(l));
      out.push(`.IP ${numbered[1]}. 4`, safeLine(inline(text)));
      continue;
    }
    const indented = /^\s{2,}\S/.test(line);
    const text = collect(line.trim(), (l) => l.trim() !== '' && !/^(#|\||```|\s*([-*]|\d+\.)\s)/.test(l));
    out.push(indented ? '.IP "" 2' : '.PP', safeLine(inline(text)));
  }
  return out.join('\n');
}

/** A help epilogue: "Examples:" lines become tagged paragraphs (command, then what it does); the rest prose. */
export function epilogueToRoff(epilogue: string): string {
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) out.push('.PP', safeLine(roffText(prose.join(' '))));
    prose = [];
  };
  for (const line of epilogue.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const example = /^ {2,}(\S.*?)(?: {2,}(\S.*))?$/.exec(line);
    if (example) {
      flush();
      const [, command = '', comment] = example;
      if (comment) out.push('.TP', `\\fB${literal(command)}\\fR`, safeLine(roffText(comment)));
      else out.push('.TP', `\\fB${literal(command)}\\fR`);
      continue;
    }
    if (/^[A-Z][\w ]*:$/.test(line.trim())) {
      flush();
      out.push('.PP', `\\fI${roffText(line.trim())}\\fR`);
      continue;
    }
    prose.push(line.trim());
  }
  flush();
  return out.join('\n');
}

function optionsToRoff(options: ManOption[]): string {
  return options.map((o) => `.TP\n\\fB${literal(o.flags)}\\fR\n${safeLine(roffText(o.description))}`).join('\n');
}

export function renderManPage(page: ManPage): string {
  const upper = page.name.toUpperCase();
  const parts = [
    `.\\" ${page.name}(1): generated from the program's help and README.md by scripts/generate-man.ts; do not edit.`,
    `.TH ${upper} 1 "" "${page.name} ${page.version}" "User Commands"`,
    // Codes and names must not be hyphenated or stretched: left-aligned, no hyphenation.
    '.nh',
    '.ad l',
    '.SH NAME',
    `${page.name} \\- ${roffText(page.summary)}`,
    '.SH SYNOPSIS',
    page.synopsis.map((s) => `.B ${literal(s)}`).join('\n.br\n'),
    '.SH DESCRIPTION',
    markdownToRoff(page.description),
    '.SH OPTIONS',
    '.PP',
    'Every command takes these options, before or after its arguments.',
    optionsToRoff(page.globalOptions),
    ...(page.programOptions.length > 0 ? ['.PP', 'These come before any command:', optionsToRoff(page.programOptions)] : []),
    '.SH COMMANDS',
  ];
  for (const command of page.commands) {
    parts.push(`.SS "${literal(command.synopsis).replace(/"/g, '\\(dq')}"`, '.PP', safeLine(roffText(command.summary)));
    if (command.readme.trim() !== '') parts.push(markdownToRoff(command.readme));
    if (command.options.length > 0) parts.push('.PP', '\\fIOptions:\\fR', optionsToRoff(command.options));
    if (command.epilogue.trim() !== '') parts.push(epilogueToRoff(command.epilogue));
  }
  if (page.epilogue.trim() !== '') parts.push('.SH EXAMPLES', epilogueToRoff(page.epilogue));
  for (const section of page.sections) parts.push(`.SH ${roffText(section.title.toUpperCase())}`, markdownToRoff(section.markdown));
  return `${parts.filter((p) => p !== '').join('\n')}\n`;
}
