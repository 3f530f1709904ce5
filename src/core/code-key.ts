// The one "source:code" key (server:70001): how data files, indexes and cards name one reading.
import type { CodeRef } from './types.js';

export function codeKey(ref: CodeRef): string {
  return `${ref.source}:${ref.code}`;
}

/** The source and code back out of a key made by codeKey. */
export function splitCodeKey(key: string): CodeRef {
  const colon = key.lastIndexOf(':');
  return { source: key.slice(0, colon) as CodeRef['source'], code: Number(key.slice(colon + 1)) };
}
