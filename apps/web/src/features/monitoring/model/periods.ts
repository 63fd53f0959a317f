import { bucketOf, PERIOD_BUCKETS, type PeriodBucket } from '@vigil/core';

/**
 * Periods as the server names them (`2024`, `2024-Q2`, `2024-05`): their bucket, their first and
 * last day, the periods in between. Keys of one bucket sort as text, so comparisons are plain.
 */

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The bucket a period key belongs to, or undefined for text that is not one. */
export const bucketOfPeriod = (period: string): PeriodBucket | undefined =>
  YEAR.test(period)
    ? 'year'
    : QUARTER.test(period)
      ? 'quarter'
      : MONTH.test(period)
        ? 'month'
        : undefined;

/** True when the text is one of the buckets. */
export const isBucket = (text: string): text is PeriodBucket =>
  (PERIOD_BUCKETS as readonly string[]).includes(text);

const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day (ISO, inclusive) of a period; undefined for text that is not one. */
export const periodBounds = (period: string): { from: string; to: string } | undefined => {
  const y = YEAR.exec(period);
  if (y) return { from: `${period}-01-01`, to: `${period}-12-31` };
  const q = QUARTER.exec(period);
  if (q) {
    const year = Number(q[1]);
    const first = (Number(q[2]) - 1) * 3 + 1;
    const last = first + 2;
    return {
      from: `${year}-${pad(first)}-01`,
      to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
    };
  }
  const m = MONTH.exec(period);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { from: `${period}-01`, to: `${period}-${pad(lastDayOfMonth(year, month))}` };
  }
  return undefined;
};

/** The period after this one, in the same bucket. */
export const nextPeriod = (period: string): string => {
  const q = QUARTER.exec(period);
  if (q) {
    const year = Number(q[1]);
    const n = Number(q[2]);
    return n === 4 ? `${year + 1}-Q1` : `${year}-Q${n + 1}`;
  }
  const m = MONTH.exec(period);
  if (m) {
    const year = Number(m[1]);
    const n = Number(m[2]);
    return n === 12 ? `${year + 1}-01` : `${year}-${pad(n + 1)}`;
  }
  return String(Number(period) + 1);
};

/** Most periods an axis spans; beyond it only the periods with data are shown. */
export const MAX_AXIS_PERIODS = 600;

/** Every period from `first` to `last` (inclusive, same bucket); empty when `last` is before. */
export const periodRange = (first: string, last: string): string[] => {
  const out: string[] = [];
  for (let p = first; p <= last && out.length <= MAX_AXIS_PERIODS; p = nextPeriod(p)) out.push(p);
  return out;
};

/**
 * The periods of a chart's axis: every period from the earliest to the latest that has data or
 * that the chosen dates reach, so periods without data are there (as gaps) rather than left
 * out. Null (undated) is never on the axis. When that would be more periods than an axis can
 * show, the periods with data alone.
 */
export const axisPeriods = (
  present: readonly (string | null)[],
  bucket: PeriodBucket,
  from?: string,
  to?: string,
): string[] => {
  const dated = [...new Set(present.filter((p): p is string => p !== null))].sort();
  const ends = [
    ...dated,
    ...(from === undefined ? [] : [bucketOf(from, bucket)]),
    ...(to === undefined ? [] : [bucketOf(to, bucket)]),
  ].sort();
  const first = ends[0];
  const last = ends[ends.length - 1];
  if (first === undefined || last === undefined) return [];
  const range = periodRange(first, last);
  return range.length > MAX_AXIS_PERIODS ? dated : range;
};

/** A period in the reader's language: `2024`, `Q2 2024` (as the catalog says it), `May 2024`. */
export const periodLabel = (
  period: string,
  locale: string,
  quarter: (q: number, year: number) => string,
): string => {
  const q = QUARTER.exec(period);
  if (q) return quarter(Number(q[2]), Number(q[1]));
  if (MONTH.test(period)) {
    return new Intl.DateTimeFormat(locale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${period}-01T00:00:00Z`));
  }
  return period;
};
