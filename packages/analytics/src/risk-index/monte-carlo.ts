import type { IndicatorDefinition } from './indicators';
import { clamp01, normalise } from './normalise';
import { Noise, type Prepared } from './prepare';
import { betaDraw, rng, type Rng } from './rng';
import { aggregate, type PointScores } from './score';
import type { IndexSettings } from './settings';
import { interval95, quantileSorted, ranksDescending } from './stats';

/** Intervals from the Monte Carlo draws; null (or undefined for ranks) where the point is missing. */
export interface Uncertainty {
  readonly unit: ([number, number] | null)[];
  /** Row-major units × pillars. */
  readonly pillar: ([number, number] | null)[];
  readonly rank: ([number, number] | undefined)[];
  /** Units whose point score lay outside the 2.5–97.5 percentile range and widened it. */
  readonly widened: readonly string[];
}

/**
 * Dirichlet concentration for `parts` pillars such that a pillar of average weight 1/parts has a
 * coefficient of variation of `spread` across draws; at least 1, so every shape stays positive.
 */
export const dirichletConcentration = (parts: number, spread: number): number =>
  Math.max((parts - 1) / (spread * spread) - 1, 1);

/** Spreads below this leave the weights fixed (the concentration would overflow). */
const MIN_SPREAD = 1e-6;

/** Pillar weights of each draw, row-major draws × pillars, each row summing to 1. */
const drawWeights = (r: Rng, base: Float64Array, draws: number, spread: number): Float64Array => {
  const P = base.length;
  const out = new Float64Array(draws * P);
  const perturb = spread >= MIN_SPREAD && P > 1;
  const k = perturb ? dirichletConcentration(P, spread) : 0;
  for (let d = 0; d < draws; d++) {
    let total = 0;
    for (let q = 0; q < P; q++) {
      const w = base[q] as number;
      const g = perturb && w > 0 ? r.gamma(w * k) : w;
      out[d * P + q] = g;
      total += g;
    }
    for (let q = 0; q < P; q++) out[d * P + q] = (out[d * P + q] as number) / total;
  }
  return out;
};

const EXPERT = Noise.expert;
const SHARE = Noise.share;
const RATE = Noise.rate;

/**
 * Runs `settings.draws` seeded draws. In each: pillar weights are drawn from a Dirichlet centred
 * on the chosen ones; missing values are imputed from the values observed for other units (uniform
 * on 0..1 when nobody has the indicator); expert values move by their confidence; records-based
 * shares and rates with a basis are drawn from their Jeffreys posterior. Intervals are the 2.5th
 * and 97.5th percentiles, widened where needed so they always contain the point.
 */
export const monteCarlo = (
  p: Prepared,
  settings: IndexSettings,
  point: PointScores,
  pointRank: Int32Array,
): Uncertainty => {
  const U = p.units.length;
  const I = p.indicators.length;
  const P = p.pillars.length;
  const D = settings.draws;
  const unit: ([number, number] | null)[] = new Array<null>(U).fill(null);
  const pillar: ([number, number] | null)[] = new Array<null>(U * P).fill(null);
  const rank: ([number, number] | undefined)[] = new Array<undefined>(U).fill(undefined);
  const widened: string[] = [];
  if (D === 0) return { unit, pillar, rank, widened };

  const r = rng(settings.seed);
  const weights = drawWeights(r, p.pillarWeight, D, settings.weightSpread);
  const weightRow = Array.from({ length: D }, (_, d) => weights.subarray(d * P, d * P + P));
  const geometric = Array.from({ length: D }, () =>
    settings.varyAggregation ? r.next() < 0.5 : settings.aggregation === 'geometric',
  );
  const totals = new Float64Array(P);
  for (let i = 0; i < I; i++) {
    const q = p.pillarOf[i] as number;
    totals[q] = (totals[q] as number) + (p.indicatorWeight[i] as number);
  }

  const unitDraws = new Float64Array(U * D);
  const pillarDraws = new Float64Array(P * D);
  const sums = new Float64Array(P);
  const risks = new Float64Array(P);
  const scratch = new Float64Array(D);
  const { norm, noise, noiseA, noiseB, pillarOf, indicatorWeight, observed, indicators, ranges } =
    p;
  for (let u = 0; u < U; u++) {
    // A unit with nothing scored gets no interval, so its draws would be wasted.
    let anything = !Number.isNaN(point.score[u] as number);
    for (let q = 0; q < P && !anything; q++) {
      anything = !Number.isNaN(point.pillarScore[u * P + q] as number);
    }
    if (!anything) continue;
    for (let d = 0; d < D; d++) {
      sums.fill(0);
      for (let i = 0; i < I; i++) {
        const k = u * I + i;
        let v = norm[k] as number;
        if (Number.isNaN(v)) {
          // Missing: a value observed for another unit, or uniform when nobody has one.
          const pool = observed[i] as Float64Array;
          v = pool.length > 0 ? (pool[Math.floor(r.next() * pool.length)] as number) : r.next();
        } else if (noise[k] === EXPERT) {
          v = clamp01(v + (2 * r.next() - 1) * (noiseA[k] as number));
        } else if (noise[k] === SHARE) {
          const raw = betaDraw(r, noiseA[k] as number, noiseB[k] as number);
          v = normalise(indicators[i] as IndicatorDefinition, raw, ranges[i]);
        } else if (noise[k] === RATE) {
          const raw = r.gamma(noiseA[k] as number) * (noiseB[k] as number);
          v = normalise(indicators[i] as IndicatorDefinition, raw, ranges[i]);
        }
        const q = pillarOf[i] as number;
        sums[q] = (sums[q] as number) + (indicatorWeight[i] as number) * v;
      }
      for (let q = 0; q < P; q++) {
        const risk = (sums[q] as number) / (totals[q] as number);
        risks[q] = risk;
        pillarDraws[q * D + d] = risk;
      }
      unitDraws[u * D + d] = aggregate(risks, weightRow[d] as Float64Array, geometric[d] === true);
    }
    for (let q = 0; q < P; q++) {
      const s = point.pillarScore[u * P + q] as number;
      if (Number.isNaN(s)) continue;
      scratch.set(pillarDraws.subarray(q * D, q * D + D));
      pillar[u * P + q] = interval95(scratch, s).bounds;
    }
    const s = point.score[u] as number;
    if (Number.isNaN(s)) continue;
    scratch.set(unitDraws.subarray(u * D, u * D + D));
    const { bounds, widened: w } = interval95(scratch, s);
    unit[u] = bounds;
    if (w) widened.push(p.units[u] as string);
  }

  const ranked: number[] = [];
  for (let u = 0; u < U; u++) if (!Number.isNaN(point.score[u] as number)) ranked.push(u);
  const R = ranked.length;
  const rankDraws = new Float64Array(R * D);
  const scores = new Float64Array(R);
  const ranks = new Int32Array(R);
  const sorted = new Float64Array(R);
  for (let d = 0; d < D; d++) {
    for (let j = 0; j < R; j++) scores[j] = unitDraws[(ranked[j] as number) * D + d] as number;
    ranksDescending(scores, ranks, sorted);
    for (let j = 0; j < R; j++) rankDraws[j * D + d] = ranks[j] as number;
  }
  for (let j = 0; j < R; j++) {
    const u = ranked[j] as number;
    const own = rankDraws.subarray(j * D, j * D + D).sort();
    const at = pointRank[u] as number;
    const lo = Math.floor(quantileSorted(own, 0.025));
    const hi = Math.ceil(quantileSorted(own, 0.975));
    rank[u] = [Math.min(lo, at), Math.max(hi, at)];
  }
  return { unit, pillar, rank, widened };
};
