import type { Patterns, TrainingCounts } from './pairs';
import type { LevelCounts } from './sample';

// Expectation maximisation as Splink does it: u (the level probabilities among non-matches) is
// fixed from random pairs; m (among matches) is learned in one round per blocking rule, on the
// pairs that rule yields, leaving out the comparisons the rule reads (their agreement there is
// forced by blocking, not evidence). Each comparison's m is the average over the rounds that
// estimated it, weighed by the matches each round found.

/** One training round, as reported with the model. */
export interface TrainingRound {
  readonly rule: number;
  readonly pairs: number;
  /** Expected matches among the round's pairs. */
  readonly matches: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Comparisons estimated in this round. */
  readonly estimated: readonly number[];
  /** False when the round's solution was discarded (its "matches" did not agree more). */
  readonly used: boolean;
}

/** What training learns. */
export interface TrainedProbabilities {
  /** m[c][level]; level 0 (missing) is unused. */
  readonly m: Float64Array[];
  /** u[c][level]; level 0 (missing) is unused. */
  readonly u: Float64Array[];
  readonly rounds: readonly TrainingRound[];
  /** Comparisons no round could estimate (they kept their starting m). */
  readonly untrained: readonly number[];
}

const TOLERANCE = 1e-5;
const M_FLOOR = 1e-9;
/**
 * Pseudo-matches added to every level in the M step (a Dirichlet prior): a level no match
 * showed in training gets m ≈ 1 / matches, not zero, so one unseen disagreement cannot
 * outweigh all other evidence.
 */
const PSEUDO_MATCHES = 1;

/** u from level counts among random pairs, with half a pair added to each level. */
export const uFromCounts = (counts: LevelCounts): Float64Array[] =>
  counts.map((row) => {
    const u = new Float64Array(row.length);
    let total = 0;
    for (let l = 1; l < row.length; l += 1) total += (row[l] ?? 0) + 0.5;
    for (let l = 1; l < row.length; l += 1) u[l] = ((row[l] ?? 0) + 0.5) / total;
    return u;
  });

/** Starting m: most mass on the strongest level, halving down the levels, little on "different". */
export const initialM = (levels: number): Float64Array => {
  const m = new Float64Array(levels);
  let total = 0;
  for (let l = 1; l < levels; l += 1) {
    m[l] = l === levels - 1 ? 0.05 : 0.5 ** (l - 1);
    total += m[l] ?? 0;
  }
  for (let l = 1; l < levels; l += 1) m[l] = (m[l] ?? 0) / total;
  return m;
};

interface RoundInput {
  readonly patterns: Patterns;
  /** Pattern ids and counts of the round's pairs. */
  readonly pattern: Int32Array;
  readonly count: Float64Array;
  readonly active: readonly number[];
  readonly u: readonly Float64Array[];
  readonly start: readonly Float64Array[];
  readonly maxIterations: number;
  readonly known: KnownPairs | undefined;
}

/**
 * Labelled pairs (human decisions): they take part in every round as known, with posterior 1
 * (match) or 0 (non-match), so they move m towards the levels of true matches and count in the
 * round's share of matches.
 */
export interface KnownPairs {
  readonly pattern: Int32Array;
  /** 1 for a match label, 0 for a non-match. */
  readonly match: Uint8Array;
}

interface RoundResult {
  readonly m: Float64Array[];
  readonly matches: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** EM over one round's pattern counts, for the active comparisons only. */
const runRound = (input: RoundInput): RoundResult => {
  const { patterns, pattern, count, active, u, maxIterations, known } = input;
  const C = patterns.comparisons;
  const m = input.start.map((row) => Float64Array.from(row));
  let total = 0;
  for (const n of count) total += n;
  if (known !== undefined) total += known.pattern.length;
  let lambda = 0.1;
  const logBf = m.map((row) => new Float64Array(row.length));
  let iterations = 0;
  let converged = false;
  let matches = 0;
  while (iterations < maxIterations && !converged) {
    iterations += 1;
    for (const c of active) {
      const mc = m[c] as Float64Array;
      const uc = u[c] as Float64Array;
      const lb = logBf[c] as Float64Array;
      for (let l = 1; l < mc.length; l += 1)
        lb[l] = Math.log(mc[l] ?? M_FLOOR) - Math.log(uc[l] ?? 1);
    }
    const acc = m.map((row) => new Float64Array(row.length));
    const prior = Math.log(lambda / (1 - lambda));
    matches = 0;
    for (let k = 0; k < pattern.length; k += 1) {
      const p = pattern[k] ?? 0;
      let lo = prior;
      for (const c of active) {
        const l = patterns.levels[p * C + c] ?? 0;
        if (l !== 0) lo += (logBf[c] as Float64Array)[l] ?? 0;
      }
      const w = (count[k] ?? 0) / (1 + Math.exp(-lo));
      matches += w;
      for (const c of active) {
        const l = patterns.levels[p * C + c] ?? 0;
        if (l !== 0) {
          const a = acc[c] as Float64Array;
          a[l] = (a[l] ?? 0) + w;
        }
      }
    }
    if (known !== undefined) {
      for (let k = 0; k < known.pattern.length; k += 1) {
        if (known.match[k] !== 1) continue;
        const p = known.pattern[k] ?? 0;
        matches += 1;
        for (const c of active) {
          const l = patterns.levels[p * C + c] ?? 0;
          if (l !== 0) {
            const a = acc[c] as Float64Array;
            a[l] = (a[l] ?? 0) + 1;
          }
        }
      }
    }
    let delta = 0;
    for (const c of active) {
      const a = acc[c] as Float64Array;
      const mc = m[c] as Float64Array;
      let sum = 0;
      for (let l = 1; l < a.length; l += 1) sum += (a[l] ?? 0) + PSEUDO_MATCHES;
      if (sum <= PSEUDO_MATCHES * a.length) continue;
      for (let l = 1; l < a.length; l += 1) {
        const next = Math.max(M_FLOOR, ((a[l] ?? 0) + PSEUDO_MATCHES) / sum);
        delta = Math.max(delta, Math.abs(next - (mc[l] ?? 0)));
        mc[l] = next;
      }
    }
    lambda = Math.min(1 - 1e-9, Math.max(1e-9, matches / Math.max(total, 1)));
    converged = delta < TOLERANCE;
  }
  return { m, matches, iterations, converged };
};

/** Whether a round found matches that agree more than non-matches on its comparisons. */
const plausible = (
  m: readonly Float64Array[],
  u: readonly Float64Array[],
  active: readonly number[],
): boolean => {
  let evidence = 0;
  for (const c of active) evidence += Math.log((m[c]?.[1] ?? M_FLOOR) / (u[c]?.[1] ?? 1));
  return evidence > 0;
};

/**
 * Learns m per comparison: one EM round per blocking rule (rule r's pairs are those whose mask
 * has bit r), each estimating the comparisons the rule does not read; comparisons read by every
 * rule are then estimated on all candidate pairs.
 */
export const trainM = (
  patterns: Patterns,
  training: TrainingCounts,
  u: readonly Float64Array[],
  involved: readonly (readonly number[])[],
  maxIterations: number,
  onRound?: (done: number, total: number) => void,
  known?: KnownPairs,
): TrainedProbabilities => {
  const C = patterns.comparisons;
  const start = u.map((row) => initialM(row.length));
  const sum = u.map((row) => new Float64Array(row.length));
  const weight = new Float64Array(C);
  const rounds: TrainingRound[] = [];
  const select = (keep: (mask: number) => boolean) => {
    const idx: number[] = [];
    for (let t = 0; t < training.mask.length; t += 1) if (keep(training.mask[t] ?? 0)) idx.push(t);
    return {
      pattern: Int32Array.from(idx, (t) => training.pattern[t] ?? 0),
      count: Float64Array.from(idx, (t) => training.count[t] ?? 0),
    };
  };
  const run = (rule: number, active: number[], sel: ReturnType<typeof select>): void => {
    let pairs = 0;
    for (const n of sel.count) pairs += n;
    if (active.length === 0 || pairs + (known?.pattern.length ?? 0) === 0) return;
    const result = runRound({ patterns, ...sel, active, u, start, maxIterations, known });
    const used = result.matches >= 1 && plausible(result.m, u, active);
    rounds.push({
      rule,
      pairs,
      matches: result.matches,
      iterations: result.iterations,
      converged: result.converged,
      estimated: active,
      used,
    });
    if (!used) return;
    for (const c of active) {
      const s = sum[c] as Float64Array;
      const mc = result.m[c] as Float64Array;
      for (let l = 1; l < s.length; l += 1) s[l] = (s[l] ?? 0) + result.matches * (mc[l] ?? 0);
      weight[c] = (weight[c] ?? 0) + result.matches;
    }
  };
  involved.forEach((reads, r) => {
    onRound?.(r, involved.length + 1);
    const active = Array.from({ length: C }, (_, c) => c).filter((c) => !reads.includes(c));
    run(
      r,
      active,
      select((mask) => (mask & (1 << r)) !== 0),
    );
  });
  const missing = Array.from({ length: C }, (_, c) => c).filter((c) => (weight[c] ?? 0) === 0);
  if (missing.length > 0) {
    // Every comparison takes part, so the matches are found by all the evidence; only the
    // comparisons without an estimate keep this round's m.
    const all = Array.from({ length: C }, (_, c) => c);
    const startAll = start.map((row, c) => {
      const w = weight[c] ?? 0;
      return w > 0 ? (sum[c] as Float64Array).map((v) => v / w) : row;
    });
    const result = runRound({
      patterns,
      ...select(() => true),
      active: all,
      u,
      start: startAll,
      maxIterations,
      known,
    });
    const used = result.matches >= 1 && plausible(result.m, u, all);
    rounds.push({
      rule: -1,
      pairs: training.count.reduce((s, n) => s + n, 0),
      matches: result.matches,
      iterations: result.iterations,
      converged: result.converged,
      estimated: missing,
      used,
    });
    if (used) {
      for (const c of missing) {
        sum[c] = Float64Array.from(result.m[c] as Float64Array, (v) => v * result.matches);
        weight[c] = result.matches;
      }
    }
  }
  onRound?.(involved.length + 1, involved.length + 1);
  const m = sum.map((s, c) => {
    const w = weight[c] ?? 0;
    return w > 0 ? s.map((v) => v / w) : (start[c] as Float64Array);
  });
  const untrained = Array.from({ length: C }, (_, c) => c).filter((c) => (weight[c] ?? 0) === 0);
  return { m, u: [...u], rounds, untrained };
};

/**
 * The prior probability that two random records match: with m and u fixed, EM on the prior
 * alone over every pair, where pairs that no rule blocked together count as non-matches.
 * `knownMatches` pairs labelled match count as matches with posterior 1 (labelled pairs are then
 * left out of the pattern counts; those labelled non-match count with posterior 0).
 */
export const estimatePrior = (
  patternWeights: Float64Array,
  patternCounts: Float64Array,
  total: number,
  knownMatches = 0,
): number => {
  let lambda = knownMatches;
  for (let p = 0; p < patternWeights.length; p += 1) {
    if ((patternWeights[p] ?? 0) > 0) lambda += patternCounts[p] ?? 0;
  }
  lambda = Math.min(0.5, Math.max(1 / Math.max(total, 2), lambda / Math.max(total, 1)));
  for (let it = 0; it < 200; it += 1) {
    const prior = Math.log2(lambda / (1 - lambda));
    let matches = knownMatches;
    for (let p = 0; p < patternWeights.length; p += 1) {
      matches += (patternCounts[p] ?? 0) / (1 + 2 ** -(prior + (patternWeights[p] ?? 0)));
    }
    const next = Math.min(0.5, Math.max(1e-15, matches / Math.max(total, 1)));
    if (Math.abs(next - lambda) <= 1e-9 * lambda) return next;
    lambda = next;
  }
  return lambda;
};
