import { levelLabels, termFrequencyLevels } from './compare';
import type { ComparedPairs } from './pairs';
import type { PreparedData } from './prepare';
import type { TrainingRound } from './train';
import type { ComparisonSpec } from './types';

/** One level of a comparison in the trained model. */
export interface ModelLevel {
  readonly label: string;
  /** P(level | match) and P(level | non-match); null for "missing", which weighs nothing. */
  readonly m: number | null;
  readonly u: number | null;
  /**
   * log2(m / u): the level's match weight; 0 for "missing" and for a level seen neither among
   * random pairs nor among candidates (its m and u are only the smoothing's).
   */
  readonly weight: number;
  /** Whether the weight is adjusted by the rarity of the shared value. */
  readonly termFrequency: boolean;
}

/** One comparison of the trained model. */
export interface ModelComparison {
  readonly column: string;
  readonly kind: ComparisonSpec['kind'];
  readonly levels: readonly ModelLevel[];
  /** False when no training round could estimate its m (it kept the starting values). */
  readonly trained: boolean;
}

/** A trained Fellegi–Sunter model: plain data, JSON-serialisable. */
export interface LinkageModel {
  readonly comparisons: readonly ModelComparison[];
  /** Prior probability that two random records match, and its weight log2(λ / (1 − λ)). */
  readonly priorMatch: number;
  readonly priorWeight: number;
  /** Clustering threshold as a probability and as a match weight. */
  readonly threshold: number;
  readonly thresholdWeight: number;
  readonly blocking: readonly string[];
  readonly rounds: readonly TrainingRound[];
}

/** Assembles the model from learned probabilities. */
export const buildModel = (
  specs: readonly ComparisonSpec[],
  m: readonly Float64Array[],
  u: readonly Float64Array[],
  untrained: readonly number[],
  priorMatch: number,
  threshold: number,
  blocking: readonly string[],
  rounds: readonly TrainingRound[],
  observed?: readonly (readonly boolean[])[],
): LinkageModel => ({
  comparisons: specs.map((spec, c) => {
    const tf = termFrequencyLevels(spec);
    return {
      column: spec.column,
      kind: spec.kind,
      trained: !untrained.includes(c),
      levels: levelLabels(spec).map((label, l) => {
        if (l === 0) return { label, m: null, u: null, weight: 0, termFrequency: false };
        const ml = m[c]?.[l] ?? 0;
        const ul = u[c]?.[l] ?? 1;
        const seen = observed?.[c]?.[l] ?? true;
        return {
          label,
          m: ml,
          u: ul,
          weight: seen ? Math.log2(ml / ul) : 0,
          termFrequency: tf.includes(l),
        };
      }),
    };
  }),
  priorMatch,
  priorWeight: Math.log2(priorMatch / (1 - priorMatch)),
  threshold,
  thresholdWeight: Math.log2(threshold / (1 - threshold)),
  blocking,
  rounds,
});

/** Match weight → probability. */
export const probabilityOf = (weight: number): number => 1 / (1 + 2 ** -weight);

/** Sum of level weights per pattern (no prior, no term frequency). */
export const patternWeights = (
  model: Pick<LinkageModel, 'comparisons'>,
  levels: Uint8Array,
  count: number,
): Float64Array => {
  const C = model.comparisons.length;
  const out = new Float64Array(count);
  for (let p = 0; p < count; p += 1) {
    let w = 0;
    for (let c = 0; c < C; c += 1)
      w += model.comparisons[c]?.levels[levels[p * C + c] ?? 0]?.weight ?? 0;
    out[p] = w;
  }
  return out;
};

/**
 * The term-frequency adjustment of comparison c at `level` for records i and j: log2(u / tf),
 * where tf is the share of records holding the shared value (Splink's adjustment: a common
 * name agreeing is weaker evidence than a rare one). 0 when the level is not adjusted.
 */
export const termFrequencyAdjustment = (
  data: PreparedData,
  model: Pick<LinkageModel, 'comparisons'>,
  c: number,
  level: number,
  i: number,
): number => {
  const lvl = model.comparisons[c]?.levels[level];
  const col = data.columns[c];
  if (lvl === undefined || !lvl.termFrequency || col === undefined || lvl.u === null) return 0;
  const v = col.values[i] ?? -1;
  if (v < 0 || col.present === 0) return 0;
  let n: number;
  if (col.kind === 'name' && level !== 1) {
    n = col.foldCounts[data.names.foldId[v] ?? 0] ?? 1;
  } else {
    n = col.counts[v] ?? 1;
  }
  const tf = Math.max(n, 1) / col.present;
  return Math.log2(lvl.u / tf);
};

/** log2 of each value's share of records (per dictionary value, and per fold for names). */
const logShares = (counts: Int32Array, present: number): Float64Array =>
  Float64Array.from(counts, (n) => Math.log2(Math.max(n, 1) / Math.max(present, 1)));

/** Final match weights of compared pairs: prior + level weights + term-frequency adjustments. */
export const scorePairs = (
  data: PreparedData,
  model: LinkageModel,
  pairs: ComparedPairs,
  onProgress?: (done: number, total: number) => void,
): Float64Array => {
  const C = model.comparisons.length;
  const base = patternWeights(model, pairs.patterns.levels, pairs.patterns.count);
  // Per adjusted comparison: log2 u of each level (NaN where not adjusted) and log2 tf tables,
  // so a pair's adjustment is log2 u − log2 tf(value) from arrays.
  const adjusted = model.comparisons.flatMap((comp, c) => {
    const col = data.columns[c];
    if (col === undefined || !comp.levels.some((l) => l.termFrequency)) return [];
    const logU = Float64Array.from(comp.levels, (l) =>
      l.termFrequency && l.u !== null ? Math.log2(l.u) : Number.NaN,
    );
    const byValue = logShares(col.counts, col.present);
    const byFold = col.kind === 'name' ? logShares(col.foldCounts, col.present) : undefined;
    const foldOf = col.kind === 'name' ? data.names.foldId : undefined;
    return [{ c, values: col.values, logU, byValue, byFold, foldOf }];
  });
  const out = new Float64Array(pairs.left.length);
  const levels = pairs.patterns.levels;
  for (let k = 0; k < out.length; k += 1) {
    const p = pairs.pattern[k] as number;
    let w = model.priorWeight + (base[p] as number);
    for (const t of adjusted) {
      const l = levels[p * C + t.c] as number;
      const lu = t.logU[l] as number;
      if (Number.isNaN(lu)) continue;
      const v = t.values[pairs.left[k] as number] as number;
      // Names that agree in another spelling: the rarity of the shared folded spelling.
      const share =
        l !== 1 && t.byFold !== undefined && t.foldOf !== undefined
          ? (t.byFold[t.foldOf[v] as number] as number)
          : (t.byValue[v] as number);
      w += lu - share;
    }
    out[k] = w;
    if (onProgress && k % 262144 === 0) onProgress(k, out.length);
  }
  return out;
};
