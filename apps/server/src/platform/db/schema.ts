import type { ColumnType, Generated } from 'kysely';

/** A timestamptz column: read as Date, written as Date or ISO string, defaulted by the database. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** A bigint column: pg returns int8 as string; we write numbers. */
type BigIntColumn = ColumnType<string, number | bigint | string, number | bigint | string>;

export interface AccountsTable {
  id: string;
  email_hash: string;
  kdf_salt: string;
  kdf_params: ColumnType<unknown, string, string>;
  auth_hash: string;
  encryption_public_key: string;
  signing_public_key: string;
  encrypted_private_keys: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: ColumnType<string | null, number | null | undefined, number | null>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  created_at: Timestamp;
}

export interface RecoveryCodesTable {
  account_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  account_id: string;
  client: 'web' | 'cli';
  csrf_token: string;
  created_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface VaultsTable {
  id: string;
  key_version: Generated<number>;
  name_envelope: string;
  name_key_version: number;
  /** `kind.field` names of the sensitive fields this vault stores as coded (migration 0005). */
  coded_sensitive_fields: Generated<string[]>;
  /** When alerts are raised (migration 0010); {} means the defaults. */
  alert_settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Set when a member leaves, cleared by the rotation that follows (migration 0006). */
  rotation_required: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
}

/** An older vault key sealed under the next version (migration 0006). */
export interface VaultKeyChainTable {
  vault_id: string;
  key_version: number;
  sealed: string;
  created_by: string;
  created_at: Timestamp;
}

export interface VaultMembersTable {
  vault_id: string;
  account_id: string;
  role: 'owner' | 'admin' | 'documenter' | 'analyst' | 'viewer';
  status: 'invited' | 'active';
  profile_envelope: string;
  profile_key_version: number;
  invited_by: string | null;
  created_at: Timestamp;
}

export interface VaultKeyGrantsTable {
  vault_id: string;
  account_id: string;
  key_version: number;
  wrapped_key: string;
  created_at: Timestamp;
}

export interface AuditEventsTable {
  chain: string;
  seq: BigIntColumn;
  at: ColumnType<Date, Date | string, never>;
  at_text: string;
  actor: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  data: ColumnType<Record<string, string | number | boolean | null>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface AuditCheckpointsTable {
  chain: string;
  seq: BigIntColumn;
  hash: string;
  signed_at: string;
  signature: string;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
  created_at: Timestamp;
}

/** A date column: read as a `YYYY-MM-DD` string (see type-parsers), written as one. */
type DayColumn = string | null;
/** The coded part of a record (jsonb): validated by the wire schema before it is written. */
type CodedColumn = ColumnType<Record<string, unknown>, string, string>;

export interface RecordsTable {
  vault_id: string;
  id: string;
  kind: string;
  coded: CodedColumn;
  sealed: string;
  key_version: number;
  version: number;
  earliest_day: DayColumn;
  latest_day: DayColumn;
  deleted_at: NullableTimestamp;
  deleted_by: string | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
  /** From record_change_seq at every write (migration 0012); bigint, read as a string. */
  change_seq: ColumnType<string, string | number | undefined, string | number>;
}

export interface RecordNameIndexesTable {
  vault_id: string;
  record_id: string;
  name_index: string;
}

/** A code of a filtered vocabulary or a region, per field (`field.part` inside group fields). */
export interface RecordCodesTable {
  vault_id: string;
  record_id: string;
  field: string;
  code: string;
}

/** A relation id named by a record's field. */
export interface RecordLinksTable {
  vault_id: string;
  record_id: string;
  field: string;
  target_id: string;
}

export interface RecordVersionsTable {
  vault_id: string;
  record_id: string;
  version: number;
  kind: string;
  change: 'create' | 'update' | 'delete' | 'restore';
  coded: CodedColumn;
  sealed: string;
  key_version: number;
  deleted: boolean;
  changed_at: ColumnType<Date, Date | string, never>;
  changed_by: string;
}

export interface ImportsTable {
  id: string;
  vault_id: string;
  created_by: string;
  created_at: Timestamp;
  total: number;
  state: 'open' | 'committed' | 'aborted' | 'expired';
  expires_at: ColumnType<Date, Date | string, Date | string>;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Records staged so far (migration 0007). */
  staged: Generated<number>;
}

export interface ImportRecordsTable {
  import_id: string;
  row_index: number;
  id: string;
  kind: string;
  record: CodedColumn;
  earliest_day: DayColumn;
  latest_day: DayColumn;
  /** [{ field, code }] for record_codes, computed at upload. */
  codes: ColumnType<unknown, string | undefined, string>;
  /** [{ field, targetId }] for record_links, computed at upload. */
  links: ColumnType<unknown, string | undefined, string>;
  /** [{ field, index, target, id }]: relations to records, checked at commit (migration 0007). */
  relations: ColumnType<unknown, string | undefined, string>;
}

/** An evidence file: ciphertext in the object store, its facts sealed (migration 0008). */
export interface EvidenceItemsTable {
  vault_id: string;
  id: string;
  kind: string;
  state: 'uploading' | 'stored';
  /** bigint: the driver answers a string for sizes past 2^53; parse with Number(). */
  size: ColumnType<string, number, number>;
  part_size: number;
  parts: number;
  sealed: string;
  key_version: number;
  derived_from: string | null;
  upload_expires_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  created_at: Timestamp;
  created_by: string;
  stored_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** One stored part of an evidence file's ciphertext (migration 0008). */
export interface EvidencePartsTable {
  vault_id: string;
  evidence_id: string;
  part_index: number;
  size: number;
  sha256: string;
  stored_at: Timestamp;
}

/** A record an evidence item documents (migration 0008). */
export interface EvidenceLinksTable {
  vault_id: string;
  evidence_id: string;
  record_id: string;
}

/** One signed custody event, sealed, with its place in the item's chain (migration 0008). */
export interface CustodyEventsTable {
  vault_id: string;
  evidence_id: string;
  seq: number;
  action: string;
  prev: string;
  hash: string;
  sealed: string;
  key_version: number;
  actor: string;
  recorded_at: Timestamp;
}

/** A facility of the shared register (migration 0009); `data` is the validated input document. */
export interface FacilitiesTable {
  id: string;
  type: string;
  authority: string;
  region: string;
  lat: number | null;
  lon: number | null;
  data: CodedColumn;
  sample: Generated<boolean>;
  merged_into: string | null;
  version: number;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** Every version of every facility (migration 0009); append-only. */
export interface FacilityVersionsTable {
  facility_id: string;
  version: number;
  change: 'create' | 'update' | 'merge' | 'merged';
  data: CodedColumn;
  merged_into: string | null;
  changed_at: ColumnType<Date, Date | string, never>;
  changed_by: string | null;
}

/** When a record naming a facility last changed in a vault (migration 0011). */
export interface FacilityActivityTable {
  vault_id: string;
  facility_id: string;
  /** From facility_activity_seq; bigint, read as a string. */
  generation: ColumnType<string, string | number, string | number>;
}

/** An expert's rating of a risk-index indicator for one unit and period (migration 0013). */
export interface RiskIndexExpertValuesTable {
  vault_id: string;
  id: string;
  indicator: string;
  level: 'country' | 'region' | 'facility';
  unit: string;
  period_from: string;
  period_to: string;
  value: number;
  /** About laws and public facts, never people: plaintext. */
  evidence: string;
  confidence: 'low' | 'medium' | 'high';
  version: number;
  deleted_at: NullableTimestamp;
  deleted_by: string | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
}

/** Every state of every expert value (migration 0013); append-only. */
export interface RiskIndexExpertValueVersionsTable {
  vault_id: string;
  value_id: string;
  version: number;
  change: 'create' | 'update' | 'delete';
  value: number;
  evidence: string;
  confidence: 'low' | 'medium' | 'high';
  deleted: boolean;
  changed_at: ColumnType<Date, Date | string, never>;
  changed_by: string;
}

/** A reviewer's decision on a pair of person records (migration 0014); append-only. */
export interface LinkDecisionsTable {
  vault_id: string;
  id: string;
  /** Identity (bigint, read as a string): the order of writes. */
  seq: ColumnType<string, never, never>;
  record_a: string;
  record_b: string;
  decision: 'match' | 'non-match' | 'unsure' | 'withdrawn';
  probability: number | null;
  decided_at: ColumnType<Date, Date | string, never>;
  decided_by: string;
}

/** A saved linkage result (migration 0014); append-only. */
export interface LinkRunsTable {
  vault_id: string;
  number: number;
  based_on: number | null;
  restored_from: number | null;
  settings: ColumnType<Record<string, number>, string, never>;
  records: number;
  clusters: number;
  created_at: ColumnType<Date, Date | string, never>;
  created_by: string;
}

/** A person record's pseudonymous cluster in a run (migration 0014); append-only. */
export interface LinkAssignmentsTable {
  vault_id: string;
  run: number;
  record_id: string;
  cluster_id: string;
  probability: number | null;
}

/** The database as Kysely sees it; one interface for both engines. */
export interface Database {
  accounts: AccountsTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  vaults: VaultsTable;
  vault_members: VaultMembersTable;
  vault_key_grants: VaultKeyGrantsTable;
  vault_key_chain: VaultKeyChainTable;
  audit_events: AuditEventsTable;
  audit_checkpoints: AuditCheckpointsTable;
  instance_settings: InstanceSettingsTable;
  records: RecordsTable;
  record_versions: RecordVersionsTable;
  record_name_indexes: RecordNameIndexesTable;
  record_codes: RecordCodesTable;
  record_links: RecordLinksTable;
  imports: ImportsTable;
  import_records: ImportRecordsTable;
  evidence_items: EvidenceItemsTable;
  evidence_parts: EvidencePartsTable;
  evidence_links: EvidenceLinksTable;
  custody_events: CustodyEventsTable;
  facilities: FacilitiesTable;
  facility_versions: FacilityVersionsTable;
  facility_activity: FacilityActivityTable;
  risk_index_expert_values: RiskIndexExpertValuesTable;
  risk_index_expert_value_versions: RiskIndexExpertValueVersionsTable;
  link_decisions: LinkDecisionsTable;
  link_runs: LinkRunsTable;
  link_assignments: LinkAssignmentsTable;
}
