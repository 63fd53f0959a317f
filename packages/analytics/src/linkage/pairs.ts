import type { BlockingReport } from './candidates';
import type { Comparer } from './compare';
import { NumberInterner } from './intern';

// Candidate pairs as they are compared: columnar, with each pair's comparison levels stored
// once per distinct combination (a "pattern"), and counts of patterns per rule mask, which is
// all that training needs.

/** Distinct level combinations: pattern p's level for comparison c is `levels[p * C + c]`. */
export interface Patterns {
  readonly comparisons: number;
  readonly count: number;
  readonly levels: Uint8Array;
}

/** Counts of candidate pairs by pattern and rule mask (one entry per distinct combination). */
export interface TrainingCounts {
  readonly pattern: Int32Array;
  readonly mask: Int32Array;
  readonly count: Float64Array;
}

/** Compared candidate pairs: plain data, so a worker can send them back. */
export interface ComparedPairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly pattern: Int32Array;
  readonly patterns: Patterns;
  readonly training: TrainingCounts;
  readonly report: BlockingReport;
}

const grow = <T extends Int32Array | Uint8Array>(a: T, need: number, make: (n: number) => T): T => {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
};

/** Collects compared pairs into growing typed arrays. */
export class PairCollector {
  private left = new Int32Array(1024);
  private right = new Int32Array(1024);
  private pattern = new Int32Array(1024);
  private n = 0;
  private levels = new Uint8Array(1024);
  private readonly patternOf = new NumberInterner();
  private readonly patternOfText = new Map<string, number>();
  /** Training counts by (pattern, mask), interned as pattern * 2^31 + mask. */
  private readonly trainingOf = new NumberInterner();
  private trainingKeys = new Float64Array(1024);
  private trainingCounts = new Float64Array(1024);
  private readonly current: Uint8Array;
  private readonly radix: number[];
  private readonly numeric: boolean;

  constructor(
    private readonly comparers: readonly Comparer[],
    levelCounts: readonly number[],
  ) {
    this.current = new Uint8Array(comparers.length);
    this.radix = [...levelCounts];
    this.numeric = levelCounts.reduce((p, l) => p * l, 1) < 2 ** 52;
  }

  get patternCount(): number {
    return this.numeric ? this.patternOf.size : this.patternOfText.size;
  }

  /** Compares records i and j and returns their pattern id. */
  compare(i: number, j: number): number {
    const C = this.comparers.length;
    let code = 0;
    for (let c = 0; c < C; c += 1) {
      const l = (this.comparers[c] as Comparer)(i, j);
      this.current[c] = l;
      code = code * (this.radix[c] as number) + l;
    }
    const before = this.patternCount;
    const p = this.numeric
      ? this.patternOf.id(code)
      : (this.patternOfText.get(this.current.join(',')) ?? before);
    if (p === before) {
      if (!this.numeric) this.patternOfText.set(this.current.join(','), p);
      this.levels = grow(this.levels, (p + 1) * C, (k) => new Uint8Array(k));
      this.levels.set(this.current, p * C);
    }
    return p;
  }

  /** Compares and stores a candidate pair with its rule mask. */
  add(i: number, j: number, mask: number): void {
    const p = this.compare(i, j);
    const at = this.n;
    if (at === this.left.length) {
      this.left = grow(this.left, at + 1, (k) => new Int32Array(k));
      this.right = grow(this.right, at + 1, (k) => new Int32Array(k));
      this.pattern = grow(this.pattern, at + 1, (k) => new Int32Array(k));
    }
    this.left[at] = i;
    this.right[at] = j;
    this.pattern[at] = p;
    this.n = at + 1;
    const key = p * 2 ** 31 + (mask >>> 0);
    const t = this.trainingOf.id(key);
    if (t === this.trainingCounts.length) {
      const keys = new Float64Array(t * 2);
      keys.set(this.trainingKeys);
      this.trainingKeys = keys;
      const counts = new Float64Array(t * 2);
      counts.set(this.trainingCounts);
      this.trainingCounts = counts;
    }
    this.trainingKeys[t] = key;
    this.trainingCounts[t] = (this.trainingCounts[t] as number) + 1;
  }

  /** The pairs collected, trimmed to size. */
  finish(report: BlockingReport): ComparedPairs {
    const C = this.comparers.length;
    const T = this.trainingOf.size;
    const keys = this.trainingKeys.subarray(0, T);
    return {
      left: this.left.slice(0, this.n),
      right: this.right.slice(0, this.n),
      pattern: this.pattern.slice(0, this.n),
      patterns: {
        comparisons: C,
        count: this.patternCount,
        levels: this.levels.slice(0, this.patternCount * C),
      },
      training: {
        pattern: Int32Array.from(keys, (k) => Math.floor(k / 2 ** 31)),
        mask: Int32Array.from(keys, (k) => k % 2 ** 31),
        count: this.trainingCounts.slice(0, T),
      },
      report,
    };
  }
}

/**
 * Joins compared pairs from several workers into one set, in the order given, with one pattern
 * table (patterns are renumbered in order of their levels, so the result does not depend on how
 * the work was split).
 */
export const mergeComparedPairs = (parts: readonly ComparedPairs[]): ComparedPairs => {
  const first = parts[0];
  if (first === undefined) throw new Error('nothing to merge');
  const C = first.patterns.comparisons;
  const keyOf = (levels: Uint8Array, p: number): string =>
    levels.subarray(p * C, p * C + C).join(',');
  const all = new Map<string, Uint8Array>();
  for (const part of parts) {
    for (let p = 0; p < part.patterns.count; p += 1) {
      const k = keyOf(part.patterns.levels, p);
      if (!all.has(k)) all.set(k, part.patterns.levels.slice(p * C, p * C + C));
    }
  }
  const ordered = [...all.entries()].sort((a, b) => {
    for (let c = 0; c < C; c += 1) {
      const d = (a[1][c] ?? 0) - (b[1][c] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  const idOf = new Map(ordered.map(([k], i) => [k, i]));
  const levels = new Uint8Array(ordered.length * C);
  ordered.forEach(([, l], i) => levels.set(l, i * C));
  const total = parts.reduce((s, p) => s + p.left.length, 0);
  const left = new Int32Array(total);
  const right = new Int32Array(total);
  const pattern = new Int32Array(total);
  const training = new Map<number, number>();
  const report = { pairs: 0, skippedBlocks: 0, skippedPairs: 0 };
  let at = 0;
  for (const part of parts) {
    const remap = Int32Array.from(
      { length: part.patterns.count },
      (_, p) => idOf.get(keyOf(part.patterns.levels, p)) ?? -1,
    );
    left.set(part.left, at);
    right.set(part.right, at);
    for (let k = 0; k < part.pattern.length; k += 1) {
      pattern[at + k] = remap[part.pattern[k] ?? 0] ?? -1;
    }
    at += part.left.length;
    for (let t = 0; t < part.training.count.length; t += 1) {
      const key =
        (remap[part.training.pattern[t] ?? 0] ?? 0) * 2 ** 31 + (part.training.mask[t] ?? 0);
      training.set(key, (training.get(key) ?? 0) + (part.training.count[t] ?? 0));
    }
    report.pairs += part.report.pairs;
    report.skippedBlocks += part.report.skippedBlocks;
    report.skippedPairs += part.report.skippedPairs;
  }
  const entries = [...training.entries()].sort((a, b) => a[0] - b[0]);
  return {
    left,
    right,
    pattern,
    patterns: { comparisons: C, count: ordered.length, levels },
    training: {
      pattern: Int32Array.from(entries, ([k]) => Math.floor(k / 2 ** 31)),
      mask: Int32Array.from(entries, ([k]) => k % 2 ** 31),
      count: Float64Array.from(entries, ([, n]) => n),
    },
    report,
  };
};
