import { describe, expect, it } from 'vitest';
import { pairAccuracy } from './evaluate';

describe('pair accuracy', () => {
  it('counts pairs inside clusters against pairs inside true groups', () => {
    // Truth {0,1,2} {3}; predicted {0,1} {2,3}: 1 of 2 predicted pairs right, 1 of 3 true pairs found.
    const a = pairAccuracy([1, 1, 2, 2], ['x', 'x', 'x', 'y']);
    expect(a).toMatchObject({ truePositives: 1, predicted: 2, actual: 3 });
    expect(a.precision).toBe(0.5);
    expect(a.recall).toBeCloseTo(1 / 3, 12);
    expect(a.f1).toBeCloseTo(0.4, 12);
  });

  it('counts only pairs across sources when sources are given', () => {
    const a = pairAccuracy([1, 1, 1], ['x', 'x', 'x'], [0, 0, 1]);
    expect(a).toMatchObject({ truePositives: 2, predicted: 2, actual: 2, f1: 1 });
  });
});
