// The linkage as the worker runs it, without the worker: testable in Node. The vault's people
// become one source (`personLinkageSource`), decisions become labels, and the result is turned
// into ids the page can show and save.
import {
  DEFAULT_THRESHOLD,
  explainPairOf,
  linkRecords,
  pairKey,
  personLinkageSource,
  probabilityOf,
  reviewQueue,
  type LinkageProgress,
  type LinkageResult,
  type LinkLabel,
  type ReviewExplanation,
} from '@vigil/analytics';
import { cachedNameWordSpellings } from '@vigil/core';
import type { LinkagePerson } from '../model/people';
import type { IdLabel } from '../model/review';
import type { LinkageOutput } from './protocol';

/** The vault's people are one source: a record is `{ source: 0, id }` to the engine. */
const ref = (id: string) => ({ source: 0, id });

/** At most this many pairs are queued (the most uncertain); the page says how many are left. */
export const QUEUE_LIMIT = 5000;

/**
 * Links the people with the labels, and lists the pairs to review. Labels and decided pairs
 * naming a record that is not among the people (deleted since) are left out.
 */
export const runLinkage = (
  people: readonly LinkagePerson[],
  labels: readonly IdLabel[],
  decided: readonly (readonly [string, string])[],
  onProgress?: LinkageProgress,
): { readonly output: LinkageOutput; readonly result: LinkageResult } => {
  const live = new Set(people.map((p) => p.id));
  const known = (a: string, b: string): boolean => live.has(a) && live.has(b) && a !== b;
  const engineLabels: LinkLabel[] = labels
    .filter((l) => known(l.a, l.b))
    .map((l) => ({ a: ref(l.a), b: ref(l.b), decision: l.decision }));
  const { source, config } = personLinkageSource(people);
  const result = linkRecords([source], config, {
    nameVariants: cachedNameWordSpellings(),
    labels: engineLabels,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const queue = reviewQueue(result, {
    decided: new Set(
      decided.filter(([a, b]) => known(a, b)).map(([a, b]) => pairKey(ref(a), ref(b))),
    ),
    limit: QUEUE_LIMIT,
  }).map((item) => ({
    left: item.left.id,
    right: item.right.id,
    probability: item.probability,
    uncertainty: item.uncertainty,
  }));
  const clusterOf = Int32Array.from(result.clusters.clusterOf);
  return {
    result,
    output: {
      ids: [...result.data.ids],
      clusterOf,
      confidence: confidenceOf(result, clusterOf),
      queue,
      threshold: config.threshold ?? DEFAULT_THRESHOLD,
      warnings: [...result.warnings],
      stats: {
        candidatePairs: result.stats.candidatePairs,
        pairsAboveThreshold: result.stats.pairsAboveThreshold,
      },
    },
  };
};

/** Per record, the strongest match probability of a compared pair inside its cluster. */
const confidenceOf = (result: LinkageResult, clusterOf: Int32Array): Float64Array => {
  const best = new Float64Array(clusterOf.length).fill(Number.NaN);
  const { left, right } = result.pairs;
  for (let k = 0; k < left.length; k += 1) {
    const i = left[k] as number;
    const j = right[k] as number;
    if (clusterOf[i] !== clusterOf[j]) continue;
    const p = probabilityOf(result.weights[k] as number);
    if (!(p <= (best[i] as number))) best[i] = p;
    if (!(p <= (best[j] as number))) best[j] = p;
  }
  return best;
};

/** Why two records score as they do, compared now if the run did not; null for an unknown id. */
export const explainIds = (
  result: LinkageResult,
  left: string,
  right: string,
): ReviewExplanation | null => {
  try {
    return explainPairOf(result, ref(left), ref(right));
  } catch {
    return null;
  }
};
