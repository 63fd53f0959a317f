import fc from 'fast-check';
import {
  daysInMonth,
  earliestDay,
  latestDay,
  MAX_YEAR,
  MIN_YEAR,
  type DateRange,
  type DateValue,
  type IsoDay,
  type KnownDate,
  type PartialDate,
} from './partial-date';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Years, biased towards a narrow window so that equal and overlapping dates are frequent. */
const year = fc.oneof(
  fc.integer({ min: 2020, max: 2024 }),
  fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
);

/** Any day that exists. */
export const arbDay: fc.Arbitrary<IsoDay> = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(
    ({ y, m, d }) =>
      `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, daysInMonth(y, m)), 2)}` as IsoDay,
  );

/** A date known to the day, month or year. */
export const arbKnownDate: fc.Arbitrary<KnownDate> = fc.oneof(
  arbDay.map((value) => ({ precision: 'day' as const, value })),
  fc
    .record({ y: year, m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => ({ precision: 'month' as const, value: `${pad(y, 4)}-${pad(m, 2)}` })),
  year.map((y) => ({ precision: 'year' as const, value: pad(y, 4) })),
);

/** Any partial date, unknown included. */
export const arbPartialDate: fc.Arbitrary<PartialDate> = fc.oneof(
  { arbitrary: arbKnownDate, weight: 6 },
  { arbitrary: fc.constant({ precision: 'unknown' as const }), weight: 1 },
);

/** A valid range: ends sorted so that `to` does not lie before `from`, one end possibly open. */
export const arbDateRange: fc.Arbitrary<DateRange> = fc
  .record({ a: arbKnownDate, b: arbKnownDate, open: fc.constantFrom('none', 'from', 'to') })
  .map(({ a, b, open }) => {
    const aFirst = (earliestDay(a) ?? '') <= (latestDay(b) ?? '');
    const [from, to] = aFirst ? [a, b] : [b, a];
    if (open === 'from') return { precision: 'range' as const, to };
    if (open === 'to') return { precision: 'range' as const, from };
    return { precision: 'range' as const, from, to };
  });

/** Any date value: a partial date or a range. */
export const arbDateValue: fc.Arbitrary<DateValue> = fc.oneof(arbPartialDate, arbDateRange);
