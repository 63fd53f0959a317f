import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute';
import { indicatorsFor } from './indicators';
import { PILLARS, type Level, type Pillar } from './pillars';
import type { IndexSettings } from './settings';
import type { IndicatorValue } from './types';

const LEVELS: Level[] = ['country', 'region', 'facility'];
const UNITS = ['RU-ROS', 'RU-MOW', 'UA-43', 'F-17', 'F-22', 'RU-TA'];

const valueArb = (level: Level): fc.Arbitrary<IndicatorValue> =>
  fc.record(
    {
      unit: fc.constantFrom(...UNITS),
      indicator: fc.constantFrom(...indicatorsFor(level).map((d) => d.id)),
      value: fc.option(fc.double({ min: -1, max: 150, noNaN: true }), { nil: null }),
      basis: fc.integer({ min: 1, max: 500 }),
      confidence: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
      evidence: fc.constant('property test'),
    },
    { requiredKeys: ['unit', 'indicator', 'value'] },
  );

const settingsArb: fc.Arbitrary<Partial<IndexSettings>> = fc.record({
  weights: fc
    .tuple(...PILLARS.map(() => fc.double({ min: 0.1, max: 3, noNaN: true })))
    .map((ws) => Object.fromEntries(PILLARS.map((p, i) => [p, ws[i]])) as Record<Pillar, number>),
  aggregation: fc.constantFrom('arithmetic' as const, 'geometric' as const),
  draws: fc.integer({ min: 0, max: 40 }),
  seed: fc.integer(),
  weightSpread: fc.double({ min: 0, max: 1, noNaN: true }),
  minCoverage: fc.double({ min: 0, max: 1, noNaN: true }),
  varyAggregation: fc.boolean(),
});

const caseArb = fc.constantFrom(...LEVELS).chain((level) =>
  fc.record({
    level: fc.constant(level),
    // One value per unit and indicator: which of two duplicates is used depends on their order.
    values: fc.uniqueArray(valueArb(level), {
      maxLength: 60,
      selector: (v) => `${v.unit} ${v.indicator}`,
    }),
    settings: settingsArb,
  }),
);

const within01 = (x: number): boolean => x >= 0 && x <= 1;

describe('computeIndex: properties', () => {
  it('keeps scores within 0..1 and intervals ordered around them, for any data and settings', () => {
    fc.assert(
      fc.property(caseArb, ({ level, values, settings }) => {
        const result = computeIndex(level, values, settings);
        const scored = result.units.filter((u) => u.score !== null).length;
        for (const u of result.units) {
          expect(within01(u.coverage)).toBe(true);
          if (u.score === null) {
            expect(u.interval).toBeNull();
            expect(u.rank).toBeUndefined();
          } else {
            expect(within01(u.score)).toBe(true);
            expect(u.rank).toBeGreaterThanOrEqual(1);
            expect(u.rank).toBeLessThanOrEqual(scored);
            if (u.interval) {
              const [lo, hi] = u.interval;
              expect(within01(lo) && within01(hi)).toBe(true);
              expect(lo <= u.score && u.score <= hi).toBe(true);
            }
            if (u.rankInterval && u.rank !== undefined) {
              const [lo, hi] = u.rankInterval;
              expect(1 <= lo && lo <= u.rank && u.rank <= hi && hi <= scored).toBe(true);
            }
          }
          for (const p of u.pillars) {
            expect(within01(p.coverage)).toBe(true);
            if (p.score === null) expect(p.interval).toBeNull();
            else expect(within01(p.score)).toBe(true);
            if (p.interval && p.score !== null) {
              expect(p.interval[0] <= p.score && p.score <= p.interval[1]).toBe(true);
            }
            for (const i of p.indicators) {
              if (i.normalised !== null) expect(within01(i.normalised)).toBe(true);
            }
          }
        }
        for (const s of result.sensitivity) {
          expect(s.effect).toBeGreaterThanOrEqual(0);
          if (s.correlation !== null) expect(Math.abs(s.correlation)).toBeLessThanOrEqual(1 + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same point scores whatever the seed, the draws or the order of the values', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ level, values, settings }, seed) => {
        const scores = (vs: readonly IndicatorValue[], s: Partial<IndexSettings>) =>
          Object.fromEntries(computeIndex(level, vs, s).units.map((u) => [u.unit, u.score]));
        const base = scores(values, settings);
        expect(scores([...values].reverse(), { ...settings, seed, draws: 5 })).toEqual(base);
      }),
      { numRuns: 100 },
    );
  });

  it('changes nothing when null values are added for units already present', () => {
    fc.assert(
      fc.property(caseArb, ({ level, values, settings }) => {
        const present = [...new Set(values.map((v) => v.unit))];
        const nulls = present.flatMap((unit) =>
          indicatorsFor(level).map((d) => ({ unit, indicator: d.id, value: null })),
        );
        expect(computeIndex(level, [...values, ...nulls], settings)).toEqual(
          computeIndex(level, values, settings),
        );
      }),
      { numRuns: 60 },
    );
  });
});
