/** Quantile of ascending-sorted numbers by linear interpolation (Hyndman and Fan type 7, R's default). */
export const quantileSorted = (sorted: ArrayLike<number>, q: number): number => {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, n - 1)] as number;
  return a + (h - lo) * (b - a);
};

/** The 2.5th and 97.5th percentiles of the numbers (sorted in place), widened to contain `point`. */
export const interval95 = (
  draws: Float64Array,
  point: number,
): { readonly bounds: [number, number]; readonly widened: boolean } => {
  draws.sort();
  const lo = quantileSorted(draws, 0.025);
  const hi = quantileSorted(draws, 0.975);
  return {
    bounds: [Math.min(lo, point), Math.max(hi, point)],
    widened: point < lo || point > hi,
  };
};

/**
 * Competition ranks ("1224") of the scores, 1 = highest: one plus the number of scores strictly
 * higher. NaN scores get rank 0 (unranked). `sorted` is optional scratch space of the same length.
 */
export const ranksDescending = (
  scores: ArrayLike<number>,
  out: Int32Array,
  sorted: Float64Array = new Float64Array(scores.length),
): Int32Array => {
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (!Number.isNaN(s)) sorted[n++] = s;
  }
  const asc = sorted.subarray(0, n).sort();
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (Number.isNaN(s)) {
      out[i] = 0;
      continue;
    }
    // First position holding a value greater than s: everything from there on outranks it.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((asc[mid] as number) <= s) lo = mid + 1;
      else hi = mid;
    }
    out[i] = n - lo + 1;
  }
  return out;
};

/** Pearson correlation of paired numbers; null with fewer than 3 pairs or no variance. */
export const pearson = (x: readonly number[], y: readonly number[]): number | null => {
  const n = x.length;
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Relative tolerance: "constant" data that differ only by rounding have no variance to speak of.
  const eps = 1e-24 * n;
  if (sxx <= eps || syy <= eps) return null;
  return sxy / Math.sqrt(sxx * syy);
};
