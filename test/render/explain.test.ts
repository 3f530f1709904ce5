// Explain cards and problem lines with colour off: the text a user reads.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/explain.js';
import { renderExplainCards, renderExplainProblems } from '../../src/render/explain.js';
import { shortCategoryTitle } from '../../src/render/labels.js';

const ctx = { chalk: new Chalk({ level: 0 }), width: 80 };

describe('renderExplainCards', () => {
  it('renders a full card', () => {
    expect(renderExplainCards(explain('8001'), ctx)).toBe(
      [
        '8001  ERR_SDK_MSG_BODY_SIZE_LIMIT',
        'Chat SDK · Message',
        'The message length exceeds the limit of 12 KB. The length of a message is the',
        'sum of the lengths of all elements in the message, and the length of an element',
        'is the sum of the lengths of all fields of the element.',
        'What to do  [limit] A frequency, size or count limit was hit: slow down, batch,',
        '            or reduce the payload.',
        'Related     server:80002, server:90055, server:93000, sdk:9522',
        'Docs        Error Codes (English):',
        '            https://www.tencentcloud.com/document/product/1047/34348',
        'Docs        错误码 (中文): https://cloud.tencent.com/document/product/269/1671',
        '',
      ].join('\n'),
    );
  });

  it('shows links, the range and the undocumented note', () => {
    expect(renderExplainCards(explain('6206'), ctx)).toMatch(/Docs {8}Generating UserSig:\s+https:\/\/intl\.cloud\.tencent\.com\/document\/product\/1047\/34385/);
    expect(renderExplainCards(explain('125000'), ctx)).toContain('Range       any code from 120001 to 130000 (125000 is inside it)');
    expect(renderExplainCards(explain('23001'), ctx)).toContain('Note        Not on the Error Codes page');
  });

  it('prints nothing for unknown codes (they go to stderr)', () => {
    expect(renderExplainCards(explain('99999'), ctx)).toBe('');
  });

  it('escapes control characters echoed from user input', () => {
    expect(renderExplainProblems(explain('\x1b[31mword'))).not.toContain('\x1b');
  });
});

describe('shortCategoryTitle', () => {
  it.each([
    ['Account error codes', 'Account'],
    ['Error codes for recent contacts', 'Recent contacts'],
    ['Web SDK login errors', 'Login'],
    ['Web SDK state errors', 'State'],
  ])('%j -> %j', (title, short) => {
    expect(shortCategoryTitle(title)).toBe(short);
  });
});
