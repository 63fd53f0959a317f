import { rng } from '../risk-index/rng';
import type { BlockShare } from './candidates';
import type { Comparer } from './compare';
import type { PreparedData } from './prepare';
import type { LinkageMode } from './types';

/** How many pairs the mode compares in all (the space the prior probability is over). */
export const totalPairs = (data: PreparedData, mode: LinkageMode): number => {
  const n = data.size;
  if (mode !== 'link') return (n * (n - 1)) / 2;
  let within = 0;
  for (let s = 0; s + 1 < data.sourceStart.length; s += 1) {
    const k = (data.sourceStart[s + 1] ?? 0) - (data.sourceStart[s] ?? 0);
    within += (k * (k - 1)) / 2;
  }
  return (n * (n - 1)) / 2 - within;
};

/** Level counts per comparison among random pairs: `counts[c][level]`. */
export type LevelCounts = Float64Array[];

/**
 * Compares random pairs (or every pair, when there are fewer than `pairs`) and counts levels: the
 * u probabilities are these shares. Pairs come from one seeded stream; a share of the work
 * compares the pairs whose position in it is `part` modulo `parts`, so the counts summed over
 * shares do not depend on how the work was split.
 */
export const countRandomLevels = (
  data: PreparedData,
  comparers: readonly Comparer[],
  levelCounts: readonly number[],
  mode: LinkageMode,
  pairs: number,
  seed: number,
  share: BlockShare = { part: 0, parts: 1 },
  onProgress?: (done: number, total: number) => void,
): LevelCounts => {
  const counts = levelCounts.map((l) => new Float64Array(l));
  const add = (i: number, j: number): void => {
    for (let c = 0; c < comparers.length; c += 1) {
      const l = (comparers[c] as Comparer)(i, j);
      const row = counts[c] as Float64Array;
      row[l] = (row[l] ?? 0) + 1;
    }
  };
  const n = data.size;
  const total = totalPairs(data, mode);
  const { sourceOf, sourceStart } = data;
  if (total <= pairs) {
    let k = 0;
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        if (mode === 'link' && sourceOf[i] === sourceOf[j]) continue;
        if (k % share.parts === share.part) add(i, j);
        k += 1;
      }
      if (onProgress && i % 256 === 0) onProgress(i, n);
    }
    return counts;
  }
  const random = rng(seed);
  for (let k = 0; k < pairs; k += 1) {
    const i = Math.floor(random.next() * n);
    let j: number;
    if (mode === 'link') {
      const s = sourceOf[i] ?? 0;
      const lo = sourceStart[s] ?? 0;
      const hi = sourceStart[s + 1] ?? 0;
      j = Math.floor(random.next() * (n - (hi - lo)));
      if (j >= lo) j += hi - lo;
    } else {
      j = Math.floor(random.next() * (n - 1));
      if (j >= i) j += 1;
    }
    if (k % share.parts === share.part) add(i, j);
    if (onProgress && k % 65536 === 0) onProgress(k, pairs);
  }
  return counts;
};
