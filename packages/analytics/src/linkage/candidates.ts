import type { RuleKeys } from './keys';
import type { PreparedData } from './prepare';
import type { LinkageMode } from './types';

// Candidate pairs. Each pair is produced once, by the first rule under which its records share
// a key and, within that rule, by the block of the smallest key they share (Splink's way of
// avoiding a set of seen pairs), so the blocks can be split between workers freely. Each pair
// carries the mask of every rule it satisfies, which tells the training rounds their pairs.

/** Records grouped by key under one rule: block k is `records[start[k] .. start[k+1])`. */
export interface Blocks {
  readonly start: Int32Array;
  readonly records: Int32Array;
}

/** Groups records by key (counting sort: records ascending within each block). */
export const blocksOf = (keys: RuleKeys, size: number): Blocks => {
  const start = new Int32Array(keys.keyCount + 1);
  for (let p = 0; p < keys.keys.length; p += 1) {
    const k = keys.keys[p] ?? 0;
    start[k + 1] = (start[k + 1] ?? 0) + 1;
  }
  for (let k = 0; k < keys.keyCount; k += 1) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const fill = start.slice(0, keys.keyCount);
  const records = new Int32Array(keys.keys.length);
  for (let r = 0; r < size; r += 1) {
    for (let p = keys.keyStart[r] ?? 0; p < (keys.keyStart[r + 1] ?? 0); p += 1) {
      const k = keys.keys[p] ?? 0;
      const at = fill[k] ?? 0;
      records[at] = r;
      fill[k] = at + 1;
    }
  }
  return { start, records };
};

/** Per record: its only key under a rule, -2 when it has none, -1 when it has several. */
export const singleKeys = (keys: RuleKeys, size: number): Int32Array => {
  const out = new Int32Array(size);
  for (let r = 0; r < size; r += 1) {
    const n = (keys.keyStart[r + 1] as number) - (keys.keyStart[r] as number);
    out[r] = n === 0 ? -2 : n === 1 ? (keys.keys[keys.keyStart[r] as number] as number) : -1;
  }
  return out;
};

/** Whether records i and j share a key under a rule (`single` from {@link singleKeys}). */
const shareKey = (keys: RuleKeys, single: Int32Array, i: number, j: number): boolean => {
  const a = single[i] as number;
  const b = single[j] as number;
  if (a === -2 || b === -2) return false;
  if (a >= 0 && b >= 0) return a === b;
  return firstSharedKey(keys, i, j) >= 0;
};

/** The smallest key records i and j share under a rule, or -1. */
export const firstSharedKey = (keys: RuleKeys, i: number, j: number): number => {
  const { keyStart, keys: k } = keys;
  let p = keyStart[i] ?? 0;
  const pe = keyStart[i + 1] ?? 0;
  let q = keyStart[j] ?? 0;
  const qe = keyStart[j + 1] ?? 0;
  while (p < pe && q < qe) {
    const a = k[p] ?? 0;
    const b = k[q] ?? 0;
    if (a === b) return a;
    if (a < b) p += 1;
    else q += 1;
  }
  return -1;
};

/** Which share of the blocks a caller enumerates: blocks with `key % parts === part`. */
export interface BlockShare {
  readonly part: number;
  readonly parts: number;
}

/** What enumeration skipped: blocks larger than the limit. */
export interface BlockingReport {
  /** Candidate pairs produced. */
  pairs: number;
  /** Blocks skipped for their size, and the pairs they held. */
  skippedBlocks: number;
  skippedPairs: number;
}

/**
 * Calls `visit(i, j, mask)` (i < j) for every candidate pair of this share of the blocks, once,
 * in a deterministic order; `mask` has bit r set for every rule r the pair satisfies.
 */
export const forEachCandidate = (
  data: PreparedData,
  rules: readonly RuleKeys[],
  mode: LinkageMode,
  maxBlockSize: number,
  share: BlockShare,
  visit: (i: number, j: number, mask: number) => void,
  onRule?: (rule: number) => void,
): BlockingReport => {
  const report: BlockingReport = { pairs: 0, skippedBlocks: 0, skippedPairs: 0 };
  const crossOnly = mode === 'link';
  const { sourceOf } = data;
  const singles = rules.map((keys) => singleKeys(keys, data.size));
  rules.forEach((keys, r) => {
    onRule?.(r);
    const blocks = blocksOf(keys, data.size);
    const single = singles[r] as Int32Array;
    for (let b = share.part; b < keys.keyCount; b += share.parts) {
      const from = blocks.start[b] as number;
      const to = blocks.start[b + 1] as number;
      const n = to - from;
      if (n < 2) continue;
      if (n > maxBlockSize) {
        report.skippedBlocks += 1;
        report.skippedPairs += (n * (n - 1)) / 2;
        continue;
      }
      for (let x = from; x < to; x += 1) {
        const i = blocks.records[x] as number;
        const si = sourceOf[i];
        const multiI = single[i] === -1;
        for (let y = x + 1; y < to; y += 1) {
          const j = blocks.records[y] as number;
          if (crossOnly && sourceOf[j] === si) continue;
          let earlier = false;
          for (let e = 0; e < r; e += 1) {
            if (shareKey(rules[e] as RuleKeys, singles[e] as Int32Array, i, j)) {
              earlier = true;
              break;
            }
          }
          if (earlier) continue;
          // With several keys each, the pair is produced by the block of the smallest shared one.
          if ((multiI || single[j] === -1) && firstSharedKey(keys, i, j) !== b) continue;
          let mask = 1 << r;
          for (let l = r + 1; l < rules.length; l += 1) {
            if (shareKey(rules[l] as RuleKeys, singles[l] as Int32Array, i, j)) mask |= 1 << l;
          }
          report.pairs += 1;
          visit(i, j, mask);
        }
      }
    }
  });
  return report;
};

/** Pairs each rule would produce on its own (an upper bound when records hold several keys). */
export const pairsPerKey = (keys: RuleKeys): number => {
  const counts = new Int32Array(keys.keyCount);
  for (let p = 0; p < keys.keys.length; p += 1) {
    const k = keys.keys[p] ?? 0;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  let pairs = 0;
  for (const n of counts) pairs += (n * (n - 1)) / 2;
  return pairs;
};
