// The loaded catalogue: indexes the generated entries once with Maps for cheap lookups by code, name and category.
import { CATALOGUE_DATA } from './catalogue.generated.js';
import type { KnownCodes } from './scan/detect.js';
import type { CatalogueData, CategoryInfo, Entry, Source } from './types.js';

export class Catalogue {
  readonly entries: readonly Entry[];
  readonly categories: readonly CategoryInfo[];
  private readonly byCode = new Map<number, Entry[]>();
  private readonly byName = new Map<string, Entry>();
  private readonly ranges: Entry[] = [];
  private sortedCodes: number[] | undefined;
  private knownCodes: KnownCodes | undefined;

  constructor(data: CatalogueData) {
    // Callers get these very objects back from every lookup; frozen, no caller can change a later answer.
    this.entries = deepFreeze(data.entries);
    this.categories = deepFreeze(data.categories);
    for (const entry of data.entries) {
      if (entry.range) this.ranges.push(entry);
      const list = this.byCode.get(entry.code);
      if (list) list.push(entry);
      else this.byCode.set(entry.code, [entry]);
      for (const name of entry.names) this.byName.set(name.toUpperCase(), entry);
    }
  }

  /** Every reading of a number: exact entries first, then any range the number falls in. A new array each call. */
  lookupCode(code: number): Entry[] {
    const exact = this.byCode.get(code) ?? [];
    const inRange = this.ranges.filter((e) => e.range && code >= e.range[0] && code <= e.range[1] && e.code !== code);
    return [...exact, ...inRange];
  }

  /** Case-insensitive lookup of a native (ERR_*) or Web constant name. */
  lookupName(name: string): Entry | undefined {
    return this.byName.get(name.toUpperCase());
  }

  get names(): IterableIterator<string> {
    return this.byName.keys();
  }

  /** Distinct codes in ascending order (range rows contribute their lower bound). */
  get codes(): readonly number[] {
    this.sortedCodes ??= [...this.byCode.keys()].sort((a, b) => a - b);
    return this.sortedCodes;
  }

  entriesIn(category: string, source?: Source): Entry[] {
    return this.entries.filter((e) => e.category === category && (!source || e.source === source));
  }

  /** Every known code for the log scanner: single codes and ranges as inclusive spans. */
  get known(): KnownCodes {
    this.knownCodes ??= {
      has: (code) => this.isKnown(code),
      spans: () => [
        ...[...this.byCode.keys()].map((code): [number, number] => [code, code]),
        ...this.ranges.map((e): [number, number] => e.range ?? [e.code, e.code]),
      ],
    };
    return this.knownCodes;
  }

  isKnown(code: number): boolean {
    return this.byCode.has(code) || this.ranges.some((e) => e.range && code >= e.range[0] && code <= e.range[1]);
  }
}

/** Freezes a JSON-shaped value and everything inside it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

let loaded: Catalogue | undefined;

/** The bundled catalogue, indexed on first use. */
export function getCatalogue(): Catalogue {
  loaded ??= new Catalogue(CATALOGUE_DATA);
  return loaded;
}
