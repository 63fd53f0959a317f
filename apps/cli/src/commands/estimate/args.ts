import {
  ESTIMATION_METHODS,
  LCMCR_DEFAULTS,
  type EstimateOptions,
  type EstimationMethod,
} from '@vigil/analytics';
import { usageError } from '../../errors';

/** The options of `vigil estimate` as commander hands them over (all strings). */
export interface EstimateArgs {
  input: string;
  method: string;
  seed?: string;
  count?: string;
  stratum?: string;
  order?: string;
  criterion?: string;
  k?: string;
  burnIn?: string;
  samples?: string;
  thinning?: string;
  delta?: string;
  maxMissing?: string;
}

const isMethod = (m: string): m is EstimationMethod =>
  (ESTIMATION_METHODS as readonly string[]).includes(m);

/** A whole number from `min` to `max`, or a usage error naming the flag. */
export const wholeNumber = (raw: string, flag: string, min: number, max: number): number => {
  const v = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(v) || v < min || v > max) {
    throw usageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return v;
};

const positiveNumber = (raw: string, flag: string): number => {
  const v = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(v) || v <= 0) {
    throw usageError(`${flag} must be a positive number, got "${raw}"`);
  }
  return v;
};

/** Flags that only one method reads: giving one to another method is a mistake worth saying. */
const ONLY: Readonly<Record<string, { flag: string; method: EstimationMethod }>> = {
  order: { flag: '--order', method: 'loglinear' },
  criterion: { flag: '--criterion', method: 'loglinear' },
  k: { flag: '--k', method: 'lcmcr' },
  burnIn: { flag: '--burn-in', method: 'lcmcr' },
  samples: { flag: '--samples', method: 'lcmcr' },
  thinning: { flag: '--thinning', method: 'lcmcr' },
  delta: { flag: '--delta', method: 'dga' },
  maxMissing: { flag: '--max-missing', method: 'dga' },
};

/** Checks the command line and turns it into the estimator's settings. */
export const estimateOptionsOf = (args: EstimateArgs): EstimateOptions => {
  const method = args.method.trim().toLowerCase();
  if (!isMethod(method)) {
    throw usageError(
      `--method must be one of ${ESTIMATION_METHODS.join(', ')}, got "${args.method}"`,
    );
  }
  for (const [key, { flag, method: owner }] of Object.entries(ONLY)) {
    if (args[key as keyof EstimateArgs] !== undefined && owner !== method) {
      throw usageError(`${flag} applies to --method ${owner}, not ${method}`);
    }
  }
  const seed = args.seed === undefined ? 1 : wholeNumber(args.seed, '--seed', 0, 2 ** 32 - 1);
  switch (method) {
    case 'loglinear': {
      const criterion = args.criterion?.trim().toLowerCase();
      if (criterion !== undefined && criterion !== 'aic' && criterion !== 'bic') {
        throw usageError(`--criterion must be aic or bic, got "${args.criterion}"`);
      }
      return {
        method,
        seed,
        ...(args.order !== undefined ? { maxOrder: wholeNumber(args.order, '--order', 1, 9) } : {}),
        ...(criterion !== undefined ? { criterion } : {}),
      };
    }
    case 'lcmcr':
      return {
        method,
        seed,
        ...(args.k !== undefined ? { K: wholeNumber(args.k, '--k', 2, LCMCR_DEFAULTS.maxK) } : {}),
        ...(args.burnIn !== undefined
          ? { burnIn: wholeNumber(args.burnIn, '--burn-in', 0, 10_000_000) }
          : {}),
        ...(args.samples !== undefined
          ? { samples: wholeNumber(args.samples, '--samples', 10, 1_000_000) }
          : {}),
        ...(args.thinning !== undefined
          ? { thinning: wholeNumber(args.thinning, '--thinning', 1, 100_000) }
          : {}),
      };
    case 'dga':
      return {
        method,
        seed,
        ...(args.delta !== undefined ? { delta: positiveNumber(args.delta, '--delta') } : {}),
        ...(args.maxMissing !== undefined
          ? { maxMissing: wholeNumber(args.maxMissing, '--max-missing', 1, 1_000_000_000) }
          : {}),
      };
  }
};
