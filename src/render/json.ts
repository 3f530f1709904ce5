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
  descriptionZh: string;
  descriptionZhFrom: Entry['descriptionZhFrom'];
  links: Entry['links'];
  class: Entry['class'];
  advice: string;
  adviceZh: string;
  adviceFrom: Entry['adviceFrom'];
  causes: string[];
  causesZh: string[];
  adviceSources: Entry['adviceSources'];
  current?: boolean;
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
    descriptionZh: entry.descriptionZh,
    descriptionZhFrom: entry.descriptionZhFrom,
    links: entry.links.map((l) => ({ text: l.text, url: l.url })),
    class: entry.class,
    advice: entry.advice,
    adviceZh: entry.adviceZh,
    adviceFrom: entry.adviceFrom,
    causes: [...entry.causes],
    causesZh: [...entry.causesZh],
    adviceSources: entry.adviceSources.map((l) => ({ text: l.text, url: l.url })),
    related: entry.related.map((r) => ({ code: r.code, source: r.source })),
    documented: entry.documented,
  };
  if (entry.current !== undefined) reading.current = entry.current;
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

export function toJsonLine(document: object): string {
  return `${JSON.stringify(document)}\n`;
}
