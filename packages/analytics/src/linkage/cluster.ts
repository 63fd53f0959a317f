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
