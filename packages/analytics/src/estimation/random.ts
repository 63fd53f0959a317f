// Discrete and log-scale draws on top of the package's seeded generator (xoshiro128**): exact
// samplers, no normal approximations, so a seed reproduces every chain bit for bit on one engine.
import { betaDraw as packageBetaDraw, rng, type Rng } from '../risk-index/rng';
import { logGamma } from './special';

export { rng, type Rng };

/**
 * A Beta(a, b) draw: a uniform for Beta(1, 1), inversion when a shape is 1, else Cheng's BB or
 * the ratio of gammas (the package's `betaDraw`). The shortcuts matter to LCMCR, where the capture
 * probabilities of empty classes are Beta(1, 1).
 */
export const betaDraw = (r: Rng, a: number, b: number): number => {
  if (a === 1) return b === 1 ? r.next() : 1 - Math.pow(1 - r.next(), 1 / b);
  if (b === 1) return Math.pow(1 - r.next(), 1 / a);
  return packageBetaDraw(r, a, b);
};

/**
 * log V and log(1 − V) for V ~ Beta(a, b), accurate when V is within rounding of 0 or 1 (the
 * stick-breaking weights of LCMCR's nearly empty classes).
 */
export const logBetaDraw = (r: Rng, a: number, b: number, out: Float64Array): void => {
  if (a === 1) {
    // 1 − V = U^(1/b): exact in logs, however small b is.
    let u = r.next();
    while (u === 0) u = r.next();
    const log1m = Math.log(u) / b;
    out[0] = Math.log(-Math.expm1(log1m));
    out[1] = log1m;
    return;
  }
  if (a > 1 && b > 1) {
    const v = packageBetaDraw(r, a, b);
    if (v > 0 && v < 1) {
      out[0] = Math.log(v);
      out[1] = Math.log1p(-v);
      return;
    }
  }
  const g1 = logGammaDraw(r, a);
  const g2 = logGammaDraw(r, b);
  const s = g1 > g2 ? g1 + Math.log1p(Math.exp(g2 - g1)) : g2 + Math.log1p(Math.exp(g1 - g2));
  out[0] = g1 - s;
  out[1] = g2 - s;
};

/** log of a Gamma(shape, 1) draw, accurate for tiny shapes where the draw itself underflows. */
export const logGammaDraw = (r: Rng, shape: number): number => {
  if (shape >= 1) return Math.log(r.gamma(shape));
  // Gamma(a) = Gamma(a + 1) · U^(1/a), taken in logs.
  let u = r.next();
  while (u === 0) u = r.next();
  return Math.log(r.gamma(shape + 1)) + Math.log(u) / shape;
};

/**
 * A Poisson(mean) draw: multiplication of uniforms below a mean of 10, Hörmann's transformed
 * rejection PTRS (1993) above.
 */
export const poissonDraw = (r: Rng, mean: number): number => {
  if (!(mean > 0)) return 0;
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = r.next();
    while (product > limit) {
      k += 1;
      product *= r.next();
    }
    return k;
  }
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = r.next() - 0.5;
    const v = r.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -mean + k * logMean - logGamma(k + 1)
    ) {
      return k;
    }
  }
};

/**
 * A Binomial(n, p) draw: inversion while n·min(p, 1 − p) < 10, Hörmann's BTRS (1993) above.
 */
export const binomialDraw = (r: Rng, n: number, p: number): number => {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialDraw(r, n, 1 - p);
  const q = 1 - p;
  if (n * p < 10) {
    const s = p / q;
    const a = (n + 1) * s;
    let prob = Math.pow(q, n);
    let u = r.next();
    let k = 0;
    while (u > prob) {
      u -= prob;
      k += 1;
      if (k > n) return n;
      prob *= a / k - s;
    }
    return k;
  }
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  // Needed only when the quick acceptance fails, so computed then (it costs two log Γ).
  let h = Number.NaN;
  for (;;) {
    const u = r.next() - 0.5;
    let v = r.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (Number.isNaN(h)) h = logGamma(m + 1) + logGamma(n - m + 1);
    if (v <= h - logGamma(k + 1) - logGamma(n - k + 1) + (k - m) * lpq) return k;
  }
};

/**
 * A Multinomial(n, weights) draw into `out[offset..offset + k)`, by conditional binomials.
 * Weights need not sum to one; they must be ≥ 0 with a positive sum.
 */
export const multinomialDraw = (
  r: Rng,
  n: number,
  weights: ArrayLike<number>,
  k: number,
  out: Int32Array | Float64Array,
  offset = 0,
): void => {
  let total = 0;
  for (let i = 0; i < k; i++) total += weights[i] ?? 0;
  let left = n;
  for (let i = 0; i < k; i++) {
    const w = weights[i] ?? 0;
    if (left === 0 || i === k - 1) {
      out[offset + i] = i === k - 1 ? left : 0;
      continue;
    }
    const x = total > 0 ? binomialDraw(r, left, Math.min(1, w / total)) : 0;
    out[offset + i] = x;
    left -= x;
    total -= w;
  }
};

/** The index of one draw from a categorical distribution with weights (sum > 0). */
export const categoricalDraw = (r: Rng, weights: ArrayLike<number>, k: number): number => {
  let total = 0;
  for (let i = 0; i < k; i++) total += weights[i] ?? 0;
  let u = r.next() * total;
  for (let i = 0; i < k - 1; i++) {
    u -= weights[i] ?? 0;
    if (u < 0) return i;
  }
  return k - 1;
};

/**
 * The number of failures before `size` successes with success probability `p`, as a Poisson
 * draw whose mean is a Gamma(size) draw times (1 − p) / p.
 */
export const negativeBinomialDraw = (r: Rng, size: number, p: number): number => {
  if (p >= 1) return 0;
  return poissonDraw(r, r.gamma(size) * ((1 - p) / p));
};

/** A new generator whose seed is drawn from `r`: independent streams for strata or chains. */
export const childRng = (r: Rng): Rng => rng(Math.floor(r.next() * 4294967296));
