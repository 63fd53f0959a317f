// The Bayesian non-parametric latent-class model for capture–recapture, LCMCR (Manrique-Vallier
// 2016): people fall in latent classes with their own chance of being on each list; a truncated
// stick-breaking (Dirichlet process) prior on class weights; a Gibbs sampler that augments the
// data with the unobserved people and their classes, under the prior p(N) ∝ 1/N.
import { checkTable, extrapolationWarning, tableWarnings } from './checks';
import { checkSetting } from './errors';
import {
  betaDraw,
  categoricalDraw,
  logBetaDraw,
  logGammaDraw,
  multinomialDraw,
  negativeBinomialDraw,
  rng,
  type Rng,
} from './random';
import { logAddExp } from './special';
import { effectiveSampleSize, gewekeZ, mean, quantileSorted } from './summary';
import type { CaptureTable } from './table';
import {
  EstimationWarningCode,
  type EstimateBase,
  type EstimationWarning,
  type ProgressFn,
} from './types';

/** Settings of the sampler; all optional. */
export interface LcmcrOptions {
  /** Number of latent classes (truncation of the stick-breaking prior); default min(2^J − 1, 15). */
  readonly K?: number;
  /** Iterations discarded before any sample is kept; default 10,000 (as HRDAG). */
  readonly burnIn?: number;
  /** Samples kept; default 1,000. */
  readonly samples?: number;
  /** Iterations per sample kept; default 100 (HRDAG uses 1,000: see LCMCR_DEFAULTS). */
  readonly thinning?: number;
  /** Gamma(a, b) prior on the concentration α of the stick-breaking prior; default 0.25, 0.25. */
  readonly aAlpha?: number;
  readonly bAlpha?: number;
  /** Seed; default 1. */
  readonly seed?: number;
  /** Called about 200 times during the run. */
  readonly onProgress?: ProgressFn;
}

/**
 * Defaults. Burn-in is HRDAG's 10,000. HRDAG thins by 1,000 (1,000,000 iterations for 1,000
 * samples): on the Kosovo table that takes tens of seconds here (see `npm run bench --
 * estimation`), so the default thins by 100, which on that table already leaves an effective
 * sample size of several hundred; pass `thinning: 1000` for HRDAG's setting.
 */
export const LCMCR_DEFAULTS = {
  burnIn: 10_000,
  samples: 1_000,
  thinning: 100,
  aAlpha: 0.25,
  bAlpha: 0.25,
  maxK: 50,
} as const;

/** Iterations run with α held at its start, before burn-in, to move away from the start (as LCMCR). */
const WARM_UP = 500;

/** What the sampler found. */
export interface LcmcrEstimate extends EstimateBase {
  readonly method: 'lcmcr';
  readonly model: {
    readonly K: number;
    readonly aAlpha: number;
    readonly bAlpha: number;
    readonly burnIn: number;
    readonly thinning: number;
    readonly samples: number;
    /** Posterior mean of the concentration α. */
    readonly alpha: number;
    /** Posterior mean number of latent classes with anyone in them. */
    readonly occupiedClasses: number;
    /** Posterior mean share of all people (documented or not) on each list. */
    readonly coverage: readonly { readonly list: string; readonly share: number }[];
    /** Posterior mean probability that a person is on no list. */
    readonly missedByAll: number;
  };
  readonly diagnostics: {
    readonly iterations: number;
    readonly mean: number;
    readonly median: number;
    readonly sd: number;
    /** Effective sample size of the kept draws of N. */
    readonly effectiveSampleSize: number;
    /** Geweke's z for the draws of N (|z| > 2 suggests the chain had not settled). */
    readonly gewekeZ: number;
    /** Share of kept samples in which every one of the K classes had people. */
    readonly allClassesUsed: number;
  };
}

interface Chain {
  readonly J: number;
  readonly K: number;
  readonly n: number;
  readonly M: number;
  readonly cellBits: Int32Array;
  readonly freq: Int32Array;
  readonly lambda: Float64Array;
  readonly nu: Float64Array;
  readonly logNu: Float64Array;
  readonly countZ: Int32Array;
  readonly count0: Int32Array;
  readonly countK: Int32Array;
  readonly succ: Int32Array;
  readonly weights: Float64Array;
  readonly zeroWeights: Float64Array;
  /** Scratch for log V and log(1 − V) of a stick-breaking draw. */
  readonly logV: Float64Array;
  alpha: number;
  n0: number;
  probZero: number;
}

const newChain = (table: CaptureTable, K: number, r: Rng): Chain => {
  const J = table.lists.length;
  const cells: number[] = [];
  const freq: number[] = [];
  table.counts.forEach((c, p) => {
    if (p > 0 && c > 0) {
      cells.push(p);
      freq.push(c);
    }
  });
  const n = freq.reduce((s, c) => s + c, 0);
  const lambda = new Float64Array(J * K);
  for (let j = 0; j < J; j++) {
    let on = 0;
    cells.forEach((p, m) => {
      if ((p >>> j) & 1) on += freq[m] ?? 0;
    });
    lambda.fill(on / n, j * K, (j + 1) * K);
  }
  const chain: Chain = {
    J,
    K,
    n,
    M: cells.length,
    cellBits: Int32Array.from(cells),
    freq: Int32Array.from(freq),
    lambda,
    nu: new Float64Array(K),
    logNu: new Float64Array(K),
    countZ: new Int32Array(cells.length * K),
    count0: new Int32Array(K),
    countK: new Int32Array(K),
    succ: new Int32Array(J * K),
    weights: new Float64Array(K),
    zeroWeights: new Float64Array(K),
    logV: new Float64Array(2),
    alpha: 1,
    n0: 0,
    probZero: 0,
  };
  // Class weights from the stick-breaking prior with α = 1.
  let rest = 0;
  for (let k = 0; k < K - 1; k++) {
    const g1 = logGammaDraw(r, 1);
    const g2 = logGammaDraw(r, 1);
    const s = logAddExp(g1, g2);
    chain.logNu[k] = g1 - s + rest;
    rest += g2 - s;
  }
  chain.logNu[K - 1] = rest;
  for (let k = 0; k < K; k++) chain.nu[k] = Math.exp(chain.logNu[k] ?? 0);
  return chain;
};

/** One sweep of the Gibbs sampler; α is updated unless `fixAlpha`. */
const sweep = (c: Chain, r: Rng, aAlpha: number, bAlpha: number, fixAlpha: boolean): void => {
  const { J, K, M, cellBits, freq, lambda, nu, logNu, countZ, count0, countK, succ, weights } = c;
  // Latent classes of the observed people, cell by cell.
  for (let m = 0; m < M; m++) {
    const bits = cellBits[m] ?? 0;
    for (let k = 0; k < K; k++) {
      let w = nu[k] ?? 0;
      for (let j = 0; j < J; j++) {
        const l = lambda[j * K + k] ?? 0;
        w *= (bits >>> j) & 1 ? l : 1 - l;
      }
      weights[k] = w;
    }
    const f = freq[m] ?? 0;
    if (f === 1) {
      countZ.fill(0, m * K, (m + 1) * K);
      countZ[m * K + categoricalDraw(r, weights, K)] = 1;
    } else {
      multinomialDraw(r, f, weights, K, countZ, m * K);
    }
  }
  // Class sizes and, per list and class, how many are on the list.
  countK.set(count0);
  succ.fill(0);
  for (let m = 0; m < M; m++) {
    const bits = cellBits[m] ?? 0;
    for (let k = 0; k < K; k++) {
      const z = countZ[m * K + k] ?? 0;
      if (z === 0) continue;
      countK[k] = (countK[k] ?? 0) + z;
      for (let j = 0; j < J; j++)
        if ((bits >>> j) & 1) succ[j * K + k] = (succ[j * K + k] ?? 0) + z;
    }
  }
  // Capture probabilities: Beta(1 + on the list, 1 + not on it).
  for (let j = 0; j < J; j++) {
    for (let k = 0; k < K; k++) {
      const on = succ[j * K + k] ?? 0;
      lambda[j * K + k] = betaDraw(r, 1 + on, 1 + (countK[k] ?? 0) - on);
    }
  }
  // Class weights by stick-breaking, V_k ~ Beta(1 + n_k, α + n_>k), in logs so tiny weights
  // do not underflow.
  let left = c.n + c.n0;
  let rest = 0;
  const v = c.logV;
  for (let k = 0; k < K - 1; k++) {
    left -= countK[k] ?? 0;
    logBetaDraw(r, 1 + (countK[k] ?? 0), c.alpha + left, v);
    logNu[k] = (v[0] ?? 0) + rest;
    nu[k] = Math.exp(logNu[k] ?? 0);
    rest += v[1] ?? 0;
  }
  logNu[K - 1] = rest;
  nu[K - 1] = Math.exp(rest);
  // The people on no list: how many, then their classes.
  const zw = c.zeroWeights;
  let p0 = 0;
  for (let k = 0; k < K; k++) {
    let w = nu[k] ?? 0;
    for (let j = 0; j < J; j++) w *= 1 - (lambda[j * K + k] ?? 0);
    zw[k] = w;
    p0 += w;
  }
  c.probZero = p0;
  c.n0 = negativeBinomialDraw(r, c.n, 1 - p0);
  multinomialDraw(r, c.n0, zw, K, count0);
  if (!fixAlpha) c.alpha = r.gamma(aAlpha + K - 1) / (bAlpha - rest);
};

/**
 * Estimates the total with the LCMCR latent-class model. The point estimate is the posterior
 * median of N, the interval its 2.5% and 97.5% posterior quantiles.
 */
export const estimateLcmcr = (table: CaptureTable, options: LcmcrOptions = {}): LcmcrEstimate => {
  const { J, n } = checkTable(table, 'lcmcr');
  const K = options.K ?? Math.min(2 ** J - 1, 15);
  const burnIn = options.burnIn ?? LCMCR_DEFAULTS.burnIn;
  const samples = options.samples ?? LCMCR_DEFAULTS.samples;
  const thinning = options.thinning ?? LCMCR_DEFAULTS.thinning;
  const aAlpha = options.aAlpha ?? LCMCR_DEFAULTS.aAlpha;
  const bAlpha = options.bAlpha ?? LCMCR_DEFAULTS.bAlpha;
  checkSetting(
    Number.isInteger(K) && K >= 2 && K <= LCMCR_DEFAULTS.maxK,
    `K must be a whole number from 2 to ${LCMCR_DEFAULTS.maxK}`,
  );
  checkSetting(Number.isInteger(burnIn) && burnIn >= 0, 'burn-in must be a whole number ≥ 0');
  checkSetting(Number.isInteger(samples) && samples >= 10, 'samples must be a whole number ≥ 10');
  checkSetting(Number.isInteger(thinning) && thinning >= 1, 'thinning must be a whole number ≥ 1');
  checkSetting(aAlpha > 0 && bAlpha > 0, 'the prior on α needs a > 0 and b > 0');

  const r = rng(options.seed ?? 1);
  const chain = newChain(table, K, r);
  const total = WARM_UP + burnIn + samples * thinning;
  const every = Math.max(1, Math.floor(total / 200));
  let done = 0;
  const tick = () => {
    done += 1;
    if (options.onProgress && (done % every === 0 || done === total))
      options.onProgress(done, total);
  };
  for (let i = 0; i < WARM_UP; i++, tick()) sweep(chain, r, aAlpha, bAlpha, true);
  for (let i = 0; i < burnIn; i++, tick()) sweep(chain, r, aAlpha, bAlpha, false);

  const draws: number[] = [];
  let alphaSum = 0;
  let occupiedSum = 0;
  let allUsed = 0;
  let missedSum = 0;
  const coverage = new Float64Array(J);
  for (let s = 0; s < samples; s++) {
    for (let t = 0; t < thinning; t++, tick()) sweep(chain, r, aAlpha, bAlpha, false);
    draws.push(n + chain.n0);
    alphaSum += chain.alpha;
    missedSum += chain.probZero;
    let occupied = 0;
    for (let k = 0; k < K; k++) {
      if ((chain.countK[k] ?? 0) + 0 > 0 || (chain.count0[k] ?? 0) > 0) occupied += 1;
    }
    occupiedSum += occupied;
    if (occupied === K) allUsed += 1;
    for (let j = 0; j < J; j++) {
      let share = 0;
      for (let k = 0; k < K; k++) share += (chain.nu[k] ?? 0) * (chain.lambda[j * K + k] ?? 0);
      coverage[j] = (coverage[j] ?? 0) + share;
    }
  }

  const sorted = [...draws].sort((a, b) => a - b);
  const median = quantileSorted(sorted, 0.5);
  const interval: [number, number] = [quantileSorted(sorted, 0.025), quantileSorted(sorted, 0.975)];
  const m = mean(draws);
  const sd = Math.sqrt(draws.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, draws.length - 1));
  const ess = effectiveSampleSize(draws);
  const z = gewekeZ(draws);
  const occupiedClasses = occupiedSum / samples;

  const warnings: EstimationWarning[] = tableWarnings(table);
  if (occupiedClasses >= 1.5) {
    warnings.push({
      code: EstimationWarningCode.heterogeneity,
      message: `People differ in how likely they are to be documented: the model finds about ${Math.round(occupiedClasses)} groups with different chances of being on each list. LCMCR allows for this; a count assuming everyone is equally likely to be documented would be too low.`,
    });
  }
  if (ess < 100 || Math.abs(z) > 3) {
    warnings.push({
      code: EstimationWarningCode.poorMixing,
      message: `The sampler may not have converged or mixed well (effective sample size ${Math.round(ess)} of ${samples}, Geweke z ${z.toFixed(1)}): run it longer (more burn-in, more thinning) and check that the figure stays the same.`,
    });
  }
  if (allUsed / samples > 0.5) {
    warnings.push({
      code: EstimationWarningCode.poorMixing,
      message: `All ${K} latent classes are in use in most samples: the truncation may be too low; run again with a larger K.`,
    });
  }
  if (interval[1] > 100 * n) {
    warnings.push({
      code: EstimationWarningCode.unboundedInterval,
      message: `The upper end of the interval is over 100 times the people documented: the data barely bound the total from above.`,
    });
  }
  const extra = extrapolationWarning(n, median);
  if (extra) warnings.push(extra);

  return {
    method: 'lcmcr',
    lists: [...table.lists],
    observed: n,
    estimate: median,
    pointEstimate: 'posterior median',
    interval,
    intervalMethod: 'posterior quantiles',
    warnings,
    draws,
    model: {
      K,
      aAlpha,
      bAlpha,
      burnIn,
      thinning,
      samples,
      alpha: alphaSum / samples,
      occupiedClasses,
      coverage: table.lists.map((list, j) => ({ list, share: (coverage[j] ?? 0) / samples })),
      missedByAll: missedSum / samples,
    },
    diagnostics: {
      iterations: total,
      mean: m,
      median,
      sd,
      effectiveSampleSize: ess,
      gewekeZ: z,
      allClassesUsed: allUsed / samples,
    },
  };
};
