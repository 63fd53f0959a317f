import { describe, expect, it } from 'vitest';
import { rng } from '../risk-index/rng';
import type { Patterns, TrainingCounts } from './pairs';
import { estimatePrior, trainM, uFromCounts } from './train';

// Three comparisons with levels 0 (missing), 1 (agree), 2 (partly), 3 (disagree).
const M = [
  [0, 0.85, 0.1, 0.05],
  [0, 0.9, 0.05, 0.05],
  [0, 0.7, 0.2, 0.1],
];
const U = [
  [0, 0.01, 0.04, 0.95],
  [0, 0.02, 0.08, 0.9],
  [0, 0.05, 0.15, 0.8],
];

const draw = (r: () => number, probs: readonly number[]): number => {
  let x = r();
  for (let l = 1; l < probs.length; l += 1) {
    x -= probs[l] ?? 0;
    if (x < 0) return l;
  }
  return probs.length - 1;
};

/** Candidate pairs as blocking would give them: rule r keeps pairs agreeing on comparison r. */
const simulate = (matches: number, nonMatches: number, seed: number) => {
  const random = rng(seed);
  const r = () => random.next();
  const codes = new Map<string, { levels: number[]; mask: number; count: number }>();
  const add = (probs: readonly (readonly number[])[]) => {
    const levels = probs.map((p) => draw(r, p));
    const mask = (levels[0] === 1 ? 1 : 0) | (levels[1] === 1 ? 2 : 0);
    if (mask === 0) return;
    const key = `${levels.join(',')}|${mask}`;
    const entry = codes.get(key) ?? { levels, mask, count: 0 };
    entry.count += 1;
    codes.set(key, entry);
  };
  for (let k = 0; k < matches; k += 1) add(M);
  for (let k = 0; k < nonMatches; k += 1) add(U);
  const entries = [...codes.values()];
  const patterns: Patterns = {
    comparisons: 3,
    count: entries.length,
    levels: Uint8Array.from(entries.flatMap((e) => e.levels)),
  };
  const training: TrainingCounts = {
    pattern: Int32Array.from(entries, (_, i) => i),
    mask: Int32Array.from(entries, (e) => e.mask),
    count: Float64Array.from(entries, (e) => e.count),
  };
  return { patterns, training };
};

describe('expectation maximisation', () => {
  it('recovers m of each comparison from rounds that leave out the comparison blocked on', () => {
    const { patterns, training } = simulate(20_000, 2_000_000, 1);
    const u = uFromCounts(U.map((row) => Float64Array.from(row, (p) => p * 1e6)));
    const trained = trainM(patterns, training, u, [[0], [1]], 100);
    expect(trained.untrained).toEqual([]);
    expect(trained.rounds.map((r) => [r.rule, r.used])).toEqual([
      [0, true],
      [1, true],
    ]);
    M.forEach((row, c) => {
      for (let l = 1; l < row.length; l += 1) expect(trained.m[c]?.[l]).toBeCloseTo(row[l] ?? 0, 1);
    });
  });

  it('estimates the prior from candidate weights, counting unblocked pairs as non-matches', () => {
    // 100 pairs of weight +20 (matches) and 10,000 of −10 among 1,000,000 pairs in all.
    const prior = estimatePrior(
      Float64Array.from([20, -10]),
      Float64Array.from([100, 10_000]),
      1e6,
    );
    // The matches' posteriors are 0.99, not 1, at this prior: the fixed point sits just below.
    expect(prior).toBeGreaterThan(0.98e-4);
    expect(prior).toBeLessThan(1e-4);
  });
});
