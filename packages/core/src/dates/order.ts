import {
  earliestDay,
  latestDay,
  type DateValue,
  type IsoDay,
  type KnownDate,
  type PartialDate,
} from './partial-date';

/**
 * The days a date value may cover: from its earliest possible day to its latest. An unknown
 * date, or the open end of a range, is `undefined` (unbounded). The server stores these two
 * columns next to each coded date so that a filter "between A and B" is two index comparisons.
 */
export interface DayBounds {
  readonly earliest: IsoDay | undefined;
  readonly latest: IsoDay | undefined;
}

/** Earliest and latest possible day of a date or a range. */
export const dayBounds = (v: DateValue): DayBounds => {
  if (v.precision !== 'range') return { earliest: earliestDay(v), latest: latestDay(v) };
  return {
    earliest: v.from === undefined ? undefined : earliestDay(v.from),
    latest: v.to === undefined ? undefined : latestDay(v.to),
  };
};

/**
 * True when the value may fall on some day between `from` and `to` (both inclusive, either
 * left out for an open filter). An unknown date matches only an unbounded filter: "we do not know
 * when" must not show up in "March 2022".
 */
export const mayOverlap = (v: DateValue, filter: { from?: IsoDay; to?: IsoDay }): boolean => {
  if (v.precision === 'unknown') return filter.from === undefined && filter.to === undefined;
  const { earliest, latest } = dayBounds(v);
  if (filter.to !== undefined && earliest !== undefined && earliest > filter.to) return false;
  if (filter.from !== undefined && latest !== undefined && latest < filter.from) return false;
  return true;
};

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two ends, `undefined` standing for -∞ (side "low") or +∞ (side "high"). */
const cmpBound = (a: IsoDay | undefined, b: IsoDay | undefined, side: 'low' | 'high'): number => {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return side === 'low' ? -1 : 1;
  if (b === undefined) return side === 'low' ? 1 : -1;
  return cmp(a, b);
};

/**
 * Orders partial dates chronologically: by earliest possible day, then by latest (so 2024-01-05
 * comes before 2024-01 which comes before 2024); unknown dates last. A total order in which only
 * equal values compare 0.
 */
export const comparePartialDates = (a: PartialDate, b: PartialDate): number => {
  if (a.precision === 'unknown' || b.precision === 'unknown') {
    return (a.precision === 'unknown' ? 1 : 0) - (b.precision === 'unknown' ? 1 : 0);
  }
  return (
    cmp(earliestDay(a) ?? '', earliestDay(b) ?? '') || cmp(latestDay(a) ?? '', latestDay(b) ?? '')
  );
};

/**
 * Orders dates and ranges for lists and timelines: by earliest possible day (an open start
 * first), then by latest (an open end last); a single date sorts like the range of its days, before
 * a range with the same bounds; unknown dates last.
 */
export const compareDateValues = (a: DateValue, b: DateValue): number => {
  if (a.precision === 'unknown' || b.precision === 'unknown') {
    return (a.precision === 'unknown' ? 1 : 0) - (b.precision === 'unknown' ? 1 : 0);
  }
  const ba = dayBounds(a);
  const bb = dayBounds(b);
  return (
    cmpBound(ba.earliest, bb.earliest, 'low') ||
    cmpBound(ba.latest, bb.latest, 'high') ||
    (a.precision === 'range' ? 1 : 0) - (b.precision === 'range' ? 1 : 0) ||
    // Two ranges with the same bounds written differently (2024 … 2024-12 vs 2024-01 … 2024):
    // order by how the ends are written so that only equal values compare 0.
    cmp(rangeKey(a), rangeKey(b))
  );
};

const endKey = (d: KnownDate | undefined): string => (d === undefined ? '' : d.value);
const rangeKey = (v: DateValue): string =>
  v.precision === 'range' ? `${endKey(v.from)}/${endKey(v.to)}` : '';

/** A copy of the values sorted chronologically (`compareDateValues`); the input is not changed. */
export const sortDateValues = <T extends DateValue>(values: readonly T[]): T[] =>
  [...values].sort(compareDateValues);
