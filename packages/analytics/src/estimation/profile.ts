// Profile likelihood of the total N under one log-linear model (as Rcapture does): the people on
// no list enter as a cell of N − n, the model is refitted to the full 2^J table, and the
// multinomial log-likelihood Σ y log(μ/N) + log N!/(N − n)! is compared with its maximum.
import { CHI2_1_95, logGamma } from './special';
import { fitPoisson } from './glm';
import { columnsOf, designOf, type TermSet } from './loglinear-models';
import type { Rng } from './random';
import type { CaptureTable } from './table';

/** The profile log-likelihood of N (up to a constant), NaN where the fit fails. */
export const profileOf = (
  table: CaptureTable,
  terms: TermSet,
  n: number,
): ((N: number) => number) => {
  const J = table.lists.length;
  const design = designOf(J, columnsOf(J, terms), 0);
  const y = Float64Array.from(table.counts);
  let start: Float64Array | undefined;
  return (N: number): number => {
    y[0] = N - n;
    let fit = fitPoisson(design, y, start ? { start } : {});
    if (!fit?.converged) fit = fitPoisson(design, y);
    if (!fit?.converged) return Number.NaN;
    start = fit.beta;
    let s = 0;
    for (let p = 0; p < y.length; p++) {
      const yp = y[p] ?? 0;
      if (yp > 0) s += yp * Math.log(fit.fitted[p] ?? 1);
    }
    return s - N * Math.log(N) + logGamma(N + 1) - logGamma(N - n + 1);
  };
};

/** Largest N searched for an upper bound, as a multiple of n (beyond: unbounded). */
const UPPER_LIMIT = 1e6;

/** Where 2 (ℓmax − ℓ(N)) first exceeds `cut` above or below the maximum, to about 0.01 people. */
const boundary = (
  ell: (N: number) => number,
  top: { N: number; ell: number },
  n: number,
  cut: number,
  side: 'lower' | 'upper',
): number => {
  const outside = (N: number) => {
    const v = ell(N);
    return !(2 * (top.ell - v) <= cut);
  };
  let inner = top.N;
  let outer: number;
  if (side === 'lower') {
    if (!outside(n)) return n;
    outer = n;
  } else {
    let step = Math.max(1, 0.05 * (top.N - n));
    outer = top.N + step;
    while (!outside(outer)) {
      if (outer > n * UPPER_LIMIT) return Infinity;
      inner = outer;
      step *= 2;
      outer = top.N + step;
    }
  }
  while (Math.abs(outer - inner) > 0.01) {
    const mid = (inner + outer) / 2;
    if (outside(mid)) outer = mid;
    else inner = mid;
  }
  return (inner + outer) / 2;
};

/** The maximum of the profile near the conditional estimate, by golden-section search. */
const maximum = (
  ell: (N: number) => number,
  guess: number,
  n: number,
): { N: number; ell: number } => {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = Math.max(n, guess - 2 - 0.02 * (guess - n));
  let b = guess + 2 + 0.02 * (guess - n);
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = ell(c);
  let fd = ell(d);
  for (let i = 0; i < 40 && b - a > 1e-3; i++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = ell(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = ell(d);
    }
  }
  const atGuess = ell(guess);
  return fc > atGuess || fd > atGuess
    ? fc > fd
      ? { N: c, ell: fc }
      : { N: d, ell: fd }
    : { N: guess, ell: atGuess };
};

/** A profile-likelihood interval and draws from the normalised profile likelihood. */
export interface ProfileResult {
  readonly interval: readonly [number, number];
  /** Where the profile likelihood peaks (the unconditional maximum-likelihood N). */
  readonly maximum: number;
  readonly draws: number[];
}

/**
 * The 95% profile-likelihood interval of N for one model, and `count` draws of N from the profile
 * likelihood normalised over N (a flat prior), used to add strata up.
 */
export const profileInterval = (
  table: CaptureTable,
  terms: TermSet,
  n: number,
  estimate: number,
  count: number,
  r: Rng,
): ProfileResult => {
  const ell = profileOf(table, terms, n);
  const top = maximum(ell, estimate, n);
  const lower = boundary(ell, top, n, CHI2_1_95, 'lower');
  const upper = boundary(ell, top, n, CHI2_1_95, 'upper');
  // Draws on a grid spanning a likelihood ratio of e^−12.5 on either side.
  const wideLower = boundary(ell, top, n, 25, 'lower');
  const wideUpper = Number.isFinite(upper)
    ? boundary(ell, top, n, 25, 'upper')
    : top.N + 100 * (top.N - n + 1);
  const points = 400;
  const grid = Array.from(
    { length: points },
    (_, i) => wideLower + ((wideUpper - wideLower) * i) / (points - 1),
  );
  const weight = grid.map((N) => {
    const v = ell(N);
    return Number.isFinite(v) ? Math.exp(v - top.ell) : 0;
  });
  const cells = grid.slice(1).map((_, i) => ((weight[i] ?? 0) + (weight[i + 1] ?? 0)) / 2);
  const total = cells.reduce((s, w) => s + w, 0);
  const draws: number[] = [];
  for (let k = 0; k < count; k++) {
    let u = r.next() * total;
    let i = 0;
    while (i < cells.length - 1 && u >= (cells[i] ?? 0)) {
      u -= cells[i] ?? 0;
      i += 1;
    }
    const from = grid[i] ?? top.N;
    const to = grid[i + 1] ?? top.N;
    draws.push(from + r.next() * (to - from));
  }
  return { interval: [lower, upper], maximum: top.N, draws };
};
