import {
  EstimationError,
  estimateByStratum,
  estimatePopulation,
  type CaptureTable,
  type EstimationMethod,
  type EstimationWarning,
  type PopulationEstimate,
} from '@vigil/analytics';
import { observedOf, skipReasonOf, type SkipReason } from './patterns';

/**
 * What the estimation worker does, as a pure function the tests call directly: each stratum
 * that can be estimated is, with the method and seed chosen; the others are skipped with their
 * reason; the total adds up the estimated strata with `estimateByStratum` (their draws summed, so
 * its interval carries every stratum's uncertainty). The same seed and table give the figures
 * `vigil estimate` prints for the downloaded CSV (with `--stratum stratum` when stratified).
 */

/** What the page asks the worker for (plain data: it crosses postMessage). */
export interface EstimateRequest {
  readonly method: EstimationMethod;
  readonly seed: number;
  /** False: one table, estimated as `vigil estimate` without `--stratum` does. */
  readonly stratified: boolean;
  readonly strata: readonly { readonly stratum: string | null; readonly table: CaptureTable }[];
}

/** A figure with its uncertainty: never one without the other. */
export interface EstimateFigure {
  /** People on at least one list. */
  readonly observed: number;
  readonly estimate: number;
  /** 95% interval of the total; the upper end is Infinity when the data do not bound it. */
  readonly interval: readonly [number, number];
}

/** The fitted model(s), in a few words and numbers. */
export type ModelSummary =
  | {
      readonly method: 'loglinear';
      /** Generating class of the chosen model, e.g. "[A,B][C]". */
      readonly name: string;
      readonly criterion: 'aic' | 'bic';
      /** Models within 2 of the best criterion value, and the range of their estimates. */
      readonly closeModels: number;
      readonly closeRange: readonly [number, number];
    }
  | {
      readonly method: 'lcmcr';
      readonly K: number;
      readonly occupiedClasses: number;
      readonly samples: number;
    }
  | {
      readonly method: 'dga';
      readonly modelsAveraged: number;
      /** The most probable graphs: edges as pairs of lists, and their posterior probability. */
      readonly top: readonly {
        readonly edges: readonly (readonly [string, string])[];
        readonly probability: number;
      }[];
    };

/** A stratum's outcome. */
export type StratumResult =
  | {
      readonly status: 'estimated';
      readonly stratum: string | null;
      readonly figure: EstimateFigure & {
        readonly pointEstimate: PopulationEstimate['pointEstimate'];
        readonly intervalMethod: PopulationEstimate['intervalMethod'];
      };
      readonly warnings: readonly EstimationWarning[];
      readonly model: ModelSummary;
    }
  | {
      readonly status: 'skipped';
      readonly stratum: string | null;
      readonly observed: number;
      readonly skip: SkipReason;
    }
  | {
      readonly status: 'failed';
      readonly stratum: string | null;
      readonly observed: number;
      readonly error: { readonly code: string; readonly message: string };
    };

/** Everything the page shows of a run. */
export interface EstimateResult {
  readonly method: EstimationMethod;
  readonly seed: number;
  readonly strata: readonly StratumResult[];
  /** The estimated strata added up; null when none was estimated. */
  readonly total: (EstimateFigure & { readonly strata: number }) | null;
}

/** Called with the share of the work done, 0 to 1. */
export type Progress = (share: number) => void;

const summaryOf = (result: PopulationEstimate): ModelSummary => {
  switch (result.method) {
    case 'loglinear':
      return {
        method: 'loglinear',
        name: result.model.name,
        criterion: result.diagnostics.criterion,
        closeModels: result.diagnostics.closeModels,
        closeRange: result.diagnostics.closeRange,
      };
    case 'lcmcr':
      return {
        method: 'lcmcr',
        K: result.model.K,
        occupiedClasses: result.model.occupiedClasses,
        samples: result.model.samples,
      };
    case 'dga':
      return {
        method: 'dga',
        modelsAveraged: result.diagnostics.modelsAveraged,
        top: result.models.slice(0, 3).map((m) => ({
          edges: m.edges,
          probability: m.posteriorProbability,
        })),
      };
  }
};

const estimated = (stratum: string | null, result: PopulationEstimate): StratumResult => ({
  status: 'estimated',
  stratum,
  figure: {
    observed: result.observed,
    estimate: result.estimate,
    interval: result.interval,
    pointEstimate: result.pointEstimate,
    intervalMethod: result.intervalMethod,
  },
  warnings: result.warnings,
  model: summaryOf(result),
});

const failed = (stratum: string | null, table: CaptureTable, error: EstimationError) => ({
  status: 'failed' as const,
  stratum,
  observed: observedOf(table),
  // The stratified runner prefixes the stratum; the page names it already.
  error: { code: error.code, message: error.message.replace(/^stratum "[^"]*": /, '') },
});

/** The strata's key in `estimateByStratum` and in the CSV: an unknown stratum is "". */
const keyOf = (stratum: string | null): string => stratum ?? '';

/**
 * Runs the estimate. Errors of the method (`EstimationError`) are a stratum's outcome; anything
 * else is a defect and is thrown.
 */
export const runEstimate = (request: EstimateRequest, onProgress?: Progress): EstimateResult => {
  const { method, seed } = request;
  const outcomes = new Map<number, StratumResult>();
  let pending: number[] = [];
  request.strata.forEach((s, i) => {
    const skip = skipReasonOf(s.table);
    if (skip === null) pending.push(i);
    else
      outcomes.set(i, {
        status: 'skipped',
        stratum: s.stratum,
        observed: observedOf(s.table),
        skip,
      });
  });
  let total: EstimateResult['total'] = null;

  if (!request.stratified) {
    const i = pending[0];
    const s = i === undefined ? undefined : request.strata[i];
    if (i !== undefined && s !== undefined) {
      onProgress?.(0);
      try {
        const result = estimatePopulation(s.table, {
          method,
          seed,
          ...(method === 'lcmcr'
            ? { onProgress: (d: number, n: number) => onProgress?.(d / n) }
            : {}),
        });
        outcomes.set(i, estimated(s.stratum, result));
        total = {
          observed: result.observed,
          estimate: result.estimate,
          interval: result.interval,
          strata: 1,
        };
      } catch (error) {
        if (!(error instanceof EstimationError)) throw error;
        outcomes.set(i, failed(s.stratum, s.table, error));
      }
    }
  } else {
    // A stratum whose method fails is set aside and the others run again, so one stratum
    // that does not converge does not take the whole figure with it.
    while (pending.length > 0) {
      const chosen = pending;
      let current = -1;
      try {
        const result = estimateByStratum(
          chosen.map((i) => ({
            stratum: keyOf(request.strata[i]?.stratum ?? null),
            table: request.strata[i]?.table ?? { lists: [], counts: [] },
          })),
          { method, seed },
          (index, count) => {
            current = index;
            onProgress?.(index / count);
            return method === 'lcmcr'
              ? (done: number, steps: number) => onProgress?.((index + done / steps) / count)
              : undefined;
          },
        );
        result.strata.forEach((r, k) => {
          const i = chosen[k];
          if (i !== undefined)
            outcomes.set(i, estimated(request.strata[i]?.stratum ?? null, r.result));
        });
        total = {
          observed: result.total.observed,
          estimate: result.total.estimate,
          interval: result.total.interval,
          strata: chosen.length,
        };
        pending = [];
      } catch (error) {
        const i = chosen[current];
        const s = i === undefined ? undefined : request.strata[i];
        if (!(error instanceof EstimationError) || i === undefined || s === undefined) throw error;
        outcomes.set(i, failed(s.stratum, s.table, error));
        pending = chosen.filter((j) => j !== i);
      }
    }
  }
  onProgress?.(1);
  return {
    method,
    seed,
    strata: request.strata.map((_, i) => outcomes.get(i)).filter((r) => r !== undefined),
    total,
  };
};
