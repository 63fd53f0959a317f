import { RECORD_ENVELOPE_MAX_BYTES } from '../encoding';
import { EVIDENCE_PART_BODY_LIMIT } from './evidence';
import { FACILITY_IMPORT_MAX } from './facilities';
import { LINK_RUN_BODY_LIMIT } from './linkage';

/** An import of the most facilities, each with a few kilobytes of names, units and sources. */
const FACILITY_IMPORT_BODY_LIMIT = FACILITY_IMPORT_MAX * 4 * 1024;

/**
 * The body limit of the routes that carry a record: its envelope (base64url, 4/3 of its bytes)
 * plus coded fields and name indexes. Only members send one: callers are authenticated before
 * the body is read.
 */
export const RECORD_BODY_LIMIT = Math.ceil((RECORD_ENVELOPE_MAX_BYTES * 4) / 3) + 256 * 1024;

/**
 * Every API route, in one table shared by the server (registration), the client (calls) and the
 * tests (the authorisation matrix and the fuzzer walk it). Paths use `:param` placeholders.
 */
export const routes = {
  health: { method: 'GET', path: '/api/health', auth: 'none' },
  instance: { method: 'GET', path: '/api/instance', auth: 'none' },
  prelogin: { method: 'POST', path: '/api/auth/prelogin', auth: 'none' },
  register: { method: 'POST', path: '/api/auth/register', auth: 'none' },
  login: { method: 'POST', path: '/api/auth/login', auth: 'none' },
  logout: { method: 'POST', path: '/api/auth/logout', auth: 'account' },
  session: { method: 'GET', path: '/api/auth/session', auth: 'account' },
  totpSetup: { method: 'POST', path: '/api/auth/totp/setup', auth: 'account' },
  totpEnable: { method: 'POST', path: '/api/auth/totp/enable', auth: 'account' },
  totpDisable: { method: 'POST', path: '/api/auth/totp/disable', auth: 'account' },
  accountLookup: { method: 'POST', path: '/api/accounts/lookup', auth: 'account' },
  vaultCreate: { method: 'POST', path: '/api/vaults', auth: 'account' },
  vaultList: { method: 'GET', path: '/api/vaults', auth: 'account' },
  vaultGet: { method: 'GET', path: '/api/vaults/:vaultId', auth: 'vault:vault.read' },
  vaultRotate: { method: 'POST', path: '/api/vaults/:vaultId/rotate', auth: 'vault:vault.rotate' },
  vaultSettings: {
    method: 'PUT',
    path: '/api/vaults/:vaultId/settings',
    auth: 'vault:vault.settings',
  },
  memberList: { method: 'GET', path: '/api/vaults/:vaultId/members', auth: 'vault:members.list' },
  memberInvite: {
    method: 'POST',
    path: '/api/vaults/:vaultId/members',
    auth: 'vault:members.invite',
  },
  invitationAccept: { method: 'POST', path: '/api/vaults/:vaultId/accept', auth: 'invitee' },
  memberChangeRole: {
    method: 'PATCH',
    path: '/api/vaults/:vaultId/members/:accountId',
    auth: 'vault:members.changeRole',
  },
  memberRemove: {
    method: 'DELETE',
    path: '/api/vaults/:vaultId/members/:accountId',
    auth: 'vault:members.remove',
  },
  auditChain: { method: 'GET', path: '/api/audit/:chain', auth: 'vault:audit.read' },
  vocabList: { method: 'GET', path: '/api/vocab', auth: 'account' },
  vocabGet: { method: 'GET', path: '/api/vocab/:list', auth: 'account' },
  // The facility register is shared by the vaults of the server: every account reads it; those
  // who document in some vault (owner, admin, documenter) write it. Every change is audited.
  facilityList: { method: 'GET', path: '/api/facilities', auth: 'account' },
  facilityGet: { method: 'GET', path: '/api/facilities/:facilityId', auth: 'account' },
  facilityCreate: { method: 'POST', path: '/api/facilities', auth: 'register' },
  facilityImport: {
    method: 'POST',
    path: '/api/facilities/import',
    auth: 'register',
    bodyLimit: FACILITY_IMPORT_BODY_LIMIT,
  },
  facilityUpdate: { method: 'PUT', path: '/api/facilities/:facilityId', auth: 'register' },
  facilityMerge: { method: 'POST', path: '/api/facilities/:facilityId/merge', auth: 'register' },
  // A vault's view of the register: computed from its coded records, for its members.
  facilityOverview: {
    method: 'GET',
    path: '/api/vaults/:vaultId/facilities/:facilityId/overview',
    auth: 'vault:records.read',
  },
  facilityStats: {
    method: 'GET',
    path: '/api/vaults/:vaultId/facility-stats',
    auth: 'vault:records.read',
  },
  alertList: { method: 'GET', path: '/api/vaults/:vaultId/alerts', auth: 'vault:records.read' },
  // Reads, sent as POST: a query with filters is a JSON document, not a URL.
  statsQuery: { method: 'POST', path: '/api/vaults/:vaultId/stats', auth: 'vault:records.read' },
  statsRecords: {
    method: 'POST',
    path: '/api/vaults/:vaultId/stats/records',
    auth: 'vault:records.read',
  },
  statsPublication: {
    method: 'GET',
    path: '/api/vaults/:vaultId/stats/publication',
    auth: 'vault:records.read',
  },
  recordCreate: {
    method: 'POST',
    path: '/api/vaults/:vaultId/records',
    auth: 'vault:records.write',
    bodyLimit: RECORD_BODY_LIMIT,
  },
  recordList: { method: 'GET', path: '/api/vaults/:vaultId/records', auth: 'vault:records.read' },
  // Blind indexes go in the body, never in the URL (they would land in access logs).
  recordNameLookup: {
    method: 'POST',
    path: '/api/vaults/:vaultId/records/name-lookup',
    auth: 'vault:records.read',
  },
  recordGet: {
    method: 'GET',
    path: '/api/vaults/:vaultId/records/:recordId',
    auth: 'vault:records.read',
  },
  recordUpdate: {
    method: 'PUT',
    path: '/api/vaults/:vaultId/records/:recordId',
    auth: 'vault:records.write',
    bodyLimit: RECORD_BODY_LIMIT,
  },
  recordDelete: {
    method: 'DELETE',
    path: '/api/vaults/:vaultId/records/:recordId',
    auth: 'vault:records.delete',
  },
  recordRestore: {
    method: 'POST',
    path: '/api/vaults/:vaultId/records/:recordId/restore',
    auth: 'vault:records.delete',
  },
  recordHistory: {
    method: 'GET',
    path: '/api/vaults/:vaultId/records/:recordId/versions',
    auth: 'vault:records.read',
  },
  importStart: {
    method: 'POST',
    path: '/api/vaults/:vaultId/imports',
    auth: 'vault:records.write',
  },
  importUpload: {
    method: 'POST',
    path: '/api/vaults/:vaultId/imports/:importId/records',
    auth: 'vault:records.write',
    // A batch is cut at 768 KiB by the client, but one long record goes alone.
    bodyLimit: RECORD_BODY_LIMIT,
  },
  importCommit: {
    method: 'POST',
    path: '/api/vaults/:vaultId/imports/:importId/commit',
    auth: 'vault:records.write',
  },
  importAbort: {
    method: 'DELETE',
    path: '/api/vaults/:vaultId/imports/:importId',
    auth: 'vault:records.write',
  },
  evidenceUploadStart: {
    method: 'POST',
    path: '/api/vaults/:vaultId/evidence',
    auth: 'vault:evidence.write',
  },
  evidenceUploadStatus: {
    method: 'GET',
    path: '/api/vaults/:vaultId/evidence/:evidenceId/upload',
    auth: 'vault:evidence.write',
  },
  // The body is raw ciphertext (application/octet-stream), streamed to the object store.
  evidencePartPut: {
    method: 'PUT',
    path: '/api/vaults/:vaultId/evidence/:evidenceId/parts/:index',
    auth: 'vault:evidence.write',
    bodyLimit: EVIDENCE_PART_BODY_LIMIT,
  },
  evidenceUploadComplete: {
    method: 'POST',
    path: '/api/vaults/:vaultId/evidence/:evidenceId/complete',
    auth: 'vault:evidence.write',
  },
  evidenceUploadAbort: {
    method: 'DELETE',
    path: '/api/vaults/:vaultId/evidence/:evidenceId/upload',
    auth: 'vault:evidence.write',
  },
  evidenceList: {
    method: 'GET',
    path: '/api/vaults/:vaultId/evidence',
    auth: 'vault:evidence.read',
  },
  evidenceGet: {
    method: 'GET',
    path: '/api/vaults/:vaultId/evidence/:evidenceId',
    auth: 'vault:evidence.read',
  },
  // Answers the stored ciphertext as application/octet-stream, part after part.
  evidenceContent: {
    method: 'GET',
    path: '/api/vaults/:vaultId/evidence/:evidenceId/content',
    auth: 'vault:evidence.read',
  },
  custodyList: {
    method: 'GET',
    path: '/api/vaults/:vaultId/evidence/:evidenceId/custody',
    auth: 'vault:evidence.read',
  },
  custodyAppend: {
    method: 'POST',
    path: '/api/vaults/:vaultId/evidence/:evidenceId/custody',
    auth: 'vault:evidence.read',
  },
  // The torture-risk index, computed from coded records and expert values; expert values are
  // written like records (documenters and above), each change on the vault's audit chain.
  riskIndex: { method: 'GET', path: '/api/vaults/:vaultId/risk-index', auth: 'vault:records.read' },
  riskIndexExpertList: {
    method: 'GET',
    path: '/api/vaults/:vaultId/risk-index/expert-values',
    auth: 'vault:records.read',
  },
  riskIndexExpertPut: {
    method: 'PUT',
    path: '/api/vaults/:vaultId/risk-index/expert-values',
    auth: 'vault:records.write',
  },
  riskIndexExpertDelete: {
    method: 'DELETE',
    path: '/api/vaults/:vaultId/risk-index/expert-values/:valueId',
    auth: 'vault:records.delete',
  },
  // Record linkage (issue 7): decisions on pairs and runs of pseudonymous cluster ids, written by
  // those who write records, each write on the vault's audit chain; people and overlap patterns
  // computed from ids and codes for whoever reads records.
  linkDecisionCreate: {
    method: 'POST',
    path: '/api/vaults/:vaultId/linkage/decisions',
    auth: 'vault:records.write',
  },
  linkDecisionList: {
    method: 'GET',
    path: '/api/vaults/:vaultId/linkage/decisions',
    auth: 'vault:records.read',
  },
  linkRunCreate: {
    method: 'POST',
    path: '/api/vaults/:vaultId/linkage/runs',
    auth: 'vault:records.write',
    bodyLimit: LINK_RUN_BODY_LIMIT,
  },
  linkRunList: {
    method: 'GET',
    path: '/api/vaults/:vaultId/linkage/runs',
    auth: 'vault:records.read',
  },
  linkRunLatest: {
    method: 'GET',
    path: '/api/vaults/:vaultId/linkage/runs/latest',
    auth: 'vault:records.read',
  },
  linkRunGet: {
    method: 'GET',
    path: '/api/vaults/:vaultId/linkage/runs/:number',
    auth: 'vault:records.read',
  },
  linkRunRestore: {
    method: 'POST',
    path: '/api/vaults/:vaultId/linkage/runs/:number/restore',
    auth: 'vault:records.write',
  },
  linkageSummary: {
    method: 'GET',
    path: '/api/vaults/:vaultId/linkage/summary',
    auth: 'vault:records.read',
  },
  // A read sent as POST: the choice of lists is a JSON document.
  linkPatterns: {
    method: 'POST',
    path: '/api/vaults/:vaultId/linkage/patterns',
    auth: 'vault:records.read',
  },
} as const;
export type RouteName = keyof typeof routes;

/** The largest body a route accepts: its own limit when it has one, else the server's. */
export const bodyLimitOf = (name: RouteName, serverLimit: number): number => {
  const route = routes[name];
  return 'bodyLimit' in route ? Math.max(route.bodyLimit, serverLimit) : serverLimit;
};
