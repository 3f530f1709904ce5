// The one "source:code" key (server:70001): how data files, indexes and cards name one reading.
import type { CodeRef } from './types.js';

export function codeKey(ref: CodeRef): string {
  return `${ref.source}:${ref.code}`;
}
