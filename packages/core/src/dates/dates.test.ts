import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arbDateRange,
  arbDateValue,
  arbDay,
  arbKnownDate,
  arbPartialDate,
} from './dates.test-arbitraries';
import {
  compareDateValues,
  comparePartialDates,
  dayBounds,
  mayOverlap,
  sortDateValues,
} from './order';
import {
  dateRangeSchema,
  dateValueSchema,
  earliestDay,
  latestDay,
  partialDateSchema,
  type IsoDay,
  type KnownDate,
} from './partial-date';
import { formatDateText, parseDateText } from './text';

const messages = (
  schema: typeof dateValueSchema | typeof partialDateSchema,
  v: unknown,
): string[] => schema.safeParse(v).error?.issues.map((i) => i.message) ?? [];

/** Independent oracle: the JavaScript calendar, which knows leap years. */
const dayExists = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** Oracle for a known date's first and last instant, from the JavaScript calendar. */
const span = (d: KnownDate): [number, number] => {
  const y = Number(d.value.slice(0, 4));
  const at = (yy: number, mm: number, dd: number) => {
    const t = new Date(0);
    t.setUTCFullYear(yy, mm, dd);
    return t.getTime();
  };
  if (d.precision === 'year') return [at(y, 0, 1), at(y + 1, 0, 0)];
  const m = Number(d.value.slice(5, 7)) - 1;
  if (d.precision === 'month') return [at(y, m, 1), at(y, m + 1, 0)];
  const day = at(y, m, Number(d.value.slice(8, 10)));
  return [day, day];
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('partial dates', () => {
  it('accept a day exactly when the calendar has it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const value = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const ok = partialDateSchema.safeParse({ precision: 'day', value }).success;
          expect(ok).toBe(dayExists(y, m, d));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuse 29 February 2023 and say that February 2023 has 28 days', () => {
    expect(messages(partialDateSchema, { precision: 'day', value: '2023-02-29' })).toEqual([
      '2023-02-29 does not exist: February 2023 has 28 days',
    ]);
  });

  it('accept 29 February in 2024 and 2000 but not in 1900', () => {
    const ok = (value: string) => partialDateSchema.safeParse({ precision: 'day', value }).success;
    expect([ok('2024-02-29'), ok('2000-02-29'), ok('1900-02-29')]).toEqual([true, true, false]);
  });

  it('refuse month 13 with a message naming the month, as a month and as a day', () => {
    expect(messages(partialDateSchema, { precision: 'month', value: '2024-13' })).toEqual([
      'month 13 does not exist (months are 01–12)',
    ]);
    expect(messages(partialDateSchema, { precision: 'day', value: '2024-13-01' })).toEqual([
      'month 13 does not exist (months are 01–12)',
    ]);
  });

  it('refuse a value written at another precision than it claims', () => {
    expect(messages(partialDateSchema, { precision: 'day', value: '2024-03' })).toEqual([
      'a day is written YYYY-MM-DD',
    ]);
    expect(messages(partialDateSchema, { precision: 'year', value: '2024-03' })).toEqual([
      'a year is written YYYY',
    ]);
  });

  it('refuse years outside 1900–2999 and extra keys', () => {
    expect(messages(partialDateSchema, { precision: 'year', value: '1899' })).toEqual([
      'year 1899 is outside 1900–2999',
    ]);
    expect(partialDateSchema.safeParse({ precision: 'unknown', value: '2024' }).success).toBe(
      false,
    );
  });

  it('give the first and last possible day of each precision', () => {
    expect(latestDay({ precision: 'month', value: '2024-02' })).toBe('2024-02-29');
    expect(latestDay({ precision: 'month', value: '2023-02' })).toBe('2023-02-28');
    expect(earliestDay({ precision: 'year', value: '2023' })).toBe('2023-01-01');
    expect(latestDay({ precision: 'year', value: '2023' })).toBe('2023-12-31');
    expect(earliestDay({ precision: 'unknown' })).toBeUndefined();
  });

  it('have earliest and latest days that agree with the calendar for every known date', () => {
    fc.assert(
      fc.property(arbKnownDate, (d) => {
        const [first, last] = span(d);
        expect(earliestDay(d)).toBe(new Date(first).toISOString().slice(0, 10));
        expect(latestDay(d)).toBe(new Date(last).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('date ranges', () => {
  const range = (from?: string, to?: string) => {
    const end = (v: string) =>
      ({
        precision: v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day',
        value: v,
      }) as const;
    return {
      precision: 'range',
      ...(from === undefined ? {} : { from: end(from) }),
      ...(to === undefined ? {} : { to: end(to) }),
    };
  };

  it('refuse an end before the start, naming both', () => {
    const result = dateRangeSchema.safeParse(range('2024-03-05', '2024-03-04'));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['to'],
        message: 'the range ends (2024-03-04) before it starts (2024-03-05)',
      }),
    ]);
  });

  it('compare ends of different precisions by what they can mean', () => {
    const ok = (from?: string, to?: string) => dateRangeSchema.safeParse(range(from, to)).success;
    expect(ok('2024-03', '2024-03-05')).toBe(true);
    expect(ok('2024', '2024-01-01')).toBe(true);
    expect(ok('2024-03-31', '2024-03')).toBe(true);
    expect(ok('2024-03', '2024-02')).toBe(false);
    expect(ok('2024-03', '2024-02-29')).toBe(false);
  });

  it('allow one open end but not two', () => {
    expect(dateRangeSchema.safeParse(range('2022-03')).success).toBe(true);
    expect(dateRangeSchema.safeParse(range(undefined, '2023')).success).toBe(true);
    expect(messages(dateValueSchema, range())).toEqual([
      'a date range needs a start, an end or both',
    ]);
  });

  it('refuse an impossible day at either end with the day message', () => {
    expect(messages(dateValueSchema, range('2023-02-29', '2024'))).toEqual([
      '2023-02-29 does not exist: February 2023 has 28 days',
    ]);
  });

  it('accept two known dates exactly when the second can end on or after the first begins', () => {
    fc.assert(
      fc.property(arbKnownDate, arbKnownDate, (from, to) => {
        const ok = dateRangeSchema.safeParse({ precision: 'range', from, to }).success;
        expect(ok).toBe(span(to)[1] >= span(from)[0]);
      }),
    );
  });
});

describe('date text', () => {
  it('reads back every value it writes', () => {
    fc.assert(
      fc.property(arbDateValue, (v) => {
        expect(parseDateText(formatDateText(v))).toEqual({ ok: true, value: v });
      }),
    );
  });

  it('answers any text with a valid value or a message, never an exception', () => {
    const dateish = fc.stringMatching(/^[0-9?./ -]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateish), (text) => {
        const result = parseDateText(text);
        if (result.ok) expect(dateValueSchema.safeParse(result.value).success).toBe(true);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads days, months, years, unknown and open ranges', () => {
    expect(parseDateText(' 2024-03 ')).toEqual({
      ok: true,
      value: { precision: 'month', value: '2024-03' },
    });
    expect(parseDateText('?')).toEqual({ ok: true, value: { precision: 'unknown' } });
    expect(parseDateText('2022-03/..')).toEqual({
      ok: true,
      value: { precision: 'range', from: { precision: 'month', value: '2022-03' } },
    });
    expect(parseDateText('/2023')).toEqual({
      ok: true,
      value: { precision: 'range', to: { precision: 'year', value: '2023' } },
    });
  });

  it('refuses impossible dates and other text with specific messages', () => {
    expect(parseDateText('2023-02-29')).toEqual({
      ok: false,
      message: '2023-02-29 does not exist: February 2023 has 28 days',
    });
    expect(parseDateText('2024/2023')).toEqual({
      ok: false,
      message: 'the range ends (2023) before it starts (2024)',
    });
    const garbled = parseDateText('05.03.2024');
    expect(garbled.ok === false && garbled.message).toMatch(/^"05\.03\.2024" is not a date/);
  });
});

describe('date order', () => {
  it('is a total order in which only equal values compare equal', () => {
    fc.assert(
      fc.property(arbDateValue, arbDateValue, arbDateValue, (a, b, c) => {
        const ab = compareDateValues(a, b);
        expect(Math.sign(ab) + Math.sign(compareDateValues(b, a))).toBe(0);
        expect(ab === 0).toBe(JSON.stringify(a) === JSON.stringify(b));
        if (ab <= 0 && compareDateValues(b, c) <= 0)
          expect(compareDateValues(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('puts a date whose days all come earlier first, and unknown dates last', () => {
    fc.assert(
      fc.property(arbPartialDate, arbPartialDate, (a, b) => {
        if (a.precision === 'unknown' || b.precision === 'unknown') {
          if (a.precision !== b.precision) {
            expect(comparePartialDates(a, b) > 0).toBe(a.precision === 'unknown');
          }
          return;
        }
        if (span(a)[1] < span(b)[0]) expect(comparePartialDates(a, b)).toBeLessThan(0);
        if (span(a)[0] < span(b)[0]) expect(comparePartialDates(a, b)).toBeLessThan(0);
      }),
    );
  });

  it('sorts by the first possible day, then the last: 2024-01, 2024, 2024-01-05, 2024-01-06', () => {
    const year = { precision: 'year', value: '2024' } as const;
    const month = { precision: 'month', value: '2024-01' } as const;
    const day = { precision: 'day', value: '2024-01-05' as IsoDay } as const;
    const later = { precision: 'day', value: '2024-01-06' as IsoDay } as const;
    expect(sortDateValues([year, later, month, day])).toEqual([month, year, day, later]);
  });

  it('puts an open start before any start and an open end after any end', () => {
    fc.assert(
      fc.property(arbDateRange, arbKnownDate, (r, d) => {
        if (r.from === undefined) expect(compareDateValues(r, d)).toBeLessThan(0);
        const sameStart = { ...r, to: undefined };
        if (r.from !== undefined && r.to !== undefined) {
          expect(compareDateValues(r, sameStart)).toBeLessThan(0);
        }
      }),
    );
  });
});

describe('day bounds for filtering', () => {
  it('cover the earliest and latest possible days of ranges, open ends unbounded', () => {
    expect(
      dayBounds({
        precision: 'range',
        from: { precision: 'month', value: '2022-03' },
        to: { precision: 'year', value: '2023' },
      }),
    ).toEqual({ earliest: '2022-03-01', latest: '2023-12-31' });
    expect(dayBounds({ precision: 'range', to: { precision: 'month', value: '2023-02' } })).toEqual(
      {
        earliest: undefined,
        latest: '2023-02-28',
      },
    );
  });

  it('match a filter for one day exactly when that day lies within the value', () => {
    fc.assert(
      fc.property(arbDateValue, arbDay, (v, day) => {
        const { earliest, latest } = dayBounds(v);
        const inside =
          v.precision !== 'unknown' &&
          (earliest === undefined || earliest <= day) &&
          (latest === undefined || day <= latest);
        expect(mayOverlap(v, { from: day, to: day })).toBe(inside);
      }),
    );
  });

  it('keep unknown dates out of any bounded filter', () => {
    fc.assert(
      fc.property(arbDay, (day) => {
        expect(mayOverlap({ precision: 'unknown' }, { from: day })).toBe(false);
        expect(mayOverlap({ precision: 'unknown' }, {})).toBe(true);
      }),
    );
  });

  it('never give a latest day before the earliest', () => {
    fc.assert(
      fc.property(arbDateValue, (v) => {
        const { earliest, latest } = dayBounds(v);
        if (earliest !== undefined && latest !== undefined) expect(earliest <= latest).toBe(true);
        expect(dateValueSchema.safeParse(v).success).toBe(true);
      }),
    );
  });
});
