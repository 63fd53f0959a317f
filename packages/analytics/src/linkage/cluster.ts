// Clustering: records joined by a pair at or above the threshold are one person (connected
// components, by union-find with path halving and union by size).

/** Cluster numbers per record (1-based, numbered by each cluster's first record) and their count. */
export interface Clustering {
  readonly clusterOf: Int32Array;
  readonly count: number;
}

/** Connected components of the pairs whose weight is at least `minWeight`. */
export const connectedComponents = (
  size: number,
  left: Int32Array,
  right: Int32Array,
  weights: Float64Array,
  minWeight: number,
): Clustering => {
  const parent = new Int32Array(size);
  const rank = new Int32Array(size).fill(1);
  for (let i = 0; i < size; i += 1) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while ((parent[r] ?? r) !== r) {
      const gp = parent[parent[r] ?? r] ?? r;
      parent[r] = gp;
      r = gp;
    }
    return r;
  };
  for (let k = 0; k < weights.length; k += 1) {
    if ((weights[k] ?? -Infinity) < minWeight) continue;
    const a = find(left[k] ?? 0);
    const b = find(right[k] ?? 0);
    if (a === b) continue;
    if ((rank[a] ?? 0) < (rank[b] ?? 0)) {
      parent[a] = b;
      rank[b] = (rank[b] ?? 0) + (rank[a] ?? 0);
    } else {
      parent[b] = a;
      rank[a] = (rank[a] ?? 0) + (rank[b] ?? 0);
    }
  }
  const numberOf = new Int32Array(size);
  const clusterOf = new Int32Array(size);
  let count = 0;
  for (let i = 0; i < size; i += 1) {
    const root = find(i);
    if ((numberOf[root] ?? 0) === 0) {
      count += 1;
      numberOf[root] = count;
    }
    clusterOf[i] = numberOf[root] ?? 0;
  }
  return { clusterOf, count };
};

/** A match label that clustering could not apply, and the non-match label that stopped it. */
export interface LabelConflict {
  /** The pair (index into the compared pairs) labelled match. */
  readonly pair: number;
  /** Two records, one on each side of the refused join, labelled different people. */
  readonly cannot: readonly [number, number];
}

/**
 * Connected components that do not chain across a known non-match: pairs at or above `minWeight`
 * are joined strongest first, and two groups are not joined when any compared pair between them
 * scored below `cannotWeight` (the model judged those two records different people). Plain
 * components would let A–B and B–C make one person of A and C even then.
 */
export const constrainedComponents = (
  size: number,
  left: Int32Array,
  right: Int32Array,
  weights: Float64Array,
  minWeight: number,
  cannotWeight: number,
): Clustering => {
  const { clusterOf, count } = labelledComponents(
    size,
    left,
    right,
    weights,
    minWeight,
    cannotWeight,
  );
  return { clusterOf, count };
};

/**
 * {@link constrainedComponents} with human decisions: `labels[k]` is 1 when pair k is labelled
 * match (must-link), −1 when labelled non-match (cannot-link, whatever its weight), 0 when the
 * model decides. Must-links are joined first, strongest first, and only a non-match label stops
 * one (a human decision outweighs the model's); a must-link that would put two records labelled
 * different people in one cluster is not made and is reported in `conflicts`. Then the model's
 * links are joined as without labels, stopped by labels and by the model's non-matches alike.
 */
export const labelledComponents = (
  size: number,
  left: Int32Array,
  right: Int32Array,
  weights: Float64Array,
  minWeight: number,
  cannotWeight: number,
  labels?: Int8Array,
): Clustering & { readonly conflicts: readonly LabelConflict[] } => {
  const links: number[] = [];
  const must: number[] = [];
  const linked = new Uint8Array(size);
  for (let k = 0; k < weights.length; k += 1) {
    const label = labels === undefined ? 0 : (labels[k] as number);
    if (label === 1) {
      must.push(k);
      linked[left[k] as number] = 1;
      linked[right[k] as number] = 1;
    } else if (label === 0 && (weights[k] as number) >= minWeight) {
      links.push(k);
      linked[left[k] as number] = 1;
      linked[right[k] as number] = 1;
    }
  }
  const strongestFirst = (a: number, b: number): number =>
    (weights[b] as number) - (weights[a] as number) || a - b;
  links.sort(strongestFirst);
  // Must-links by records, not position, so a conflict is reported alike for any split of work.
  must.sort(
    (a, b) =>
      (weights[b] as number) - (weights[a] as number) ||
      (left[a] as number) - (left[b] as number) ||
      (right[a] as number) - (right[b] as number),
  );
  const isCannot = (k: number): boolean => {
    const label = labels === undefined ? 0 : (labels[k] as number);
    return label === -1 || (label === 0 && (weights[k] as number) < cannotWeight);
  };
  // Known non-matches between records that some link could join, as adjacency lists (CSR).
  const degree = new Int32Array(size + 1);
  for (let k = 0; k < weights.length; k += 1) {
    const i = left[k] as number;
    const j = right[k] as number;
    if (isCannot(k) && linked[i] === 1 && linked[j] === 1) {
      degree[i + 1] = (degree[i + 1] as number) + 1;
      degree[j + 1] = (degree[j + 1] as number) + 1;
    }
  }
  for (let r = 0; r < size; r += 1)
    degree[r + 1] = (degree[r + 1] as number) + (degree[r] as number);
  const fill = degree.slice(0, size);
  const cannot = new Int32Array(degree[size] as number);
  // Which of them are human decisions (only with labels).
  const byLabel = labels === undefined ? undefined : new Uint8Array(cannot.length);
  for (let k = 0; k < weights.length; k += 1) {
    const i = left[k] as number;
    const j = right[k] as number;
    if (isCannot(k) && linked[i] === 1 && linked[j] === 1) {
      const human = labels !== undefined && labels[k] === -1 ? 1 : 0;
      if (byLabel !== undefined) {
        byLabel[fill[i] as number] = human;
        byLabel[fill[j] as number] = human;
      }
      cannot[fill[i] as number] = j;
      fill[i] = (fill[i] as number) + 1;
      cannot[fill[j] as number] = i;
      fill[j] = (fill[j] as number) + 1;
    }
  }
  const parent = new Int32Array(size);
  for (let i = 0; i < size; i += 1) parent[i] = i;
  const members: (number[] | undefined)[] = new Array<number[] | undefined>(size);
  const find = (x: number): number => {
    let r = x;
    while ((parent[r] as number) !== r) {
      const gp = parent[parent[r] as number] as number;
      parent[r] = gp;
      r = gp;
    }
    return r;
  };
  let stopX = -1;
  let stopY = -1;
  /** Joins the groups of pair k unless a non-match (a labelled one only, with `labelsOnly`) lies between them. */
  const join = (k: number, labelsOnly: boolean): boolean => {
    const a = find(left[k] as number);
    const b = find(right[k] as number);
    if (a === b) return true;
    const ma = members[a] ?? [a];
    const mb = members[b] ?? [b];
    // Check from the smaller group: does any member have a known non-match in the other?
    const [small, large, smallRoot, largeRoot] =
      ma.length <= mb.length ? [ma, mb, a, b] : [mb, ma, b, a];
    let blocked = false;
    for (const x of small) {
      for (let p = degree[x] as number; p < (degree[x + 1] as number) && !blocked; p += 1) {
        if (labelsOnly && byLabel?.[p] !== 1) continue;
        if (find(cannot[p] as number) === largeRoot) {
          blocked = true;
          stopX = x;
          stopY = cannot[p] as number;
        }
      }
      if (blocked) break;
    }
    if (blocked) return false;
    parent[smallRoot] = largeRoot;
    for (const x of small) large.push(x);
    members[largeRoot] = large;
    members[smallRoot] = undefined;
    return true;
  };
  const conflicts: LabelConflict[] = [];
  for (const k of must) {
    if (!join(k, true)) {
      conflicts.push({
        pair: k,
        cannot: stopX < stopY ? [stopX, stopY] : [stopY, stopX],
      });
    }
  }
  for (const k of links) join(k, false);
  const numberOf = new Int32Array(size);
  const clusterOf = new Int32Array(size);
  let count = 0;
  for (let i = 0; i < size; i += 1) {
    const root = find(i);
    if ((numberOf[root] as number) === 0) {
      count += 1;
      numberOf[root] = count;
    }
    clusterOf[i] = numberOf[root] as number;
  }
  return { clusterOf, count, conflicts };
};
