// Summaries of samples and of posteriors on a grid: quantiles, effective sample size, Geweke's
// convergence diagnostic, and draws from a grid posterior.
import type { Rng } from './random';

/** The q-quantile (0..1) of sorted values, by linear interpolation between order statistics. */
export const quantileSorted = (sorted: ArrayLike<number>, q: number): number => {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (h - lo) * (b - a);
};

/** Mean of the values. */
export const mean = (values: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] ?? 0;
  return values.length > 0 ? s / values.length : Number.NaN;
};

const variance = (values: ArrayLike<number>, from: number, to: number): number => {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i] ?? 0;
  const m = s / (to - from);
  let v = 0;
  for (let i = from; i < to; i++) v += ((values[i] ?? 0) - m) ** 2;
  return v / Math.max(1, to - from - 1);
};

/**
 * Effective sample size of a chain, by Geyer's initial positive sequence of autocorrelations.
 * Equals the length for independent draws; a constant chain gives the length too.
 */
export const effectiveSampleSize = (chain: ArrayLike<number>): number => {
  const n = chain.length;
  if (n < 4) return n;
  const m = mean(chain);
  let c0 = 0;
  for (let i = 0; i < n; i++) c0 += ((chain[i] ?? 0) - m) ** 2;
  if (c0 === 0) return n;
  const rho = (lag: number): number => {
    let c = 0;
    for (let i = 0; i + lag < n; i++) c += ((chain[i] ?? 0) - m) * ((chain[i + lag] ?? 0) - m);
    return c / c0;
  };
  let sum = 0;
  for (let k = 0; 2 * k + 1 < n; k++) {
    const pair = rho(2 * k) + rho(2 * k + 1);
    if (pair <= 0) break;
    sum += pair;
  }
  const tau = Math.max(1, 2 * sum - 1);
  return n / tau;
};

/**
 * Geweke's z: the mean of the first 10% of a chain against the mean of its last 50%, each with
 * a variance corrected for autocorrelation by its effective sample size. |z| > 2 suggests the
 * chain had not settled.
 */
export const gewekeZ = (chain: ArrayLike<number>): number => {
  const n = chain.length;
  if (n < 20) return 0;
  const aEnd = Math.floor(0.1 * n);
  const bStart = Math.floor(0.5 * n);
  const a = Array.from({ length: aEnd }, (_, i) => chain[i] ?? 0);
  const b = Array.from({ length: n - bStart }, (_, i) => chain[bStart + i] ?? 0);
  const va = variance(a, 0, a.length) / effectiveSampleSize(a);
  const vb = variance(b, 0, b.length) / effectiveSampleSize(b);
  const se = Math.sqrt(va + vb);
  return se > 0 ? (mean(a) - mean(b)) / se : 0;
};

/** A posterior on a grid of values (increasing), with probabilities summing to one. */
export interface GridPosterior {
  readonly values: Float64Array;
  readonly probabilities: Float64Array;
}

/** Mean of a grid posterior. */
export const gridMean = (g: GridPosterior): number => {
  let s = 0;
  g.probabilities.forEach((p, i) => (s += p * (g.values[i] ?? 0)));
  return s;
};

/**
 * Madigan and York's Bayes estimate under relative squared error loss ((N̂ − N) / N)²:
 * E[1/N] / E[1/N²]. A little below the posterior mean when the posterior is skewed right.
 */
export const gridRelativeLossEstimate = (g: GridPosterior): number => {
  let a = 0;
  let b = 0;
  g.probabilities.forEach((p, i) => {
    const x = g.values[i] ?? 0;
    a += p / x;
    b += p / (x * x);
  });
  return a / b;
};

/** The grid value of highest posterior density (probability per unit of the grid's spacing). */
export const gridMode = (g: GridPosterior): number => {
  let best = 0;
  let bestDensity = -1;
  g.probabilities.forEach((p, i) => {
    const width = (g.values[i + 1] ?? (g.values[i] ?? 0) + 1) - (g.values[i] ?? 0);
    const density = p / width;
    if (density > bestDensity) {
      best = i;
      bestDensity = density;
    }
  });
  return g.values[best] ?? Number.NaN;
};

/** The smallest grid value whose cumulative probability reaches q. */
export const gridQuantile = (g: GridPosterior, q: number): number => {
  let c = 0;
  for (let i = 0; i < g.probabilities.length; i++) {
    c += g.probabilities[i] ?? 0;
    if (c >= q - 1e-12) return g.values[i] ?? Number.NaN;
  }
  return g.values[g.values.length - 1] ?? Number.NaN;
};

/** `count` independent draws from a grid posterior, by inversion of its distribution function. */
export const gridDraws = (g: GridPosterior, count: number, r: Rng): number[] => {
  const cdf = new Float64Array(g.probabilities.length);
  let c = 0;
  g.probabilities.forEach((p, i) => {
    c += p;
    cdf[i] = c;
  });
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const u = r.next() * c;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] ?? 0) < u) lo = mid + 1;
      else hi = mid;
    }
    out.push(g.values[lo] ?? Number.NaN);
  }
  return out;
};
