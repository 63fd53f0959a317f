import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodProblem } from './PeriodFields';

/** Valid ISO days, 1900–2099. */
const day = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('periodProblem', () => {
  it('accepts open ends on either side or both', () => {
    expect(periodProblem('', '')).toBeNull();
    expect(periodProblem('2024-01-01', '')).toBeNull();
    expect(periodProblem('', '2024-12-31')).toBeNull();
  });

  it('accepts a period of one day', () => {
    expect(periodProblem('2024-02-29', '2024-02-29')).toBeNull();
  });

  it('calls a text that is not a real YYYY-MM-DD day a bad day, on either end', () => {
    for (const bad of ['2024-13-01', '2023-02-29', '24-01-01', '2024/01/01', 'soon', '2024-1-1']) {
      expect(periodProblem(bad, ''), bad).toBe('badDay');
      expect(periodProblem('', bad), bad).toBe('badDay');
      expect(periodProblem(bad, '2024-01-01'), bad).toBe('badDay');
    }
  });

  it('reports a bad day before a reversed period', () => {
    expect(periodProblem('2025-01-01', '2024-13-01')).toBe('badDay');
  });

  it('accepts two days exactly when to is not before from', () => {
    fc.assert(
      fc.property(day, day, (from, to) => {
        expect(periodProblem(from, to)).toBe(to < from ? 'reversed' : null);
      }),
    );
  });
});
