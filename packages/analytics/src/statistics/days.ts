// Calendar arithmetic on ISO days and the month, quarter and year buckets. Buckets are numbered
// from year 0 (month index = year × 12 + month − 1) so that consecutive periods are consecutive
// integers: charts get continuous axes by counting up, and no Date objects are made per incident.
import { StatisticsError, StatisticsErrorCode } from './errors';
import type { TimeDimension } from './dimensions';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);

/** Year, month (1–12) and day of an ISO day, or null when it is not a real calendar day. */
const partsOf = (day: string): { year: number; month: number; date: number } | null => {
  const m = ISO_DAY.exec(day);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
  return { year, month, date };
};

const requireParts = (day: string): { year: number; month: number; date: number } => {
  const parts = partsOf(day);
  if (!parts) throw new StatisticsError(StatisticsErrorCode.invalidDay, `not an ISO day: ${day}`);
  return parts;
};

/** Whether a string is a real calendar day written as YYYY-MM-DD. */
export const isIsoDay = (day: string): boolean => partsOf(day) !== null;

/** Days since 1970-01-01 and month index of an ISO day; throws a StatisticsError for anything else. */
export const dayAndMonthOf = (day: string): { day: number; month: number } => {
  const { year, month, date } = requireParts(day);
  // Days from the civil calendar (H. Hinnant's algorithm): exact for every proleptic Gregorian
  // day, and no Date object per incident when a million facts are loaded.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return { day: era * 146_097 + dayOfEra - 719_468, month: year * 12 + month - 1 };
};

/** Days since 1970-01-01 of an ISO day; throws a StatisticsError for anything else. */
export const dayNumberOf = (day: string): number => dayAndMonthOf(day).day;

/** Month index (year × 12 + month − 1) of an ISO day; throws a StatisticsError for anything else. */
export const monthIndexOf = (day: string): number => dayAndMonthOf(day).month;

/** The bucket index of a month index: consecutive periods have consecutive indexes. */
export const periodIndexOf = (monthIndex: number, bucket: TimeDimension): number =>
  bucket === 'month'
    ? monthIndex
    : bucket === 'quarter'
      ? Math.floor(monthIndex / 3)
      : Math.floor(monthIndex / 12);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The label of a bucket index: `2024-05`, `2024-Q2` or `2024`. */
export const periodLabel = (index: number, bucket: TimeDimension): string => {
  if (bucket === 'year') return pad(index, 4);
  if (bucket === 'quarter') return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
};

const PERIOD = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
} as const;

/** The bucket index of a label written as periodLabel writes it, or null for anything else. */
export const parsePeriod = (label: string, bucket: TimeDimension): number | null => {
  const m = PERIOD[bucket].exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (bucket === 'year') return year;
  return bucket === 'quarter' ? year * 4 + Number(m[2]) - 1 : year * 12 + Number(m[2]) - 1;
};

/** Formatting of time buckets: month 'YYYY-MM', quarter 'YYYY-Qn', year 'YYYY'. */
export const periodOf = (day: string, bucket: 'month' | 'quarter' | 'year'): string =>
  periodLabel(periodIndexOf(monthIndexOf(day), bucket), bucket);
