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
export type { AuditVerifyResult, MemberView, MembershipStatus, VaultView } from './views';
// Import before sealing: parseTable, mappings, dryRun (./import/index.ts lists them).
export * from './import';
