// Import, before anything is sealed or sent: read a file, map its columns, check every row.
export { ImportFileError, isImportFileError, type ImportFileErrorCode } from './errors';
export { parseTable, type ParseTableOptions, type Table, type TableFormat } from './parse';
export {
  DATE_FORMATS,
  VOCAB_MATCH_MODES,
  importMappingSchema,
  isGroupSource,
  mappingFromColumns,
  parseImportMapping,
  type DateFormatHint,
  type FieldMapping,
  type FieldSource,
  type GroupSource,
  type ImportMapping,
  type VocabMatchMode,
} from './mapping';
export {
  IMPORT_PROBLEM_KINDS,
  dryRun,
  type DryRunOptions,
  type DryRunResult,
  type DryRunRow,
  type DryRunSummary,
  type ImportProblem,
  type ImportProblemKind,
  type MappingProblem,
} from './dry-run';
