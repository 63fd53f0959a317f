// Poisson regression with a log link by iteratively reweighted least squares (IRLS), for the
// small dense designs of log-linear capture–recapture models (at most 2^J rows, a few dozen
// columns).
import { logGamma } from './special';

/** A design matrix, row-major: entry (i, k) at `x[i * columns + k]`. */
export interface Design {
  readonly x: Float64Array;
  readonly rows: number;
  readonly columns: number;
}

/** A fitted Poisson model. */
export interface PoissonFit {
  readonly beta: Float64Array;
  readonly fitted: Float64Array;
  /** Σ y log μ − μ − log y!. */
  readonly logLik: number;
  /** 2 Σ (y log(y / μ) − (y − μ)). */
  readonly deviance: number;
  readonly iterations: number;
  /** True when the deviance settled; false when it did not within the iteration limit. */
  readonly converged: boolean;
  /**
   * True when a coefficient other than the first runs off towards ±∞ (|β| > 20, e^20 ≈ 5·10^8):
   * a zero margin the model cannot fit, so its estimate is not meaningful.
   */
  readonly boundary: boolean;
}

/** Cholesky solve of A z = b for a symmetric positive definite A (p × p); false if singular. */
const choleskySolve = (a: Float64Array, b: Float64Array, p: number, out: Float64Array): boolean => {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j] ?? 0;
      for (let k = 0; k < j; k++) s -= (l[i * p + k] ?? 0) * (l[j * p + k] ?? 0);
      if (i === j) {
        // Relative pivot tolerance: a column that is (nearly) a combination of others.
        if (!(s > 1e-10 * Math.max(1, Math.abs(a[i * p + i] ?? 0)))) return false;
        l[i * p + i] = Math.sqrt(s);
      } else {
        l[i * p + j] = s / (l[j * p + j] ?? 1);
      }
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (l[i * p + k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (l[i * p + i] ?? 1);
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < p; k++) s -= (l[k * p + i] ?? 0) * (out[k] ?? 0);
    out[i] = s / (l[i * p + i] ?? 1);
  }
  return true;
};

const devianceOf = (y: ArrayLike<number>, mu: Float64Array): number => {
  let d = 0;
  for (let i = 0; i < mu.length; i++) {
    const yi = y[i] ?? 0;
    const m = mu[i] ?? 0;
    d += yi > 0 ? yi * Math.log(yi / m) - (yi - m) : m;
  }
  return 2 * d;
};

/**
 * Fits log E[y] = X β by IRLS. Starts from `start` when given (warm start), else from
 * log(y + 0.5). Returns undefined when the weighted design is singular (a column is redundant).
 */
export const fitPoisson = (
  design: Design,
  y: ArrayLike<number>,
  options: { start?: Float64Array; maxIterations?: number; tolerance?: number } = {},
): PoissonFit | undefined => {
  const { x, rows, columns: p } = design;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10;
  const beta = new Float64Array(p);
  const eta = new Float64Array(rows);
  const mu = new Float64Array(rows);
  if (options.start) {
    beta.set(options.start);
    for (let i = 0; i < rows; i++) {
      let e = 0;
      for (let k = 0; k < p; k++) e += (x[i * p + k] ?? 0) * (beta[k] ?? 0);
      eta[i] = e;
      mu[i] = Math.exp(e);
    }
  } else {
    for (let i = 0; i < rows; i++) {
      mu[i] = (y[i] ?? 0) + 0.5;
      eta[i] = Math.log(mu[i] ?? 1);
    }
  }
  let deviance = devianceOf(y, mu);
  const xtwx = new Float64Array(p * p);
  const xtwz = new Float64Array(p);
  let converged = false;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations += 1;
    xtwx.fill(0);
    xtwz.fill(0);
    for (let i = 0; i < rows; i++) {
      const w = mu[i] ?? 0;
      const z = (eta[i] ?? 0) + ((y[i] ?? 0) - w) / w;
      const base = i * p;
      for (let a = 0; a < p; a++) {
        const xa = x[base + a] ?? 0;
        if (xa === 0) continue;
        xtwz[a] = (xtwz[a] ?? 0) + w * xa * z;
        for (let b = 0; b <= a; b++) {
          xtwx[a * p + b] = (xtwx[a * p + b] ?? 0) + w * xa * (x[base + b] ?? 0);
        }
      }
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtwx[b * p + a] = xtwx[a * p + b] ?? 0;
    if (!choleskySolve(xtwx, xtwz, p, beta)) return undefined;
    for (let i = 0; i < rows; i++) {
      let e = 0;
      for (let k = 0; k < p; k++) e += (x[i * p + k] ?? 0) * (beta[k] ?? 0);
      eta[i] = e;
      mu[i] = Math.max(Math.exp(e), 1e-300);
    }
    const next = devianceOf(y, mu);
    const change = Math.abs(next - deviance) / (Math.abs(next) + 0.1);
    deviance = next;
    if (change < tolerance) {
      converged = true;
      break;
    }
  }
  let logLik = 0;
  for (let i = 0; i < rows; i++) {
    const yi = y[i] ?? 0;
    const m = mu[i] ?? 0;
    logLik += (yi > 0 ? yi * Math.log(m) : 0) - m - logGamma(yi + 1);
  }
  let boundary = false;
  for (let k = 1; k < p; k++) if (!(Math.abs(beta[k] ?? 0) <= 20)) boundary = true;
  return { beta, fitted: mu, logLik, deviance, iterations, converged, boundary };
};
