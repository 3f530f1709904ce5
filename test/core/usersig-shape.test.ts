// Which words have a UserSig's shape: a sig pasted where a code belongs is pointed at usersig, and nothing else is.
import { describe, expect, it } from 'vitest';
import { generateUserSig } from '../../src/core/usersig.js';
import { holdsSecretKey, looksLikeSecretKey, looksLikeUserSig, withoutSecretKeys, withoutUserSigs } from '../../src/core/usersig-shape.js';

const real = generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: 'k', expire: 86400, time: 1_800_000_000 });

describe('looksLikeUserSig', () => {
  it.each([
    ['a sig TLSSigAPIv2 makes', real, true],
    ['the same with spaces around it', ` ${real}\n`, true],
    ['the same in quotes', `"${real}"`, true],
    ['the same with a comma after it', `${real},`, true],
    ['the same after its key', `userSig=${real}`, true],
    ['the same as a JSON member', `"UserSig":"${real}",`, true],
    ['the same with a full stop in Chinese', `${real}\u3002`, true],
    // Half of the brackets it was copied with, as explain reads a code in them: "not an error code", no word of usersig.
    ['the same after half of a call', `("${real}",`, true],
    ['the same before its closing bracket', `${real})`, true],
    ['the same in corner brackets', `「${real}」`, true],
    ['the same in full-width brackets', `（${real}）`, true],
    ['a code', '70001', false],
    ['a constant name', 'ERR_USER_SIG_EXPIRED', false],
    ['words', 'usersig expired', false],
    ['a short word starting eJ', 'eJwrSS0uAQAEXQHB', false],
    ['a long word not starting eJ', `x${real.slice(1)}`, false],
    ['a sig with a space inside', `${real.slice(0, 50)} ${real.slice(50)}`, false],
  ])('%s: %s', (_what, word, expected) => {
    expect(looksLikeUserSig(word)).toBe(expected);
  });
});

describe('looksLikeSecretKey', () => {
  it('reads a crafted word in linear time', () => {
    // The key's marks are optional runs of their own, none a hex digit: a 100 KB word is no slower than a short one.
    const started = performance.now();
    for (const word of [`${'a'.repeat(100_000)}=`, `--${'a-'.repeat(50_000)}`, `\`${'f'.repeat(100_000)}\``, `x: ${' '.repeat(100_000)}`]) {
      expect(looksLikeSecretKey(word)).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('holdsSecretKey and withoutSecretKeys', () => {
  const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
  it.each([
    ['a key one digit short', key.slice(1)],
    ['a key one digit long', `${key}0`],
    ['a key pasted twice', `${key}${key}`],
    ['a key in quotes inside quotes, as --user shows it', JSON.stringify(`"${key}"`)],
    ['a key inside a path', `/tmp/${key}.txt`],
    ['a key after a letter', `k${key}`],
  ])('hides %s', (_what, text) => {
    // Each was echoed whole: 63 of a key's 64 digits leave 16 guesses.
    expect(holdsSecretKey(text)).toBe(true);
    expect(withoutSecretKeys(text)).not.toContain(key.slice(8, 48));
    expect(withoutSecretKeys(text)).toContain('(a secret key, not shown)');
  });
  it.each([
    ['a SHA-1 commit id', '3ba5da9c0f1e2d3c4b5a69788796a5b4c3d2e1f0'],
    ['a long decimal number', '1'.repeat(50)],
    ['a long word of one letter', 'a'.repeat(3000)],
    ['a code', '70001'],
    ['a constant name', 'ERR_SVR_ACCOUNT_USERSIG_EXPIRED'],
  ])('leaves %s', (_what, text) => {
    expect(holdsSecretKey(text)).toBe(false);
    expect(withoutSecretKeys(text)).toBe(text);
  });
  it('reads a crafted word in linear time', () => {
    const started = performance.now();
    for (const word of ['1'.repeat(200_000), `${'1'.repeat(40)}g`.repeat(5_000), 'a'.repeat(40).concat('-').repeat(5_000)]) holdsSecretKey(word);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('a sig out of a URL, its * escaped as %2A', () => {
  it('is a sig, and hidden whole inside a longer word', () => {
    // The sig's run stopped at %2A: explain echoed the tail after it, "(a UserSig, not shown)%2AlREJnrlh…".
    const starred = Array.from({ length: 64 }, (_, i) => generateUserSig({ identifier: 'alice', sdkAppId: 1400000000, secretKey: 'k', expire: 86400, time: 1_800_000_000 + i })).find((s) => s.includes('*')) ?? '';
    const escaped = starred.replace(/\*/g, '%2A');
    expect(escaped).toContain('%2A');
    expect(looksLikeUserSig(escaped)).toBe(true);
    expect(looksLikeUserSig(`userSig=${escaped},`)).toBe(true);
    expect(withoutUserSigs(`https://example.com/?userSig=${escaped}&userID=alice`)).toBe('https://example.com/?userSig=(a UserSig, not shown)&userID=alice');
  });
});
