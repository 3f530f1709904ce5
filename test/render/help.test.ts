// Help text wraps to the terminal: two-column lines keep their second column aligned, fitting lines stay as they are.
import { describe, expect, it } from 'vitest';
import { wrapHelpText } from '../../src/render/help.js';
import { run } from '../helpers/fake-io.js';
import { widestLine } from '../helpers/width.js';


describe('wrapHelpText', () => {
  it('leaves lines that fit untouched', () => {
    const text = 'Examples:\n  chaterr explain 70001    what it means\n';
    expect(wrapHelpText(text, 80)).toBe(text);
  });

  it('wraps an example under its second column', () => {
    expect(wrapHelpText('  chaterr list group     both the SDK and the server group tables', 50)).toBe(
      ['  chaterr list group     both the SDK and the', '                         server group tables'].join('\n'),
    );
  });

  it('moves the second column under the first when too little room is left beside it', () => {
    expect(wrapHelpText('  chaterr explain 125000                 any code in the webhook range', 40)).toBe(
      ['  chaterr explain 125000', '      any code in the webhook range'].join('\n'),
    );
  });

  it('reflows a run-on paragraph', () => {
    const text = 'For local testing only. In production, generate UserSigs on your server: a secret key shipped in an\napp or web page can be extracted.';
    const out = wrapHelpText(text, 60);
    expect(widestLine(out)).toBeLessThanOrEqual(60);
    expect(out.replace(/\n/g, ' ')).toBe(text.replace(/\n/g, ' '));
  });
});

describe('help through the program', () => {
  it.each([[[]], [['explain']], [['search']], [['list']], [['scan']], [['usersig']], [['usersig', 'generate']]])('%j --help fits 60 columns', async (args) => {
    const r = await run([...args, '--help'], { env: { COLUMNS: '60' } });
    expect(r.code).toBe(0);
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(60);
  });

  it('caps help near 100 columns on a wide terminal', async () => {
    const r = await run(['usersig', '--help'], { env: { COLUMNS: '300' } });
    expect(widestLine(r.stdout)).toBeLessThanOrEqual(100);
  });
});
