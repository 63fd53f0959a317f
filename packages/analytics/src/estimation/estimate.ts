// One entry point for the three estimators, and stratified estimation: each stratum on its own,
// the total with an interval from the sum of the strata's draws.
import { estimateDga, type DgaEstimate, type DgaOptions } from './dga';
import { EstimationError } from './errors';
import { estimateLcmcr, type LcmcrEstimate, type LcmcrOptions } from './lcmcr';
import { estimateLogLinear, type LogLinearEstimate, type LogLinearOptions } from './loglinear';
import { rng } from './random';
import { quantileSorted } from './summary';
import type { CaptureTable } from './table';
import type { EstimationMethod, ProgressFn } from './types';

/** The method and its settings. */
export type EstimateOptions =
  | ({ readonly method: 'loglinear' } & LogLinearOptions)
  | ({ readonly method: 'lcmcr' } & LcmcrOptions)
  | ({ readonly method: 'dga' } & DgaOptions);

/** What any of the methods returns. */
export type PopulationEstimate = LogLinearEstimate | LcmcrEstimate | DgaEstimate;

/** Estimates the total, documented and undocumented, from a pattern table with one method. */
export const estimatePopulation = (
  table: CaptureTable,
  options: EstimateOptions,
): PopulationEstimate => {
  switch (options.method) {
    case 'loglinear':
      return estimateLogLinear(table, options);
    case 'lcmcr':
      return estimateLcmcr(table, options);
    case 'dga':
      return estimateDga(table, options);
  }
};

/** Estimates per stratum and for their total. */
export interface StratifiedEstimate {
  readonly method: EstimationMethod;
  readonly strata: readonly { readonly stratum: string; readonly result: PopulationEstimate }[];
  readonly total: {
    readonly observed: number;
    /**
     * Log-linear: the sum of the strata's estimates. LCMCR: the median of the summed draws.
     * dga: E[1/T] / E[1/T²] over the summed draws.
     */
    readonly estimate: number;
    /** 2.5% and 97.5% quantiles of the sum of the strata's draws. */
    readonly interval: readonly [number, number];
    readonly draws: readonly number[];
  };
}

/**
 * Runs the method in every stratum (each with its own seed drawn from `seed`), and adds the
 * strata up: draws are summed index by index, so the total's interval carries the uncertainty of
 * every stratum. An error in a stratum names it.
 */
export const estimateByStratum = (
  strata: readonly { readonly stratum: string; readonly table: CaptureTable }[],
  options: EstimateOptions,
  onStratum?: (index: number, count: number, stratum: string) => ProgressFn | undefined,
): StratifiedEstimate => {
  if (strata.length === 0) throw new RangeError('no strata to estimate');
  const seeds = rng(options.seed ?? 1);
  const results = strata.map(({ stratum, table }, i) => {
    const seed = Math.floor(seeds.next() * 4294967296);
    const onProgress = onStratum?.(i, strata.length, stratum);
    try {
      const result = estimatePopulation(table, {
        ...options,
        seed,
        ...(onProgress ? { onProgress } : {}),
      });
      return { stratum, result };
    } catch (error) {
      if (error instanceof EstimationError) {
        throw new EstimationError(error.code, `stratum "${stratum}": ${error.message}`);
      }
      throw error;
    }
  });
  const count = Math.min(...results.map((r) => r.result.draws.length));
  const draws = Array.from({ length: count }, (_, i) =>
    results.reduce((s, r) => s + (r.result.draws[i] ?? 0), 0),
  );
  const sorted = [...draws].sort((a, b) => a - b);
  let estimate: number;
  if (options.method === 'loglinear') estimate = results.reduce((s, r) => s + r.result.estimate, 0);
  else if (options.method === 'lcmcr') estimate = quantileSorted(sorted, 0.5);
  else {
    const inv = draws.reduce((s, t) => s + 1 / t, 0);
    const inv2 = draws.reduce((s, t) => s + 1 / (t * t), 0);
    estimate = inv / inv2;
  }
  return {
    method: options.method,
    strata: results,
    total: {
      observed: results.reduce((s, r) => s + r.result.observed, 0),
      estimate,
      interval: [quantileSorted(sorted, 0.025), quantileSorted(sorted, 0.975)],
      draws,
    },
  };
};
