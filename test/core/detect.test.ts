// The detector finds codes in real log shapes and never flags timestamps, ids, versions, ports or other libraries' codes.
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../../src/core/catalogue.js';
import { findCodesInLine, type ScanMode } from '../../src/core/scan/detect.js';
import { NEGATIVES, POSITIVES } from '../helpers/log-lines.js';

const catalogue = getCatalogue();
const isKnown = (code: number) => catalogue.isKnown(code);
const codesIn = (line: string, mode: ScanMode = 'default') => findCodesInLine(line, isKnown, mode).map((f) => f.code);

describe('findCodesInLine (default mode)', () => {
  it.each(POSITIVES)('finds the codes in %j', (line, expected) => {
    expect(codesIn(line)).toEqual(expected);
  });

  it.each(NEGATIVES.map((l) => [l]))('reports nothing in %j', (line) => {
    expect(codesIn(line)).toEqual([]);
  });

  it('reports column and matched text', () => {
    expect(findCodesInLine('login failed|code:6206|desc', isKnown)).toEqual([{ code: 6206, column: 14, match: 'code:6206' }]);
    expect(findCodesInLine('错误码 20003', isKnown)[0]).toEqual({ code: 20003, column: 1, match: '错误码 20003' });
    expect(findCodesInLine('{"ActionStatus":"FAIL","ErrorCode":90003}', isKnown)[0]).toEqual({ code: 90003, column: 24, match: '"ErrorCode":90003' });
  });
});

describe('modes', () => {
  it('--strict takes keyed codes only', () => {
    expect(codesIn('send message failed with 6013', 'strict')).toEqual([]);
    expect(codesIn('login failed code:6206', 'strict')).toEqual([6206]);
    expect(codesIn('PlatformException(6206, x)', 'strict')).toEqual([6206]);
  });

  it('--loose takes every standalone known code, even without failure words', () => {
    expect(codesIn('delivered 6206 to peer')).toEqual([]);
    expect(codesIn('delivered 6206 to peer', 'loose')).toEqual([6206]);
    expect(codesIn('2020-01-21 09:55:35.297 [22008-22113] v4.3.81', 'loose')).toEqual([]);
  });
});
