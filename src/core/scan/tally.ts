// Counts codes across a scan: first sighting (for short repeat annotations) and the end-of-run summary.

export interface Sighting {
  file: string;
  line: number;
}

export interface TallyRow {
  code: number;
  count: number;
  first: Sighting;
}

/** Every operation is constant time per sighting, and the summary one sort: a log may hold any number of distinct codes. */
export class CodeTally {
  private readonly rows = new Map<number, TallyRow>();
  private sightings = 0;

  /** Records one sighting; returns the first sighting when this is a repeat, undefined when it is new. */
  record(code: number, at: Sighting): Sighting | undefined {
    this.sightings++;
    const row = this.rows.get(code);
    if (row) {
      row.count++;
      return row.first;
    }
    this.rows.set(code, { code, count: 1, first: at });
    return undefined;
  }

  /** Sightings recorded, all codes together. */
  get total(): number {
    return this.sightings;
  }

  /** Distinct codes recorded. */
  get distinct(): number {
    return this.rows.size;
  }

  /** Most frequent first; ties keep the order in which codes first appeared (the sort is stable). */
  summary(): TallyRow[] {
    return Array.from(this.rows.values()).sort((a, b) => b.count - a.count);
  }
}
