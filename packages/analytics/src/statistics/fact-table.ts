// The columnar fact table behind every statistic. A million incidents must be counted in a few
// hundred milliseconds in a browser worker, so each dimension is a dictionary-encoded Int32Array
// (CSR — offsets and codes — where an incident may hold several values), victims are integer codes,
// and days are integers. Rows are grouped by victim, so the counting loop reads every column front
// to back (a random walk over a million rows costs a cache miss per read, several times the count
// itself) and still sees all incidents of one victim together, which makes distinct counts exact.
import { dayAndMonthOf } from './days';
import { CODED_DIMENSIONS, type CodedDimension } from './dimensions';
import { StatisticsError, StatisticsErrorCode } from './errors';
import { IntList } from './int-list';

/** One incident as the builder takes it. Values may be several per dimension (methods, agencies, groups, outcomes). Time dimensions are derived from `day` by the engine, never given. */
export interface IncidentFact {
  /** Record id of the incident; unique in a table. */
  readonly incident: string;
  /** Record id of the person who was the victim, or null when none is known. */
  readonly victim: string | null;
  /** ISO 'YYYY-MM-DD' (earliest day), null when undated. */
  readonly day: string | null;
  /** Codes per dimension; a dimension absent or empty is "unknown" for this incident. */
  readonly values: Readonly<Partial<Record<CodedDimension, readonly string[]>>>;
}

/** Sentinel in `days` and `months` for an undated incident (the smallest Int32). */
export const UNKNOWN_DAY = -0x8000_0000;
/** Sentinel in `victims` for an incident with no known victim. */
export const NO_VICTIM = -1;

/** One coded dimension. Code `dictionary.length` stands for "unknown" (no value given). */
export interface CodedColumn {
  /** The value of each code, in order of first appearance. */
  readonly dictionary: readonly string[];
  /**
   * Incident i holds codes[offsets[i]] … codes[offsets[i + 1] − 1], at least one and without
   * repeats; null when no incident holds more than one, and then incident i holds codes[i].
   */
  readonly offsets: Int32Array | null;
  readonly codes: Int32Array;
}

/**
 * Incidents in columns. Rows are grouped by victim — the rows of one victim are consecutive, rows
 * without a victim come last — and otherwise in the order facts were added.
 */
export interface FactTable {
  readonly size: number;
  /** Incident record id per row. */
  readonly incidents: readonly string[];
  /** Person record id of each victim code. */
  readonly victimIds: readonly string[];
  /** Victim code per row, NO_VICTIM when unknown. */
  readonly victims: Int32Array;
  /** Days since 1970-01-01 per row, UNKNOWN_DAY when undated. */
  readonly days: Int32Array;
  /** Month index (year × 12 + month − 1) per row, UNKNOWN_DAY when undated. */
  readonly months: Int32Array;
  /** Smallest and largest month index present, null when no incident is dated. */
  readonly monthRange: { readonly min: number; readonly max: number } | null;
  readonly coded: Readonly<Record<CodedDimension, CodedColumn>>;
}

class ColumnBuilder {
  readonly codeOf = new Map<string, number>();
  readonly dictionary: string[] = [];
  readonly codes = new IntList();
  /** End offset in `codes` of each incident's values. */
  readonly ends = new IntList();

  add(values: readonly string[] | undefined): void {
    const start = this.codes.length;
    if (values !== undefined) this.addCodes(values, start);
    this.ends.push(this.codes.length);
  }

  private addCodes(values: readonly string[], start: number): void {
    for (const value of values) {
      let code = this.codeOf.get(value);
      if (code === undefined) {
        code = this.dictionary.length;
        this.codeOf.set(value, code);
        this.dictionary.push(value);
      }
      let seen = false;
      for (let k = start; k < this.codes.length && !seen; k++) seen = this.codes.at(k) === code;
      if (!seen) this.codes.push(code);
    }
  }

  /** The column with rows in `order`, an incident without values holding the unknown code. */
  build(order: Int32Array): CodedColumn {
    const unknown = this.dictionary.length;
    const n = order.length;
    const ends = this.ends.toArray();
    const startOf = (row: number): number => (row === 0 ? 0 : (ends[row - 1] as number));
    let multi = false;
    let total = 0;
    for (let row = 0; row < n; row++) {
      const length = (ends[row] as number) - startOf(row);
      multi ||= length > 1;
      total += Math.max(length, 1);
    }
    const source = this.codes.toArray();
    const offsets = new Int32Array(n + 1);
    const codes = new Int32Array(total);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const row = order[i] as number;
      const start = startOf(row);
      const end = ends[row] as number;
      if (start === end) codes[at++] = unknown;
      for (let k = start; k < end; k++) codes[at++] = source[k] as number;
      offsets[i + 1] = at;
    }
    return { dictionary: [...this.dictionary], offsets: multi ? offsets : null, codes };
  }
}

/** Collects facts one at a time (a streamed vault need not be held as objects) into a FactTable. */
export class FactTableBuilder {
  private readonly ids: string[] = [];
  private readonly seen = new Set<string>();
  private readonly victimCodeOf = new Map<string, number>();
  private readonly victimIds: string[] = [];
  private readonly victims = new IntList();
  private readonly days = new IntList();
  private readonly months = new IntList();
  private readonly columns = Object.fromEntries(
    CODED_DIMENSIONS.map((d) => [d, new ColumnBuilder()]),
  ) as Record<CodedDimension, ColumnBuilder>;
  private readonly columnList = Object.entries(this.columns) as [CodedDimension, ColumnBuilder][];

  /**
   * Adds one incident; throws a StatisticsError for an empty or repeated id or a day that is not
   * an ISO day, and then the fact is not added.
   */
  add(fact: IncidentFact): void {
    if (typeof fact.incident !== 'string' || fact.incident === '') {
      throw new StatisticsError(StatisticsErrorCode.invalidIncident, 'an incident needs an id');
    }
    if (this.seen.has(fact.incident)) {
      throw new StatisticsError(
        StatisticsErrorCode.duplicateIncident,
        `incident ${fact.incident} was added twice`,
      );
    }
    const { day, month } =
      fact.day === null ? { day: UNKNOWN_DAY, month: UNKNOWN_DAY } : dayAndMonthOf(fact.day);
    this.seen.add(fact.incident);
    this.ids.push(fact.incident);
    this.victims.push(fact.victim === null ? NO_VICTIM : this.victimCode(fact.victim));
    this.days.push(day);
    this.months.push(month);
    for (const [d, column] of this.columnList) column.add(fact.values[d]);
  }

  /** The table of the facts added so far. */
  build(): FactTable {
    const order = groupByVictim(this.victims.toArray(), this.victimIds.length);
    const size = order.length;
    const incidents = Array.from(order, (row) => this.ids[row] as string);
    const permute = (list: IntList): Int32Array => order.map((row) => list.at(row));
    const victims = permute(this.victims);
    const months = permute(this.months);
    let min = Infinity;
    let max = -Infinity;
    for (const m of months) {
      if (m === UNKNOWN_DAY) continue;
      if (m < min) min = m;
      if (m > max) max = m;
    }
    return {
      size,
      incidents,
      victimIds: [...this.victimIds],
      victims,
      days: permute(this.days),
      months,
      monthRange: min === Infinity ? null : { min, max },
      coded: Object.fromEntries(
        CODED_DIMENSIONS.map((d) => [d, this.columns[d].build(order)]),
      ) as Record<CodedDimension, CodedColumn>,
    };
  }

  private victimCode(id: string): number {
    let code = this.victimCodeOf.get(id);
    if (code === undefined) {
      code = this.victimIds.length;
      this.victimCodeOf.set(id, code);
      this.victimIds.push(id);
    }
    return code;
  }
}

/** Rows ordered by victim code (a stable counting sort), rows without a victim last. */
const groupByVictim = (victims: Int32Array, victimCount: number): Int32Array => {
  // Slot victimCount collects the rows without a victim.
  const starts = new Int32Array(victimCount + 2);
  for (const v of victims) {
    const slot = (v === NO_VICTIM ? victimCount : v) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let v = 1; v < starts.length; v++)
    starts[v] = (starts[v] as number) + (starts[v - 1] as number);
  const order = new Int32Array(victims.length);
  for (let row = 0; row < victims.length; row++) {
    const v = victims[row] as number;
    const slot = v === NO_VICTIM ? victimCount : v;
    const at = starts[slot] as number;
    order[at] = row;
    starts[slot] = at + 1;
  }
  return order;
};

/** A table of the given facts. */
export const factTableOf = (facts: Iterable<IncidentFact>): FactTable => {
  const builder = new FactTableBuilder();
  for (const fact of facts) builder.add(fact);
  return builder.build();
};
