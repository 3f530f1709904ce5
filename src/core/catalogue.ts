// The loaded catalogue: indexes the generated readings by code, name and range from a small key table, and parses
// a reading's JSON line only when it is first asked for, so start-up does not pay for the whole catalogue.
import { CATALOGUE_CATEGORIES, CATALOGUE_GUIDANCE, CATALOGUE_KEYS, CATALOGUE_LINES, CATALOGUE_LINKS } from './catalogue.generated.js';
import { TRIAGE_CLASSES } from './classes.js';
import type { KnownCodes } from './scan/detect.js';
import { RowAgreement } from './scan/row-agreement.js';
// A cycle (search-rank reads the catalogue too), safe because neither module uses the other before it is called.
import { getSearchIndex } from './search-rank.js';
import type { CatalogueData, CategoryInfo, Entry, Link, OfficialLinks, Source } from './types.js';

/** Per reading: its code, its names and, on the range row, the last code of the range. */
export type CatalogueKey = [code: number, names: string[], rangeEnd?: number];

/**
 * The generated form: the key table, one JSON line per reading in the same order (without its shared parts), each
 * guidance text once, the official links and the categories.
 */
export interface CatalogueLines {
  keys: readonly CatalogueKey[];
  lines: readonly string[];
  guidance: readonly string[];
  links: OfficialLinks;
  categories: CategoryInfo[];
}

/** A reading as its generated line stores it: the shared parts left out, the guidance as an index. */
type StoredEntry = Omit<Entry, 'advice' | 'adviceZh' | 'causes' | 'causesZh' | 'adviceSources'> & { guidance?: number };

type SharedGuidance = Pick<Entry, 'advice' | 'adviceZh' | 'causes' | 'causesZh' | 'adviceSources'>;

/** Restores what a line leaves out, in the order the build put it: own links first, then the official ones. */
function restore(stored: StoredEntry, guidance: readonly string[], links: OfficialLinks): Entry {
  const { guidance: index, links: own, ...rest } = stored;
  const official = stored.source === 'web' ? [...links.web, ...links.every] : links.every;
  const allLinks: Link[] = [...own, ...official.filter((o) => !own.some((l) => l.url === o.url)).map((l) => ({ ...l }))];
  const cls = TRIAGE_CLASSES[stored.class];
  const shared: SharedGuidance =
    index === undefined
      ? { advice: cls.advice, adviceZh: cls.adviceZh, causes: [], causesZh: [], adviceSources: [] }
      : (JSON.parse(guidance[index] as string) as SharedGuidance);
  return { ...rest, links: allLinks, ...shared };
}

export class Catalogue {
  readonly categories: readonly CategoryInfo[];
  private readonly keys: readonly CatalogueKey[];
  private readonly parsed: Array<Entry | undefined>;
  private readonly lines: readonly string[];
  private readonly guidance: readonly string[];
  private readonly links: OfficialLinks;
  private readonly byCode = new Map<number, number[]>();
  /** Built on the first name lookup: `explain 70001` never needs it. */
  private nameIndex: Map<string, number> | undefined;
  private readonly ranges: number[] = [];
  private all: readonly Entry[] | undefined;
  private sortedCodes: number[] | undefined;
  private knownCodes: KnownCodes | undefined;

  constructor(data: CatalogueData | CatalogueLines) {
    this.categories = deepFreeze(data.categories);
    if ('entries' in data) {
      this.keys = data.entries.map((e): CatalogueKey => (e.range ? [e.code, e.names, e.range[1]] : [e.code, e.names]));
      this.parsed = data.entries.map((e) => deepFreeze(e));
      this.lines = [];
      this.guidance = [];
      this.links = { every: [], web: [] };
    } else {
      this.keys = data.keys;
      this.parsed = new Array<Entry | undefined>(data.keys.length);
      this.lines = data.lines;
      this.guidance = data.guidance;
      this.links = data.links;
    }
    this.keys.forEach(([code, , rangeEnd], i) => {
      if (rangeEnd !== undefined) this.ranges.push(i);
      const list = this.byCode.get(code);
      if (list) list.push(i);
      else this.byCode.set(code, [i]);
    });
  }

  private get byName(): Map<string, number> {
    if (!this.nameIndex) {
      const index = new Map<string, number>();
      this.keys.forEach(([, names], i) => {
        for (const name of names) index.set(name.toUpperCase(), i);
      });
      this.nameIndex = index;
    }
    return this.nameIndex;
  }

  /** Callers get these very objects back from every lookup; frozen, no caller can change a later answer. */
  private entryAt(i: number): Entry {
    let entry = this.parsed[i];
    if (!entry) {
      entry = deepFreeze(restore(JSON.parse(this.lines[i] as string) as StoredEntry, this.guidance, this.links));
      this.parsed[i] = entry;
    }
    return entry;
  }

  private inRange(i: number, code: number): boolean {
    const [low, , high] = this.keys[i] as CatalogueKey;
    return high !== undefined && code >= low && code <= high;
  }

  /** How many readings there are, without parsing any. */
  get size(): number {
    return this.keys.length;
  }

  /** The reading at a position in catalogue order, parsed on first use: search touches only the readings it scores. */
  readingAt(i: number): Entry | undefined {
    return i >= 0 && i < this.keys.length ? this.entryAt(i) : undefined;
  }

  /** Every reading, in catalogue order (parses them all on first use). */
  get entries(): readonly Entry[] {
    this.all ??= Object.freeze(this.keys.map((_, i) => this.entryAt(i)));
    return this.all;
  }

  /** Every reading of a number: exact entries first, then any range the number falls in. A new array each call. */
  lookupCode(code: number): Entry[] {
    const exact = (this.byCode.get(code) ?? []).map((i) => this.entryAt(i));
    const inRange = this.ranges.filter((i) => this.inRange(i, code) && this.keys[i]?.[0] !== code).map((i) => this.entryAt(i));
    return [...exact, ...inRange];
  }

  /** Case-insensitive lookup of a native (ERR_*) or Web constant name, 2.x or 3.x. */
  lookupName(name: string): Entry | undefined {
    const i = this.byName.get(name.toUpperCase());
    return i === undefined ? undefined : this.entryAt(i);
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
      hasName: (name) => this.byName.has(name.toUpperCase()),
      codeOfName: (name) => {
        const i = this.byName.get(name);
        const code = i === undefined ? undefined : (this.keys[i] as CatalogueKey)[0];
        return code === 0 ? undefined : code;
      },
      // Reads the search index built for this catalogue (every reading's words) on the first table row a scan meets.
      rows: new RowAgreement(() => getSearchIndex(this)),
      mentions: (code, word) => this.mentions(code, word),
      onlyInRange: (code) => this.isKnown(code) && !(this.byCode.get(code) ?? []).some((i) => (this.keys[i] as CatalogueKey)[2] === undefined),
      spans: () => [
        ...[...this.byCode.keys()].map((code): [number, number] => [code, code]),
        ...this.ranges.map((i): [number, number] => {
          const [low, , high] = this.keys[i] as CatalogueKey;
          return [low, high ?? low];
        }),
      ],
    };
    return this.knownCodes;
  }

  /** Whether a reading of the code says the word in its description, causes or advice, ignoring case and underscores. */
  mentions(code: number, word: string): boolean {
    const wanted = word.toLowerCase().replaceAll('_', '');
    const says = (text: string) => text.toLowerCase().replaceAll('_', '').includes(wanted);
    return this.lookupCode(code).some((e) => [e.description, e.descriptionZh, e.advice, e.adviceZh, ...e.causes, ...e.causesZh].some(says));
  }

  isKnown(code: number): boolean {
    if (this.byCode.has(code)) return true;
    for (const i of this.ranges) if (this.inRange(i, code)) return true;
    return false;
  }
}

/** Freezes a JSON-shaped value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

let loaded: Catalogue | undefined;

/** The bundled catalogue, indexed on first use. */
export function getCatalogue(): Catalogue {
  loaded ??= new Catalogue({
    keys: CATALOGUE_KEYS,
    lines: CATALOGUE_LINES,
    guidance: CATALOGUE_GUIDANCE,
    links: CATALOGUE_LINKS,
    categories: CATALOGUE_CATEGORIES,
  });
  return loaded;
}
