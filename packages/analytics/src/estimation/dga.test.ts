import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePatternCsv } from './csv';
import { estimateDga } from './dga';
import { EstimationError } from './errors';
import type { CaptureTable } from './table';

const fixture = (name: string): CaptureTable =>
  parsePatternCsv(readFileSync(new URL(`./fixtures/${name}.csv`, import.meta.url), 'utf8')).table;

/** Madigan and York's prior for the spina bifida example, as in dga's own tests. */
const MY_PRIOR = { kind: 'negativeBinomial', a: 13.14, b: 55.17 } as const;

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof EstimationError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('estimateDga', () => {
  it('reproduces dga on the spina bifida example: 731, mode 728, top model 0.37 (mode 729)', () => {
    const result = estimateDga(fixture('madigan_york_3list_spina_bifida'), {
      delta: 1,
      prior: MY_PRIOR,
      maxMissing: 300,
    });
    expect(result.observed).toBe(626);
    expect(Math.round(result.estimate)).toBe(731);
    expect(result.diagnostics.mode).toBe(728);
    const top = result.models[0];
    expect(top?.posteriorProbability).toBeCloseTo(0.37, 2);
    expect(Math.round(top?.estimate ?? 0)).toBe(731);
    expect(top?.mode).toBe(729);
    expect(top?.edges).toEqual([['L1', 'L2']]);
  });

  it('gives 731 ± 3 on the spina bifida example with the range of N found by itself', () => {
    const result = estimateDga(fixture('madigan_york_3list_spina_bifida'), {
      delta: 1,
      prior: MY_PRIOR,
    });
    expect(Math.abs(result.estimate - 731)).toBeLessThanOrEqual(3);
    expect(result.interval[0]).toBeLessThan(731);
    expect(result.interval[1]).toBeGreaterThan(731);
    expect(result.diagnostics.tailRatio).toBeLessThan(1e-6);
    expect(result.warnings.map((w) => w.code)).not.toContain('unbounded_interval');
  });

  it('reproduces the model probabilities of dga’s five-list example (0.217, 0.160, 0.082)', () => {
    const result = estimateDga(fixture('madigan_york_5list'), { delta: 0.5, maxMissing: 300 });
    expect(result.diagnostics.modelsAveraged).toBe(822);
    expect(result.models.slice(0, 3).map((m) => m.posteriorProbability)).toEqual([
      expect.closeTo(0.21707345, 7),
      expect.closeTo(0.16029369, 7),
      expect.closeTo(0.08226562, 7),
    ]);
    // dga's README prints these for N = 626 + missing; here N = 537 + missing.
    expect(Math.round(result.models[0]?.estimate ?? 0) - 537).toBe(716 - 626);
    expect(result.models[0]?.mode).toBe(537 + 713 - 626);
    expect(result.models[0]?.interval).toEqual([537 + 687 - 626, 537 + 752 - 626]);
  });

  it('warns when the range of N computed cuts the posterior off', () => {
    const result = estimateDga(fixture('madigan_york_3list_spina_bifida'), { maxMissing: 40 });
    expect(result.warnings.map((w) => w.code)).toContain('unbounded_interval');
  });

  it('does not depend on the order of the lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 7, maxLength: 7 }),
        (cs) => {
          const forward = parsePatternCsv(
            [
              'A,B,C,n',
              ...cs.map(
                (c, i) => `${(i + 1) & 1},${((i + 1) >> 1) & 1},${((i + 1) >> 2) & 1},${c}`,
              ),
            ].join('\n'),
          ).table;
          const reversed = parsePatternCsv(
            [
              'C,B,A,n',
              ...cs.map(
                (c, i) => `${((i + 1) >> 2) & 1},${((i + 1) >> 1) & 1},${(i + 1) & 1},${c}`,
              ),
            ].join('\n'),
          ).table;
          const a = estimateDga(forward, { maxMissing: 2000, draws: 10 });
          const b = estimateDga(reversed, { maxMissing: 2000, draws: 10 });
          expect(b.estimate).toBeCloseTo(a.estimate, 6);
          expect(b.interval).toEqual(a.interval);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses fewer than 3 or more than 5 lists, and a prior out of range', () => {
    const two = parsePatternCsv('A,B,n\n1,0,5\n0,1,4\n1,1,2\n').table;
    expect(codeOf(() => estimateDga(two))).toBe('too_few_lists');
    const six = parsePatternCsv(
      ['A,B,C,D,E,F,n', '1,0,0,0,0,0,5', '1,1,0,0,0,0,2', '0,0,1,1,1,1,3'].join('\n'),
    ).table;
    expect(codeOf(() => estimateDga(six))).toBe('too_many_lists');
    const table = fixture('madigan_york_3list_spina_bifida');
    expect(codeOf(() => estimateDga(table, { delta: 0 }))).toBe('invalid_settings');
    expect(
      codeOf(() => estimateDga(table, { prior: { kind: 'negativeBinomial', a: -1, b: 2 } })),
    ).toBe('invalid_settings');
  });

  it('draws N from the averaged posterior, the same for the same seed', () => {
    const table = fixture('madigan_york_3list_spina_bifida');
    const a = estimateDga(table, { draws: 200, seed: 9 });
    const b = estimateDga(table, { draws: 200, seed: 9 });
    expect(a.draws).toEqual(b.draws);
    expect(a.draws).toHaveLength(200);
    expect(Math.min(...a.draws)).toBeGreaterThanOrEqual(626);
  });
});
