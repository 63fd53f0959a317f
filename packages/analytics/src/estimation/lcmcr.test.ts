import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePatternCsv } from './csv';
import { EstimationError } from './errors';
import { estimateLcmcr } from './lcmcr';
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

// A short chain, so the test runs in a few seconds: 12,500 sweeps instead of HRDAG's 1,010,000
// (those are in `npm run bench -- estimation`). These settings pass for seeds 1 to 12.
const FAST = { burnIn: 2000, samples: 400, thinning: 20 } as const;

describe('estimateLcmcr', () => {
  it.each([1, 2])(
    'puts Kosovo 1999 inside 9,002–12,122 with an interval holding the 10,401 of the Memory Book (seed %i)',
    (seed) => {
      const result = estimateLcmcr(fixture('kosovo_aggregate_patterns'), { ...FAST, seed });
      expect(result.observed).toBe(4400);
      expect(result.model.K).toBe(15);
      expect(result.estimate).toBeGreaterThanOrEqual(9002);
      expect(result.estimate).toBeLessThanOrEqual(12_122);
      expect(result.interval[0]).toBeLessThanOrEqual(10_401);
      expect(result.interval[1]).toBeGreaterThanOrEqual(10_401);
      expect(result.draws).toHaveLength(400);
      // Several latent classes: people differ in their chances of being documented.
      expect(result.model.occupiedClasses).toBeGreaterThan(2);
      expect(result.warnings.map((w) => w.code)).toContain('heterogeneity');
    },
  );

  it('repeats exactly with the same seed and differs with another', () => {
    const table = fixture('madigan_york_3list_spina_bifida');
    const settings = { burnIn: 100, samples: 30, thinning: 3 };
    const a = estimateLcmcr(table, { ...settings, seed: 5 });
    const b = estimateLcmcr(table, { ...settings, seed: 5 });
    const c = estimateLcmcr(table, { ...settings, seed: 6 });
    expect(a.draws).toEqual(b.draws);
    expect(a.draws).not.toEqual(c.draws);
    expect(a.model.K).toBe(7);
  });

  it('reports progress up to the last sweep', () => {
    const calls: [number, number][] = [];
    estimateLcmcr(fixture('madigan_york_3list_spina_bifida'), {
      burnIn: 200,
      samples: 10,
      thinning: 10,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.at(-1)).toEqual([800, 800]);
    expect(calls.length).toBeGreaterThan(100);
  });

  it('summarises coverage of each list and warns when the chain is too short to trust', () => {
    const result = estimateLcmcr(fixture('kosovo_aggregate_patterns'), {
      burnIn: 0,
      samples: 40,
      thinning: 1,
    });
    expect(result.model.coverage.map((c) => c.list)).toEqual(['EXH', 'ABA', 'OSCE', 'HRW']);
    for (const c of result.model.coverage) {
      expect(c.share).toBeGreaterThan(0);
      expect(c.share).toBeLessThan(1);
    }
    expect(result.warnings.map((w) => w.code)).toContain('poor_mixing');
  });

  it('refuses fewer than 3 lists, an empty list and settings out of range', () => {
    const two = parsePatternCsv('A,B,n\n1,0,5\n0,1,4\n1,1,2\n').table;
    expect(codeOf(() => estimateLcmcr(two))).toBe('too_few_lists');
    const empty = parsePatternCsv('A,B,C,n\n1,0,0,5\n0,1,0,4\n1,1,0,2\n').table;
    expect(codeOf(() => estimateLcmcr(empty))).toBe('empty_list');
    const table = fixture('madigan_york_3list_spina_bifida');
    expect(codeOf(() => estimateLcmcr(table, { K: 1 }))).toBe('invalid_settings');
    expect(codeOf(() => estimateLcmcr(table, { thinning: 0 }))).toBe('invalid_settings');
    expect(codeOf(() => estimateLcmcr(table, { samples: 5 }))).toBe('invalid_settings');
    expect(codeOf(() => estimateLcmcr(table, { aAlpha: 0 }))).toBe('invalid_settings');
  });
});
