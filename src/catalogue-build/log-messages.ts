// Reads data/log-messages.tsv: Tencent's own error strings as SDKs and the server return them, by reading, for cards and search.
import { codeKey } from '../core/code-key.js';
import { messageForm } from '../core/search-index.js';
import { canonical } from '../core/search-text.js';
import type { Entry } from '../core/types.js';
import type { ProblemList } from './problems.js';
import { forEachTsvRow, READING_CELL, URL_CELL } from './tsv-cells.js';

export const LOG_MESSAGES_FILE = 'data/log-messages.tsv';

/** A message shorter than this says too little to point at one reading; longer ones are cut by whoever logged them. */
const MIN_MESSAGE_CHARS = 3;
const MAX_MESSAGE_CHARS = 120;
// C0, DEL and C1: a message is shown on cards and must never carry a terminal control. Nor the characters a copy from
// a web page brings along unseen: line separators and bidirectional overrides break or reorder what a card shows (the
// card escapes them into visible \u202e noise), and zero-width ones and the BOM split a word for search unseen.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/**
 * The messages of each reading ("source:code" -> messages, in file order). Every problem is reported with its line:
 * a reading the catalogue lacks, a message out of bounds, a message given to two readings (it would point two ways),
 * a source that is no URL. A message repeated for the same reading (a second source for it) is only noted.
 */
export function parseLogMessages(text: string, entries: readonly Entry[], problems: ProblemList, file = LOG_MESSAGES_FILE): Map<string, string[]> {
  const readings = new Set(entries.map(codeKey));
  const out = new Map<string, string[]>();
  const owner = new Map<string, { reading: string; line: number }>();
  forEachTsvRow(text, file, problems, ['reading', 'message', 'source URL'], (cells, line) => {
    const [reading, message, source] = cells as [string, string, string];
    const match = READING_CELL.exec(reading);
    if (!match) {
      problems.add(file, line, `"${reading}" is not a reading (sdk|server|web|sdk-v3:code)`);
      return;
    }
    const key = `${match[1]}:${Number(match[2])}`;
    if (!readings.has(key)) problems.add(file, line, `the catalogue has no reading ${key}`);
    if (message.length < MIN_MESSAGE_CHARS || message.length > MAX_MESSAGE_CHARS) {
      problems.add(file, line, `a message is ${MIN_MESSAGE_CHARS} to ${MAX_MESSAGE_CHARS} characters (this one is ${message.length})`);
    }
    if (CONTROL.test(message)) problems.add(file, line, 'the message holds a control character');
    if (canonical(message) === '') problems.add(file, line, 'the message has no words');
    if (!URL_CELL.test(source)) problems.add(file, line, `"${source}" is not a source URL`);
    // Compared as search compares them: two strings that differ only in case or in spacing around Chinese are one.
    const norm = messageForm(message);
    const seen = owner.get(norm);
    if (seen && seen.reading !== key) problems.add(file, line, `"${message}" is already ${seen.reading}'s (line ${seen.line}): a message points at one reading`);
    else if (seen) problems.notice(file, line, `"${message}" repeats line ${seen.line} (another source for it)`);
    else owner.set(norm, { reading: key, line });
    if (!seen) {
      const list = out.get(key) ?? [];
      list.push(message);
      out.set(key, list);
    }
  });
  return out;
}
