// Hierarchical log-linear models of a capture table: which interaction terms they hold, their
// design matrices, and one fit each on the 2^J − 1 observed cells.
import { chiSquareSurvival } from './special';
import { fitPoisson, type Design, type PoissonFit } from './glm';
import { bitCount, type CaptureTable } from './table';

/** A model as its interaction terms (bit masks of two lists or more); main effects always included. */
export type TermSet = readonly number[];

/** Interaction terms of order 2 to `maxOrder`, by order and then by mask. */
export const interactionTerms = (J: number, maxOrder: number): number[] => {
  const out: number[] = [];
  for (let s = 1; s < 1 << J; s++) {
    const k = bitCount(s);
    if (k >= 2 && k <= maxOrder) out.push(s);
  }
  return out.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
};

/** True when every proper sub-interaction of `term` (of order ≥ 2) is in `included`. */
export const isEligible = (term: number, included: ReadonlySet<number>): boolean => {
  for (let j = 0; term >>> j !== 0; j++) {
    if (((term >>> j) & 1) === 0) continue;
    const sub = term & ~(1 << j);
    if (bitCount(sub) >= 2 && !included.has(sub)) return false;
  }
  return true;
};

/**
 * Every hierarchical model with interactions among `terms`, or undefined when there are more than
 * `cap` (then a stepwise search is used instead).
 */
export const hierarchicalModels = (
  terms: readonly number[],
  cap: number,
): TermSet[] | undefined => {
  const out: TermSet[] = [];
  const chosen = new Set<number>();
  let overflow = false;
  const walk = (i: number): void => {
    if (overflow) return;
    if (i === terms.length) {
      if (out.length >= cap) overflow = true;
      else out.push([...chosen].sort((a, b) => a - b));
      return;
    }
    const t = terms[i] ?? 0;
    walk(i + 1);
    if (isEligible(t, chosen)) {
      chosen.add(t);
      walk(i + 1);
      chosen.delete(t);
    }
  };
  walk(0);
  return overflow ? undefined : out;
};

/** Columns of a model: the intercept (mask 0), the J main effects, then its interactions. */
export const columnsOf = (J: number, terms: TermSet): number[] => [
  0,
  ...Array.from({ length: J }, (_, j) => 1 << j),
  ...terms,
];

/** The design over patterns `from` .. 2^J − 1: x = 1 where the pattern has every list of the column. */
export const designOf = (J: number, columns: readonly number[], from: 0 | 1): Design => {
  const rows = (1 << J) - from;
  const x = new Float64Array(rows * columns.length);
  for (let r = 0; r < rows; r++) {
    const p = r + from;
    columns.forEach((c, k) => {
      x[r * columns.length + k] = (p & c) === c ? 1 : 0;
    });
  }
  return { x, rows, columns: columns.length };
};

/** The generating class of a model, e.g. "[EXH,ABA][OSCE][HRW]". */
export const modelName = (lists: readonly string[], terms: TermSet): string => {
  const J = lists.length;
  const all = [...columnsOf(J, terms).slice(1)];
  const maximal = all.filter((s) => !all.some((t) => t !== s && (s & t) === s));
  const name = (s: number) => lists.filter((_, j) => (s >>> j) & 1).join(',');
  return maximal
    .sort((a, b) => (a & -a) - (b & -b) || a - b)
    .map((s) => `[${name(s)}]`)
    .join('');
};

/** One model fitted to the observed cells. */
export interface FittedModel {
  readonly terms: TermSet;
  readonly fit: PoissonFit;
  readonly parameters: number;
  readonly df: number;
  readonly aic: number;
  readonly bic: number;
  /** P-value of the deviance against chi-squared on df (NaN with no degrees of freedom left). */
  readonly pValue: number;
  /** Estimated people on no list, e^β₀. */
  readonly missing: number;
  /** Why it cannot be used, when it cannot. */
  readonly problem?: 'singular' | 'not converged' | 'boundary' | 'unbounded';
}

/** Fits one model on the observed cells (patterns 1 .. 2^J − 1). */
export const fitModel = (table: CaptureTable, terms: TermSet, n: number): FittedModel => {
  const J = table.lists.length;
  const columns = columnsOf(J, terms);
  const y = table.counts.slice(1);
  const fit = fitPoisson(designOf(J, columns, 1), y);
  const parameters = columns.length;
  const df = y.length - parameters;
  if (fit === undefined) {
    const empty = new Float64Array(0);
    return {
      terms,
      fit: {
        beta: empty,
        fitted: empty,
        logLik: NaN,
        deviance: NaN,
        iterations: 0,
        converged: false,
        boundary: false,
      },
      parameters,
      df,
      aic: NaN,
      bic: NaN,
      pValue: NaN,
      missing: NaN,
      problem: 'singular',
    };
  }
  const missing = Math.exp(fit.beta[0] ?? NaN);
  const problem = !fit.converged
    ? 'not converged'
    : fit.boundary
      ? 'boundary'
      : !(missing < 1e9 * Math.max(1, n))
        ? 'unbounded'
        : undefined;
  return {
    terms,
    fit,
    parameters,
    df,
    aic: -2 * fit.logLik + 2 * parameters,
    bic: -2 * fit.logLik + parameters * Math.log(n),
    pValue: df > 0 ? chiSquareSurvival(fit.deviance, df) : NaN,
    missing,
    ...(problem ? { problem } : {}),
  };
};
