import { describe, expect, it } from 'vitest';
import {
  axisPeriods,
  bucketOfPeriod,
  MAX_AXIS_PERIODS,
  nextPeriod,
  periodBounds,
  periodLabel,
  periodRange,
} from './periods';

describe('periods', () => {
  it('know their bucket, and refuse text that is not a period', () => {
    expect(bucketOfPeriod('2024')).toBe('year');
    expect(bucketOfPeriod('2024-Q3')).toBe('quarter');
    expect(bucketOfPeriod('2024-07')).toBe('month');
    expect(bucketOfPeriod('2024-13')).toBeUndefined();
    expect(bucketOfPeriod('Q3')).toBeUndefined();
  });

  it('run from their first to their last day, leap years included', () => {
    expect(periodBounds('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodBounds('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodBounds('2024-Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(periodBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodBounds('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(periodBounds('nonsense')).toBeUndefined();
  });

  it('follow one another across the turn of the year', () => {
    expect(nextPeriod('2024-Q4')).toBe('2025-Q1');
    expect(nextPeriod('2024-12')).toBe('2025-01');
    expect(nextPeriod('2024-09')).toBe('2024-10');
    expect(nextPeriod('2024')).toBe('2025');
    expect(periodRange('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(periodRange('2025', '2024')).toEqual([]);
  });

  it('put every period between the data on the axis, so missing ones are gaps, and leave out undated', () => {
    expect(axisPeriods(['2024-Q1', null, '2024-Q4'], 'quarter')).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
    ]);
    expect(axisPeriods([null], 'quarter')).toEqual([]);
  });

  it('stretch the axis to the chosen dates', () => {
    expect(axisPeriods(['2024-03'], 'month', '2024-01-15', '2024-04-30')).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
    ]);
    expect(axisPeriods([], 'year', '2022-06-01', '2024-01-01')).toEqual(['2022', '2023', '2024']);
  });

  it('show only the periods with data when the span is too long to draw', () => {
    const periods = axisPeriods(['1900-01', '2024-01'], 'month');
    expect(periods).toEqual(['1900-01', '2024-01']);
    expect(MAX_AXIS_PERIODS).toBeLessThan(124 * 12);
  });

  it('are labelled in the reader’s language', () => {
    const quarter = (q: number, y: number) => `Q${q} ${y}`;
    expect(periodLabel('2024-Q2', 'en', quarter)).toBe('Q2 2024');
    expect(periodLabel('2024', 'en', quarter)).toBe('2024');
    expect(periodLabel('2024-05', 'en', quarter)).toBe('May 2024');
    expect(periodLabel('2024-05', 'ru', quarter)).toMatch(/май/i);
  });
});
