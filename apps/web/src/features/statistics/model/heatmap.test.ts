import { describe, expect, it } from 'vitest';
import { RAMP } from '../../facilities/map/colour';
import { heatScale } from './heatmap';

describe('the colours of a heat map', () => {
  it('puts counts in classes from 1 at round numbers, zero in none of them', () => {
    const scale = heatScale([0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]);
    expect(scale.classes.map((c) => c.lower)).toEqual([1, 3, 7, 20, 50]);
    expect(scale.classes.map((c) => c.upper)).toEqual([2, 6, 19, 49, 89]);
    expect(scale.classes.map((c) => c.colour)).toEqual([...RAMP]);
    expect(scale.classOf(0)).toBeUndefined();
    expect(scale.classOf(1)?.lower).toBe(1);
    expect(scale.classOf(4)?.lower).toBe(3);
    expect(scale.classOf(20)?.lower).toBe(20);
    expect(scale.classOf(89)?.lower).toBe(50);
  });

  it('writes numbers white on the dark classes only', () => {
    const scale = heatScale([1, 2, 5, 10, 50, 100]);
    expect(scale.classes.map((c) => c.dark)).toEqual([false, false, true, true, true]);
  });

  it('has a class for ones, and none at all without counts', () => {
    expect(heatScale([1, 1, 0]).classes).toEqual([
      { lower: 1, upper: 1, colour: RAMP[0], dark: false },
    ]);
    expect(heatScale([3, 3]).classes.map((c) => [c.lower, c.upper])).toEqual([
      [1, 2],
      [3, 3],
    ]);
    expect(heatScale([0, 0]).classes).toEqual([]);
    expect(heatScale([]).classOf(5)).toBeUndefined();
  });
});
