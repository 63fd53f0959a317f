// What an analyst asks for, and which incidents it selects.
import { dayNumberOf } from './days';
import type { Dimension } from './dimensions';
import { UNKNOWN_DAY, type FactTable } from './fact-table';
import { keysOf } from './keys';

/**
 * Incidents pass when, for every dimension given, one of their values is listed (null = unknown,
 * no value). Time dimensions are filtered by period labels ('2024-05', '2024-Q2', '2024').
 */
export type Filter = Readonly<Partial<Record<Dimension, readonly (string | null)[]>>>;

/** A cross-tab to compute: which dimensions, which incidents, which period. */
export interface StatsQuery {
  /** The dimension whose values are the rows. */
  readonly rows: Dimension;
  /** The dimension whose values are the columns; absent for a one-way table. */
  readonly columns?: Dimension;
  readonly filter?: Filter;
  /** First ISO day, inclusive, on the incident's day; undated incidents are then left out. */
  readonly from?: string;
  /** Last ISO day, inclusive, on the incident's day; undated incidents are then left out. */
  readonly to?: string;
  /**
   * 1 for each row of the table that may be counted at all, 0 for the others (e.g. the incidents
   * whose sources consent to a use); every row when absent. Its length is the table's size.
   */
  readonly within?: Uint8Array;
}

/** 1 for each row of the table the query selects, 0 for the others. */
export const selectionOf = (table: FactTable, query: StatsQuery): Uint8Array => {
  if (query.within !== undefined && query.within.length !== table.size) {
    throw new RangeError(`within has ${query.within.length} rows, the table ${table.size}`);
  }
  const selected =
    query.within === undefined ? new Uint8Array(table.size).fill(1) : query.within.slice();
  if (query.from !== undefined || query.to !== undefined) {
    const from = query.from === undefined ? -Infinity : dayNumberOf(query.from);
    const to = query.to === undefined ? Infinity : dayNumberOf(query.to);
    const days = table.days;
    for (let i = 0; i < selected.length; i++) {
      const day = days[i] as number;
      if (day === UNKNOWN_DAY || day < from || day > to) selected[i] = 0;
    }
  }
  for (const [dimension, values] of Object.entries(query.filter ?? {}) as [
    Dimension,
    readonly (string | null)[] | undefined,
  ][]) {
    if (values === undefined) continue;
    const keys = keysOf(table, dimension);
    const allowed = new Uint8Array(keys.cardinality);
    for (const value of values) {
      const code = keys.codeOf(value);
      if (code >= 0) allowed[code] = 1;
    }
    const { offsets, codes } = keys;
    for (let i = 0; i < selected.length; i++) {
      if (selected[i] === 0) continue;
      let pass = 0;
      if (offsets === null) pass = allowed[codes[i] as number] as number;
      else {
        const end = offsets[i + 1] as number;
        for (let k = offsets[i] as number; k < end && pass === 0; k++) {
          pass = allowed[codes[k] as number] as number;
        }
      }
      selected[i] = pass;
    }
  }
  return selected;
};
