// Pairwise accuracy of a clustering against the truth: a pair of records is predicted linked
// when they share a cluster, truly linked when they share a truth label.

/** Precision, recall and F1 over pairs of records. */
export interface PairAccuracy {
  readonly truePositives: number;
  readonly predicted: number;
  readonly actual: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const choose2 = (n: number): number => (n * (n - 1)) / 2;

/**
 * Compares cluster labels with truth labels (one of each per record). With `sourceOf`, only
 * pairs of records from different sources count (the measure for linking deduplicated files).
 */
export const pairAccuracy = (
  clusterOf: ArrayLike<number>,
  truthOf: ArrayLike<string | number>,
  sourceOf?: ArrayLike<number>,
): PairAccuracy => {
  const count = (keyOf: (i: number) => string): number => {
    const groups = new Map<string, Map<number, number>>();
    for (let i = 0; i < clusterOf.length; i += 1) {
      const k = keyOf(i);
      let bySource = groups.get(k);
      if (bySource === undefined) {
        bySource = new Map();
        groups.set(k, bySource);
      }
      const s = sourceOf === undefined ? 0 : (sourceOf[i] ?? 0);
      bySource.set(s, (bySource.get(s) ?? 0) + 1);
    }
    let pairs = 0;
    for (const bySource of groups.values()) {
      let n = 0;
      let within = 0;
      for (const k of bySource.values()) {
        n += k;
        within += choose2(k);
      }
      pairs += sourceOf === undefined ? choose2(n) : choose2(n) - within;
    }
    return pairs;
  };
  const predicted = count((i) => String(clusterOf[i]));
  const actual = count((i) => String(truthOf[i]));
  const truePositives = count((i) => `${clusterOf[i]}\u0000${truthOf[i]}`);
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = actual === 0 ? 1 : truePositives / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, actual, precision, recall, f1 };
};
