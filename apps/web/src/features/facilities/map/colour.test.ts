import { FACILITY_TYPES } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { aFacility } from '../model/fixtures.test-helpers';
import {
  CATEGORY_COLOURS,
  DIMENSIONS,
  NO_VALUE,
  binOf,
  categoryColour,
  isColourBy,
} from './colour';

const l = {
  t: (id: string, v?: Record<string, unknown>) => (v ? `${id}:${JSON.stringify(v)}` : id),
  locale: 'en',
};

describe('map colours', () => {
  it('give every facility type its own colour, none of them the grey of “not recorded”', () => {
    const colours = FACILITY_TYPES.map((type) => categoryColour(FACILITY_TYPES, type));
    expect(new Set(colours).size).toBe(FACILITY_TYPES.length);
    expect(colours).not.toContain(NO_VALUE);
    expect(CATEGORY_COLOURS.length).toBeGreaterThanOrEqual(FACILITY_TYPES.length);
  });

  it('keep a value’s colour whatever else is shown', () => {
    const sizo = aFacility({ type: 'sizo' });
    const prison = aFacility({ type: 'prison' });
    const both = DIMENSIONS.type.colouring([sizo, prison], l, '2026-01-01');
    const one = DIMENSIONS.type.colouring([sizo], l, '2026-01-01');
    expect(one.colourOf(sizo)).toBe(both.colourOf(sizo));
  });

  it('list in the legend only the values shown, with counts, and “not recorded” last', () => {
    const facilities = [
      aFacility({ status: [{ status: 'operating' }] }),
      aFacility({ status: [{ status: 'operating' }] }),
      aFacility({ status: [] }),
    ];
    const { legend, colourOf } = DIMENSIONS.status.colouring(facilities, l, '2026-01-01');
    expect(legend.map((e) => [e.key, e.count])).toEqual([
      ['operating', 2],
      ['', 1],
    ]);
    expect(colourOf(facilities[2] ?? aFacility())).toBe(NO_VALUE);
  });

  it('bin capacities on a ramp', () => {
    expect(binOf([0, 250, 500], 0)).toBe(0);
    expect(binOf([0, 250, 500], 499)).toBe(1);
    expect(binOf([0, 250, 500], 10_000)).toBe(2);
    const { legend } = DIMENSIONS.capacity.colouring(
      [aFacility({ capacity: 300 }), aFacility({ capacity: null })],
      l,
      '2026-01-01',
    );
    expect(legend.map((e) => e.key)).toEqual(['250', '']);
  });

  it('know which attributes they can colour by', () => {
    expect(isColourBy('authority')).toBe(true);
    expect(isColourBy('toString')).toBe(false);
  });
});
