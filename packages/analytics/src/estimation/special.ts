// Special functions the estimators need and JavaScript lacks.

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * log Γ(x) for x > 0, to about 1e-15 relative: Stirling's series from x ≥ 10, shifted there by
 * the recurrence Γ(x + 1) = x Γ(x) below. NaN for x ≤ 0.
 */
export const logGamma = (x: number): number => {
  if (!(x > 0)) return Number.NaN;
  if (x === 1 || x === 2) return 0;
  let shift = 0;
  let z = x;
  if (z < 10) {
    let product = 1;
    while (z < 10) {
      product *= z;
      z += 1;
    }
    shift = Math.log(product);
  }
  const inv = 1 / z;
  const inv2 = inv * inv;
  const series =
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 +
          inv2 *
            (1 / 1260 +
              inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 / 156))))));
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + series - shift;
};

/** log(n!) for a whole n ≥ 0 (any real ≥ 0 gives log Γ(n + 1)). */
export const logFactorial = (n: number): number => (n < 2 ? 0 : logGamma(n + 1));

/** log(exp(a) + exp(b)) without overflow. */
export const logAddExp = (a: number, b: number): number => {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
};

/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a): a series below
 * x < a + 1, Lentz's continued fraction above.
 */
export const upperGammaRegularised = (a: number, x: number): number => {
  if (x <= 0) return 1;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 1000; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
};

/** P(X ≥ x) for X chi-squared with `df` degrees of freedom (1 when df is 0 and x is 0). */
export const chiSquareSurvival = (x: number, df: number): number =>
  df <= 0 ? (x > 1e-9 ? 0 : 1) : upperGammaRegularised(df / 2, x / 2);

/** The 0.95 quantile of chi-squared with one degree of freedom: the 95% profile-likelihood cut. */
export const CHI2_1_95 = 3.841458820694124;
