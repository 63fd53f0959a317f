import {
  DEFAULT_RECORD_SETTINGS,
  ErrorCode,
  RECORD_KINDS,
  VigilError,
  dayBounds,
  fieldClassOf,
  fieldsOf,
  recordKindSchema,
  sensitiveFieldsSentCoded,
  type CreateRecordRequest,
  type DateValue,
  type FieldError,
  type RecordBody,
  type RecordKind,
  type RecordListQuery,
  type RecordNameLookupRequest,
  type RecordNameLookupResponse,
  type RecordSettings,
  type RecordVersionEntry,
  type UpdateRecordRequest,
  type StoredRecord,
} from '@vigil/core';
import type { AppDeps } from '../../deps';
import { vaultRecordContext } from '../vaults/repository';
import {
  findRecord,
  insertRecord,
  kindsOf,
  listVersions,
  recordIdTaken,
  writeRecord,
  type RecordRow,
  type RecordState,
} from './repository';
import { decodeCursor, encodeCursor, lookupNames, searchRecords } from './search';

/** The authorised member making a change. */
export interface RecordActor {
  readonly accountId: string;
}

const notFound = () => new VigilError(ErrorCode.notFound, 'Not found.');
const rotationPending = () =>
  new VigilError(
    ErrorCode.staleKeyVersion,
    'A member left this vault: an admin must make a new vault key before anything new is saved.',
  );
const staleKey = () =>
  new VigilError(ErrorCode.staleKeyVersion, 'The vault key has changed; reload and retry.');

const DATE_TYPES = new Set(['date', 'date-value', 'date-range']);

/**
 * The kind's main date (its first coded date field, in table order) as dayBounds, for the
 * filtering columns: null when the record has none or an end is open.
 */
export const mainDayBounds = (
  kind: RecordKind,
  coded: Readonly<Record<string, unknown>>,
  settings: RecordSettings = DEFAULT_RECORD_SETTINGS,
): { earliestDay: string | null; latestDay: string | null } => {
  const main = fieldsOf(kind).find(
    ([name, spec]) =>
      DATE_TYPES.has(spec.type) && fieldClassOf(kind, spec, name, settings) === 'coded',
  );
  const value = main === undefined ? undefined : coded[main[0]];
  if (value === undefined) return { earliestDay: null, latestDay: null };
  // Validated by the wire schema: a date field holds a DateValue.
  const bounds = dayBounds(value as DateValue);
  return { earliestDay: bounds.earliest ?? null, latestDay: bounds.latest ?? null };
};

/** The coded part of a wire record: everything but the envelope, its key version and name indexes. */
const WIRE_ONLY = new Set(['sealed', 'keyVersion', 'nameIndexes']);
const codedOf = (record: RecordBody['record']): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !WIRE_ONLY.has(key)));

/** The state a record body is stored as (coded part, envelope, main day bounds, name indexes). */
export const stateOf = (
  vaultId: string,
  id: string,
  version: number,
  body: RecordBody,
  settings: RecordSettings,
): RecordState => {
  const coded = codedOf(body.record);
  return {
    vaultId,
    id,
    kind: body.kind,
    coded,
    sealed: body.record.sealed,
    keyVersion: body.record.keyVersion,
    version,
    ...mainDayBounds(body.kind, coded, settings),
    nameIndexes: body.kind === 'person' ? (body.record.nameIndexes ?? []) : undefined,
  };
};

const stateOfRow = (row: RecordRow): RecordState => ({
  vaultId: row.vault_id,
  id: row.id,
  kind: recordKindSchema.parse(row.kind),
  coded: row.coded,
  sealed: row.sealed,
  keyVersion: row.key_version,
  version: row.version,
  ...mainDayBounds(recordKindSchema.parse(row.kind), row.coded),
});

/** A stored record as the API answers it. */
export const toStoredRecord = (row: RecordRow): StoredRecord =>
  ({
    id: row.id,
    vaultId: row.vault_id,
    kind: row.kind,
    version: row.version,
    coded: row.coded,
    sealed: row.sealed,
    keyVersion: row.key_version,
    deleted: row.deleted_at !== null,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  }) as StoredRecord;

const RECORD_TARGETS = new Set<string>(RECORD_KINDS);

/** One relation id of a record: the field, its position in a list (or null) and the target kind. */
export interface RelationLink {
  readonly field: string;
  readonly index: number | null;
  readonly target: string;
  readonly id: string;
}

/** The relation ids of a record's coded part that point at records (evidence, facilities: no table yet). */
export const relationLinks = (
  kind: RecordKind,
  coded: Readonly<Record<string, unknown>>,
): RelationLink[] => {
  const links: RelationLink[] = [];
  for (const [name, spec] of fieldsOf(kind)) {
    const target = spec.relation;
    const value = coded[name];
    if (spec.type !== 'relation' || target === undefined || !RECORD_TARGETS.has(target)) continue;
    if (typeof value === 'string') links.push({ field: name, target, id: value, index: null });
    if (Array.isArray(value)) {
      value.forEach((id, index) => {
        if (typeof id === 'string') links.push({ field: name, target, id, index });
      });
    }
  }
  return links;
};

/** The field error of a broken link, under `prefix` (e.g. `body.record` or `rows.12`). */
export const brokenLink = (prefix: string, kind: RecordKind, l: RelationLink): FieldError => ({
  path: `${prefix}.${l.field}${l.index === null ? '' : `.${l.index}`}`,
  message: `${kind}.${l.field}: ${l.id} is not a ${l.target} of this vault`,
});

/**
 * Refuses relation ids that do not name a record of the right kind in this vault (deleted records
 * count: restoring them keeps the link). Evidence and facilities have no tables yet: not checked.
 */
const checkRelations = async (
  q: Parameters<typeof kindsOf>[0],
  vaultId: string,
  kind: RecordKind,
  coded: Readonly<Record<string, unknown>>,
): Promise<void> => {
  const links = relationLinks(kind, coded);
  const kinds = await kindsOf(
    q,
    vaultId,
    links.map((l) => l.id),
  );
  const broken = links
    .filter((l) => kinds.get(l.id) !== l.target)
    .map((l) => brokenLink('body.record', kind, l));
  if (broken.length > 0) {
    throw new VigilError(ErrorCode.validationFailed, 'Some relations point nowhere.', broken);
  }
};

/**
 * The vault a write seals into: refused while a member's removal waits for a new key. Answers its
 * current key version and record settings. Record writes and import uploads share it.
 */
export const vaultForWrite = async (
  trx: Parameters<typeof vaultRecordContext>[0],
  vaultId: string,
): Promise<{ keyVersion: number; settings: RecordSettings }> => {
  const vault = await vaultRecordContext(trx, vaultId);
  if (vault === null) throw notFound();
  if (vault.rotationRequired) throw rotationPending();
  return {
    keyVersion: vault.keyVersion,
    settings: { codedSensitiveFields: vault.codedSensitiveFields },
  };
};

/** Refuses an envelope sealed under another key version than the vault's current one. */
export const checkKeyVersion = (current: number, keyVersion: number): void => {
  if (keyVersion !== current) throw staleKey();
};

/** A problem per sensitive field sent in plaintext that the vault keeps sealed, under `prefix`. */
export const sealedFieldsSentCoded = (
  prefix: string,
  kind: RecordKind,
  coded: Readonly<Record<string, unknown>>,
  settings: RecordSettings,
): FieldError[] =>
  sensitiveFieldsSentCoded(kind, coded, settings).map((name) => ({
    path: `${prefix}.${name}`,
    message: `${kind}.${name} is sealed in this vault: send it inside the envelope`,
  }));

/** The checks of `vaultForWrite` and `checkKeyVersion` for one record body; answers the settings. */
const checkVault = async (
  trx: Parameters<typeof vaultRecordContext>[0],
  vaultId: string,
  body: RecordBody,
): Promise<RecordSettings> => {
  const vault = await vaultForWrite(trx, vaultId);
  checkKeyVersion(vault.keyVersion, body.record.keyVersion);
  const exposed = sealedFieldsSentCoded(
    'body.record',
    body.kind,
    codedOf(body.record),
    vault.settings,
  );
  if (exposed.length > 0) {
    throw new VigilError(
      ErrorCode.validationFailed,
      'This vault keeps some of these fields sealed.',
      exposed,
    );
  }
  return vault.settings;
};

const reload = async (q: Parameters<typeof findRecord>[0], v: string, id: string) => {
  const row = await findRecord(q, v, id);
  if (!row) throw notFound();
  return toStoredRecord(row);
};

/** Creates a record whose id the client made; ids are unique across vaults. */
export const createRecord = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  body: CreateRecordRequest,
): Promise<StoredRecord> =>
  deps.audit.run(async (uow) => {
    const settings = await checkVault(uow.trx, vaultId, body);
    if (await recordIdTaken(uow.trx, body.id)) {
      throw new VigilError(ErrorCode.conflict, 'A record with this id exists already.');
    }
    await checkRelations(uow.trx, vaultId, body.kind, body.record);
    await insertRecord(uow, stateOf(vaultId, body.id, 1, body, settings), {
      change: 'create',
      actor: actor.accountId,
      at: deps.clock(),
    });
    return reload(uow.trx, vaultId, body.id);
  });

/** Replaces a record's content with a new version, if the client saw the current one. */
export const updateRecord = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
  body: UpdateRecordRequest,
): Promise<StoredRecord> =>
  deps.audit.run(async (uow) => {
    const settings = await checkVault(uow.trx, vaultId, body);
    const row = await findRecord(uow.trx, vaultId, id, true);
    if (!row) throw notFound();
    if (row.kind !== body.kind) {
      throw new VigilError(ErrorCode.validationFailed, 'A record keeps its kind.', [
        { path: 'body.kind', message: `this record is a ${row.kind}` },
      ]);
    }
    if (row.version !== body.expectedVersion) {
      throw new VigilError(
        ErrorCode.conflict,
        `The record changed since you opened it (now version ${row.version}); reload and retry.`,
      );
    }
    if (row.deleted_at !== null) {
      throw new VigilError(ErrorCode.conflict, 'The record is deleted; restore it first.');
    }
    await checkRelations(uow.trx, vaultId, body.kind, body.record);
    await writeRecord(
      uow,
      stateOf(vaultId, id, row.version + 1, body, settings),
      { change: 'update', actor: actor.accountId, at: deps.clock() },
      false,
    );
    return reload(uow.trx, vaultId, id);
  });

/** Soft-deletes (`deleted` true) or restores a record: a new version with the same content. */
export const setRecordDeleted = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
  deleted: boolean,
): Promise<StoredRecord> =>
  deps.audit.run(async (uow) => {
    const row = await findRecord(uow.trx, vaultId, id, true);
    if (!row) throw notFound();
    if ((row.deleted_at !== null) === deleted) {
      throw new VigilError(
        ErrorCode.conflict,
        deleted ? 'The record is deleted already.' : 'The record is not deleted.',
      );
    }
    const state = { ...stateOfRow(row), version: row.version + 1 };
    await writeRecord(
      uow,
      state,
      { change: deleted ? 'delete' : 'restore', actor: actor.accountId, at: deps.clock() },
      deleted,
    );
    return reload(uow.trx, vaultId, id);
  });

/** One record of the vault (deleted ones too, marked). */
export const getRecord = (deps: AppDeps, vaultId: string, id: string): Promise<StoredRecord> =>
  reload(deps.db.kysely, vaultId, id);

/** A page of the vault's records, filtered and sorted; `next` is an opaque keyset cursor. */
export const listVaultRecords = async (
  deps: AppDeps,
  vaultId: string,
  query: RecordListQuery,
): Promise<{ records: StoredRecord[]; next: string | null }> => {
  const after = query.after === undefined ? undefined : decodeCursor(query.after, query.sort);
  const rows = await searchRecords(deps.db.kysely, vaultId, query, after);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    records: page.map(toStoredRecord),
    next: rows.length > query.limit && last !== undefined ? encodeCursor(query.sort, last) : null,
  };
};

/** People whose name indexes hold some of those given, most matched first (deleted left out). */
export const lookupPeopleByName = async (
  deps: AppDeps,
  vaultId: string,
  body: RecordNameLookupRequest,
): Promise<RecordNameLookupResponse> => {
  const rows = await lookupNames(deps.db.kysely, vaultId, body.indexes, body.limit);
  return {
    matches: rows.map((row) => ({ record: toStoredRecord(row), matched: Number(row.matched) })),
  };
};

/** Every version of a record, oldest first. */
export const recordHistory = async (
  deps: AppDeps,
  vaultId: string,
  id: string,
): Promise<{ id: string; kind: RecordKind; versions: RecordVersionEntry[] }> => {
  const row = await findRecord(deps.db.kysely, vaultId, id);
  if (!row) throw notFound();
  const versions = await listVersions(deps.db.kysely, vaultId, id);
  return {
    id,
    kind: recordKindSchema.parse(row.kind),
    versions: versions.map(
      (v) =>
        ({
          version: v.version,
          change: v.change,
          coded: v.coded,
          sealed: v.sealed,
          keyVersion: v.key_version,
          deleted: v.deleted,
          changedAt: v.changed_at.toISOString(),
          changedBy: v.changed_by,
        }) as RecordVersionEntry,
    ),
  };
};
