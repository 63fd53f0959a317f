import { describe, expect, it } from 'vitest';
import { arcPath, flowWidth } from './flow';

describe('lines between facilities', () => {
  it('are as wide as the number of people they carried, from 2 to 10 pixels', () => {
    expect(flowWidth(1, 1)).toBe(2);
    expect(flowWidth(1, 9)).toBe(2);
    expect(flowWidth(9, 9)).toBe(10);
    expect(flowWidth(3, 9)).toBeCloseTo(6);
  });

  it('bow to the left of the direction of travel, so there and back do not overlap', () => {
    const there = arcPath([0, 0], [100, 0]);
    const back = arcPath([100, 0], [0, 0]);
    expect(there).toBe('M0,0Q50,-18 100,0');
    expect(back).toBe('M100,0Q50,18 0,0');
  });

  it('stop short of both points, so the arrow head does not hide them', () => {
    expect(arcPath([0, 0], [100, 0], 10)).toBe('M10,0Q50,-18 90,0');
    // Too close to bend: a straight line from point to point.
    expect(arcPath([0, 0], [15, 0], 10)).toBe('M0,0L15,0');
  });
});
