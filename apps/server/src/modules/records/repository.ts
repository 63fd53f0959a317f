import { indexedCodesOf, indexedLinksOf, type RecordKind } from '@vigil/core';
import type { Queryable } from '../audit/repository';
import type { UnitOfWork } from '../audit/log';

/** The columns of a record row the API answers from. */
export const recordColumns = [
  'vault_id',
  'id',
  'kind',
  'coded',
  'sealed',
  'key_version',
  'version',
  'deleted_at',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
] as const;

/** One record row, or undefined. `forUpdate` locks it for a change. */
export const findRecord = (q: Queryable, vaultId: string, id: string, forUpdate = false) => {
  const query = q
    .selectFrom('records')
    .select(recordColumns)
    .where('vault_id', '=', vaultId)
    .where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};
export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecord>>>;

/** True when some vault already holds a record with this id (ids are unique across vaults). */
export const recordIdTaken = async (q: Queryable, id: string): Promise<boolean> =>
  (await q.selectFrom('records').select('id').where('id', '=', id).executeTakeFirst()) !==
  undefined;

/** The kinds of those of `ids` the vault holds (deleted ones too), by id. */
export const kindsOf = async (
  q: Queryable,
  vaultId: string,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('records')
    .select(['id', 'kind'])
    .where('vault_id', '=', vaultId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.kind]));
};

/** Every version of a record, oldest first. */
export const listVersions = (q: Queryable, vaultId: string, id: string) =>
  q
    .selectFrom('record_versions')
    .select([
      'version',
      'change',
      'coded',
      'sealed',
      'key_version',
      'deleted',
      'changed_at',
      'changed_by',
    ])
    .where('vault_id', '=', vaultId)
    .where('record_id', '=', id)
    .orderBy('version', 'asc')
    .execute();

/** The state of a record after a change, as written to both tables. */
export interface RecordState {
  readonly vaultId: string;
  readonly id: string;
  readonly kind: RecordKind;
  readonly coded: Readonly<Record<string, unknown>>;
  readonly sealed: string;
  readonly keyVersion: number;
  readonly version: number;
  readonly earliestDay: string | null;
  readonly latestDay: string | null;
  /** Replaces the name indexes when given (people); left as they are when undefined. */
  readonly nameIndexes?: readonly string[] | undefined;
}

/** What a change was, who made it and when. */
export interface Change {
  readonly change: 'create' | 'update' | 'delete' | 'restore';
  readonly actor: string;
  readonly at: Date;
}

const appendVersion = (uow: UnitOfWork, s: RecordState, c: Change, deleted: boolean) =>
  uow.trx
    .insertInto('record_versions')
    .values({
      vault_id: s.vaultId,
      record_id: s.id,
      version: s.version,
      kind: s.kind,
      change: c.change,
      coded: JSON.stringify(s.coded),
      sealed: s.sealed,
      key_version: s.keyVersion,
      deleted,
      changed_at: c.at,
      changed_by: c.actor,
    })
    .execute();

const replaceNameIndexes = async (uow: UnitOfWork, s: RecordState) => {
  if (s.nameIndexes === undefined) return;
  await uow.trx
    .deleteFrom('record_name_indexes')
    .where('vault_id', '=', s.vaultId)
    .where('record_id', '=', s.id)
    .execute();
  const unique = [...new Set(s.nameIndexes)];
  if (unique.length === 0) return;
  await uow.trx
    .insertInto('record_name_indexes')
    .values(unique.map((name_index) => ({ vault_id: s.vaultId, record_id: s.id, name_index })))
    .execute();
};

/** Rewrites a record's codes and links from its coded part (same transaction as the change). */
export const replaceSearchTerms = async (
  uow: UnitOfWork,
  s: { vaultId: string; id: string; kind: RecordKind; coded: Readonly<Record<string, unknown>> },
): Promise<void> => {
  const codes = indexedCodesOf(s.kind, s.coded);
  const links = indexedLinksOf(s.kind, s.coded).filter((l) => l.targetId !== s.id);
  await uow.trx
    .deleteFrom('record_codes')
    .where('vault_id', '=', s.vaultId)
    .where('record_id', '=', s.id)
    .execute();
  await uow.trx
    .deleteFrom('record_links')
    .where('vault_id', '=', s.vaultId)
    .where('record_id', '=', s.id)
    .execute();
  if (codes.length > 0) {
    await uow.trx
      .insertInto('record_codes')
      .values(
        codes.map((c) => ({ vault_id: s.vaultId, record_id: s.id, field: c.field, code: c.code })),
      )
      .execute();
  }
  if (links.length > 0) {
    await uow.trx
      .insertInto('record_links')
      .values(
        links.map((l) => ({
          vault_id: s.vaultId,
          record_id: s.id,
          field: l.field,
          target_id: l.targetId,
        })),
      )
      .execute();
  }
};

/** Inserts a new record with its first version and records `record.create`. */
export const insertRecord = async (uow: UnitOfWork, s: RecordState, c: Change): Promise<void> => {
  await uow.trx
    .insertInto('records')
    .values({
      vault_id: s.vaultId,
      id: s.id,
      kind: s.kind,
      coded: JSON.stringify(s.coded),
      sealed: s.sealed,
      key_version: s.keyVersion,
      version: s.version,
      earliest_day: s.earliestDay,
      latest_day: s.latestDay,
      created_at: c.at,
      created_by: c.actor,
      updated_at: c.at,
      updated_by: c.actor,
    })
    .execute();
  await appendVersion(uow, s, c, false);
  await replaceNameIndexes(uow, s);
  await replaceSearchTerms(uow, s);
  await uow.record({
    chain: s.vaultId,
    actor: c.actor,
    action: 'record.create',
    subjectType: s.kind,
    subjectId: s.id,
    data: { version: s.version, keyVersion: s.keyVersion },
  });
};

/**
 * Writes a record's new state (content, deletion or restoration), keeps it as a version and
 * records `record.<change>`.
 */
export const writeRecord = async (
  uow: UnitOfWork,
  s: RecordState,
  c: Change,
  deleted: boolean,
): Promise<void> => {
  await uow.trx
    .updateTable('records')
    .set({
      coded: JSON.stringify(s.coded),
      sealed: s.sealed,
      key_version: s.keyVersion,
      version: s.version,
      earliest_day: s.earliestDay,
      latest_day: s.latestDay,
      deleted_at: deleted ? c.at : null,
      deleted_by: deleted ? c.actor : null,
      updated_at: c.at,
      updated_by: c.actor,
    })
    .where('vault_id', '=', s.vaultId)
    .where('id', '=', s.id)
    .execute();
  await appendVersion(uow, s, c, deleted);
  await replaceNameIndexes(uow, s);
  if (c.change === 'update') await replaceSearchTerms(uow, s);
  await uow.record({
    chain: s.vaultId,
    actor: c.actor,
    action: `record.${c.change}`,
    subjectType: s.kind,
    subjectId: s.id,
    data: { version: s.version, keyVersion: s.keyVersion },
  });
};
