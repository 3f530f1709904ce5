// Whether a number is shaped like one of Tencent's codes, or like the round and shared numbers every product uses.
import { FOREIGN_FOUR_DIGIT_BLOCKS, GENERIC_OFFSET, GENERIC_ROUND, SHARED_FIRST_CODES, TENCENT_CODE_RANGES } from './grammar.js';

/**
 * Tencent codes have 4 to 6 digits, or are negative with 3 or 5 (-302, -10003); an unknown keyed number must
 * look like one. Negative 4-digit codes belong to others (NSURLError -1001, -1002, -1009).
 */
export function looksLikeTencentCode(code: number): boolean {
  // An index loop: for…of with destructuring cost an iterator per number.
  for (let r = 0; r < TENCENT_CODE_RANGES.length; r++) {
    const range = TENCENT_CODE_RANGES[r] as readonly [number, number];
    if (code >= range[0] && code <= range[1]) return true;
  }
  return false;
}

/**
 * Whether a number of four digits or more is one many products use (see GENERIC_OFFSET and FOREIGN_FOUR_DIGIT_BLOCKS):
 * 1001, 2001, 10004, 3200, and web WeChat's 1101.
 * Digits are counted, not logarithms taken, so that the base is exact: 10000 is its own base, not 9999.9's.
 */
export function looksGeneric(code: number): boolean {
  const value = Math.abs(code);
  // Every three-digit number lies within a hundred of its base: the prior says nothing of Tencent's -302 or -210.
  if (value < 1000) return false;
  if (value % GENERIC_ROUND === 0) return true;
  // A block where Tencent numbers nothing is other products' (web WeChat's Ret 1101): see FOREIGN_FOUR_DIGIT_BLOCKS.
  for (let b = 0; b < FOREIGN_FOUR_DIGIT_BLOCKS.length; b++) {
    const block = FOREIGN_FOUR_DIGIT_BLOCKS[b] as readonly [number, number];
    if (code >= block[0] && code <= block[1]) return true;
  }
  let base = 1;
  while (base * 10 <= value) base *= 10;
  return value % base < GENERIC_OFFSET;
}

/** One of the codes every product's table opens with (SHARED_FIRST_CODES). */
export const isSharedFirstCode = (code: number) => code >= SHARED_FIRST_CODES[0] && code <= SHARED_FIRST_CODES[1];

/**
 * Years a text may date itself with (a copyright's 1998-2003, a build's 2024): the Web SDK's 2000 to 2003 and 2022 to
 * 2025 lie among them, so such a number standing alone counts as a code only where the line is about failure or the
 * words after it repeat the catalogue's.
 */
export const isYearShaped = (code: number) => code >= 1970 && code <= 2039;
