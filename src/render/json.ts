// The versioned --json contract (schemaVersion 1, documented in the README): one builder per document shape.
import type { ExplainResult } from '../core/explain.js';
import type { SearchHit } from '../core/search.js';
import type { CategoryInfo, Entry } from '../core/types.js';

export const SCHEMA_VERSION = 1;

export interface Reading {
  code: number;
  source: Entry['source'];
  category: string;
  categoryTitle: string;
  names: string[];
  description: string;
  links: Entry['links'];
  class: Entry['class'];
  related: Entry['related'];
  documented: boolean;
  range?: [number, number];
}

/** Fixed key order, so the output diffs cleanly across versions. */
export function toReading(entry: Entry): Reading {
  const reading: Reading = {
    code: entry.code,
    source: entry.source,
    category: entry.category,
    categoryTitle: entry.categoryTitle,
    names: [...entry.names],
    description: entry.description,
    links: entry.links.map((l) => ({ text: l.text, url: l.url })),
    class: entry.class,
    related: entry.related.map((r) => ({ code: r.code, source: r.source })),
    documented: entry.documented,
  };
  if (entry.range) reading.range = [entry.range[0], entry.range[1]];
  return reading;
}

export function explainDocument(results: ExplainResult[]): object {
  return {
    schemaVersion: SCHEMA_VERSION,
    results: results.map((r) => {
      const item: Record<string, unknown> = { query: r.query, found: r.found, readings: r.readings.map(toReading) };
      if (r.error) item.error = r.error;
      if (r.suggestions) item.suggestions = r.suggestions;
      return item;
    }),
  };
}

export function searchDocument(query: string, hits: SearchHit[]): object {
  return { schemaVersion: SCHEMA_VERSION, query, results: hits.map((h) => ({ ...toReading(h.entry), score: h.score })) };
}

export function categoriesDocument(categories: CategoryInfo[]): object {
  return {
    schemaVersion: SCHEMA_VERSION,
    categories: categories.map((c) => ({ source: c.source, category: c.category, title: c.title, count: c.count, min: c.min, max: c.max })),
  };
}

export function entriesDocument(entries: Entry[]): object {
  return { schemaVersion: SCHEMA_VERSION, entries: entries.map(toReading) };
}

/** JSON.stringify leaves DEL, the C1 controls and the JavaScript line separators raw; a terminal would act on them. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

export function toJsonLine(document: object): string {
  const text = JSON.stringify(document).replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}

/** What `--json` prints on stdout when a command fails before it could print its own document. */
export function errorDocument(message: string, exitCode: number): object {
  return { schemaVersion: SCHEMA_VERSION, error: { message, exitCode } };
}
