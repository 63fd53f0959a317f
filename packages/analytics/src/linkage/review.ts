import { comparersOf, type Comparer } from './compare';
import { LinkageError, LinkageErrorCode } from './errors';
import {
  explainLevels,
  explainPair,
  recordRef,
  type PairExplanation,
  type RecordRef,
} from './explain';
import { indexOrThrow, pairKey, recordIndexer } from './labels';
import type { LinkageResult } from './link';
import { probabilityOf } from './model';
import type { PreparedData } from './prepare';

// Human review (issue 7, point 4): the compared pairs the model is least sure of, for a person to
// decide side by side, and the explanation of any two records, compared on demand.

/**
 * Half the width of the default review band, in match weight (bits): log2(9), so that around
 * the default threshold of 0.5 the band is probabilities 0.1 to 0.9.
 */
export const REVIEW_BAND_BITS = Math.log2(9);

/** Which compared pairs {@link reviewQueue} lists. */
export interface ReviewQueueOptions {
  /**
   * Match probabilities from `lower` to `upper`, both included. Default: the result's threshold
   * weight ± {@link REVIEW_BAND_BITS} (0.1–0.9 around a threshold of 0.5).
   */
  readonly lower?: number;
  readonly upper?: number;
  /** At most this many pairs (default: all in the band). */
  readonly limit?: number;
  /** Pairs already decided, by {@link pairKey}: left out. Labelled pairs are always left out. */
  readonly decided?: ReadonlySet<string>;
}

/** One pair waiting for a human decision. */
export interface ReviewItem {
  readonly left: RecordRef;
  readonly right: RecordRef;
  /** The pair's {@link pairKey}: what a decision is stored under. */
  readonly key: string;
  readonly probability: number;
  /** Binary entropy of the probability, in bits: 1 at 0.5, 0 at certainty. */
  readonly uncertainty: number;
}

/** Binary entropy of p in bits. */
export const binaryEntropy = (p: number): number => {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
};

const probabilityIn = (name: string, v: number | undefined, fallback: number): number => {
  if (v === undefined) return fallback;
  if (!Number.isFinite(v) || v < 0 || v > 1) {
    throw new LinkageError(LinkageErrorCode.invalidConfig, `${name} must be from 0 to 1`);
  }
  return v;
};

/**
 * The compared pairs whose match probability lies in [lower, upper], most uncertain first
 * (binary entropy of the probability; ties by pair key, so the order is the same on every run),
 * without pairs in `decided` and pairs the run was given labels for.
 */
export const reviewQueue = (
  result: Pick<LinkageResult, 'data' | 'model' | 'pairs' | 'weights' | 'labelOf'>,
  options: ReviewQueueOptions = {},
): ReviewItem[] => {
  const t = result.model.thresholdWeight;
  const lower = probabilityIn('lower', options.lower, probabilityOf(t - REVIEW_BAND_BITS));
  const upper = probabilityIn('upper', options.upper, probabilityOf(t + REVIEW_BAND_BITS));
  if (lower > upper) {
    throw new LinkageError(LinkageErrorCode.invalidConfig, 'lower must not exceed upper');
  }
  const limit = options.limit ?? Infinity;
  if (!(limit >= 0) || (Number.isFinite(limit) && !Number.isInteger(limit))) {
    throw new LinkageError(LinkageErrorCode.invalidConfig, 'limit must be a whole number');
  }
  // Weights are filtered first (cheap), with a margin for rounding, then probabilities exactly.
  const lowW = lower <= 0 ? -Infinity : Math.log2(lower / (1 - lower)) - 1e-9;
  const highW = upper >= 1 ? Infinity : Math.log2(upper / (1 - upper)) + 1e-9;
  const { weights, pairs, data, labelOf } = result;
  const items: ReviewItem[] = [];
  for (let k = 0; k < weights.length; k += 1) {
    const w = weights[k] as number;
    if (w < lowW || w > highW || (labelOf !== undefined && labelOf[k] !== 0)) continue;
    const probability = probabilityOf(w);
    if (probability < lower || probability > upper) continue;
    const left = recordRef(data, pairs.left[k] as number);
    const right = recordRef(data, pairs.right[k] as number);
    const key = pairKey(left, right);
    if (options.decided?.has(key) === true) continue;
    items.push({ left, right, key, probability, uncertainty: binaryEntropy(probability) });
  }
  items.sort(
    (a, b) => b.uncertainty - a.uncertainty || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return Number.isFinite(limit) ? items.slice(0, limit) : items;
};

/** The explanation of two records for a side-by-side view. */
export interface ReviewExplanation extends PairExplanation {
  /** Whether blocking (or a label) made the run compare them; else compared now. */
  readonly compared: boolean;
  /** Whether the run put them in one cluster. */
  readonly sameCluster: boolean;
}

const comparerCache = new WeakMap<PreparedData, Comparer[]>();

/**
 * Why two records score as they do: each comparison's contribution, prior, weight and
 * probability, as in the run. Records the run did not compare (two records of one cluster
 * joined through others, say) are compared now with the run's model. `left` and `right` are
 * reported as given.
 */
export const explainPairOf = (
  result: Pick<LinkageResult, 'data' | 'model' | 'pairs' | 'clusters'>,
  left: RecordRef,
  right: RecordRef,
): ReviewExplanation => {
  const { data, model, pairs } = result;
  const lookup = recordIndexer(data);
  const a = indexOrThrow(lookup, left);
  const b = indexOrThrow(lookup, right);
  if (a === b) {
    throw new LinkageError(LinkageErrorCode.invalidLabel, 'a record is not compared with itself');
  }
  const i = Math.min(a, b);
  const j = Math.max(a, b);
  let found = -1;
  for (let k = 0; k < pairs.left.length; k += 1) {
    if (pairs.left[k] === i && pairs.right[k] === j) {
      found = k;
      break;
    }
  }
  let explanation: PairExplanation;
  if (found >= 0) {
    explanation = explainPair(data, model, pairs, found);
  } else {
    let comparers = comparerCache.get(data);
    if (comparers === undefined) {
      comparers = comparersOf(data);
      comparerCache.set(data, comparers);
    }
    explanation = explainLevels(
      data,
      model,
      i,
      j,
      comparers.map((compare) => compare(i, j)),
    );
  }
  return {
    ...explanation,
    left: recordRef(data, a),
    right: recordRef(data, b),
    compared: found >= 0,
    sameCluster: result.clusters.clusterOf[a] === result.clusters.clusterOf[b],
  };
};
