import { describe, expect, it } from 'vitest';
import { CliError } from '../../errors';
import { estimateOptionsOf, wholeNumber } from './args';

const usage = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof CliError && error.code === 'usage') return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
};

describe('vigil estimate arguments', () => {
  it('take each method with its own settings and seed 1 by default', () => {
    expect(estimateOptionsOf({ input: 'p.csv', method: 'loglinear' })).toEqual({
      method: 'loglinear',
      seed: 1,
    });
    expect(
      estimateOptionsOf({
        input: 'p.csv',
        method: 'LogLinear',
        order: '3',
        criterion: 'BIC',
        seed: '7',
      }),
    ).toEqual({ method: 'loglinear', seed: 7, maxOrder: 3, criterion: 'bic' });
    expect(
      estimateOptionsOf({
        input: 'p.csv',
        method: 'lcmcr',
        k: '10',
        burnIn: '10000',
        samples: '1000',
        thinning: '1000',
      }),
    ).toEqual({ method: 'lcmcr', seed: 1, K: 10, burnIn: 10_000, samples: 1000, thinning: 1000 });
    expect(
      estimateOptionsOf({ input: 'p.csv', method: 'dga', delta: '0.5', maxMissing: '300' }),
    ).toEqual({ method: 'dga', seed: 1, delta: 0.5, maxMissing: 300 });
  });

  it('refuse an unknown method, naming the ones there are', () => {
    expect(usage(() => estimateOptionsOf({ input: 'p.csv', method: 'petersen' }))).toBe(
      '--method must be one of loglinear, lcmcr, dga, got "petersen"',
    );
  });

  it('refuse a setting given to a method that does not read it', () => {
    expect(usage(() => estimateOptionsOf({ input: 'p.csv', method: 'dga', thinning: '10' }))).toBe(
      '--thinning applies to --method lcmcr, not dga',
    );
    expect(usage(() => estimateOptionsOf({ input: 'p.csv', method: 'lcmcr', order: '2' }))).toMatch(
      /--order applies to --method loglinear/,
    );
  });

  it('refuse numbers out of range or not whole', () => {
    expect(usage(() => estimateOptionsOf({ input: 'p.csv', method: 'lcmcr', seed: '-1' }))).toMatch(
      /--seed must be a whole number from 0/,
    );
    expect(usage(() => estimateOptionsOf({ input: 'p.csv', method: 'lcmcr', k: '1' }))).toMatch(
      /--k must be a whole number from 2 to 50/,
    );
    expect(
      usage(() => estimateOptionsOf({ input: 'p.csv', method: 'lcmcr', samples: '2.5' })),
    ).toMatch(/--samples/);
    expect(usage(() => estimateOptionsOf({ input: 'p.csv', method: 'dga', delta: '0' }))).toMatch(
      /--delta must be a positive number/,
    );
    expect(
      usage(() => estimateOptionsOf({ input: 'p.csv', method: 'loglinear', criterion: 'dic' })),
    ).toMatch(/--criterion must be aic or bic/);
    expect(wholeNumber(' 12 ', '--x', 0, 20)).toBe(12);
  });
});
