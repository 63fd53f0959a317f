import { describe, expect, it } from 'vitest';
import { axisTicks, axisTop, labelEvery, linearScale, linePath, slots } from './chart';

describe('chart scales', () => {
  it('map a domain linearly onto positions, upside down for a value axis', () => {
    const y = linearScale([0, 10], [100, 0]);
    expect(y.at(0)).toBe(100);
    expect(y.at(5)).toBe(50);
    expect(y.at(10)).toBe(0);
    expect(linearScale([3, 3], [0, 50]).at(3)).toBe(0);
  });

  it('end a count axis on a round tick at or above the largest value, and a share axis at 100 %', () => {
    expect(axisTop([7], false)).toBe(8);
    expect(axisTop([10], false)).toBe(10);
    expect(axisTop([0, 0], false)).toBe(1);
    expect(axisTop([], false)).toBe(1);
    expect(axisTop([0.3], true)).toBe(1);
    expect(axisTicks(10, 4)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axisTicks(1, 4, true)).toEqual([0, 1]);
  });

  it('divide the width into equal slots with centres', () => {
    const s = slots(4, 0, 100);
    expect(s.width).toBe(25);
    expect(s.start(1)).toBe(25);
    expect(s.centre(0)).toBe(12.5);
    expect(slots(0, 0, 100).width).toBe(0);
  });

  it('break a line where a value is missing, never drawing it down to zero', () => {
    expect(linePath([[0, 10], [10, 20], null, [30, 5], [40, 5.04]])).toBe('M0,10L10,20M30,5L40,5');
    // A value alone between gaps has no line (its dot is drawn on its own).
    expect(linePath([[0, 1], null, [2, 3], null])).toBe('');
    expect(linePath([])).toBe('');
  });

  it('print every n-th axis label so that labels do not overlap', () => {
    expect(labelEvery(4, 400, 50)).toBe(1);
    expect(labelEvery(40, 400, 50)).toBe(5);
    expect(labelEvery(0, 400, 50)).toBe(1);
  });
});
