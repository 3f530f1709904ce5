// Users paste the error string their SDK or the server returned: a query holding one of Tencent's strings finds its code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_MESSAGES_FILE, parseLogMessages } from '../../src/catalogue-build/log-messages.js';
import { ProblemList } from '../../src/catalogue-build/problems.js';
import { getCatalogue } from '../../src/core/catalogue.js';
import { holdsMessage, isMessagePhrase, messageForm } from '../../src/core/search-index.js';
import { getSearchIndex } from '../../src/core/search-rank.js';
import { SCORE } from '../../src/core/search-rank.js';
import { searchCatalogue } from '../../src/core/search.js';
import { canonical } from '../../src/core/search-text.js';

const ROOT = join(import.meta.dirname, '..', '..');
const key = (h: { entry: { source: string; code: number } }) => `${h.entry.source}:${h.entry.code}`;

describe('holdsMessage', () => {
  it.each([
    ['login failed last request is running', 'last request is running', true],
    ['last request is running', 'last request is running', true],
    // Latin words match whole: "requests" is not "request".
    ['two requests timeout', 'request timeout', false],
    ['rerequest timeout', 'request timeout', false],
    ['request timeouts', 'request timeout', false],
    // Chinese runs straight on into the next word.
    ['发消息报找不到群组了', '找不到群组', true],
    ['报错 group not found 找不到', 'group not found', true],
    ['groupnot found', 'group not found', false],
    // Canonical forms: case, punctuation and plurals fold away.
    [canonical('Login: OUT OF FREQUENCY LIMIT!!'), canonical('Out of frequency limit.'), true],
  ])('%j holds %j: %s', (query, phrase, expected) => {
    expect(holdsMessage(query, phrase)).toBe(expected);
  });
});

describe('search by a pasted error string', () => {
  const problems = new ProblemList();
  // The strings the index found specific enough to name their reading.
  const phrases = new Set(getSearchIndex().messages.map(([phrase]) => phrase));
  const rows = [...parseLogMessages(readFileSync(join(ROOT, LOG_MESSAGES_FILE), 'utf8'), getCatalogue().entries, problems)]
    .flatMap(([reading, messages]) => messages.map((message) => [message, reading] as const))
    .filter(([message]) => phrases.has(messageForm(message)));

  it.each(rows)('finds the reading of %j first when it is pasted with words around it', (message, reading) => {
    const hits = searchCatalogue(`sendMessage failed: ${message} (retry later)`, { limit: 5 });
    // A string may hold a shorter string of another reading; both come before anything ranked by words alone.
    const byMessage = hits.filter((h) => h.score >= SCORE.message && h.score < SCORE.prefix).map(key);
    expect(byMessage).toContain(reading);
    expect(key(hits[0]!)).toBe(byMessage[0]);
  });

  // The same string reaches users spaced differently where Chinese meets Latin ("登录时TLS解密失败" in one SDK's log,
  // "登录时 TLS 解密失败" in a doc or a reformatted log) and in other case ("USERID" from a logger that upper-cases).
  const variants = rows.flatMap(([message, reading]) => [
    [message.replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, ''), reading],
    [message.replace(/(?<=\p{Script=Han})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\p{Script=Han})/gu, ' '), reading],
    [message.toUpperCase(), reading],
  ]).filter(([variant], i) => variant !== rows[Math.floor(i / 3)]![0]);

  it.each(variants)('finds the string whatever its spacing between Chinese and Latin, or its case: %j', (variant, reading) => {
    const hit = searchCatalogue(variant, { limit: 1 })[0]!;
    expect(key(hit)).toBe(reading);
    expect(hit.score).toBeLessThan(SCORE.prefix);
  });

  // Word counts in readings' texts, as the index has them: "previous" is rare, "support" and "all" are not.
  const docFreq = (word: string) => ({ previous: 12, login: 181, support: 112, all: 91, group: 202, invalid: 117, id: 291, request: 225, run: 60 })[word] ?? 0;
  it.each([
    ['request timeout', false],
    ['invalid group id', true],
    ['not support @all', false],
    ['not support group', false],
    ['no previous login', true],
    ['last request is running', true],
    ['群不存在', false],
    ['找不到指定的群组', true],
  ])('takes %j as specific enough to name one reading: %s', (message, expected) => {
    expect(isMessagePhrase(canonical(message), docFreq)).toBe(expected);
  });

  it('leaves a string of common words to the ranking, so it cannot take over a sentence that holds it', () => {
    expect(phrases.has(messageForm('not support @all'))).toBe(false);
    expect(searchCatalogue('this group type does not support all members mention', { limit: 3 }).every((h) => h.score >= SCORE.prefix)).toBe(true);
    expect(phrases.has(messageForm('no previous login'))).toBe(true);
  });

  it('ranks a pasted string below an exact or quoted code and above a name prefix', () => {
    const hits = searchCatalogue('Out of frequency limit.', { limit: 3 });
    expect(key(hits[0]!)).toBe('sdk:9506');
    expect(hits[0]!.score).toBeGreaterThan(SCORE.quotedCode);
    expect(hits[0]!.score).toBeLessThan(SCORE.prefix);
    expect(searchCatalogue('9506 Out of frequency limit.', { limit: 1 })[0]!.score).toBe(SCORE.quotedCode);
  });
});
