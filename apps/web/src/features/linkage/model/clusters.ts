// Clusters of a linkage run as this page shows them: groups of record ids, how many changed
// between two runs, which ones a search finds. Pure; ids and already opened names only.

/** Records (ids, in input order) grouped by cluster number; every record is in one group. */
export const groupsOf = (ids: readonly string[], clusterOf: ArrayLike<number>): string[][] => {
  const byCluster = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const c = clusterOf[i] ?? -1 - i;
    const group = byCluster.get(c);
    if (group === undefined) byCluster.set(c, [id]);
    else group.push(id);
  });
  return [...byCluster.values()];
};

/** The number of people: distinct clusters. */
export const peopleCount = (clusterOf: ArrayLike<number>): number => {
  const seen = new Set<number>();
  for (let i = 0; i < clusterOf.length; i += 1) seen.add(clusterOf[i] ?? -1 - i);
  return seen.size;
};

/** A canonical form of a group of ids, to compare groups across runs. */
const signature = (group: readonly string[]): string => [...group].sort().join('\n');

/**
 * How many clusters of `after` are not clusters of `before` (new, grown, shrunk or joined),
 * over the ids both runs share in `after`'s order. Each record is its own cluster when a
 * record has no cluster in a run.
 */
export const changedClusters = (
  before: { readonly ids: readonly string[]; readonly clusterOf: ArrayLike<number> },
  after: { readonly ids: readonly string[]; readonly clusterOf: ArrayLike<number> },
): number => {
  const old = new Set(groupsOf(before.ids, before.clusterOf).map(signature));
  return groupsOf(after.ids, after.clusterOf).filter((g) => !old.has(signature(g))).length;
};

/**
 * Cluster numbers from stored assignments (record → cluster id) for the records given: records
 * with the same id share a number, records without one are alone.
 */
export const clusterNumbersOf = (
  ids: readonly string[],
  assigned: ReadonlyMap<string, string>,
): Int32Array => {
  const numbers = new Map<string, number>();
  const out = new Int32Array(ids.length);
  let next = 1;
  ids.forEach((id, i) => {
    const cluster = assigned.get(id);
    if (cluster === undefined) {
      out[i] = next;
      next += 1;
      return;
    }
    let n = numbers.get(cluster);
    if (n === undefined) {
      n = next;
      next += 1;
      numbers.set(cluster, n);
    }
    out[i] = n;
  });
  return out;
};

/** Lower case, without diacritics, for searching names as typed. */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The groups of at least `minSize` records (default: more than one) whose names contain every
 * word of the query (folded), the largest first (ties in input order).
 */
export const searchGroups = (
  groups: readonly (readonly string[])[],
  namesOf: (id: string) => readonly string[],
  query: string,
  minSize = 2,
): (readonly string[])[] => {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return groups
    .filter((g) => g.length >= minSize)
    .filter((g) => {
      if (words.length === 0) return true;
      const text = foldForSearch(g.flatMap(namesOf).join(' '));
      return words.every((w) => text.includes(w));
    })
    .map((g, i) => ({ g, i }))
    .sort((x, y) => y.g.length - x.g.length || x.i - y.i)
    .map(({ g }) => g);
};
