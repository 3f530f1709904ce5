// The widest line of an output in terminal columns (CJK counts two): what every width test measures.
import { displayWidth } from '../../src/render/text.js';

/** A line that is one URL alone: never cut (the terminal wraps it), so that it still opens and pastes whole. */
const loneUrl = (line: string): boolean => /^https?:\/\/\S+$/.test(line.replace(/\x1b\[[0-9;]*m/g, ''));

export const widestLine = (text: string): number => text.split('\n').reduce((widest, line) => (loneUrl(line) ? widest : Math.max(widest, displayWidth(line))), 0);
