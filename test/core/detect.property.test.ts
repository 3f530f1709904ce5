// Properties of the detector over generated log lines: keyed codes are always found (coloured or not, and passed by the prefilter), embedded numbers never are, nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { findCodesInLine, type ScanMode } from '../../src/core/scan/detect.js';
import { SHARED_FIRST_CODES } from '../../src/core/scan/grammar.js';
import { LinePrefilter } from '../../src/core/scan/line-prefilter.js';
import { LogScanner } from '../../src/core/scan/log-scanner.js';

const catalogue = getCatalogue();
const isKnown = (code: number) => catalogue.isKnown(code);
const knownCodes = catalogue.codes.filter((c) => c !== 0);
const knownCode = fc.constantFrom(...knownCodes);
const mode = fc.constantFrom<ScanMode>('default', 'strict', 'loose');
const prefilters = { default: new LinePrefilter('default', catalogue.known), strict: new LinePrefilter('strict', catalogue.known), loose: new LinePrefilter('loose', catalogue.known) };

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const timestamp = fc
  .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 999 }))
  .map(([y, mo, d, h, mi, s, ms]) => `${y}-${pad(mo, 2)}-${pad(d, 2)} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}`);
const version = fc.tuple(knownCode, knownCode, fc.nat(99)).map(([a, b, c]) => `${Math.abs(a)}.${Math.abs(b)}.${c}`);
const pidTid = fc.tuple(knownCode, knownCode).map(([a, b]) => `[${Math.abs(a)}-${Math.abs(b)}]`);
const sourceLine = fc.tuple(fc.constantFrom('TIMManager', 'IMCore', 'conv'), knownCode).map(([f, n]) => `${f}.cpp.${Math.abs(n)}`);
const keyedOther = fc.tuple(fc.constantFrom('seq', 'size', 'appSeq', 'msgSeq', 'pid', 'port'), fc.constantFrom(':', '=', ': '), knownCode).map(([k, s, n]) => `${k}${s}${Math.abs(n)}`);
const hexId = fc.tuple(knownCode, fc.nat()).map(([n, r]) => `0x${r.toString(16)}${Math.abs(n)}`);
const hostPort = fc.tuple(fc.nat(255), fc.nat(255), knownCode).map(([a, b, n]) => `10.${a}.${b}.1:${Math.abs(n)}`);
const sdkAppId = fc.integer({ min: 1400000000, max: 1600000000 }).map(String);
const logcatPrefix = fc
  .tuple(fc.constantFrom('E', 'W', 'I'), knownCode, knownCode, fc.constantFrom(0, 1, 2))
  .map(([level, pid, tid, shape]) =>
    shape === 0
      ? `11-25 10:00:01.123  ${Math.abs(pid)}  ${Math.abs(tid)} ${level} TIMManager:`
      : shape === 1
        ? `${level}/imsdk( ${Math.abs(pid)}):`
        : `${level}/flutter (${Math.abs(pid)}):`,
  );
const embedded = fc.oneof(timestamp, version, pidTid, sourceLine, keyedOther, hexId, hostPort, sdkAppId, logcatPrefix);

const word = fc.constantFrom('send', 'message', 'user_42', 'conv', 'group', '收到消息', 'TIMManager', 'ok', '->', '|', 'sync', 'login', 'onRecv');
const noise = fc.array(fc.oneof(word, timestamp, version, pidTid, sourceLine), { maxLength: 6 }).map((parts) => parts.join(' '));
const keyedShape = fc.constantFrom('code:', 'code=', 'code: ', 'errCode: ', '"ErrorCode":', 'error_code:', 'errid=', '错误码 ', '错误码', 'code：', '|code:');

describe('detector properties', () => {
  it('finds a known code put in a keyed position inside random log noise', () => {
    fc.assert(
      fc.property(noise, keyedShape, knownCode, noise, mode, (before, key, code, after, m) => {
        // The codes every product's table opens with count only on a line that names Tencent (SHARED_FIRST_CODES).
        const shared = code >= SHARED_FIRST_CODES[0] && code <= SHARED_FIRST_CODES[1];
        const prefix = `${shared ? 'TIM: ' : ''}${before === '' ? '' : `${before} `}`;
        const line = `${prefix}${key}${code} ${after}`;
        const findings = findCodesInLine(line, isKnown, m);
        expect(findings.map((f) => f.code)).toContain(code);
        const found = findings.find((f) => f.code === code);
        expect(line.slice((found?.column ?? 0) - 1)).toMatch(new RegExp(`^[^\\d-]*${code}`));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a known code in a keyed position with colour sequences around it, and the prefilter passes its line', () => {
    const colour = fc.constantFrom('', '\x1b[31m', '\x1b[0m', '\x1b[1;32m', '\x1b[m');
    fc.assert(
      fc.property(colour, noise, keyedShape, colour, knownCode, colour, mode, (lead, before, key, between, code, after, m) => {
        const shared = code >= SHARED_FIRST_CODES[0] && code <= SHARED_FIRST_CODES[1];
        // The sequence between key and code is followed by a space: one glued to the number stays as it is.
        const line = `${lead}${shared ? 'TIM: ' : ''}${before === '' ? '' : `${before} `}${key}${between}${between === '' ? '' : ' '}${code}${after} done`;
        const findings = findCodesInLine(line, isKnown, m, catalogue.known);
        expect(findings.map((f) => f.code)).toContain(code);
        expect(prefilters[m].candidates(Buffer.from(line)).starts).toContain(0);
      }),
      { numRuns: 400 },
    );
  });

  it('reports no number that is part of a timestamp, version, id, port or another key', () => {
    fc.assert(
      fc.property(fc.array(embedded, { minLength: 1, maxLength: 6 }), fc.constantFrom('error', 'failed', '失败', 'timeout', 'exception'), mode, (parts, failureWord, m) => {
        const line = `${failureWord} ${parts.join(' ')}`;
        expect(findCodesInLine(line, isKnown, m)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  // Generating binary strings is most of this test's time; on a loaded machine it needs more than the default 5 s.
  it('never throws on arbitrary text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), mode, (line, m) => {
        expect(() => findCodesInLine(line, isKnown, m)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary bytes in arbitrary chunks, and counts every line', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 8 }), mode, fc.integer({ min: 16, max: 64 }), (chunks, m, maxLineBytes) => {
        const scanner = new LogScanner({ mode: m, known: catalogue.known, passThrough: true, maxLineBytes });
        const out: Buffer[] = [];
        for (const chunk of chunks) for (const s of scanner.push(Buffer.from(chunk))) if (s.kind === 'bytes') out.push(s.data);
        for (const s of scanner.end()) if (s.kind === 'bytes') out.push(s.data);
        const input = Buffer.concat(chunks.map((c) => Buffer.from(c)));
        expect(Buffer.concat(out).equals(input)).toBe(true);
        // Lines end at LF, CRLF or a lone CR.
        const lineEnds = input.filter((b, i) => b === 10 || (b === 13 && input[i + 1] !== 10)).length;
        const last = input[input.length - 1];
        const unterminated = input.length > 0 && last !== 10 && last !== 13 ? 1 : 0;
        expect(scanner.lineCount).toBe(lineEnds + unterminated);
      }),
      { numRuns: 300 },
    );
  });
});
