// The torture-risk index: seven pillars after OMCT's Global Torture Index, scored at country,
// region or facility level with Monte Carlo intervals. Methodology: docs/risk-index.md.
// Exports are named for the index (the package re-exports every module with `export *`).

/** Version of the methodology (catalogue, normalisation, aggregation, uncertainty); cite it with any figure. */
export const METHODOLOGY_VERSION = '1.0.0';

export { PILLARS, PILLAR_LABELS, type Pillar, type Level } from './pillars';
export { INDICATORS, indicatorsFor, type IndicatorDefinition, type Bilingual } from './indicators';
export { normalise as normaliseIndicator, type ObservedRange } from './normalise';
export {
  DEFAULT_SETTINGS,
  resolveSettings as resolveIndexSettings,
  type IndexSettings,
} from './settings';
export { RiskIndexError, RiskIndexErrorCode } from './errors';
export { GEOMETRIC_FLOOR } from './score';
export { EXPERT_SPREAD } from './prepare';
export { rng, type Rng } from './rng';
export { computeIndex } from './compute';
export type {
  IndicatorValue,
  IndicatorScore,
  PillarScore,
  UnitScore,
  IndicatorSensitivity,
  IndexResult,
} from './types';
