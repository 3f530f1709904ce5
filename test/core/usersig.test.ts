// UserSig decoding, verification and diagnosis, checked against an independently computed vector.
import { createHmac } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeUserSig, diagnoseUserSig, generateUserSig, verifySignature, type UserSig } from '../../src/core/usersig.js';

const KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const NOW = new Date('2026-11-25T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

/** Builds a sig by hand from the published format, without the code under test. */
function handMadeSig(fields: Record<string, unknown>): string {
  return deflateSync(Buffer.from(JSON.stringify(fields))).toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

function decoded(sig: string): UserSig {
  const result = decodeUserSig(sig);
  if (!result.ok) throw new Error(result.reason);
  return result.userSig;
}

describe('fixed vector', () => {
  const time = 1700000000;
  const expire = 86400 * 180;
  const content = `TLS.identifier:alice\nTLS.sdkappid:1400000000\nTLS.time:${time}\nTLS.expire:${expire}\n`;
  const expectedSig = createHmac('sha256', KEY).update(content).digest('base64');

  it('signs exactly the documented text', () => {
    const sig = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire, time });
    expect(decoded(sig)).toEqual({ version: '2.0', identifier: 'alice', sdkAppId: 1400000000, time, expire, sig: expectedSig });
  });

  it('verifies a sig made by hand from the format description', () => {
    const sig = handMadeSig({ 'TLS.ver': '2.0', 'TLS.identifier': 'alice', 'TLS.sdkappid': 1400000000, 'TLS.expire': expire, 'TLS.time': time, 'TLS.sig': expectedSig });
    expect(verifySignature(decoded(sig), KEY)).toBe(true);
    expect(verifySignature(decoded(sig), `${KEY}x`)).toBe(false);
  });

  it('includes TLS.userbuf in the signed text when present', () => {
    const userbuf = Buffer.from('room-42').toString('base64');
    const withBuf = createHmac('sha256', KEY).update(`${content}TLS.userbuf:${userbuf}\n`).digest('base64');
    const sig = handMadeSig({ 'TLS.ver': '2.0', 'TLS.identifier': 'alice', 'TLS.sdkappid': 1400000000, 'TLS.expire': expire, 'TLS.time': time, 'TLS.userbuf': userbuf, 'TLS.sig': withBuf });
    expect(verifySignature(decoded(sig), KEY)).toBe(true);
  });
});

describe('round trip', () => {
  it('generates, decodes and verifies', () => {
    const sig = generateUserSig({ identifier: 'user_1', sdkAppId: 1600000001, secretKey: KEY, expire: 3600, time: nowSeconds });
    expect(sig).toMatch(/^[A-Za-z0-9*\-_]+$/);
    const d = diagnoseUserSig(decoded(sig), { now: NOW, identifier: 'user_1', sdkAppId: 1600000001, secretKey: KEY });
    expect(d.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['validity']);
  });
});

describe('diagnosis against an injected clock', () => {
  const sig = decoded(generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire: 7 * 86400, time: nowSeconds - 10 * 86400 }));

  it('finds an expired sig and names 70001', () => {
    const d = diagnoseUserSig(sig, { now: NOW });
    expect(d).toMatchObject({ expired: true, secondsLeft: -3 * 86400 });
    expect(d.checks[0]).toMatchObject({ name: 'expiry', ok: false, code: 70001, message: expect.stringContaining('6206') });
  });

  it('flags a sig that expires within 24 hours, without calling it an error', () => {
    const d = diagnoseUserSig(sig, { now: new Date((sig.time + sig.expire - 3600) * 1000) });
    expect(d.expired).toBe(false);
    expect(d.checks.find((c) => c.name === 'validity')).toMatchObject({ ok: false, code: null });
  });

  it.each([
    [{ identifier: 'bob' }, 'identifier', 70013],
    [{ sdkAppId: 1400000001 }, 'sdkappid', 70014],
    [{ secretKey: 'another key' }, 'signature', 70009],
  ])('names the mismatch %j', (options, name, code) => {
    const d = diagnoseUserSig(sig, { now: new Date(sig.time * 1000), ...options });
    expect(d.checks.find((c) => c.name === name)).toMatchObject({ ok: false, code });
  });
});

describe('malformed input', () => {
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['abc$def', /character "\$" \(U\+0024\) at position 4/],
    ['eJw', /cut short/], // a zlib header and nothing after it: the start of a sig
    [Buffer.from('plain text, not zlib').toString('base64'), /not decode to zlib/],
    [handMadeSig({}).replace(/./, (c) => c), /missing or malformed fields TLS.ver, TLS.identifier/],
    [deflateSync(Buffer.from('not json')).toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_'), /not a JSON object/],
    [handMadeSig({ 'TLS.ver': '2.0', 'TLS.identifier': 'a', 'TLS.sdkappid': 'x', 'TLS.time': 1, 'TLS.expire': 1, 'TLS.sig': 's' }), /TLS.sdkappid/],
    ['A'.repeat(1024 * 1024), /far too long/],
  ])('rejects malformed input #%# with a reason', (input, reason) => {
    const result = decodeUserSig(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('a sig pasted with its label', () => {
  const sig = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: 'k', expire: 86400, time: 1700000000 });
  // Copied out of a URL, a log or a JSON body with its key: `userSig=eJ...` said "trailing data after the UserSig
  // (pasted twice?)" and `"userSig":"eJ..."` "character "{" cannot appear".
  it.each([`userSig=${sig}`, `usersig: ${sig}`, `"userSig":"${sig}"`, `{"UserSig": "${sig}"}`, `user_sig=${sig};`, `'userSig': '${sig}',`])('decodes %s', (input) => {
    const result = decodeUserSig(input);
    expect(result.ok, input).toBe(true);
    if (result.ok) expect(result.userSig.identifier).toBe('alice');
  });

  // Out of a URL: the whole address, or the query from the sig's key on, with the parameters after it.
  it.each([`https://example.com/login?userID=alice&userSig=${sig}&sdkAppID=1400000000#top`, `https://example.com/?usersig=${sig}`, `userSig=${sig}&userID=alice`])('decodes the sig in the URL %s', (input) => {
    const result = decodeUserSig(input);
    expect(result.ok, input).toBe(true);
    if (result.ok) expect(result.userSig.identifier).toBe('alice');
  });

  it('decodes a sig whose * a URL encoder escaped (%2A), as Python, PHP and Go write it', () => {
    // "character "%" cannot appear in a UserSig", exit 2, for a sig out of a URL that urlencode built.
    const starred = Array.from({ length: 64 }, (_, i) => generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: KEY, expire: 86400, time: 1_700_000_000 + i })).find((s) => s.includes('*')) ?? '';
    const escaped = starred.replace(/\*/g, '%2A');
    expect(escaped).toContain('%2A');
    for (const input of [escaped, `https://example.com/login?userID=alice&userSig=${escaped}`, `userSig=${escaped.replace(/%2A/g, '%2a')}&userID=alice`]) {
      const result = decodeUserSig(input);
      expect(result.ok, input).toBe(true);
      if (result.ok) expect(result.userSig.identifier).toBe('alice');
    }
  });

  // A whole object pasted or piped: `usersig generate --json | chaterr usersig -` was 'character "{" (U+007B) at
  // position 1 cannot appear', as was a request body whose userSig is not its first field; with the sig first and
  // fields after it, 'character """ at position 189'.
  it.each([
    JSON.stringify({ schemaVersion: 1, userSig: sig, identifier: 'alice', sdkAppId: 1400000000 }, null, 2),
    `{"userID":"alice","userSig":"${sig}","sdkAppID":1400000000}`,
    `{"userSig":"${sig}","userID":"alice"}`,
    `{ userID: 'alice', userSig: '${sig}' }`,
  ])('decodes the sig field of the object %s', (input) => {
    const result = decodeUserSig(input);
    expect(result.ok, input).toBe(true);
    if (result.ok) expect(result.userSig.identifier).toBe('alice');
  });

  it('still rejects a label with no sig, or another key', () => {
    expect(decodeUserSig('https://example.com/?userSig=&userID=alice').ok).toBe(false);
    expect(decodeUserSig('userSig=').ok).toBe(false);
    expect(decodeUserSig(`token=${sig}`).ok).toBe(false);
  });
});
