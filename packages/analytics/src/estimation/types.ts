/** The three estimators: log-linear models, the latent-class model LCMCR, and dga's model averaging. */
export const ESTIMATION_METHODS = ['loglinear', 'lcmcr', 'dga'] as const;
export type EstimationMethod = (typeof ESTIMATION_METHODS)[number];

/** Stable codes of the plain-language warnings; the message says what it means for the figure. */
export const EstimationWarningCode = {
  /** Two lists overlap much more or less than independent lists would. */
  listDependence: 'list_dependence',
  /** People differ in how likely they are to be documented. */
  heterogeneity: 'heterogeneity',
  /** Few people are on more than one list, or two lists share nobody. */
  fewOverlaps: 'few_overlaps',
  /** Many combinations of lists have few or no people. */
  sparseCells: 'sparse_cells',
  /** A list is very small. */
  smallList: 'small_list',
  /** Most of the estimate is people no list saw. */
  extrapolation: 'extrapolation',
  /** Models that fit about as well give quite different figures. */
  modelUncertainty: 'model_uncertainty',
  /** The interval has no finite upper end, or reaches the end of the range searched. */
  unboundedInterval: 'unbounded_interval',
  /** Some candidate models could not be fitted and were left out of the selection. */
  modelsNotFitted: 'models_not_fitted',
  /** The Markov chain may not have converged, or mixed too slowly for the samples kept. */
  poorMixing: 'poor_mixing',
} as const;
export type EstimationWarningCode =
  (typeof EstimationWarningCode)[keyof typeof EstimationWarningCode];

/** A caveat about an estimate, for people who read the figure. */
export interface EstimationWarning {
  readonly code: EstimationWarningCode;
  readonly message: string;
}

/** What every estimator returns, whatever its model. */
export interface EstimateBase {
  readonly method: EstimationMethod;
  /** List names in column order. */
  readonly lists: readonly string[];
  /** People on at least one list. */
  readonly observed: number;
  /** Point estimate of the total, documented and undocumented (not rounded). */
  readonly estimate: number;
  /**
   * What `estimate` is: the maximum-likelihood estimate, the posterior median, or the Bayes
   * estimate under relative squared error loss, E[1/N] / E[1/N²] (Madigan and York's choice).
   */
  readonly pointEstimate: 'mle' | 'posterior median' | 'bayes relative loss';
  /** 95% interval for the total; the upper end is Infinity when the data do not bound it. */
  readonly interval: readonly [number, number];
  /** How the interval was made. */
  readonly intervalMethod: 'profile likelihood' | 'posterior quantiles';
  /** Plain-language caveats; empty when none apply. */
  readonly warnings: readonly EstimationWarning[];
  /**
   * Draws of the total from the posterior (or, for log-linear models, from the normalised profile
   * likelihood), used to add up strata with their uncertainty.
   */
  readonly draws: readonly number[];
}

/** Called now and then during long runs; `done` of `total` steps. */
export type ProgressFn = (done: number, total: number) => void;
