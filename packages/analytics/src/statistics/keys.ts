// One dimension of a table as integer keys per row, the shape the counting loops need: coded
// dimensions use their column as is; time buckets are computed once per table from the month
// index and cached, so repeated queries in a dashboard do not recompute a million periods.
import { parsePeriod, periodIndexOf, periodLabel } from './days';
import { isTimeDimension, type Dimension, type TimeDimension } from './dimensions';
import { UNKNOWN_DAY, type FactTable } from './fact-table';

/** The keys of one dimension: codes 0 … cardinality − 1, the last of which is "unknown". */
export interface Keys {
  readonly cardinality: number;
  readonly unknown: number;
  /** As in CodedColumn: CSR offsets into `codes`, or null for one code per row. */
  readonly offsets: Int32Array | null;
  readonly codes: Int32Array;
  /** The bucket and period index of code 0, for time dimensions; codes are consecutive periods. */
  readonly time: { readonly bucket: TimeDimension; readonly first: number } | null;
  /** The value of a code; null for the unknown code. */
  labelOf(code: number): string | null;
  /** The code of a value (null = unknown), or -1 when no row holds it. */
  codeOf(label: string | null): number;
}

const timeKeys = (table: FactTable, bucket: TimeDimension): Keys => {
  const range = table.monthRange;
  const first = range === null ? 0 : periodIndexOf(range.min, bucket);
  const span = range === null ? 0 : periodIndexOf(range.max, bucket) - first + 1;
  const codes = new Int32Array(table.size);
  const months = table.months;
  for (let i = 0; i < codes.length; i++) {
    const m = months[i] as number;
    codes[i] = m === UNKNOWN_DAY ? span : periodIndexOf(m, bucket) - first;
  }
  return {
    cardinality: span + 1,
    unknown: span,
    offsets: null,
    codes,
    time: { bucket, first },
    labelOf: (code) => (code === span ? null : periodLabel(first + code, bucket)),
    codeOf: (label) => {
      if (label === null) return span;
      const period = parsePeriod(label, bucket);
      const code = period === null ? -1 : period - first;
      return code >= 0 && code < span ? code : -1;
    },
  };
};

const codedKeys = (table: FactTable, dimension: Exclude<Dimension, TimeDimension>): Keys => {
  const { dictionary, offsets, codes } = table.coded[dimension];
  const unknown = dictionary.length;
  const codeOf = new Map(dictionary.map((value, code) => [value, code]));
  return {
    cardinality: unknown + 1,
    unknown,
    offsets,
    codes,
    time: null,
    labelOf: (code) => (code === unknown ? null : (dictionary[code] ?? null)),
    codeOf: (label) => (label === null ? unknown : (codeOf.get(label) ?? -1)),
  };
};

const cache = new WeakMap<FactTable, Map<Dimension, Keys>>();

/** The keys of a dimension of a table (cached per table). */
export const keysOf = (table: FactTable, dimension: Dimension): Keys => {
  let byDimension = cache.get(table);
  if (!byDimension) {
    byDimension = new Map();
    cache.set(table, byDimension);
  }
  let keys = byDimension.get(dimension);
  if (!keys) {
    keys = isTimeDimension(dimension) ? timeKeys(table, dimension) : codedKeys(table, dimension);
    byDimension.set(dimension, keys);
  }
  return keys;
};

/** Whether row `row` holds key `code`. */
export const holds = (keys: Keys, row: number, code: number): boolean => {
  const { offsets, codes } = keys;
  if (offsets === null) return codes[row] === code;
  for (let k = offsets[row] as number, end = offsets[row + 1] as number; k < end; k++) {
    if (codes[k] === code) return true;
  }
  return false;
};
