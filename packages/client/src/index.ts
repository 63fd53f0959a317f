// Public interface of @vigil/client (docs/dev/contracts.md). Key handling stays internal: nothing
// exported here returns raw key material.
export { createVigilClient, type VigilClient, type VigilClientOptions } from './client';
export { ApiError, ClientErrorCode, isApiError, type ApiErrorCode } from './errors';
export { createMemoryAuditHeadStore, type AuditHead, type AuditHeadStore } from './audit-heads';
export { MIN_PASSWORD_LENGTH } from './session';
export type { ClientMode } from './transport';
export type { KeyMaterialKind, KeyMaterialObserver } from './keystore';
export {
  MAX_NAME_INDEXES,
  personNameKeys,
  type RecordHistoryView,
  type RecordListOptions,
  type RecordPage,
  type RecordVersionView,
  type RecordView,
  type RecordViewOf,
} from './records';
export {
  createMemoryDraftStorage,
  newDraftId,
  type DraftStorage,
  type DraftSummary,
  type DraftView,
} from './drafts';
export { searchRecordText, type PersonMatch } from './search';
export {
  MAX_UPLOAD_BYTES,
  remapRelations,
  type ImportOptions,
  type ImportProgress,
  type ImportRow,
} from './records-import';
export { parseVaultExport, type VaultExportOptions, type VaultExportResult } from './export/vault';
export {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  SEALED_FIELD_NAMES,
  vaultExportSchema,
  type ExcludedRecord,
  type ExportedRecord,
  type SealedFieldChoice,
  type VaultExport,
} from './export/format';
export { CSV_SEPARATOR } from './export/csv';
export type { AuditVerifyResult, MemberView, MembershipStatus, VaultView } from './views';
// Import before sealing: parseTable, mappings, dryRun (./import/index.ts lists them).
export * from './import';
// Evidence files: metadata read here, working copies, encrypted uploads (./evidence).
export * from './evidence/metadata';
export * from './evidence/working-copy';
export {
  ciphertextSize,
  evidenceMetaSchema,
  type AddEvidenceInput,
  type AddEvidenceOptions,
  type EvidenceMeta,
  type EvidenceProgress,
  type EvidenceSource,
  type EvidenceView,
  type ServerMismatch,
  bytesReader,
  manifestSchema,
  verifyEvidencePackage,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_MAX_BYTES,
  type EvidencePackageOptions,
  type Manifest,
  type ManifestItem,
  type PackageItemResult,
  type PackageProblem,
  type PackageSink,
  type PackageVerification,
  type RandomAccessReader,
} from './evidence';
export {
  facilitiesFromCsv,
  facilitiesFromGeoJson,
  facilitiesToCsv,
  facilitiesToGeoJson,
  FacilityFileError,
  CSV_COLUMNS as FACILITY_CSV_COLUMNS,
  type FacilityFileItem,
  type FacilityFileProblem,
} from './facility-files';
export * from './reports';
// Record linkage on the server: decisions, runs of pseudonymous cluster ids, people, overlap patterns.
export {
  decideLink,
  getLinkRun,
  latestLinkRun,
  linkageSummary,
  linkPatterns,
  listLinkDecisions,
  listLinkRuns,
  restoreLinkRun,
  saveLinkRun,
} from './linkage';
