import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatisticsError } from './errors';
import {
  dayNumberOf,
  isIsoDay,
  monthIndexOf,
  parsePeriod,
  periodIndexOf,
  periodLabel,
  periodOf,
} from './days';

describe('periodOf', () => {
  it.each([
    ['2024-05-31', 'month', '2024-05'],
    ['2024-05-31', 'quarter', '2024-Q2'],
    ['2024-01-01', 'quarter', '2024-Q1'],
    ['2024-12-31', 'quarter', '2024-Q4'],
    ['2024-05-31', 'year', '2024'],
    ['0987-02-03', 'year', '0987'],
  ] as const)('puts %s in the %s %s', (day, bucket, expected) => {
    expect(periodOf(day, bucket)).toBe(expected);
  });

  it('refuses a day that is not a calendar day', () => {
    expect(() => periodOf('2023-02-29', 'month')).toThrow(StatisticsError);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2024-02-29', 19_782],
  ])('counts %s as day %i since the epoch', (day, expected) => {
    expect(dayNumberOf(day)).toBe(expected);
  });

  it('agrees with the Date of every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          expect(dayNumberOf(day)).toBe(Math.floor(date.getTime() / 86_400_000));
        },
      ),
    );
  });

  it.each(['2024-13-01', '2024-00-10', '2023-02-29', '2024-04-31', '2024-1-01', '24-01-01', ''])(
    'does not take %j for a day',
    (day) => {
      expect(isIsoDay(day)).toBe(false);
      expect(() => dayNumberOf(day)).toThrow(expect.objectContaining({ code: 'invalid_day' }));
    },
  );

  it('takes the leap day of a leap year, including a century divisible by 400', () => {
    expect(isIsoDay('2000-02-29')).toBe(true);
    expect(isIsoDay('1900-02-29')).toBe(false);
  });
});

describe('period labels', () => {
  it('reads back every label it writes, and consecutive periods have consecutive indexes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 * 12 + 11 }),
        fc.constantFrom('month', 'quarter', 'year' as const),
        (month, bucket) => {
          const index = periodIndexOf(month, bucket);
          expect(parsePeriod(periodLabel(index, bucket), bucket)).toBe(index);
        },
      ),
    );
    expect(periodLabel(monthIndexOf('2023-12-05') + 1, 'month')).toBe('2024-01');
    expect(periodLabel(periodIndexOf(monthIndexOf('2023-12-05'), 'quarter') + 1, 'quarter')).toBe(
      '2024-Q1',
    );
  });

  it.each([
    ['2024-13', 'month'],
    ['2024-Q5', 'quarter'],
    ['2024-Q1', 'month'],
    ['24', 'year'],
  ] as const)('reads %s as no %s', (label, bucket) => {
    expect(parsePeriod(label, bucket)).toBeNull();
  });
});
