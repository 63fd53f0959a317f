/**
 * Baselines the linkage benchmark runs in the same process, on the same data, to set our time
 * and accuracy against:
 * - the rule-based example of the recordlinkage documentation on FEBRL (block on the given name;
 *   a pair is a match when more than three of six agreements hold): its published F1 is 0.787
 *   on febrl4 and 0.776 on febrl1;
 * - exact matching: records with the same normalised values of chosen columns are one person.
 */
import { jaroWinkler, pairAccuracy, type LinkageSource, type PairAccuracy } from '@vigil/analytics';

const norm = (cell: string | null | undefined): string => (cell ?? '').trim().toLowerCase();

/** Accuracy of a set of predicted pairs (i < j, global indices) against truth labels. */
export const pairSetAccuracy = (
  predicted: readonly (readonly [number, number])[],
  truth: readonly string[],
  sourceOf?: readonly number[],
): PairAccuracy => {
  let truePositives = 0;
  for (const [i, j] of predicted) if (truth[i] === truth[j]) truePositives += 1;
  // True pairs: as a clustering of the truth against itself.
  const actual = pairAccuracy(
    truth.map((_, i) => i),
    truth,
    sourceOf,
  ).actual;
  const precision = predicted.length === 0 ? 1 : truePositives / predicted.length;
  const recall = actual === 0 ? 1 : truePositives / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted: predicted.length, actual, precision, recall, f1 };
};

/**
 * The recordlinkage documentation's rule-based FEBRL linker: candidates share the given name;
 * six comparisons (given name exact, surname Jaro–Winkler ≥ 0.85, date of birth exact, suburb
 * exact, state exact, address_1 Jaro–Winkler ≥ 0.85); a match when more than three agree.
 * With `crossOnly`, only pairs of records from different sources.
 */
export const ruleBasedFebrl = (
  sources: readonly LinkageSource[],
  crossOnly: boolean,
): (readonly [number, number])[] => {
  const col = (name: string): string[] => sources.flatMap((s) => (s.columns[name] ?? []).map(norm));
  const given = col('given_name');
  const surname = col('surname');
  const dob = col('date_of_birth');
  const suburb = col('suburb');
  const state = col('state');
  const address = col('address_1');
  const sourceOf = sources.flatMap((s, k) => s.ids.map(() => k));
  const blocks = new Map<string, number[]>();
  given.forEach((g, i) => {
    if (g === '') return;
    const list = blocks.get(g) ?? [];
    list.push(i);
    blocks.set(g, list);
  });
  const exact = (a: string | undefined, b: string | undefined): number =>
    a !== undefined && a !== '' && a === b ? 1 : 0;
  const close = (a: string | undefined, b: string | undefined): number =>
    a !== undefined && b !== undefined && a !== '' && b !== '' && jaroWinkler(a, b) >= 0.85 ? 1 : 0;
  const links: (readonly [number, number])[] = [];
  for (const records of blocks.values()) {
    for (let x = 0; x < records.length; x += 1) {
      for (let y = x + 1; y < records.length; y += 1) {
        const i = records[x] as number;
        const j = records[y] as number;
        if (crossOnly && sourceOf[i] === sourceOf[j]) continue;
        const agreements =
          exact(given[i], given[j]) +
          close(surname[i], surname[j]) +
          exact(dob[i], dob[j]) +
          exact(suburb[i], suburb[j]) +
          exact(state[i], state[j]) +
          close(address[i], address[j]);
        if (agreements > 3) links.push([i, j]);
      }
    }
  }
  return links;
};

/** Exact matching: one cluster per distinct tuple of the columns; a record missing one is alone. */
export const exactMatchClusters = (
  sources: readonly LinkageSource[],
  columns: readonly string[],
): Int32Array => {
  const size = sources.reduce((n, s) => n + s.ids.length, 0);
  const clusterOf = new Int32Array(size);
  const ids = new Map<string, number>();
  let r = 0;
  let next = 0;
  for (const s of sources) {
    for (let i = 0; i < s.ids.length; i += 1, r += 1) {
      const cells = columns.map((c) => norm(s.columns[c]?.[i]));
      if (cells.some((c) => c === '')) {
        clusterOf[r] = next += 1;
        continue;
      }
      const key = cells.join('\u0000');
      let id = ids.get(key);
      if (id === undefined) {
        id = next += 1;
        ids.set(key, id);
      }
      clusterOf[r] = id;
    }
  }
  return clusterOf;
};
