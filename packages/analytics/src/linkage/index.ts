// Record linkage (issue 7): Fellegi–Sunter with u from random pairs and m learned by EM per
// blocking rule (as Splink does), transliteration-aware name comparison, term-frequency
// adjustment, clustering by threshold, and an explanation of every pair; human review: labels,
// a review queue, merges and splits, stable pseudonymous cluster ids. See README.md.
export { LinkageError, LinkageErrorCode } from './errors';
export type {
  LinkageSource,
  LinkageMode,
  LinkageConfig,
  ComparisonSpec,
  ExactComparisonSpec,
  TextComparisonSpec,
  NameComparisonSpec,
  DateComparisonSpec,
  BlockingPart,
  BlockingRule,
  LinkageProgress,
  LinkageStage,
} from './types';
export {
  resolveSettings,
  inferComparisons,
  DEFAULT_THRESHOLD,
  type LinkageSettings,
} from './config';
export { basicNameVariants, nameWords, type NameVariants } from './normalise';
export { parsePartialDate, type PartialDate } from './dates';
export { jaroWinkler, damerauLevenshteinWithin } from './strings';
export { levelLabels } from './compare';
export { chooseBlockingRules, type BlockingCandidate } from './blocking';
export { checkSources as checkLinkageSources, type PreparedData } from './prepare';
export type { ComparedPairs } from './pairs';
export type { LevelCounts } from './sample';
export type { BlockShare, BlockingReport } from './candidates';
export type { TrainingRound } from './train';
export { probabilityOf, type LinkageModel, type ModelComparison, type ModelLevel } from './model';
export {
  explainPair as explainLinkagePair,
  contributions as pairContributions,
  recordRef,
  type PairExplanation,
  type ComparisonContribution,
  type RecordRef,
} from './explain';
export {
  connectedComponents,
  constrainedComponents,
  labelledComponents,
  type Clustering,
  type LabelConflict,
} from './cluster';
export {
  pairKey,
  compareRefs,
  mergeLabels,
  splitLabels,
  type LinkLabel,
  type LinkDecision,
  type ResolvedLabels,
} from './labels';
export {
  reviewQueue,
  explainPairOf,
  binaryEntropy,
  REVIEW_BAND_BITS,
  type ReviewItem,
  type ReviewQueueOptions,
  type ReviewExplanation,
} from './review';
export { assignClusterIds } from './cluster-ids';
export { personLinkageSource, PERSON_COLUMNS, type VaultPerson } from './vault';
export { pairAccuracy, type PairAccuracy } from './evaluate';
export {
  linkRecords,
  planLinkage,
  sampleLevels,
  compareCandidates,
  finishLinkage,
  type LinkageOptions,
  type LinkagePlan,
  type LinkageResult,
} from './link';
