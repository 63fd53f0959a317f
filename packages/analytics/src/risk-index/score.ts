import type { Prepared } from './prepare';

/**
 * Floor of the safeguard level (1 − risk) in geometric aggregation, so that one pillar at the
 * worst end pulls the index up hard but does not by itself force it to 1.
 */
export const GEOMETRIC_FLOOR = 0.01;

/**
 * Combines pillar risks with weights summing to 1. Arithmetic: the weighted mean. Geometric: one
 * minus the weighted geometric mean of the safeguard levels (1 − risk), floored at
 * GEOMETRIC_FLOOR, which punishes imbalance: a high risk in one pillar is not offset by low ones.
 */
export const aggregate = (
  risks: ArrayLike<number>,
  weights: ArrayLike<number>,
  geometric: boolean,
): number => {
  let acc = 0;
  for (let p = 0; p < risks.length; p++) {
    const w = weights[p] as number;
    const r = risks[p] as number;
    acc += geometric ? w * Math.log(Math.max(1 - r, GEOMETRIC_FLOOR)) : w * r;
  }
  return geometric ? 1 - Math.exp(acc) : acc;
};

/** Rounding slack when comparing a coverage such as 3 × (1/6) with a minimum such as 0.5. */
const COVERAGE_TOLERANCE = 1e-9;

/** Point scores from observed data only: NaN marks a missing score. */
export interface PointScores {
  /** Per unit. */
  readonly score: Float64Array;
  /** Per unit: share of pillar weight scored. */
  readonly coverage: Float64Array;
  /** Row-major units × pillars. */
  readonly pillarScore: Float64Array;
  /** Row-major units × pillars: share of the pillar's indicator weight observed. */
  readonly pillarCoverage: Float64Array;
}

/**
 * Scores every unit from observed values alone. A pillar is scored when the observed share of its
 * indicator weight reaches `minCoverage`, as the weighted mean of its observed indicators; a unit
 * when the scored share of pillar weight reaches it, by aggregating the scored pillars with their
 * weights renormalised. `dropped` (an indicator column) is left out, for the sensitivity analysis.
 */
export const pointScores = (
  p: Prepared,
  minCoverage: number,
  geometric: boolean,
  dropped = -1,
): PointScores => {
  const U = p.units.length;
  const I = p.indicators.length;
  const P = p.pillars.length;
  const score = new Float64Array(U).fill(Number.NaN);
  const coverage = new Float64Array(U);
  const pillarScore = new Float64Array(U * P).fill(Number.NaN);
  const pillarCoverage = new Float64Array(U * P);
  const total = new Float64Array(P);
  for (let i = 0; i < I; i++) {
    if (i === dropped) continue;
    const q = p.pillarOf[i] as number;
    total[q] = (total[q] as number) + (p.indicatorWeight[i] as number);
  }
  const sum = new Float64Array(P);
  const seen = new Float64Array(P);
  const risks: number[] = [];
  const weights: number[] = [];
  for (let u = 0; u < U; u++) {
    sum.fill(0);
    seen.fill(0);
    for (let i = 0; i < I; i++) {
      const r = p.norm[u * I + i] as number;
      if (i === dropped || Number.isNaN(r)) continue;
      const w = p.indicatorWeight[i] as number;
      const q = p.pillarOf[i] as number;
      sum[q] = (sum[q] as number) + w * r;
      seen[q] = (seen[q] as number) + w;
    }
    risks.length = 0;
    weights.length = 0;
    let scoredWeight = 0;
    let pillarWeight = 0;
    for (let q = 0; q < P; q++) {
      const t = total[q] as number;
      if (t === 0) continue; // every indicator of the pillar dropped
      const w = p.pillarWeight[q] as number;
      pillarWeight += w;
      const cov = (seen[q] as number) / t;
      pillarCoverage[u * P + q] = cov;
      if (cov > 0 && cov >= minCoverage - COVERAGE_TOLERANCE) {
        const s = (sum[q] as number) / (seen[q] as number);
        pillarScore[u * P + q] = s;
        risks.push(s);
        weights.push(w);
        scoredWeight += w;
      }
    }
    coverage[u] = pillarWeight > 0 ? scoredWeight / pillarWeight : 0;
    if (scoredWeight > 0 && (coverage[u] as number) >= minCoverage - COVERAGE_TOLERANCE) {
      score[u] = aggregate(
        risks,
        weights.map((w) => w / scoredWeight),
        geometric,
      );
    }
  }
  return { score, coverage, pillarScore, pillarCoverage };
};
