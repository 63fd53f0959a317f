import { estimateByStratum, estimatePopulation, parsePatternCsv } from '@vigil/analytics';
import { describe, expect, it } from 'vitest';
import { patternCsv } from './csv';
import { wholeAnswer, yearAnswer } from './fixtures.test-helpers';
import { patternTables } from './patterns';
import { runEstimate } from './run';

const whole = patternTables(wholeAnswer);
const byYear = patternTables(yearAnswer);

describe('running an estimate', () => {
  it('gives the figure vigil estimate gives for the downloaded CSV, with its interval', () => {
    const result = runEstimate({
      method: 'loglinear',
      seed: 7,
      stratified: false,
      strata: whole.strata,
    });
    const cli = estimatePopulation(parsePatternCsv(patternCsv(whole, false)).table, {
      method: 'loglinear',
      seed: 7,
    });
    const [only] = result.strata;
    expect(only?.status).toBe('estimated');
    if (only?.status !== 'estimated') return;
    expect(only.figure.estimate).toBe(cli.estimate);
    expect(only.figure.interval).toEqual(cli.interval);
    expect(only.figure.observed).toBe(626);
    expect(only.figure.interval[0]).toBeLessThanOrEqual(only.figure.estimate);
    expect(only.figure.interval[1]).toBeGreaterThanOrEqual(only.figure.estimate);
    expect(only.model.method).toBe('loglinear');
    expect(result.total?.estimate).toBe(cli.estimate);
  });

  it('gives dga’s 731 ± 3 on the spina bifida lists', () => {
    const result = runEstimate({ method: 'dga', seed: 1, stratified: false, strata: whole.strata });
    // Madigan and York's figure is 731 ± 3 (the estimation module's own test pins the prior).
    expect(Math.abs((result.total?.estimate ?? 0) - 731)).toBeLessThanOrEqual(3);
    const [only] = result.strata;
    expect(
      only?.status === 'estimated' && only.model.method === 'dga' && only.model.top.length,
    ).toBe(3);
  });

  it('skips a small stratum with its reason and adds up the others as the CLI does with --stratum', () => {
    const shares: number[] = [];
    const result = runEstimate(
      { method: 'loglinear', seed: 3, stratified: true, strata: byYear.strata },
      (share) => shares.push(share),
    );
    expect(result.strata.map((s) => s.status)).toEqual(['estimated', 'estimated', 'skipped']);
    const skipped = result.strata[2];
    expect(skipped?.status === 'skipped' && skipped.skip).toEqual({
      reason: 'tooFewPeople',
      people: 4,
      min: 10,
    });
    const csv = parsePatternCsv(
      patternCsv({ lists: byYear.lists, strata: byYear.strata.slice(0, 2) }, true),
      { stratum: 'stratum' },
    );
    const cli = estimateByStratum(csv.strata, { method: 'loglinear', seed: 3 });
    expect(result.total?.estimate).toBe(cli.total.estimate);
    expect(result.total?.interval).toEqual(cli.total.interval);
    expect(result.total?.observed).toBe(626);
    expect(result.total?.strata).toBe(2);
    expect(shares.at(-1)).toBe(1);
  });

  it('reports LCMCR’s progress as it samples, ending at 1', () => {
    const shares: number[] = [];
    runEstimate({ method: 'lcmcr', seed: 1, stratified: false, strata: whole.strata }, (share) =>
      shares.push(share),
    );
    expect(shares.length).toBeGreaterThan(3);
    expect(shares.some((s) => s > 0 && s < 1)).toBe(true);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(shares.at(-1)).toBe(1);
  });

  it('says a method’s refusal in the stratum it happened, and still adds up the rest', () => {
    const result = runEstimate({
      method: 'dga',
      seed: 1,
      stratified: true,
      // Two lists: dga needs three, in every stratum.
      strata: byYear.strata.map((s) => ({
        stratum: s.stratum,
        table: { lists: ['a', 'b'], counts: [0, 20, 30, 5] },
      })),
    });
    expect(result.strata.map((s) => s.status)).toEqual(['failed', 'failed', 'failed']);
    const first = result.strata[0];
    expect(first?.status === 'failed' && first.error.code).toBe('too_few_lists');
    expect(first?.status === 'failed' && first.error.message).not.toMatch(/^stratum/);
    expect(result.total).toBeNull();
  });

  it('estimates nothing and says why when the only table is too small', () => {
    const result = runEstimate({
      method: 'loglinear',
      seed: 1,
      stratified: false,
      strata: [byYear.strata[2] ?? { stratum: null, table: { lists: [], counts: [] } }],
    });
    expect(result.strata[0]?.status).toBe('skipped');
    expect(result.total).toBeNull();
  });
});
