// The widest line of an output in terminal columns (CJK counts two): what every width test measures.
import { displayWidth } from '../../src/render/text.js';

export const widestLine = (text: string): number => text.split('\n').reduce((widest, line) => Math.max(widest, displayWidth(line)), 0);
