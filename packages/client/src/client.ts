import type {
  AccountId,
  AccountView,
  CustodyEntry,
  EvidenceItem,
  EvidenceKind,
  KdfParams,
  RecordData,
  RecordKind,
  RecordSettings,
  Role,
  VaultId,
  VocabGetResponse,
  VocabSummary,
  Facility,
  FacilityCreateBody,
  FacilityImportBody,
  FacilityImportResponse,
  FacilityListQuery,
  FacilityUpdateBody,
  AlertsResponse,
  ExpertValue,
  ExpertValueInput,
  ExpertValueListQuery,
  RiskIndexQuery,
  RiskIndexResponse,
  PublicationQuery,
  PublicationResponse,
  StatsQuery,
  StatsRecordsBody,
  StatsRecordsResponse,
  StatsResponse,
  AlertSettings,
  FacilityOverview,
  FacilityOverviewQuery,
  FacilityStats,
  FacilityStatsQuery,
  VocabularyId,
  LinkageSummary,
  LinkDecision,
  LinkDecisionRequest,
  LinkPatternsRequest,
  LinkPatternsResponse,
  LinkRunRequest,
  LinkRunResponse,
  LinkRunSummary,
} from '@vigil/core';
import { DEFAULT_KDF } from '@vigil/crypto';
import { verifyAuditChain } from './audit';
import { createMemoryAuditHeadStore, type AuditHeadStore } from './audit-heads';
import { observerOf, type ClientContext } from './context';
import {
  createMemoryDraftStorage,
  listDrafts,
  loadDraft,
  removeDraft,
  saveDraft,
  type DraftStorage,
  type DraftSummary,
  type DraftView,
} from './drafts';
import { KeyStore, type KeyMaterialObserver } from './keystore';
import {
  createRecord,
  getRecord,
  listRecords,
  recordHistory,
  setRecordDeleted,
  updateRecord,
  type RecordHistoryView,
  type RecordListOptions,
  type RecordPage,
  type RecordView,
  type RecordViewOf,
} from './records';
import { rotateVaultKey } from './rotation';
import { findPeople, type PersonMatch } from './search';
import {
  exportVault,
  importVaultExport,
  type VaultExportOptions,
  type VaultExportResult,
} from './export/vault';
import { importRecords, type ImportOptions } from './records-import';
import {
  addEvidence,
  downloadEvidence,
  getEvidence,
  listEvidence,
  packageEvidence,
  recordCustody,
  verifyCustody,
  type AddEvidenceInput,
  type AddEvidenceOptions,
  type EvidenceMeta,
  type EvidencePackageOptions,
  type EvidenceSource,
  type EvidenceView,
  type Manifest,
  type PackageSink,
} from './evidence';
import { login, logout, register, resume, unlock } from './session';
import { totpDisable, totpEnable, totpSetup } from './totp';
import { createTransport, type ClientMode } from './transport';
import {
  acceptInvitation,
  changeRole,
  createVault,
  getVault,
  inviteMember,
  listMembers,
  listVaults,
  removeMember,
  setAlertSettings,
  setRecordSettings,
} from './vaults';
import type { AuditVerifyResult, MemberView, VaultView } from './views';
import { vocabGet, vocabList } from './vocab';
import {
  createFacility,
  getFacility,
  importFacilities,
  listFacilities,
  mergeFacility,
  updateFacility,
} from './facilities';
import { facilityOverview, facilityStats, listAlerts } from './monitoring';
import {
  computeRiskIndex,
  deleteExpertValue,
  listExpertValues,
  putExpertValue,
} from './risk-index';
import { statistics, statisticsPublication, statisticsRecords } from './statistics';
import {
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

export interface VigilClientOptions {
  /** Server origin, e.g. "http://127.0.0.1:8080"; "" for the web app's own origin. */
  readonly baseUrl: string;
  readonly mode: ClientMode;
  /** Bearer token of a stored CLI session (the CLI keeps only this, never keys). */
  readonly token?: string;
  /** Injected for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** KDF parameters for NEW accounts. Defaults to DEFAULT_KDF; tests lower it explicitly. */
  readonly kdf?: KdfParams;
  /** Where verified audit heads are remembered for fork detection; in memory by default. */
  readonly auditHeads?: AuditHeadStore;
  /** Where form drafts are kept, sealed; in memory by default (the web app uses localStorage). */
  readonly drafts?: DraftStorage;
  /** Test-only: observes secret material so a test can prove it never leaves the client. */
  readonly onKeyMaterial?: KeyMaterialObserver;
}

/** The one entry point of the web app and the CLI to the server (docs/dev/contracts.md). */
export interface VigilClient {
  register(input: { email: string; password: string }): Promise<{ accountId: AccountId }>;
  login(input: {
    email: string;
    password: string;
    totpCode?: string;
    recoveryCode?: string;
  }): Promise<{ token?: string }>;
  resume(): Promise<AccountView>;
  unlock(password: string): Promise<void>;
  lock(): void;
  isUnlocked(): boolean;
  logout(): Promise<void>;
  account(): AccountView | null;
  totp: {
    setup(): Promise<{ secret: string; uri: string }>;
    enable(code: string): Promise<{ recoveryCodes: string[] }>;
    disable(code: string): Promise<void>;
  };
  vaults: {
    create(input: { name: string; email: string }): Promise<VaultView>;
    list(): Promise<VaultView[]>;
    get(vaultId: VaultId): Promise<VaultView>;
    members(vaultId: VaultId): Promise<MemberView[]>;
    invite(vaultId: VaultId, input: { email: string; role: Role }): Promise<MemberView>;
    accept(vaultId: VaultId): Promise<VaultView>;
    changeRole(vaultId: VaultId, accountId: AccountId, role: Role): Promise<void>;
    remove(vaultId: VaultId, accountId: AccountId): Promise<void>;
    /**
     * Makes a new vault key for the members who stay (owners and admins): done by `remove`
     * already; call it when a member's device may be compromised, or to finish a removal.
     */
    rotateKey(vaultId: VaultId): Promise<number>;
    /** Which sensitive record fields the vault stores as coded (owners and admins). */
    setRecordSettings(vaultId: VaultId, settings: RecordSettings): Promise<VaultView>;
    /** When the vault's alerts are raised (owners and admins); omitted settings stay. */
    setAlertSettings(vaultId: VaultId, settings: Partial<AlertSettings>): Promise<VaultView>;
  };
  audit: { verify(chain: 'instance' | VaultId): Promise<AuditVerifyResult> };
  /** The shipped vocabularies (public knowledge, but only for signed-in users). */
  vocab: {
    list(): Promise<VocabSummary[]>;
    get(list: VocabularyId): Promise<VocabGetResponse>;
  };
  /** The shared facility register (public reference data: nothing sealed). */
  facilities: {
    list(query?: Omit<FacilityListQuery, 'after' | 'limit'>): Promise<Facility[]>;
    get(facilityId: string): Promise<Facility>;
    create(body: FacilityCreateBody): Promise<Facility>;
    update(facilityId: string, body: FacilityUpdateBody): Promise<Facility>;
    merge(facilityId: string, into: string): Promise<Facility>;
    import(body: FacilityImportBody): Promise<FacilityImportResponse>;
  };
  /** A vault's view of places of detention, computed by the server from coded data. */
  monitoring: {
    overview(
      vaultId: VaultId,
      facilityId: string,
      query?: FacilityOverviewQuery,
    ): Promise<FacilityOverview>;
    stats(vaultId: VaultId, query?: FacilityStatsQuery): Promise<FacilityStats>;
    alerts(vaultId: VaultId, on?: string): Promise<AlertsResponse>;
  };
  /** Statistics over the vault's incidents, computed by the server from coded data. */
  statistics: {
    query(vaultId: VaultId, query: StatsQuery): Promise<StatsResponse>;
    records(vaultId: VaultId, body: StatsRecordsBody): Promise<StatsRecordsResponse>;
    publication(vaultId: VaultId, query?: PublicationQuery): Promise<PublicationResponse>;
  };
  /** The torture-risk index, computed by the server from coded records and expert values. */
  riskIndex: {
    compute(vaultId: VaultId, query?: RiskIndexQuery): Promise<RiskIndexResponse>;
    expert: {
      list(vaultId: VaultId, query?: ExpertValueListQuery): Promise<ExpertValue[]>;
      /** Evidence is stored in plaintext on the server: laws and public facts, never a person. */
      put(vaultId: VaultId, value: ExpertValueInput): Promise<ExpertValue>;
      delete(vaultId: VaultId, valueId: string): Promise<void>;
    };
  };
  /**
   * Record linkage kept by the server as ids only: reviewers' decisions on pairs, runs of random
   * cluster ids (one per person), the people count and the overlap pattern of lists.
   */
  linkage: {
    decide(vaultId: VaultId, decision: LinkDecisionRequest): Promise<LinkDecision>;
    decisions(vaultId: VaultId, options?: { history?: boolean }): Promise<LinkDecision[]>;
    /** 409 `stale_link_run` when `basedOn` is not the latest run any more. */
    saveRun(vaultId: VaultId, run: LinkRunRequest): Promise<LinkRunSummary>;
    runs(vaultId: VaultId): Promise<LinkRunSummary[]>;
    /** Null when the vault has no run yet. */
    latestRun(vaultId: VaultId): Promise<LinkRunResponse | null>;
    run(vaultId: VaultId, number: number): Promise<LinkRunResponse>;
    /** A new run copying run `number`'s assignments: how merges and splits are reversed. */
    restoreRun(vaultId: VaultId, number: number): Promise<LinkRunSummary>;
    summary(vaultId: VaultId): Promise<LinkageSummary>;
    patterns(vaultId: VaultId, request: LinkPatternsRequest): Promise<LinkPatternsResponse>;
  };
  /**
   * Records of every kind, sealed and opened here: the server sees coded fields, one envelope
   * (AAD: vault, kind, record id, key version) and, for people, blind indexes of their names.
   * A record whose envelope does not open, or opens to an invalid record, is `decrypt_failed`.
   */
  records: {
    create<K extends RecordKind>(
      vaultId: VaultId,
      kind: K,
      record: RecordData<K>,
    ): Promise<RecordViewOf<K>>;
    get(vaultId: VaultId, id: string): Promise<RecordView>;
    list<K extends RecordKind>(
      vaultId: VaultId,
      kind: K,
      options?: RecordListOptions,
    ): Promise<RecordPage<K>>;
    /** A new version; the kind stays the stored one. 409 `conflict` if the version moved on. */
    update(
      vaultId: VaultId,
      id: string,
      record: Readonly<Record<string, unknown>>,
      expectedVersion: number,
    ): Promise<RecordView>;
    delete(vaultId: VaultId, id: string): Promise<RecordView>;
    restore(vaultId: VaultId, id: string): Promise<RecordView>;
    history(vaultId: VaultId, id: string): Promise<RecordHistoryView>;
    /**
     * People whose name matches `name` (Cyrillic or Latin, any word order) through blind
     * indexes; opened, false positives dropped, best first (`score` 0..1).
     */
    findPeople(
      vaultId: VaultId,
      name: string,
      options?: { limit?: number },
    ): Promise<PersonMatch[]>;
    /**
     * Imports records of one kind all or nothing: sealed here under ids made here, uploaded in
     * batches, committed in one server transaction. On failure nothing is written and the error's
     * fields name the row (`rows.<index in records>.<field>`).
     */
    importRecords<K extends RecordKind>(
      vaultId: VaultId,
      kind: K,
      records: readonly RecordData<K>[],
      options?: ImportOptions,
    ): Promise<{ ids: string[] }>;
  };
  /** Evidence files: encrypted here, uploaded resumably, their custody signed by each member. */
  evidence: {
    /** Encrypts, hashes and uploads a file; signs its intake. Returns its id and SHA-256 (hex). */
    add(
      vaultId: VaultId,
      file: EvidenceSource,
      input: AddEvidenceInput,
      options?: AddEvidenceOptions,
    ): Promise<{ id: string; sha256: string; item: EvidenceItem }>;
    get(vaultId: VaultId, id: string): Promise<EvidenceView>;
    list(
      vaultId: VaultId,
      query?: { linkedTo?: string; kind?: EvidenceKind; after?: string; limit?: number },
    ): Promise<{ items: EvidenceView[]; next: string | null }>;
    /** Signs a custody event, then decrypts the file into `sink`; checks its hash at the end. */
    download(
      vaultId: VaultId,
      id: string,
      sink: (chunk: Uint8Array) => Promise<void> | void,
      options?: { action?: 'download' | 'view' | 'copy' | 'export'; signal?: AbortSignal },
    ): Promise<{ sha256: string; size: number; meta: EvidenceMeta }>;
    /** Signs and appends a custody event (share, copy, export…) for an item. */
    recordCustody(
      vaultId: VaultId,
      id: string,
      action: 'view' | 'download' | 'copy' | 'share' | 'export',
      note?: string,
    ): Promise<CustodyEntry>;
    /**
     * Writes an evidence package (ZIP) of the items into `sink`: for each, signs an `export`
     * custody event first, then adds its file, custody and signers; reports and manifest last.
     * Keep the output only when this resolves. Check it with `verifyEvidencePackage`.
     */
    package(
      vaultId: VaultId,
      itemIds: readonly string[],
      sink: PackageSink,
      options?: EvidencePackageOptions,
    ): Promise<Manifest>;
    /** Checks the custody chain (and the file's hash against the intake, when given). */
    verify(
      vaultId: VaultId,
      id: string,
      fileSha256?: string,
    ): Promise<Awaited<ReturnType<typeof verifyCustody>>>;
  };
  /** Exports opened here, checked against consent; and the import of a JSON export. */
  exports: {
    /**
     * A vault's records for a purpose: JSON (one file, header + records) or CSV (one file per
     * kind + excluded.csv), the sealed fields chosen; `excluded` says what consent left out.
     */
    vault(vaultId: VaultId, options: VaultExportOptions): Promise<VaultExportResult>;
    /** Imports a JSON export into a vault all or nothing, ids remapped; old id → new id. */
    importJson(
      vaultId: VaultId,
      content: string,
      options?: ImportOptions,
    ): Promise<{ ids: Map<string, string> }>;
  };
  /**
   * Unfinished forms, sealed with the vault's current key (AAD kind `draft:<kind>`, never a record
   * kind) and kept on this device only, per account and vault. A broken draft is `decrypt_failed`.
   */
  drafts: {
    save(vaultId: VaultId, kind: RecordKind, draftId: string, data: unknown): Promise<DraftSummary>;
    load(vaultId: VaultId, draftId: string): Promise<DraftView | undefined>;
    list(vaultId: VaultId, kind?: RecordKind): Promise<DraftSummary[]>;
    remove(vaultId: VaultId, draftId: string): Promise<void>;
  };
}

/** Creates a client; keys live only inside it, in memory, until `lock()` or `logout()`. */
export const createVigilClient = (options: VigilClientOptions): VigilClient => {
  const ctx: ClientContext = {
    transport: createTransport(options),
    keys: new KeyStore(),
    kdf: options.kdf ?? DEFAULT_KDF,
    auditHeads: options.auditHeads ?? createMemoryAuditHeadStore(),
    serverLabel: options.baseUrl,
    observe: observerOf(options.onKeyMaterial),
    account: null,
  };
  const drafts = options.drafts ?? createMemoryDraftStorage();
  return {
    register: (input) => register(ctx, input),
    login: (input) => login(ctx, input),
    resume: () => resume(ctx),
    unlock: (password) => unlock(ctx, password),
    lock: () => ctx.keys.lock(),
    isUnlocked: () => ctx.keys.isUnlocked(),
    logout: () => logout(ctx),
    account: () => ctx.account,
    totp: {
      setup: () => totpSetup(ctx),
      enable: (code) => totpEnable(ctx, code),
      disable: (code) => totpDisable(ctx, code),
    },
    vaults: {
      create: (input) => createVault(ctx, input),
      list: () => listVaults(ctx),
      get: (vaultId) => getVault(ctx, vaultId),
      members: (vaultId) => listMembers(ctx, vaultId),
      invite: (vaultId, input) => inviteMember(ctx, vaultId, input),
      accept: (vaultId) => acceptInvitation(ctx, vaultId),
      changeRole: (vaultId, accountId, role) => changeRole(ctx, vaultId, accountId, role),
      remove: (vaultId, accountId) => removeMember(ctx, vaultId, accountId),
      rotateKey: (vaultId) => rotateVaultKey(ctx, vaultId),
      setRecordSettings: (vaultId, settings) => setRecordSettings(ctx, vaultId, settings),
      setAlertSettings: (vaultId, settings) => setAlertSettings(ctx, vaultId, settings),
    },
    audit: { verify: (chain) => verifyAuditChain(ctx, chain) },
    vocab: { list: () => vocabList(ctx), get: (list) => vocabGet(ctx, list) },
    facilities: {
      list: (query) => listFacilities(ctx, query),
      get: (id) => getFacility(ctx, id),
      create: (body) => createFacility(ctx, body),
      update: (id, body) => updateFacility(ctx, id, body),
      merge: (id, into) => mergeFacility(ctx, id, into),
      import: (body) => importFacilities(ctx, body),
    },
    monitoring: {
      overview: (vaultId, facilityId, query) => facilityOverview(ctx, vaultId, facilityId, query),
      stats: (vaultId, query) => facilityStats(ctx, vaultId, query),
      alerts: (vaultId, on) => listAlerts(ctx, vaultId, on),
    },
    statistics: {
      query: (vaultId, query) => statistics(ctx, vaultId, query),
      records: (vaultId, body) => statisticsRecords(ctx, vaultId, body),
      publication: (vaultId, query) => statisticsPublication(ctx, vaultId, query),
    },
    riskIndex: {
      compute: (vaultId, query) => computeRiskIndex(ctx, vaultId, query),
      expert: {
        list: (vaultId, query) => listExpertValues(ctx, vaultId, query),
        put: (vaultId, value) => putExpertValue(ctx, vaultId, value),
        delete: (vaultId, valueId) => deleteExpertValue(ctx, vaultId, valueId),
      },
    },
    linkage: {
      decide: (vaultId, decision) => decideLink(ctx, vaultId, decision),
      decisions: (vaultId, options) => listLinkDecisions(ctx, vaultId, options),
      saveRun: (vaultId, run) => saveLinkRun(ctx, vaultId, run),
      runs: (vaultId) => listLinkRuns(ctx, vaultId),
      latestRun: (vaultId) => latestLinkRun(ctx, vaultId),
      run: (vaultId, number) => getLinkRun(ctx, vaultId, number),
      restoreRun: (vaultId, number) => restoreLinkRun(ctx, vaultId, number),
      summary: (vaultId) => linkageSummary(ctx, vaultId),
      patterns: (vaultId, request) => linkPatterns(ctx, vaultId, request),
    },
    records: {
      create: (vaultId, kind, record) => createRecord(ctx, vaultId, kind, record),
      get: (vaultId, id) => getRecord(ctx, vaultId, id),
      list: (vaultId, kind, options) => listRecords(ctx, vaultId, kind, options),
      update: (vaultId, id, record, expectedVersion) =>
        updateRecord(ctx, vaultId, id, record, expectedVersion),
      delete: (vaultId, id) => setRecordDeleted(ctx, vaultId, id, true),
      restore: (vaultId, id) => setRecordDeleted(ctx, vaultId, id, false),
      history: (vaultId, id) => recordHistory(ctx, vaultId, id),
      findPeople: (vaultId, name, options) => findPeople(ctx, vaultId, name, options),
      importRecords: (vaultId, kind, records, options) =>
        importRecords(ctx, vaultId, kind, records, options),
    },
    evidence: {
      add: (vaultId, file, input, options) => addEvidence(ctx, vaultId, file, input, options),
      get: (vaultId, id) => getEvidence(ctx, vaultId, id),
      list: (vaultId, query) => listEvidence(ctx, vaultId, query),
      download: (vaultId, id, sink, options) => downloadEvidence(ctx, vaultId, id, sink, options),
      package: (vaultId, itemIds, sink, options) =>
        packageEvidence(ctx, vaultId, itemIds, sink, options),
      recordCustody: (vaultId, id, action, note) =>
        recordCustody(ctx, vaultId, id, action, note === undefined ? {} : { note }),
      verify: (vaultId, id, fileSha256) => verifyCustody(ctx, vaultId, id, fileSha256),
    },
    exports: {
      vault: (vaultId, options) => exportVault(ctx, vaultId, options),
      importJson: (vaultId, content, options) => importVaultExport(ctx, vaultId, content, options),
    },
    drafts: {
      save: (vaultId, kind, draftId, data) => saveDraft(ctx, drafts, vaultId, kind, draftId, data),
      load: (vaultId, draftId) => loadDraft(ctx, drafts, vaultId, draftId),
      list: (vaultId, kind) => listDrafts(ctx, drafts, vaultId, kind),
      remove: (vaultId, draftId) => removeDraft(ctx, drafts, vaultId, draftId),
    },
  };
};
