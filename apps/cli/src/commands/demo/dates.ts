import type { DateRange, IsoDay, KnownDate, PartialDate } from '@vigil/core';
import type { Random } from './prng';

/**
 * Days as whole numbers (days since 1970-01-01, UTC) for the synthetic timeline, and the
 * partial dates records hold. Arithmetic on numbers keeps the generator free of time zones.
 */

const DAY_MS = 86_400_000;

/** The first day any synthetic record may fall on. */
export const TIMELINE_START = '2014-01-01';

/** The day number of an ISO day. */
export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** The ISO day of a day number. */
export const isoOf = (day: number): IsoDay =>
  new Date(day * DAY_MS).toISOString().slice(0, 10) as IsoDay;

/** A date known to the day. */
export const onDay = (day: number): PartialDate & KnownDate => ({
  precision: 'day',
  value: isoOf(day),
});

/** A date known to the day, month or year, drawn with the given weights (day, month, year). */
export const vagueDate = (
  random: Random,
  day: number,
  weights: readonly [day: number, month: number, year: number] = [0.8, 0.15, 0.05],
): KnownDate => {
  const iso = isoOf(day);
  const precision = random.weighted([
    ['day', weights[0]],
    ['month', weights[1]],
    ['year', weights[2]],
  ] as const);
  if (precision === 'day') return { precision, value: iso };
  if (precision === 'month') return { precision, value: iso.slice(0, 7) };
  return { precision, value: iso.slice(0, 4) };
};

/** A period from `from` to `to` (left open when `to` is undefined: still going on). */
export const period = (random: Random, from: number, to: number | undefined): DateRange => ({
  precision: 'range',
  from: vagueDate(random, from, [0.8, 0.17, 0.03]),
  ...(to === undefined ? {} : { to: vagueDate(random, to, [0.85, 0.15, 0]) }),
});

/**
 * A day from `first` to `last`, most of them after 24 February 2022: each year before 2022
 * weighs 1, each year from 2022 weighs 4, in proportion to its days inside the window.
 */
export const skewedDay = (random: Random, first: number, last: number): number => {
  if (last <= first) return first;
  const firstYear = Number(isoOf(first).slice(0, 4));
  const lastYear = Number(isoOf(last).slice(0, 4));
  const years: (readonly [readonly [number, number], number])[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const from = Math.max(first, dayOf(`${y}-01-01`));
    const to = Math.min(last, dayOf(`${y}-12-31`));
    if (to >= from) years.push([[from, to], (to - from + 1) * (y >= 2022 ? 4 : 1)]);
  }
  const [from, to] = random.weighted(years);
  return random.int(from, to);
};
