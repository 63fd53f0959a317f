import { describe, expect, it } from 'vitest';
import { parsePatternCsv } from './csv';
import { EstimationError } from './errors';
import { estimateByStratum, estimatePopulation } from './estimate';

const STRATIFIED = [
  'region,A,B,C,n',
  'north,1,0,0,60',
  'north,0,1,0,49',
  'north,1,1,0,14',
  'north,0,0,1,47',
  'north,1,0,1,22',
  'north,0,1,1,12',
  'north,1,1,1,6',
  'south,1,0,0,120',
  'south,0,1,0,80',
  'south,1,1,0,30',
  'south,0,0,1,90',
  'south,1,0,1,35',
  'south,0,1,1,28',
  'south,1,1,1,9',
].join('\n');

describe('estimatePopulation', () => {
  it('runs the method named, and each returns the same kind of answer', () => {
    const { table } = parsePatternCsv(STRATIFIED, { stratum: 'region' });
    for (const method of ['loglinear', 'lcmcr', 'dga'] as const) {
      const result = estimatePopulation(table, {
        method,
        ...(method === 'lcmcr' ? { burnIn: 300, samples: 100, thinning: 5 } : {}),
      });
      expect(result.method).toBe(method);
      expect(result.observed).toBe(602);
      expect(result.estimate).toBeGreaterThan(602);
      expect(result.interval[0]).toBeLessThanOrEqual(result.estimate);
      expect(result.interval[1]).toBeGreaterThanOrEqual(result.estimate);
    }
  });
});

describe('estimateByStratum', () => {
  it('adds up log-linear strata, with an interval from the summed draws', () => {
    const { strata } = parsePatternCsv(STRATIFIED, { stratum: 'region' });
    const result = estimateByStratum(strata, { method: 'loglinear', seed: 3 });
    const [north, south] = result.strata;
    expect(result.strata.map((s) => s.stratum)).toEqual(['north', 'south']);
    expect(result.total.observed).toBe(602);
    expect(result.total.estimate).toBeCloseTo(
      (north?.result.estimate ?? 0) + (south?.result.estimate ?? 0),
      9,
    );
    const [lo, hi] = result.total.interval;
    expect(lo).toBeLessThan(result.total.estimate);
    expect(hi).toBeGreaterThan(result.total.estimate);
    // Independent errors partly cancel: narrower than the two intervals laid end to end.
    const stacked = result.strata.reduce(
      (s, x) => s + x.result.interval[1] - x.result.interval[0],
      0,
    );
    expect(hi - lo).toBeLessThan(stacked);
    expect(result.total.draws).toHaveLength(1000);
  });

  it('gives the same totals for the same seed and sums LCMCR draws', () => {
    const { strata } = parsePatternCsv(STRATIFIED, { stratum: 'region' });
    const options = { method: 'lcmcr', burnIn: 200, samples: 50, thinning: 4, seed: 8 } as const;
    const a = estimateByStratum(strata, options);
    const b = estimateByStratum(strata, options);
    expect(a.total).toEqual(b.total);
    const first = a.total.draws[0];
    expect(first).toBe((a.strata[0]?.result.draws[0] ?? 0) + (a.strata[1]?.result.draws[0] ?? 0));
  });

  it('names the stratum an error comes from', () => {
    const csv = `${STRATIFIED}\neast,1,0,0,5\neast,0,1,0,4\neast,1,1,0,2`;
    const { strata } = parsePatternCsv(csv, { stratum: 'region' });
    expect(() => estimateByStratum(strata, { method: 'dga' })).toThrow(EstimationError);
    expect(() => estimateByStratum(strata, { method: 'dga' })).toThrow(
      /stratum "east": "C" has nobody on it/,
    );
  });
});
