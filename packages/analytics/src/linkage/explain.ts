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
  const i = pairs.left[k] ?? 0;
  return model.comparisons.map((comp, c) => {
    const level = pairs.patterns.levels[p * C + c] ?? 0;
    const lvl = comp.levels[level];
    const tf = termFrequencyAdjustment(data, model, c, level, i);
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
};

/** The full explanation of pair k: prior, contributions, weight and probability. */
export const explainPair = (
  data: PreparedData,
  model: LinkageModel,
  pairs: ComparedPairs,
  k: number,
): PairExplanation => {
  const parts = contributions(data, model, pairs, k);
  const matchWeight = parts.reduce((s, c) => s + c.weight, model.priorWeight);
  return {
    left: recordRef(data, pairs.left[k] ?? 0),
    right: recordRef(data, pairs.right[k] ?? 0),
    priorWeight: model.priorWeight,
    comparisons: parts,
    matchWeight,
    matchProbability: probabilityOf(matchWeight),
  };
};
