import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePatternCsv } from './csv';
import { EstimationError } from './errors';
import { estimateLogLinear } from './loglinear';
import type { CaptureTable } from './table';

const fixture = (name: string): CaptureTable =>
  parsePatternCsv(readFileSync(new URL(`./fixtures/${name}.csv`, import.meta.url), 'utf8')).table;

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof EstimationError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('estimateLogLinear', () => {
  it('gives the Lincoln–Petersen estimate n + n10·n01 / n11 for two lists', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        (a, b, c) => {
          const table = parsePatternCsv(`A,B,n\n1,0,${a}\n0,1,${b}\n1,1,${c}\n`).table;
          const result = estimateLogLinear(table, { draws: 10 });
          const exact = a + b + c + (a * b) / c;
          expect(Math.abs(result.estimate - exact) / exact).toBeLessThan(1e-9);
          expect(result.interval[0]).toBeLessThanOrEqual(result.diagnostics.profileMaximum);
          expect(result.interval[1]).toBeGreaterThanOrEqual(result.diagnostics.profileMaximum);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('puts Kosovo at about 7,400 under independence, as published, with a profile interval', () => {
    const result = estimateLogLinear(fixture('kosovo_aggregate_patterns'), { terms: [] });
    expect(result.estimate).toBeCloseTo(7394.6, 0);
    expect(result.model.name).toBe('[EXH][ABA][OSCE][HRW]');
    expect(result.interval[0]).toBeGreaterThan(7100);
    expect(result.interval[1]).toBeLessThan(7700);
    // Independence fits Kosovo badly: the warning says so in words.
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['heterogeneity', 'list_dependence']),
    );
  });

  it('reaches about 16,900 with all three-way interactions, the top of the published range', () => {
    const result = estimateLogLinear(fixture('kosovo_aggregate_patterns'), {
      terms: [
        ['EXH', 'ABA', 'OSCE'],
        ['EXH', 'ABA', 'HRW'],
        ['EXH', 'OSCE', 'HRW'],
        ['ABA', 'OSCE', 'HRW'],
        ...[
          ['EXH', 'ABA'],
          ['EXH', 'OSCE'],
          ['EXH', 'HRW'],
          ['ABA', 'OSCE'],
          ['ABA', 'HRW'],
          ['OSCE', 'HRW'],
        ],
      ],
    });
    expect(result.estimate).toBeGreaterThan(16_800);
    expect(result.estimate).toBeLessThan(17_000);
    expect(result.model.df).toBe(0);
    expect(result.model.pValue).toBeNull();
  });

  it('chooses among all 64 pairwise models by AIC, and describes the best first', () => {
    const result = estimateLogLinear(fixture('kosovo_aggregate_patterns'));
    expect(result.diagnostics).toMatchObject({
      search: 'exhaustive',
      modelsFitted: 64,
      maxOrder: 2,
    });
    expect(result.model.name).toBe('[EXH,ABA][EXH,OSCE][EXH,HRW][ABA,OSCE][OSCE,HRW]');
    expect(result.models[0]?.name).toBe(result.model.name);
    const aics = result.models.map((m) => m.aic);
    expect(aics).toEqual([...aics].sort((a, b) => a - b));
    expect(result.estimate).toBeGreaterThan(result.interval[0]);
    expect(result.estimate).toBeLessThan(result.interval[1]);
    expect(result.model.coefficients[0]).toEqual({
      term: '(intercept)',
      value: expect.closeTo(Math.log(result.estimate - 4400), 9),
    });
  });

  it('finds the same model stepwise as by trying every model, on these tables', () => {
    for (const name of ['kosovo_aggregate_patterns', 'madigan_york_3list_spina_bifida']) {
      const table = fixture(name);
      const all = estimateLogLinear(table, { search: 'exhaustive', draws: 10 });
      const step = estimateLogLinear(table, { search: 'stepwise', draws: 10 });
      expect(step.diagnostics.search).toBe('stepwise');
      expect(step.model.name).toBe(all.model.name);
      expect(step.diagnostics.modelsFitted).toBeLessThan(all.diagnostics.modelsFitted);
    }
  });

  it('chooses a smaller model by BIC than by AIC on the spina bifida lists', () => {
    const table = fixture('madigan_york_3list_spina_bifida');
    const aic = estimateLogLinear(table, { criterion: 'aic' });
    const bic = estimateLogLinear(table, { criterion: 'bic' });
    expect(bic.model.parameters).toBeLessThan(aic.model.parameters);
    expect(Math.round(bic.estimate)).toBe(731);
  });

  it('leaves out models a zero margin makes unfittable, and says so', () => {
    // A and B share nobody: any model with the A·B interaction runs off to −∞.
    const table = parsePatternCsv(
      'A,B,C,n\n1,0,0,40\n0,1,0,35\n1,1,0,0\n0,0,1,50\n1,0,1,12\n0,1,1,9\n1,1,1,0\n',
    ).table;
    const result = estimateLogLinear(table, { draws: 10 });
    expect(result.diagnostics.modelsNotFitted).toBeGreaterThan(0);
    expect(result.model.terms).not.toContainEqual(['A', 'B']);
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['models_not_fitted', 'few_overlaps']),
    );
  });

  it('fails with not_convergent, saying why, when the only model asked for cannot be fitted', () => {
    const table = parsePatternCsv(
      'A,B,C,n\n1,0,0,40\n0,1,0,35\n1,1,0,10\n0,0,1,50\n1,0,1,0\n0,1,1,4\n1,1,1,0\n',
    ).table;
    expect(codeOf(() => estimateLogLinear(table, { terms: [['A', 'C']] }))).toBe('not_convergent');
    expect(() => estimateLogLinear(table, { terms: [['A', 'C']] })).toThrow(
      /no log-linear model could be fitted \(a combination of lists it models has nobody in it\)/,
    );
  });

  it('refuses a term that is not a pair of lists, a non-hierarchical model and a bad order', () => {
    const table = fixture('kosovo_aggregate_patterns');
    expect(codeOf(() => estimateLogLinear(table, { terms: [['EXH', 'XYZ']] }))).toBe(
      'invalid_settings',
    );
    expect(codeOf(() => estimateLogLinear(table, { terms: [['EXH', 'ABA', 'HRW']] }))).toBe(
      'invalid_settings',
    );
    expect(codeOf(() => estimateLogLinear(table, { maxOrder: 4 }))).toBe('invalid_settings');
    expect(codeOf(() => estimateLogLinear(table, { draws: 0 }))).toBe('invalid_settings');
  });

  it('draws totals from the profile likelihood around the estimate, repeatably', () => {
    const table = fixture('madigan_york_3list_spina_bifida');
    const a = estimateLogLinear(table, { draws: 2000, seed: 4 });
    const b = estimateLogLinear(table, { draws: 2000, seed: 4 });
    expect(a.draws).toEqual(b.draws);
    const sorted = [...a.draws].sort((x, y) => x - y);
    // A flat-prior posterior is close to the likelihood interval.
    expect(sorted[50]).toBeGreaterThan(a.interval[0] - 15);
    expect(sorted[1950]).toBeLessThan(a.interval[1] + 15);
  });
});
