// Turns a native constant name into readable words for codes the page does not describe.
import { NAME_ABBREVIATIONS } from '../core/abbreviations.js';

const AREA_PREFIX = /^ERR_(SVR_|SDK_)?(SSO|COMM|ACCOUNT|PROFILE|FRIENDSHIP|CONV|MSG|GROUP|RES|NET)?_?/;

export function humanizeConstant(name: string): string {
  const words = name
    .replace(AREA_PREFIX, '')
    .split('_')
    .filter(Boolean)
    .map((w) => NAME_ABBREVIATIONS[w] ?? w.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
