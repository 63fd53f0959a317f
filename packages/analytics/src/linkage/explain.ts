import { probabilityOf, termFrequencyAdjustment, type LinkageModel } from './model';
import type { ComparedPairs } from './pairs';
import type { PreparedData } from './prepare';

/** What one comparison contributed to a pair's match weight. */
export interface ComparisonContribution {
  readonly column: string;
  readonly level: number;
  readonly label: string;
  /** Level weight log2(m / u) plus the term-frequency adjustment; 0 for "missing". */
  readonly weight: number;
  /** 2^weight: how many times likelier the observation is for a match than a non-match. */
  readonly bayesFactor: number;
  /** The part of `weight` owed to the rarity of the shared value. */
  readonly termFrequencyAdjustment: number;
}

/** A record as the caller knows it: its source (0-based) and id. */
export interface RecordRef {
  readonly source: number;
  readonly id: string;
}

/** Why a pair scored as it did: the prior, then each comparison; the weights add up. */
export interface PairExplanation {
  readonly left: RecordRef;
  readonly right: RecordRef;
  readonly priorWeight: number;
  readonly comparisons: readonly ComparisonContribution[];
  readonly matchWeight: number;
  readonly matchProbability: number;
}

/** The record at a global index. */
export const recordRef = (data: PreparedData, index: number): RecordRef => ({
  source: data.sourceOf[index] ?? 0,
  id: data.ids[index] ?? '',
});

/** Each comparison's contribution to the weight of pair k. */
export const contributions = (
  data: PreparedData,
  model: LinkageModel,
  pairs: ComparedPairs,
  k: number,
): ComparisonContribution[] => {
  const C = model.comparisons.length;
  const p = pairs.pattern[k] ?? 0;
  return levelContributions(
    data,
    model,
    pairs.patterns.levels.subarray(p * C, p * C + C),
    pairs.left[k] ?? 0,
  );
};

/**
 * Each comparison's contribution for records at the given comparison levels; `left` is the
 * pair's first record (by index), whose value the term-frequency adjustment reads.
 */
export const levelContributions = (
  data: PreparedData,
  model: LinkageModel,
  levels: ArrayLike<number>,
  left: number,
): ComparisonContribution[] =>
  model.comparisons.map((comp, c) => {
    const level = levels[c] ?? 0;
    const lvl = comp.levels[level];
    const tf = termFrequencyAdjustment(data, model, c, level, left);
    const weight = (lvl?.weight ?? 0) + tf;
    return {
      column: comp.column,
      level,
      label: lvl?.label ?? '',
      weight,
      bayesFactor: 2 ** weight,
      termFrequencyAdjustment: tf,
    };
  });

/** The explanation of records i and j (i < j) compared at the given levels. */
export const explainLevels = (
  data: PreparedData,
  model: LinkageModel,
  i: number,
  j: number,
  levels: ArrayLike<number>,
): PairExplanation => {
  const parts = levelContributions(data, model, levels, i);
  const matchWeight = parts.reduce((s, c) => s + c.weight, model.priorWeight);
  return {
    left: recordRef(data, i),
    right: recordRef(data, j),
    priorWeight: model.priorWeight,
    comparisons: parts,
    matchWeight,
    matchProbability: probabilityOf(matchWeight),
  };
};

/** The full explanation of pair k: prior, contributions, weight and probability. */
export const explainPair = (
  data: PreparedData,
  model: LinkageModel,
  pairs: ComparedPairs,
  k: number,
): PairExplanation => {
  const C = model.comparisons.length;
  const p = pairs.pattern[k] ?? 0;
  return explainLevels(
    data,
    model,
    pairs.left[k] ?? 0,
    pairs.right[k] ?? 0,
    pairs.patterns.levels.subarray(p * C, p * C + C),
  );
};
