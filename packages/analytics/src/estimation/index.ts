// Multiple systems estimation (capture–recapture) of the people no list documented: log-linear
// models with model selection, the LCMCR latent-class model, and dga's Bayesian model averaging
// over decomposable graphs; stratified totals; plain-language warnings. Pure and seeded, so it
// runs the same in the CLI and in a browser worker. Method notes: ./README.md.
export { EstimationError, EstimationErrorCode } from './errors';
export {
  ESTIMATION_METHODS,
  EstimationWarningCode,
  type EstimateBase,
  type EstimationMethod,
  type EstimationWarning,
  type ProgressFn,
} from './types';
export { captureTable, type CaptureTable, type PatternRow } from './table';
export {
  chooseLists,
  overlapCaptureTable,
  overlapPatterns,
  type OverlapPattern,
  type OverlapPerson,
  type OverlapStratum,
  type OverlapTable,
} from './overlap';
export { parsePatternCsv, type PatternCsv, type PatternCsvOptions } from './csv';
export { LIST_LIMITS as ESTIMATION_LIST_LIMITS } from './checks';
export {
  estimateLogLinear,
  type LogLinearEstimate,
  type LogLinearModel,
  type LogLinearOptions,
} from './loglinear';
export { LCMCR_DEFAULTS, estimateLcmcr, type LcmcrEstimate, type LcmcrOptions } from './lcmcr';
export {
  estimateDga,
  type DgaEstimate,
  type DgaModel,
  type DgaOptions,
  type PopulationPrior,
} from './dga';
export { decomposableGraphs, type DecomposableGraph } from './graphs';
export {
  estimateByStratum,
  estimatePopulation,
  type EstimateOptions,
  type PopulationEstimate,
  type StratifiedEstimate,
} from './estimate';
