import { firstSharedKey } from './candidates';
import { comparersOf } from './compare';
import { LinkageError, LinkageErrorCode } from './errors';
import type { RecordRef } from './explain';
import type { RuleKeys } from './keys';
import type { ComparedPairs } from './pairs';
import type { PreparedData } from './prepare';
import type { KnownPairs } from './train';

// Human decisions on pairs (issue 7, point 4): labels that refine the model (known matches and
// non-matches in EM) and constrain the clustering (must-link, cannot-link). "Unsure" is not a
// label: the caller leaves such decisions out.

/** A reviewer's decision on two records. */
export type LinkDecision = 'match' | 'non-match';

/** Two records a human judged to be one person (`match`) or two (`non-match`). */
export interface LinkLabel {
  readonly a: RecordRef;
  readonly b: RecordRef;
  readonly decision: LinkDecision;
}

/** Labels as record indices: one per pair, `left < right`, sorted by (left, right); plain data. */
export interface ResolvedLabels {
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** 1 for match, 0 for non-match. */
  readonly match: Uint8Array;
}

/** Orders records by source, then id (by UTF-16 code units, as `<` does). */
export const compareRefs = (a: RecordRef, b: RecordRef): number =>
  a.source - b.source || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A pair's key, the same whichever record comes first: the JSON of
 * `[source, id, source, id]` with the smaller record (by {@link compareRefs}) first.
 */
export const pairKey = (a: RecordRef, b: RecordRef): string => {
  const [x, y] = compareRefs(a, b) <= 0 ? [a, b] : [b, a];
  return JSON.stringify([x.source, x.id, y.source, y.id]);
};

/**
 * Looks records up by source and id: a function giving the global index of a record, or −1
 * when no source holds it. Each source's index is built on first use.
 */
export const recordIndexer = (
  data: Pick<PreparedData, 'ids' | 'sourceStart'>,
): ((ref: RecordRef) => number) => {
  const bySource = new Map<number, Map<string, number>>();
  return (ref) => {
    const s = ref.source;
    if (!Number.isInteger(s) || s < 0 || s + 1 >= data.sourceStart.length) return -1;
    let index = bySource.get(s);
    if (index === undefined) {
      index = new Map();
      const from = data.sourceStart[s] as number;
      const to = data.sourceStart[s + 1] as number;
      for (let r = from; r < to; r += 1) index.set(data.ids[r] as string, r);
      bySource.set(s, index);
    }
    return index.get(ref.id) ?? -1;
  };
};

const describe = (ref: RecordRef): string => `record "${ref.id}" of source ${ref.source + 1}`;

/** The global index of a record, or a `unknown_record` error. */
export const indexOrThrow = (lookup: (ref: RecordRef) => number, ref: RecordRef): number => {
  const i = typeof ref.id === 'string' ? lookup(ref) : -1;
  if (i < 0) {
    throw new LinkageError(
      LinkageErrorCode.unknownRecord,
      `no source holds ${describe(ref)}: a label or pair names a record that is not linked`,
    );
  }
  return i;
};

/**
 * Checks labels against the data and turns them into record indices: every record must exist
 * (`unknown_record`), a label pairs two different records with a decision of match or non-match,
 * and one pair is not labelled both ways (`invalid_label`). Repeated labels count once.
 */
export const resolveLabels = (data: PreparedData, labels: readonly LinkLabel[]): ResolvedLabels => {
  const lookup = recordIndexer(data);
  const byPair = new Map<number, number>();
  labels.forEach((label, n) => {
    const decision: unknown = label.decision;
    if (decision !== 'match' && decision !== 'non-match') {
      throw new LinkageError(
        LinkageErrorCode.invalidLabel,
        `label ${n + 1}: the decision must be match or non-match (leave unsure decisions out)`,
      );
    }
    const a = indexOrThrow(lookup, label.a);
    const b = indexOrThrow(lookup, label.b);
    if (a === b) {
      throw new LinkageError(
        LinkageErrorCode.invalidLabel,
        `label ${n + 1} pairs ${describe(label.a)} with itself`,
      );
    }
    const key = Math.min(a, b) * data.size + Math.max(a, b);
    const match = decision === 'match' ? 1 : 0;
    const before = byPair.get(key);
    if (before !== undefined && before !== match) {
      throw new LinkageError(
        LinkageErrorCode.invalidLabel,
        `${describe(label.a)} and ${describe(label.b)} are labelled both match and non-match`,
      );
    }
    byPair.set(key, match);
  });
  const keys = [...byPair.keys()].sort((x, y) => x - y);
  return {
    left: Int32Array.from(keys, (k) => Math.floor(k / data.size)),
    right: Int32Array.from(keys, (k) => k % data.size),
    match: Uint8Array.from(keys, (k) => byPair.get(k) ?? 0),
  };
};

/** Compared pairs with the labels placed on them. */
export interface LabelledPairs {
  /** The compared pairs, with labelled pairs that blocking did not produce appended. */
  readonly pairs: ComparedPairs;
  /** Per pair: 1 labelled match, −1 labelled non-match, 0 unlabelled. */
  readonly labelOf: Int8Array;
  /** The labelled pairs for training (they are left out of `pairs.training`). */
  readonly known: KnownPairs;
  readonly knownMatches: number;
}

/**
 * Places labels on the compared pairs: a labelled pair that blocking produced is taken out of
 * the training counts (it enters training as known instead); one that blocking did not produce
 * is compared now and appended (so it is scored, explained and clustered), with no rule's mask.
 */
export const placeLabels = (
  data: PreparedData,
  rules: readonly RuleKeys[],
  pairs: ComparedPairs,
  labels: ResolvedLabels,
): LabelledPairs => {
  const L = labels.left.length;
  const size = data.size;
  const wanted = new Map<number, number>();
  for (let x = 0; x < L; x += 1) {
    wanted.set((labels.left[x] as number) * size + (labels.right[x] as number), x);
  }
  const at = new Int32Array(L).fill(-1);
  const n = pairs.left.length;
  for (let k = 0; k < n; k += 1) {
    const i = pairs.left[k] as number;
    const j = pairs.right[k] as number;
    const x = wanted.get(i < j ? i * size + j : j * size + i);
    if (x !== undefined) at[x] = k;
  }
  // Training counts without the labelled pairs that blocking produced.
  const count = pairs.training.count.slice();
  const entryOf = new Map<number, number>();
  for (let t = 0; t < count.length; t += 1) {
    entryOf.set(
      (pairs.training.pattern[t] as number) * 2 ** 31 + (pairs.training.mask[t] as number),
      t,
    );
  }
  const C = pairs.patterns.comparisons;
  const missing: number[] = [];
  for (let x = 0; x < L; x += 1) {
    const k = at[x] as number;
    if (k < 0) {
      missing.push(x);
      continue;
    }
    const i = labels.left[x] as number;
    const j = labels.right[x] as number;
    // A produced pair's mask has a bit for every rule under which its records share a key.
    let mask = 0;
    rules.forEach((keys, r) => {
      if (firstSharedKey(keys, i, j) >= 0) mask |= 1 << r;
    });
    const t = entryOf.get((pairs.pattern[k] as number) * 2 ** 31 + (mask >>> 0));
    if (t !== undefined && (count[t] as number) > 0) count[t] = (count[t] as number) - 1;
  }
  let { left, right, pattern } = pairs;
  let { levels, count: patternCount } = pairs.patterns;
  if (missing.length > 0) {
    const comparers = comparersOf(data);
    const patternOf = new Map<string, number>();
    for (let p = 0; p < patternCount; p += 1) {
      patternOf.set(levels.subarray(p * C, p * C + C).join(','), p);
    }
    const added: number[] = [];
    left = new Int32Array(n + missing.length);
    right = new Int32Array(n + missing.length);
    pattern = new Int32Array(n + missing.length);
    left.set(pairs.left);
    right.set(pairs.right);
    pattern.set(pairs.pattern);
    missing.forEach((x, e) => {
      const i = labels.left[x] as number;
      const j = labels.right[x] as number;
      const current = comparers.map((compare) => compare(i, j));
      const key = current.join(',');
      let p = patternOf.get(key);
      if (p === undefined) {
        p = patternCount + added.length / C;
        patternOf.set(key, p);
        added.push(...current);
      }
      left[n + e] = i;
      right[n + e] = j;
      pattern[n + e] = p;
      at[x] = n + e;
    });
    if (added.length > 0) {
      const grown = new Uint8Array(levels.length + added.length);
      grown.set(levels);
      grown.set(added, levels.length);
      levels = grown;
      patternCount += added.length / C;
    }
  }
  const labelOf = new Int8Array(left.length);
  let knownMatches = 0;
  for (let x = 0; x < L; x += 1) {
    const match = labels.match[x] === 1;
    labelOf[at[x] as number] = match ? 1 : -1;
    if (match) knownMatches += 1;
  }
  return {
    pairs: {
      left,
      right,
      pattern,
      patterns: { comparisons: C, count: patternCount, levels },
      training: { ...pairs.training, count },
      report: pairs.report,
    },
    labelOf,
    known: {
      pattern: Int32Array.from(at, (k) => pattern[k] as number),
      match: labels.match,
    },
    knownMatches,
  };
};

const checkGroup = (group: readonly RecordRef[], what: string): RecordRef[] => {
  if (group.length === 0) {
    throw new LinkageError(LinkageErrorCode.invalidLabel, `${what} has no records`);
  }
  return [...group].sort(compareRefs);
};

/**
 * The match labels that merge two clusters into one person: every other record of both clusters
 * labelled match with one representative, the first record of the merged cluster (by source,
 * then id). One label between representatives would join the two records but could leave
 * members behind when the model judged one of them different from a member of the other
 * cluster; the labels of a merge say the reviewer saw both clusters whole. Records in both
 * clusters count once. Undone by withdrawing these labels and linking again.
 */
export const mergeLabels = (
  clusterA: readonly RecordRef[],
  clusterB: readonly RecordRef[],
): LinkLabel[] => {
  const all = [...checkGroup(clusterA, 'the first cluster'), ...checkGroup(clusterB, 'the second')]
    .sort(compareRefs)
    .filter((r, k, list) => k === 0 || compareRefs(r, list[k - 1] as RecordRef) !== 0);
  const [representative, ...rest] = all as [RecordRef, ...RecordRef[]];
  return rest.map((b) => ({ a: representative, b, decision: 'match' }));
};

/**
 * The non-match labels that split one record off its cluster: the record against each other
 * member of `rest` (the record itself, if listed, is skipped), in order of source and id.
 * Undone by withdrawing these labels and linking again.
 */
export const splitLabels = (record: RecordRef, rest: readonly RecordRef[]): LinkLabel[] =>
  [...rest]
    .sort(compareRefs)
    .filter((r, k, list) => k === 0 || compareRefs(r, list[k - 1] as RecordRef) !== 0)
    .filter((r) => compareRefs(r, record) !== 0)
    .map((b) => ({ a: record, b, decision: 'non-match' }));
