import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute';
import { INDICATORS } from './indicators';
import { normalise } from './normalise';

const worse = (min: number, max: number) =>
  ({ direction: 'higher-is-worse', normalisation: { kind: 'goalposts', min, max } }) as const;
const better = (min: number, max: number) =>
  ({ direction: 'higher-is-better', normalisation: { kind: 'goalposts', min, max } }) as const;
const log = (min: number, max: number) =>
  ({ direction: 'higher-is-worse', normalisation: { kind: 'log-goalposts', min, max } }) as const;
const minMax = { direction: 'higher-is-worse', normalisation: { kind: 'min-max' } } as const;

describe('normalise', () => {
  it('places a value between fixed goalposts linearly, 1 being the worst', () => {
    expect(normalise(worse(0, 1), 0.25)).toBe(0.25);
    expect(normalise(worse(0, 4), 3)).toBe(0.75);
    expect(normalise(worse(0, 0.25), 0.05)).toBeCloseTo(0.2, 12);
  });

  it('turns the scale round when higher is better', () => {
    expect(normalise(better(0, 1), 0.25)).toBe(0.75);
    expect(normalise(better(0, 4), 4)).toBe(0);
    expect(normalise(better(0, 4), 0)).toBe(1);
  });

  it('clamps values beyond the goalposts to the ends of the scale', () => {
    expect(normalise(worse(0, 1), 1.4)).toBe(1);
    expect(normalise(worse(0, 1), -0.2)).toBe(0);
    expect(normalise(better(0, 0.25), 0.6)).toBe(0);
  });

  it('places values on a logarithmic scale between log goalposts, zero counting as the lower one', () => {
    expect(normalise(log(1, 100), 1)).toBe(0);
    expect(normalise(log(1, 100), 10)).toBeCloseTo(0.5, 12);
    expect(normalise(log(1, 100), 100)).toBe(1);
    expect(normalise(log(1, 100), 0)).toBe(0);
    expect(normalise(log(1, 100), 5000)).toBe(1);
  });

  it('min-max places a value within the range observed among the units compared', () => {
    expect(normalise(minMax, 2, { min: 2, max: 12 })).toBe(0);
    expect(normalise(minMax, 7, { min: 2, max: 12 })).toBe(0.5);
    expect(normalise(minMax, 12, { min: 2, max: 12 })).toBe(1);
  });

  it('gives 0.5 under min-max when every unit has the same value, and needs the range', () => {
    expect(normalise(minMax, 3, { min: 3, max: 3 })).toBe(0.5);
    expect(() => normalise(minMax, 3)).toThrow(RangeError);
  });

  it('keeps every catalogue indicator within 0..1 and monotone in the raw value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDICATORS),
        fc.double({ min: -10, max: 1000, noNaN: true }),
        fc.double({ min: -10, max: 1000, noNaN: true }),
        (d, x, y) => {
          const range = { min: -10, max: 1000 };
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const a = normalise(d, lo, range);
          const b = normalise(d, hi, range);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(1);
          if (d.direction === 'higher-is-worse') expect(a).toBeLessThanOrEqual(b);
          else expect(a).toBeGreaterThanOrEqual(b);
        },
      ),
    );
  });
});

describe('min-max in the index', () => {
  it('compares deaths in custody only among the units of the level computed', () => {
    const result = computeIndex(
      'facility',
      [
        { unit: 'A', indicator: 'deaths-in-custody', value: 1 },
        { unit: 'B', indicator: 'deaths-in-custody', value: 3 },
        { unit: 'C', indicator: 'deaths-in-custody', value: 5 },
      ],
      { draws: 0 },
    );
    const deaths = result.units.map(
      (u) =>
        u.pillars
          .find((p) => p.pillar === 'deprivation-of-liberty')
          ?.indicators.find((i) => i.indicator === 'deaths-in-custody')?.normalised,
    );
    expect(deaths).toEqual([0, 0.5, 1]);
  });
});
