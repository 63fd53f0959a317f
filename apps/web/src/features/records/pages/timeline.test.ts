import type { DateValue } from '@vigil/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  dayNumber,
  isoOfDay,
  spanOf,
  ticksOf,
  timeScale,
  type TimeSpan,
} from './timeline';

const d = (value: unknown) => value as DateValue;
const length = (s: TimeSpan | undefined): number => (s === undefined ? NaN : s.end - s.start);

describe('placing dates on the time axis', () => {
  it('draws a day as a one-day point, a month as the whole month, a year as the whole year', () => {
    const day = spanOf(d({ precision: 'day', value: '2024-02-10' }), '2025-01-01');
    expect(day).toEqual({
      start: dayNumber('2024-02-10'),
      end: dayNumber('2024-02-11'),
      ongoing: false,
      point: true,
    });
    const month = spanOf(d({ precision: 'month', value: '2024-02' }), '2025-01-01');
    expect(length(month)).toBe(29);
    expect(month?.point).toBe(false);
    const year = spanOf(d({ precision: 'year', value: '2023' }), '2025-01-01');
    expect(length(year)).toBe(365);
  });

  it('runs an ongoing detention up to today and cannot place unknown dates', () => {
    const ongoing = spanOf(
      d({ precision: 'range', from: { precision: 'month', value: '2022-03' } }),
      '2022-05-15',
    );
    expect(ongoing).toEqual({
      start: dayNumber('2022-03-01'),
      end: dayNumber('2022-05-16'),
      ongoing: true,
      point: false,
    });
    expect(spanOf(d({ precision: 'unknown' }), '2022-05-15')).toBeUndefined();
    expect(spanOf(d({ precision: 'range' }), '2022-05-15')).toBeUndefined();
  });

  it('converts ISO days to day numbers and back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 300_000 }), (n) => {
        expect(dayNumber(isoOfDay(n))).toBe(n);
      }),
    );
  });
});

describe('the time scale', () => {
  it('keeps every span inside the drawing, in order (property)', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 5000 }))
      .map(([start, len]) => ({ start, end: start + len, ongoing: false, point: false }));
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 20 }), (spans) => {
        const scale = timeScale(spans, 10, 790);
        for (const s of spans) {
          expect(scale.x(s.start)).toBeGreaterThanOrEqual(10);
          expect(scale.x(s.end)).toBeLessThanOrEqual(790);
          expect(scale.x(s.end)).toBeGreaterThan(scale.x(s.start));
        }
      }),
    );
  });

  it('ticks each month when the range is short, each year when it is long', () => {
    const short = timeScale(
      [
        {
          start: dayNumber('2024-01-10'),
          end: dayNumber('2024-06-01'),
          ongoing: false,
          point: false,
        },
      ],
      0,
      100,
    );
    expect(ticksOf(short).map((t) => t.label)).toEqual(['2024', '02', '03', '04', '05', '06']);
    const long = timeScale(
      [
        {
          start: dayNumber('2014-03-01'),
          end: dayNumber('2024-06-01'),
          ongoing: false,
          point: false,
        },
      ],
      0,
      100,
    );
    expect(ticksOf(long).every((t) => t.year)).toBe(true);
    expect(ticksOf(long)[0]?.label).toBe('2014');
  });
});

describe('lanes', () => {
  it('never puts two overlapping spans in one lane (property)', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 }))
      .map(([start, len]) => ({ start, end: start + len, ongoing: false, point: false }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (spans) => {
        const lanes = assignLanes(spans);
        spans.forEach((a, i) =>
          spans.forEach((b, j) => {
            if (i < j && lanes[i] === lanes[j])
              expect(a.end <= b.start || b.end <= a.start).toBe(true);
          }),
        );
      }),
    );
  });
});
