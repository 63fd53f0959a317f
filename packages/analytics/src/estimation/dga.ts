// Bayesian model averaging over decomposable graphical models (Madigan and York 1997), as in
// HRDAG's dga package: a hyper-Dirichlet prior on the cell probabilities of each decomposable
// model, a prior on N, and the posterior over (model, N) computed exactly on a grid of N.
import { checkTable, extrapolationWarning, tableWarnings } from './checks';
import { checkSetting } from './errors';
import { decomposableGraphs, type DecomposableGraph } from './graphs';
import { rng } from './random';
import { logAddExp, logGamma } from './special';
import {
  gridDraws,
  gridMean,
  gridMode,
  gridQuantile,
  gridRelativeLossEstimate,
  type GridPosterior,
} from './summary';
import { bitCount, type CaptureTable } from './table';
import { EstimationWarningCode, type EstimateBase, type EstimationWarning } from './types';

/**
 * Prior on the total N. `improper`: p(N) ∝ 1/N, dga's default. `negativeBinomial`: Madigan and
 * York's p(N) ∝ Γ(N + a) / (Γ(N + 1) Γ(a)) · b^N / (1 + b)^(N + a).
 */
export type PopulationPrior =
  | { readonly kind: 'improper' }
  | { readonly kind: 'negativeBinomial'; readonly a: number; readonly b: number };

/** Settings of the model averaging; all optional. */
export interface DgaOptions {
  /** Hyper-Dirichlet prior weight per cell of the full table; default 2^−J, as dga suggests. */
  readonly delta?: number;
  /** Prior on N; default improper 1/N. */
  readonly prior?: PopulationPrior;
  /**
   * Largest number of undocumented people on the grid (at most 10^9). Default: found by search,
   * doubling until the posterior is e^−30 below its peak.
   */
  readonly maxMissing?: number;
  /** Draws of N for stratified totals; default 1,000. */
  readonly draws?: number;
  /** Seed of the draws; default 1. */
  readonly seed?: number;
  /** How many of the most probable models to describe; default 10. */
  readonly topModels?: number;
}

/** One decomposable model, its posterior probability and its own posterior of N. */
export interface DgaModel {
  /** Pairs of lists the model lets depend on each other directly, e.g. ["EXH", "ABA"]. */
  readonly edges: readonly (readonly [string, string])[];
  /** Maximal cliques as lists of list names. */
  readonly cliques: readonly (readonly string[])[];
  readonly posteriorProbability: number;
  /** Bayes estimate of N (relative squared error loss) under this model alone. */
  readonly estimate: number;
  readonly mode: number;
  readonly interval: readonly [number, number];
}

/** What the model averaging found. */
export interface DgaEstimate extends EstimateBase {
  readonly method: 'dga';
  /** The most probable models, most probable first. */
  readonly models: readonly DgaModel[];
  readonly diagnostics: {
    readonly delta: number;
    readonly prior: PopulationPrior;
    readonly modelsAveraged: number;
    /** Posterior mean, mode and median of N, model-averaged. */
    readonly mean: number;
    readonly mode: number;
    readonly median: number;
    /** Grid of undocumented counts: every whole number to 10,000, then steps of 0.05%. */
    readonly gridPoints: number;
    readonly maxMissing: number;
    /** Posterior probability of the last grid point relative to the mode (≈ 0 when the grid is wide enough). */
    readonly tailRatio: number;
    /** Posterior expected number of edges: how much dependence between lists the data support. */
    readonly expectedEdges: number;
  };
}

interface Prepared {
  readonly J: number;
  readonly n: number;
  readonly graphs: readonly DecomposableGraph[];
  /** Graph g's log posterior is Σ sign[k] · term[set[k]] over k in offsets[g] .. offsets[g + 1]. */
  readonly offsets: Int32Array;
  readonly sets: Int32Array;
  readonly signs: Float64Array;
  /** Per vertex set s: the part of its log marginal likelihood that does not depend on m. */
  readonly fixed: Float64Array;
  /** Per vertex set s: the count of its all-zero marginal cell without the missing, and α_s. */
  readonly zeroCount: Float64Array;
  readonly alpha: Float64Array;
  readonly A: number;
  readonly logPrior: (N: number) => number;
}

const prepare = (table: CaptureTable, delta: number, prior: PopulationPrior): Prepared => {
  const J = table.lists.length;
  const n = table.counts.reduce((s, c) => s + c, 0);
  const sets = 1 << J;
  const fixed = new Float64Array(sets);
  const zeroCount = new Float64Array(sets);
  const alpha = new Float64Array(sets);
  for (let s = 1; s < sets; s++) {
    const size = bitCount(s);
    const a = delta * 2 ** (J - size);
    alpha[s] = a;
    // Marginal counts over the lists in s, keyed by the pattern restricted to s.
    const marginal = new Map<number, number>();
    table.counts.forEach((c, p) => marginal.set(p & s, (marginal.get(p & s) ?? 0) + c));
    let f = -(2 ** size) * logGamma(a);
    for (const [key, c] of marginal) if (key !== 0) f += logGamma(c + a);
    // Marginal cells with no one in them still contribute Γ(α) / Γ(α) = 1: nothing to add.
    fixed[s] = f;
    zeroCount[s] = marginal.get(0) ?? 0;
  }
  const logPrior =
    prior.kind === 'improper'
      ? (N: number) => -Math.log(N)
      : (N: number) =>
          logGamma(N + prior.a) -
          logGamma(N + 1) -
          logGamma(prior.a) +
          N * Math.log(prior.b) -
          (N + prior.a) * Math.log1p(prior.b);
  const graphs = decomposableGraphs(J);
  const offsets = new Int32Array(graphs.length + 1);
  const flatSets: number[] = [];
  const flatSigns: number[] = [];
  graphs.forEach((g, i) => {
    for (const c of g.cliques) {
      flatSets.push(c);
      flatSigns.push(1);
    }
    for (const sep of g.separators) {
      flatSets.push(sep);
      flatSigns.push(-1);
    }
    offsets[i + 1] = flatSets.length;
  });
  return {
    J,
    n,
    graphs,
    offsets,
    sets: Int32Array.from(flatSets),
    signs: Float64Array.from(flatSigns),
    fixed,
    zeroCount,
    alpha,
    A: delta * 2 ** J,
    logPrior,
  };
};

/**
 * Per vertex set, its log marginal likelihood plus log Γ(A) − log Γ(N + A), the Dirichlet
 * normaliser of the whole table: the normalisers of cliques and separators then cancel to dga's
 * (cliques − separators) factor, and an empty separator contributes nothing.
 */
const componentTerms = (pr: Prepared, m: number, out: Float64Array): void => {
  const N = pr.n + m;
  const norm = logGamma(pr.A) - logGamma(N + pr.A);
  for (let s = 1; s < out.length; s++) {
    const a = pr.alpha[s] ?? 0;
    out[s] = (pr.fixed[s] ?? 0) + logGamma((pr.zeroCount[s] ?? 0) + m + a) + norm;
  }
};

/** log p(model, m | data) up to a constant, for every model at one m. */
const logPosteriorsAt = (pr: Prepared, m: number, terms: Float64Array, out: Float64Array): void => {
  componentTerms(pr, m, terms);
  const N = pr.n + m;
  const common = logGamma(N + 1) - logGamma(m + 1) + pr.logPrior(N);
  const { offsets, sets, signs } = pr;
  for (let g = 0; g < out.length; g++) {
    let v = common;
    const end = offsets[g + 1] ?? 0;
    for (let k = offsets[g] ?? 0; k < end; k++) v += (signs[k] ?? 0) * (terms[sets[k] ?? 0] ?? 0);
    out[g] = v;
  }
};

const logSumExp = (values: Float64Array): number => {
  let out = -Infinity;
  for (const v of values) out = logAddExp(out, v);
  return out;
};

/** Doubles m until the averaged posterior falls e^−30 below the best value seen, past its peak. */
const MAX_MISSING = 1e9;

const searchMaxMissing = (pr: Prepared, cap: number): number => {
  const terms = new Float64Array(1 << pr.J);
  const values = new Float64Array(pr.graphs.length);
  let best = -Infinity;
  let previous = -Infinity;
  for (let m = 0; ; m = m === 0 ? 64 : m * 2) {
    logPosteriorsAt(pr, m, terms, values);
    const v = logSumExp(values);
    best = Math.max(best, v);
    if ((v < best - 30 && v < previous) || m >= cap) return Math.min(m, cap);
    previous = v;
  }
};

const UNIT_STEPS = 10_000;
const GROWTH = 1.0005;

/**
 * The undocumented counts m at which the posterior is computed, with the width each stands for:
 * every whole number up to 10,000, then steps growing by 0.05% (so a heavy tail costs
 * thousands of points, not millions).
 */
const gridOf = (maxMissing: number): { m: Float64Array; width: Float64Array } => {
  const values: number[] = [];
  for (let m = 0; m <= Math.min(maxMissing, UNIT_STEPS); m++) values.push(m);
  let m = UNIT_STEPS;
  while (m < maxMissing) {
    m = Math.min(maxMissing, Math.ceil(m * GROWTH));
    values.push(m);
  }
  const width = values.map((v, i) => (values[i + 1] ?? v + 1) - v);
  return { m: Float64Array.from(values), width: Float64Array.from(width) };
};

/**
 * Model-averaged estimate over all decomposable graphical models of 3 to 5 lists. The point
 * estimate is Madigan and York's Bayes estimate under relative squared error loss,
 * E[1/N] / E[1/N²]; the interval is the 2.5% and 97.5% posterior quantiles.
 */
export const estimateDga = (table: CaptureTable, options: DgaOptions = {}): DgaEstimate => {
  const { J, n } = checkTable(table, 'dga');
  const delta = options.delta ?? 2 ** -J;
  const prior = options.prior ?? { kind: 'improper' };
  checkSetting(delta > 0 && Number.isFinite(delta), 'delta must be a positive number');
  if (prior.kind === 'negativeBinomial') {
    checkSetting(prior.a > 0 && prior.b > 0, 'the negative binomial prior needs a > 0 and b > 0');
  }
  const drawCount = options.draws ?? 1000;
  checkSetting(Number.isInteger(drawCount) && drawCount >= 1, 'draws must be a whole number ≥ 1');
  const topCount = options.topModels ?? 10;
  checkSetting(Number.isInteger(topCount) && topCount >= 1, 'topModels must be a whole number ≥ 1');
  const pr = prepare(table, delta, prior);
  const maxMissing = options.maxMissing ?? Math.max(100, searchMaxMissing(pr, MAX_MISSING));
  checkSetting(
    Number.isInteger(maxMissing) && maxMissing >= 1 && maxMissing <= MAX_MISSING,
    `maxMissing must be a whole number from 1 to ${MAX_MISSING}`,
  );
  const grid = gridOf(maxMissing);
  const points = grid.m.length;

  // One pass with a running maximum keeps memory at O(models + grid): model sums are rescaled
  // whenever a larger log posterior turns up, grid sums at the end from the maximum of their time.
  const G = pr.graphs.length;
  const terms = new Float64Array(1 << J);
  const values = new Float64Array(G);
  const logWidth = grid.width.map(Math.log);
  let top = -Infinity;
  const averaged = new Float64Array(points);
  const topAt = new Float64Array(points);
  const modelMass = new Float64Array(G);
  for (let i = 0; i < points; i++) {
    logPosteriorsAt(pr, grid.m[i] ?? 0, terms, values);
    let localTop = -Infinity;
    for (const v of values) if (v > localTop) localTop = v;
    localTop += logWidth[i] ?? 0;
    if (localTop > top) {
      const scale = Math.exp(top - localTop);
      for (let g = 0; g < G; g++) modelMass[g] = (modelMass[g] ?? 0) * scale;
      top = localTop;
    }
    let sum = 0;
    for (let g = 0; g < G; g++) {
      const w = Math.exp((values[g] ?? -Infinity) + (logWidth[i] ?? 0) - top);
      modelMass[g] = (modelMass[g] ?? 0) + w;
      sum += w;
    }
    averaged[i] = sum;
    topAt[i] = top;
  }
  for (let i = 0; i < points; i++)
    averaged[i] = (averaged[i] ?? 0) * Math.exp((topAt[i] ?? 0) - top);
  let total = 0;
  for (const a of averaged) total += a;
  for (let i = 0; i < points; i++) averaged[i] = (averaged[i] ?? 0) / total;
  const posterior: GridPosterior = { values: grid.m.map((m) => n + m), probabilities: averaged };

  const order = Array.from({ length: G }, (_, g) => g).sort(
    (a, b) => (modelMass[b] ?? 0) - (modelMass[a] ?? 0),
  );
  const chosen = order.slice(0, topCount);
  // A second pass for the few models described on their own.
  const own = chosen.map(() => new Float64Array(points));
  for (let i = 0; i < points; i++) {
    logPosteriorsAt(pr, grid.m[i] ?? 0, terms, values);
    chosen.forEach((g, k) => {
      (own[k] as Float64Array)[i] = Math.exp((values[g] ?? -Infinity) + (logWidth[i] ?? 0) - top);
    });
  }

  const estimate = gridRelativeLossEstimate(posterior);
  const interval: [number, number] = [
    gridQuantile(posterior, 0.025),
    gridQuantile(posterior, 0.975),
  ];
  const mode = gridMode(posterior);
  // Compare densities (probability per unit of N), not the masses of unequal grid cells.
  let peak = 0;
  averaged.forEach((p, i) => (peak = Math.max(peak, p / (grid.width[i] ?? 1))));
  const tailRatio = (averaged[points - 1] ?? 0) / (grid.width[points - 1] ?? 1) / peak;

  const names = (set: number) => table.lists.filter((_, j) => (set >>> j) & 1);
  const models: DgaModel[] = chosen.map((g, k) => {
    const graph = pr.graphs[g] as DecomposableGraph;
    const mass = modelMass[g] ?? 0;
    const single: GridPosterior = {
      values: posterior.values,
      probabilities: (own[k] as Float64Array).map((w) => w / mass),
    };
    return {
      edges: graph.edges.map(([a, b]) => [table.lists[a] ?? '', table.lists[b] ?? ''] as const),
      cliques: graph.cliques.map(names),
      posteriorProbability: mass / total,
      estimate: gridRelativeLossEstimate(single),
      mode: gridMode(single),
      interval: [gridQuantile(single, 0.025), gridQuantile(single, 0.975)],
    };
  });
  const expectedEdges = pr.graphs.reduce(
    (s, g, i) => s + (g.edges.length * (modelMass[i] ?? 0)) / total,
    0,
  );

  const warnings: EstimationWarning[] = tableWarnings(table);
  if (tailRatio > 1e-4) {
    warnings.push({
      code: EstimationWarningCode.unboundedInterval,
      message: `The posterior of N is still ${tailRatio.toExponential(1)} of its peak at the end of the range computed (${n + maxMissing}): the upper end of the interval and the mean are too low. Raise the range, or treat the figure as a lower bound.`,
    });
  }
  const topProbability = models[0]?.posteriorProbability ?? 1;
  const credible = models.filter((m) => m.posteriorProbability >= 0.05);
  const lo = Math.min(...credible.map((m) => m.estimate));
  const hi = Math.max(...credible.map((m) => m.estimate));
  if (topProbability < 0.5 && hi - lo > (interval[1] - interval[0]) / 2) {
    warnings.push({
      code: EstimationWarningCode.modelUncertainty,
      message: `No model of dependence between lists stands out (the most probable has probability ${topProbability.toFixed(2)}), and plausible models give estimates from ${Math.round(lo)} to ${Math.round(hi)}: the averaged figure and its wide interval reflect this.`,
    });
  }
  const extra = extrapolationWarning(n, estimate);
  if (extra) warnings.push(extra);

  return {
    method: 'dga',
    lists: [...table.lists],
    observed: n,
    estimate,
    pointEstimate: 'bayes relative loss',
    interval,
    intervalMethod: 'posterior quantiles',
    warnings,
    draws: gridDraws(posterior, drawCount, rng(options.seed ?? 1)),
    models,
    diagnostics: {
      delta,
      prior,
      modelsAveraged: G,
      mean: gridMean(posterior),
      mode,
      median: gridQuantile(posterior, 0.5),
      gridPoints: points,
      maxMissing,
      tailRatio,
      expectedEdges,
    },
  };
};
