import { RiskIndexError, RiskIndexErrorCode } from './errors';
import { PILLARS, type Pillar } from './pillars';

/** Choices that shape the index and its uncertainty analysis. */
export interface IndexSettings {
  /** Relative pillar weights (normalised to sum 1 over the pillars scored at a level). Default equal. */
  readonly weights: Readonly<Record<Pillar, number>>;
  /** Relative weights of indicators within their pillar, by indicator id; default 1. 0 drops it. */
  readonly indicatorWeights?: Readonly<Record<string, number>>;
  /**
   * How pillar scores combine. `arithmetic`: weighted mean of pillar risks (pillars compensate one
   * another). `geometric`: one minus the weighted geometric mean of the safeguard levels
   * (1 − risk), so a failing pillar is not offset by good ones.
   */
  readonly aggregation: 'arithmetic' | 'geometric';
  /** Monte Carlo draws for intervals; 0 skips the uncertainty analysis. Default 1000. */
  readonly draws: number;
  /** Seed of the Monte Carlo generator: same seed, same result. */
  readonly seed: number;
  /**
   * Spread of the Dirichlet perturbation of pillar weights: the coefficient of variation of a
   * typical pillar weight across draws (0 = weights fixed, 0.25 = about ±25 %). At most 1.
   */
  readonly weightSpread: number;
  /**
   * Share of a pillar's indicator weight that must be observed for the pillar to be scored, and
   * share of the pillar weight that must be scored for the unit to be scored; below it, missing.
   */
  readonly minCoverage: number;
  /** When true, each draw picks arithmetic or geometric aggregation at random. Default false. */
  readonly varyAggregation?: boolean;
}

const equalWeights = Object.fromEntries(PILLARS.map((p) => [p, 1])) as Record<Pillar, number>;

/** Equal weights, arithmetic aggregation, 1,000 draws, ±25 % weight spread, half coverage. */
export const DEFAULT_SETTINGS: IndexSettings = {
  weights: equalWeights,
  aggregation: 'arithmetic',
  draws: 1000,
  seed: 1,
  weightSpread: 0.25,
  minCoverage: 0.5,
  varyAggregation: false,
};

/** Upper bound on draws, so that a mistyped setting cannot freeze a browser tab. */
export const MAX_DRAWS = 100_000;

const invalid = (message: string): RiskIndexError =>
  new RiskIndexError(RiskIndexErrorCode.invalidSettings, message);

const nonNegative = (x: number): boolean => Number.isFinite(x) && x >= 0;

/**
 * Merges partial settings over the defaults and checks them; throws RiskIndexError
 * (`invalid_settings`) naming the first setting out of range.
 */
export const resolveSettings = (partial: Partial<IndexSettings> = {}): IndexSettings => {
  // A key present but undefined (as form state often has) keeps its default.
  const given = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const s: IndexSettings = { ...DEFAULT_SETTINGS, ...given };
  for (const p of PILLARS) {
    const w = s.weights[p];
    if (!nonNegative(w)) throw invalid(`weight of pillar ${p} must be ≥ 0, got ${w}`);
  }
  for (const [id, w] of Object.entries(s.indicatorWeights ?? {})) {
    if (!nonNegative(w)) throw invalid(`weight of indicator ${id} must be ≥ 0, got ${w}`);
  }
  if (s.aggregation !== 'arithmetic' && s.aggregation !== 'geometric') {
    throw invalid(`aggregation must be arithmetic or geometric, got ${String(s.aggregation)}`);
  }
  if (!Number.isInteger(s.draws) || s.draws < 0 || s.draws > MAX_DRAWS) {
    throw invalid(`draws must be an integer from 0 to ${MAX_DRAWS}, got ${s.draws}`);
  }
  if (!Number.isFinite(s.seed)) throw invalid(`seed must be finite, got ${s.seed}`);
  if (!(s.weightSpread >= 0 && s.weightSpread <= 1)) {
    throw invalid(`weightSpread must be within [0, 1], got ${s.weightSpread}`);
  }
  if (!(s.minCoverage >= 0 && s.minCoverage <= 1)) {
    throw invalid(`minCoverage must be within [0, 1], got ${s.minCoverage}`);
  }
  return s;
};
