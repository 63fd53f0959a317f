import { describe, expect, it } from 'vitest';
import { fitLabel, heatLayout, stackOf } from './layout';

describe('chart geometry', () => {
  it('cuts long labels in the middle, keeping how they start and end, and leaves short ones', () => {
    expect(fitLabel('Beating', 10)).toBe('Beating');
    expect(fitLabel('Positional torture', 10)).toBe('Positi…ure');
    expect(fitLabel('Pre-trial Detention Centre No. 1 (SIZO-1), Kursk', 24)).toBe(
      'Pre-trial Dete…1), Kursk',
    );
    expect(fitLabel('Pre-trial Detention Centre No. 1 (SIZO-1), Kursk', 24)).toHaveLength(24);
    expect(fitLabel('abcdef', 3)).toBe('ab…');
  });

  it('stacks segments in order, leaving out zeros', () => {
    expect(
      stackOf([
        { key: 'a', value: 2 },
        { key: 'b', value: 0 },
        { key: null, value: 3 },
      ]),
    ).toEqual([
      { key: 'a', value: 2, y0: 0, y1: 2 },
      { key: null, value: 3, y0: 2, y1: 5 },
    ]);
    expect(stackOf([])).toEqual([]);
  });

  it('makes room for the labels, including slanted ones past the last column', () => {
    const small = heatLayout(
      ['2024', '2025', 'Undated'],
      ['Isolation', 'Slapping, kicking or punching'],
    );
    expect(small.left).toBeGreaterThanOrEqual(Math.ceil(7 * 7.4));
    expect(small.cellWidth).toBe(120);
    expect(small.height).toBe(small.top + 3 * small.cellHeight + 4);
    // The last label slants up and to the right from the middle of its column.
    expect(small.width).toBe(Math.ceil(small.left + 1.5 * 120 + 0.72 * 24 * 6.8 + 10));
    expect(small.width).toBeLessThan(720);
  });

  it('grows wider than the page for many columns, never narrowing cells below a number', () => {
    const wide = heatLayout(
      ['2024'],
      Array.from({ length: 40 }, (_, i) => `F${i}`),
    );
    expect(wide.cellWidth).toBe(34);
    expect(wide.width).toBeGreaterThanOrEqual(wide.left + 40 * 34 + 10);
    const long = heatLayout(['x'.repeat(80)], ['y'.repeat(80)]);
    expect(long.rowChars).toBe(32);
    expect(long.columnChars).toBe(24);
  });
});
