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

export class CodeTally {
  private readonly rows = new Map<number, TallyRow>();

  /** Records one sighting; returns the first sighting when this is a repeat, undefined when it is new. */
  record(code: number, at: Sighting): Sighting | undefined {
    const row = this.rows.get(code);
    if (row) {
      row.count++;
      return row.first;
    }
    this.rows.set(code, { code, count: 1, first: at });
    return undefined;
  }

  get total(): number {
    let sum = 0;
    for (const row of this.rows.values()) sum += row.count;
    return sum;
  }

  /** Most frequent first; ties keep the order in which codes first appeared. */
  summary(): TallyRow[] {
    return [...this.rows.values()].sort((a, b) => b.count - a.count);
  }
}
