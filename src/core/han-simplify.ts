// Reads a Traditional Chinese query as Simplified, character by character, since every text search holds is Simplified.
import { HAN_SIMPLIFIED, HAN_TRADITIONAL } from './han-map.generated.js';
import { hasHan, isHanCode } from './han-script.js';

/** CJK Compatibility Ideographs: NFKC makes each a unified character, which may be a Traditional one (U+F900 becomes 豈, U+8C48). */
const COMPATIBILITY = /^[\uF900-\uFAFF]$/;

function simplifyChar(char: string): string {
  const unified = COMPATIBILITY.test(char) ? char.normalize('NFKC') : char;
  const at = HAN_TRADITIONAL.indexOf(unified);
  return at < 0 ? unified : HAN_SIMPLIFIED.charAt(at);
}

/**
 * The text with each Traditional character that search can use replaced by its Simplified form (OpenCC's first,
 * most common one: 後 -> 后, 發 -> 发), everything else left as it is: Latin words, digits, full-width forms
 * (canonical() turns those into ASCII later) and the Simplified characters the map leaves alone, so a Simplified or
 * English query searches exactly as before. Character by character, not phrase by phrase: a query is a few words,
 * and a character whose forms differ by phrase (乾燥 / 乾隆) rarely matters to an error code.
 */
export function simplifyHan(text: string): string {
  // Han characters only (a surrogate pair counts as one, and is never in the map, which is all one-unit characters).
  if (!hasHan(text)) return text;
  let out = '';
  for (const char of text) out += isHanCode(char.codePointAt(0) as number) ? simplifyChar(char) : char;
  return out;
}
