// Log-linear models of list overlap (Fienberg 1972; Rcapture): Poisson regressions on the
// 2^J − 1 observed cells, hierarchical up to a chosen interaction order, the best chosen by AIC
// or BIC; the people on no list are e^β₀, with a profile-likelihood interval.
import { checkTable, extrapolationWarning, tableWarnings } from './checks';
import { checkSetting, EstimationError, EstimationErrorCode } from './errors';
import {
  fitModel,
  hierarchicalModels,
  interactionTerms,
  isEligible,
  modelName,
  type FittedModel,
  type TermSet,
} from './loglinear-models';
import { profileInterval } from './profile';
import { rng } from './random';
import type { CaptureTable } from './table';
import { EstimationWarningCode, type EstimateBase, type EstimationWarning } from './types';

/** Settings of log-linear estimation; all optional. */
export interface LogLinearOptions {
  /** Highest order of interaction between lists (2 = pairs); default 2, at most J − 1. */
  readonly maxOrder?: number;
  /** Criterion for choosing the model; default AIC. */
  readonly criterion?: 'aic' | 'bic';
  /**
   * How to search: every hierarchical model, or stepwise (add or drop one term at a time from
   * independence). Default `auto`: every model when there are at most 5,000, else stepwise.
   */
  readonly search?: 'auto' | 'exhaustive' | 'stepwise';
  /** Fit this one model instead of choosing: interaction terms as lists of list names ([] = independence). */
  readonly terms?: readonly (readonly string[])[];
  /** Draws of N for stratified totals; default 1,000. */
  readonly draws?: number;
  /** Seed of the draws; default 1. */
  readonly seed?: number;
  /** How many of the best models to describe; default 10. */
  readonly topModels?: number;
}

/** One candidate model as reported. */
export interface LogLinearModel {
  /** Generating class, e.g. "[EXH,ABA][OSCE][HRW]". */
  readonly name: string;
  /** Interaction terms as lists of list names. */
  readonly terms: readonly (readonly string[])[];
  readonly parameters: number;
  readonly df: number;
  readonly deviance: number;
  /** Goodness of fit: P(χ²_df ≥ deviance); null with no degrees of freedom. */
  readonly pValue: number | null;
  readonly aic: number;
  readonly bic: number;
  /** Estimated people on no list, and the total. */
  readonly missing: number;
  readonly estimate: number;
}

/** What log-linear estimation found. */
export interface LogLinearEstimate extends EstimateBase {
  readonly method: 'loglinear';
  /** The chosen model, with its coefficients (log scale; "(intercept)" is log of the missing). */
  readonly model: LogLinearModel & {
    readonly coefficients: readonly { readonly term: string; readonly value: number }[];
  };
  /** The best models by the criterion, best first. */
  readonly models: readonly LogLinearModel[];
  readonly diagnostics: {
    readonly criterion: 'aic' | 'bic';
    readonly maxOrder: number;
    readonly search: 'exhaustive' | 'stepwise' | 'fixed';
    readonly modelsFitted: number;
    /** Candidate models left out because they could not be fitted (zero margins, no convergence). */
    readonly modelsNotFitted: number;
    readonly iterations: number;
    /** Estimates of the models within 2 of the best criterion value: how much the choice matters. */
    readonly closeModels: number;
    readonly closeRange: readonly [number, number];
    /** The total where the profile likelihood peaks (the unconditional MLE). */
    readonly profileMaximum: number;
  };
}

const EXHAUSTIVE_CAP = 5000;

const PROBLEMS = {
  singular: 'its terms are redundant for this table',
  'not converged': 'the fit did not converge',
  boundary: 'a combination of lists it models has nobody in it',
  unbounded: 'its estimate runs off to infinity',
} as const;

const describe = (table: CaptureTable, m: FittedModel, n: number): LogLinearModel => {
  const names = (s: number) => table.lists.filter((_, j) => (s >>> j) & 1);
  return {
    name: modelName(table.lists, m.terms),
    terms: m.terms.map(names),
    parameters: m.parameters,
    df: m.df,
    deviance: m.fit.deviance,
    pValue: Number.isFinite(m.pValue) ? m.pValue : null,
    aic: m.aic,
    bic: m.bic,
    missing: m.missing,
    estimate: n + m.missing,
  };
};

const termMask = (table: CaptureTable, names: readonly string[]): number => {
  let mask = 0;
  for (const name of names) {
    const j = table.lists.indexOf(name);
    checkSetting(j >= 0, `term ${names.join('*')}: "${name}" is not a list of the table`);
    mask |= 1 << j;
  }
  checkSetting(
    names.length >= 2 && names.length === new Set(names).size,
    `a term needs two lists or more, got ${names.join('*')}`,
  );
  return mask;
};

/** Forward–backward search from independence, one term at a time, while the criterion improves. */
const stepwise = (
  table: CaptureTable,
  terms: readonly number[],
  score: (m: FittedModel) => number,
  fit: (t: TermSet) => FittedModel,
): void => {
  let current = new Set<number>();
  let best = fit([]);
  for (;;) {
    let move: FittedModel | undefined;
    for (const t of terms) {
      let next: Set<number> | undefined;
      if (!current.has(t) && isEligible(t, current)) next = new Set([...current, t]);
      else if (current.has(t) && ![...current].some((u) => u !== t && (u & t) === t)) {
        next = new Set([...current].filter((u) => u !== t));
      }
      if (!next) continue;
      const m = fit([...next].sort((a, b) => a - b));
      if (!m.problem && (!move || score(m) < score(move))) move = m;
    }
    if (!move || !(score(move) < score(best) - 1e-9)) return;
    best = move;
    current = new Set(move.terms);
  }
};

/**
 * Chooses a hierarchical log-linear model by AIC or BIC (or fits the one given) and estimates the
 * total with a 95% profile-likelihood interval.
 */
export const estimateLogLinear = (
  table: CaptureTable,
  options: LogLinearOptions = {},
): LogLinearEstimate => {
  const { J, n } = checkTable(table, 'loglinear');
  const maxOrder = options.maxOrder ?? Math.min(2, J - 1);
  checkSetting(
    Number.isInteger(maxOrder) && maxOrder >= 1 && maxOrder <= J - 1,
    `the interaction order must be a whole number from 1 to ${J - 1} (the number of lists − 1)`,
  );
  const criterion = options.criterion ?? 'aic';
  checkSetting(criterion === 'aic' || criterion === 'bic', 'the criterion must be aic or bic');
  const drawCount = options.draws ?? 1000;
  checkSetting(Number.isInteger(drawCount) && drawCount >= 1, 'draws must be a whole number ≥ 1');
  const score = (m: FittedModel) => (criterion === 'aic' ? m.aic : m.bic);

  const fitted = new Map<string, FittedModel>();
  const fit = (terms: TermSet): FittedModel => {
    const key = terms.join(',');
    let m = fitted.get(key);
    if (!m) {
      m = fitModel(table, terms, n);
      fitted.set(key, m);
    }
    return m;
  };

  let search: 'exhaustive' | 'stepwise' | 'fixed';
  if (options.terms) {
    search = 'fixed';
    const masks = options.terms.map((t) => termMask(table, t)).sort((a, b) => a - b);
    const set = new Set<number>();
    for (const t of [...masks].sort((a, b) => a - b)) set.add(t);
    for (const t of masks) {
      checkSetting(
        isEligible(t, set),
        `the model is not hierarchical: ${modelName(table.lists, masks)} lacks a sub-term of a term it has`,
      );
    }
    fit(masks);
  } else {
    const terms = interactionTerms(J, maxOrder);
    const all =
      options.search === 'stepwise'
        ? undefined
        : hierarchicalModels(
            terms,
            options.search === 'exhaustive' ? Number.MAX_SAFE_INTEGER : EXHAUSTIVE_CAP,
          );
    if (all) {
      search = 'exhaustive';
      for (const t of all) fit(t);
    } else {
      search = 'stepwise';
      stepwise(table, terms, score, fit);
    }
  }

  const models = [...fitted.values()];
  const usable = models.filter((m) => !m.problem).sort((a, b) => score(a) - score(b));
  const best = usable[0];
  if (!best) {
    const why = models[0]?.problem;
    throw new EstimationError(
      EstimationErrorCode.notConvergent,
      `no log-linear model could be fitted${why ? ` (${PROBLEMS[why]})` : ''}: try a lower interaction order, other terms, or another method`,
    );
  }
  const estimate = n + best.missing;
  const profile = profileInterval(
    table,
    best.terms,
    n,
    estimate,
    drawCount,
    rng(options.seed ?? 1),
  );
  const close = usable.filter((m) => score(m) <= score(best) + 2);
  const closeRange: [number, number] = [
    Math.min(...close.map((m) => n + m.missing)),
    Math.max(...close.map((m) => n + m.missing)),
  ];

  const warnings: EstimationWarning[] = tableWarnings(table);
  const notFitted = models.length - usable.length;
  if (notFitted > 0) {
    warnings.push({
      code: EstimationWarningCode.modelsNotFitted,
      message: `${notFitted} of ${models.length} candidate models could not be fitted (combinations of lists with nobody in them, or no convergence) and were left out of the choice.`,
    });
  }
  if (closeRange[1] - closeRange[0] > 0.1 * estimate) {
    warnings.push({
      code: EstimationWarningCode.modelUncertainty,
      message: `${close.length} models fit about as well as the one chosen (${criterion.toUpperCase()} within 2) and give totals from ${Math.round(closeRange[0])} to ${Math.round(closeRange[1])}: the choice of model matters more than the interval shows.`,
    });
  }
  if (best.df > 0 && best.pValue < 0.05) {
    warnings.push({
      code: EstimationWarningCode.heterogeneity,
      message: `The chosen model fits the table poorly (deviance ${best.fit.deviance.toFixed(1)} on ${best.df} degrees of freedom, p = ${best.pValue.toPrecision(2)}): people probably differ in how likely they are to be documented in ways these models do not capture. Compare with LCMCR, which models such differences.`,
    });
  }
  if (!Number.isFinite(profile.interval[1])) {
    warnings.push({
      code: EstimationWarningCode.unboundedInterval,
      message:
        'The data do not bound the total from above under the chosen model: the interval has no upper end.',
    });
  }
  const extra = extrapolationWarning(n, estimate);
  if (extra) warnings.push(extra);

  const names = (s: number) => table.lists.filter((_, j) => (s >>> j) & 1).join('*');
  const columns = [0, ...table.lists.map((_, j) => 1 << j), ...best.terms];
  return {
    method: 'loglinear',
    lists: [...table.lists],
    observed: n,
    estimate,
    pointEstimate: 'mle',
    interval: profile.interval,
    intervalMethod: 'profile likelihood',
    warnings,
    draws: profile.draws,
    model: {
      ...describe(table, best, n),
      coefficients: columns.map((c, k) => ({
        term: c === 0 ? '(intercept)' : names(c),
        value: best.fit.beta[k] ?? Number.NaN,
      })),
    },
    models: usable.slice(0, options.topModels ?? 10).map((m) => describe(table, m, n)),
    diagnostics: {
      criterion,
      maxOrder,
      search,
      modelsFitted: models.length,
      modelsNotFitted: notFitted,
      iterations: best.fit.iterations,
      closeModels: close.length,
      closeRange,
      profileMaximum: profile.maximum,
    },
  };
};
