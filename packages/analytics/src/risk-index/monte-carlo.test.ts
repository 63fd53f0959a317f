import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute';
import { atRisk, diverseFacilities } from './fixtures';
import { dirichletConcentration } from './monte-carlo';
import { rng } from './rng';
import type { IndexResult, IndicatorValue, UnitScore } from './types';

const width = (u: UnitScore): number => {
  if (!u.interval) throw new Error(`${u.unit} has no interval`);
  return u.interval[1] - u.interval[0];
};
const unitOf = (result: IndexResult, unit: string): UnitScore => {
  const u = result.units.find((x) => x.unit === unit);
  if (!u) throw new Error(`no unit ${unit}`);
  return u;
};
const meanWidth = (result: IndexResult): number =>
  result.units.reduce((s, u) => s + width(u), 0) / result.units.length;

const facilities = diverseFacilities(12);

describe('computeIndex: Monte Carlo uncertainty', () => {
  it('gives the identical result for the same seed', () => {
    const a = computeIndex('facility', facilities, { seed: 42, draws: 300 });
    const b = computeIndex('facility', facilities, { seed: 42, draws: 300 });
    expect(b).toEqual(a);
  });

  it('draws differently for another seed but keeps the point scores and ranks', () => {
    const a = computeIndex('facility', facilities, { seed: 1, draws: 300 });
    const b = computeIndex('facility', facilities, { seed: 2, draws: 300 });
    expect(b.units.map((u) => [u.score, u.rank])).toEqual(a.units.map((u) => [u.score, u.rank]));
    expect(b.units.map((u) => u.interval)).not.toEqual(a.units.map((u) => u.interval));
  });

  it('contains the point score in the score, pillar and rank intervals', () => {
    const result = computeIndex('facility', facilities, { draws: 300 });
    for (const u of result.units) {
      const [lo, hi] = u.interval ?? [Number.NaN, Number.NaN];
      expect(lo).toBeLessThanOrEqual(u.score ?? Number.NaN);
      expect(hi).toBeGreaterThanOrEqual(u.score ?? Number.NaN);
      const [rlo, rhi] = u.rankInterval ?? [Number.NaN, Number.NaN];
      expect(rlo).toBeLessThanOrEqual(u.rank ?? Number.NaN);
      expect(rhi).toBeGreaterThanOrEqual(u.rank ?? Number.NaN);
      for (const p of u.pillars) {
        if (p.score === null) continue;
        expect(p.interval?.[0]).toBeLessThanOrEqual(p.score);
        expect(p.interval?.[1]).toBeGreaterThanOrEqual(p.score);
      }
    }
  });

  it('collapses the interval to the score when nothing is uncertain', () => {
    const result = computeIndex('facility', facilities, { weightSpread: 0, draws: 200 });
    for (const u of result.units) expect(width(u)).toBeCloseTo(0, 12);
    expect(result.units.every((u) => u.rankInterval?.[0] === u.rankInterval?.[1])).toBe(true);
  });

  it('widens the interval when the weights are allowed to spread further', () => {
    const narrow = computeIndex('facility', facilities, { weightSpread: 0.1, draws: 500 });
    const wide = computeIndex('facility', facilities, { weightSpread: 0.5, draws: 500 });
    expect(meanWidth(wide)).toBeGreaterThan(1.5 * meanWidth(narrow));
  });

  it('widens the interval of a unit whose data are partly removed', () => {
    const gone = new Set(['severe-methods-share', 'isolation-share', 'prosecution-share']);
    const thinned = facilities.filter((v) => !(v.unit === 'F3' && gone.has(v.indicator)));
    const full = unitOf(computeIndex('facility', facilities, { draws: 1000 }), 'F3');
    const partial = unitOf(computeIndex('facility', thinned, { draws: 1000 }), 'F3');
    expect(partial.score).not.toBeNull();
    expect(width(partial)).toBeGreaterThan(width(full));
  });

  it('widens the interval for expert values of lower confidence', () => {
    const withConfidence = (confidence: 'low' | 'high'): IndicatorValue[] =>
      facilities.map((v) => (v.indicator === 'monitoring-access' ? { ...v, confidence } : v));
    const opts = { weightSpread: 0, draws: 500 };
    const high = computeIndex('facility', withConfidence('high'), opts);
    const low = computeIndex('facility', withConfidence('low'), opts);
    expect(meanWidth(high)).toBeCloseTo(0, 12);
    expect(meanWidth(low)).toBeGreaterThan(0.01);
  });

  it('widens the interval of a share observed on few cases more than on many', () => {
    const values = (basis: number): IndicatorValue[] =>
      facilities.map((v) => (v.indicator === 'isolation-share' ? { ...v, basis } : v));
    const opts = { weightSpread: 0, draws: 500 };
    const few = computeIndex('facility', values(4), opts);
    const many = computeIndex('facility', values(400), opts);
    expect(meanWidth(few)).toBeGreaterThan(2 * meanWidth(many));
  });

  it('makes no draws when asked for none', () => {
    const result = computeIndex('facility', facilities, { draws: 0 });
    expect(result.units.every((u) => u.interval === null && u.rankInterval === undefined)).toBe(
      true,
    );
    expect(result.units.every((u) => u.score !== null && u.rank !== undefined)).toBe(true);
  });

  it('imputes an indicator nobody has from the whole scale, which widens every interval', () => {
    const opts = { weightSpread: 0, draws: 500 };
    const without = facilities.filter((v) => v.indicator !== 'at-risk-share');
    const result = computeIndex('facility', without, opts);
    expect(result.warnings.join('\n')).toContain('"at-risk-share" has no values');
    expect(meanWidth(result)).toBeGreaterThan(0.05);
  });
});

describe('dirichletConcentration', () => {
  it('makes a pillar weight vary by about the chosen spread', () => {
    const parts = 7;
    const spread = 0.25;
    const k = dirichletConcentration(parts, spread);
    const r = rng(3);
    const draws = Array.from({ length: 20_000 }, () => {
      const g = Array.from({ length: parts }, () => r.gamma(k / parts));
      return (g[0] as number) / g.reduce((s, x) => s + x, 0);
    });
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length);
    expect(mean).toBeCloseTo(1 / parts, 2);
    expect(sd / mean).toBeCloseTo(spread, 1);
  });
});

describe('computeIndex: a region-level example', () => {
  it('scores Russian and Ukrainian region codes alike', () => {
    const values = [
      atRisk('RU-ROS', 'incommunicado-share', 0.7),
      atRisk('RU-ROS', 'no-investigation-share', 0.95),
      atRisk('UA-43', 'incommunicado-share', 0.9),
      atRisk('UA-43', 'no-investigation-share', 1),
    ];
    const result = computeIndex('region', values, { minCoverage: 0 });
    expect(result.units.map((u) => [u.unit, u.rank])).toEqual([
      ['RU-ROS', 2],
      ['UA-43', 1],
    ]);
  });
});
