import { describe, expect, it } from 'vitest';
import { auditSeries, protectSeries, SERIES_TOTAL } from './series';

const labels = (n: number) => Array.from({ length: n }, (_, i) => `${2020 + i}`);

describe('protectSeries', () => {
  it('hides a small count and the smallest other non-zero count, keeping the total', () => {
    const values = [10, 3, 12, 0, 40];
    const p = protectSeries(values, labels(5));
    expect(p.values).toEqual([null, null, 12, 0, 40]);
    expect(p.total).toBe(65);
    expect(p.primary).toEqual([1]);
    expect(p.complementary).toEqual([0]);
    expect(auditSeries(values, p).safe).toBe(true);
  });

  it('hides the total when nothing else could cover a small count', () => {
    const values = [0, 3, 0];
    const p = protectSeries(values, labels(3));
    // The total equals the count here, so it is small and hidden itself.
    expect(p.values).toEqual([0, null, 0]);
    expect(p.total).toBeNull();
    expect(p.primary).toEqual([1, SERIES_TOTAL]);
  });

  it('publishes two small counts with a large total as they cover each other', () => {
    const values = [2, 3, 20];
    const p = protectSeries(values, labels(3));
    expect(p.values).toEqual([null, null, 20]);
    expect(p.complementary).toEqual([]);
    expect(auditSeries(values, p).safe).toBe(true);
  });

  it('refuses labels and values of different lengths', () => {
    expect(() => protectSeries([1, 2], ['a'])).toThrow(
      expect.objectContaining({ code: 'shape_mismatch' }),
    );
  });
});

describe('auditSeries', () => {
  it('catches a lone suppressed count, recovered from the total', () => {
    const values = [10, 3, 12];
    const p = {
      labels: labels(3),
      values: [10, null, 12],
      total: 25,
      primary: [1],
      complementary: [],
    };
    expect(auditSeries(values, p)).toEqual({
      safe: false,
      problems: [
        {
          index: 1,
          lower: 3,
          upper: 3,
          reason: 'recoverable exactly (3) from the published figures',
        },
      ],
    });
  });
});
