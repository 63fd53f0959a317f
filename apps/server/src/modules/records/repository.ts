import { sql, type RawBuilder } from 'kysely';
import { facilityFields, indexedCodesOf, indexedLinksOf, type RecordKind } from '@vigil/core';
import { lockChain, type Queryable } from '../audit/repository';
import type { AuditInput, UnitOfWork } from '../audit/log';

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

/** Every relation field naming a facility, of any kind. */
const FACILITY_FIELDS = facilityFields();

/**
 * Marks facilities as changed in a vault (migration 0011), so that facility pages and map values
 * computed before are not served again. `targets` selects distinct `target_id`s in id order, so
 * that concurrent writers lock the rows alike.
 */
const touchFacilities = async (uow: UnitOfWork, vaultId: string, targets: RawBuilder<unknown>) => {
  await sql`
    INSERT INTO facility_activity (vault_id, facility_id, generation)
    SELECT ${vaultId}, t.target_id, nextval('facility_activity_seq') FROM (${targets}) t
    ON CONFLICT (vault_id, facility_id) DO UPDATE SET generation = EXCLUDED.generation`.execute(
    uow.trx,
  );
};

/** Marks the facilities a record's links name (called with the links of before and after). */
const touchFacilitiesOf = (uow: UnitOfWork, vaultId: string, recordId: string) =>
  touchFacilities(
    uow,
    vaultId,
    sql`SELECT DISTINCT target_id FROM record_links
      WHERE vault_id = ${vaultId} AND record_id = ${recordId}
        AND field IN (${sql.join(FACILITY_FIELDS)})
      ORDER BY target_id`,
  );

/** Rewrites a record's codes and links from its coded part (same transaction as the change). */
export const replaceSearchTerms = async (
  uow: UnitOfWork,
  s: { vaultId: string; id: string; kind: RecordKind; coded: Readonly<Record<string, unknown>> },
): Promise<void> => {
  const codes = indexedCodesOf(s.kind, s.coded);
  const links = indexedLinksOf(s.kind, s.coded).filter((l) => l.targetId !== s.id);
  await touchFacilitiesOf(uow, s.vaultId, s.id);
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
    await touchFacilitiesOf(uow, s.vaultId, s.id);
  }
};

/**
 * Every record write takes the vault's audit-chain lock (which its audit event needs anyway)
 * before it stamps the record from record_change_seq: within a vault the stamps then follow the
 * order of commits, which is what readers of changes rely on (migration 0012).
 */
const lockVault = (uow: UnitOfWork, vaultId: string) => lockChain(uow.trx, vaultId);

/** Inserts a new record with its first version and records `record.create`. */
export const insertRecord = async (uow: UnitOfWork, s: RecordState, c: Change): Promise<void> => {
  await lockVault(uow, s.vaultId);
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
  await lockVault(uow, s.vaultId);
  await uow.trx
    .updateTable('records')
    .set({
      change_seq: sql<string>`nextval('record_change_seq')`,
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
  // A deletion or restoration keeps the links, but changes what the facilities they name show.
  if (c.change === 'update') await replaceSearchTerms(uow, s);
  else await touchFacilitiesOf(uow, s.vaultId, s.id);
  await uow.record({
    chain: s.vaultId,
    actor: c.actor,
    action: `record.${c.change}`,
    subjectType: s.kind,
    subjectId: s.id,
    data: { version: s.version, keyVersion: s.keyVersion },
  });
};

/**
 * Writes every record staged by an import (table `import_records`, wire form) as new records of
 * the vault, each with its first version (change `create`) and its name indexes: three set-based
 * INSERT … SELECT statements, so the sealed envelopes never travel back through the server's
 * memory, then the caller's audit event (e.g. `import.commit` with the count), in the same
 * transaction: records are never written without an audit event. The caller has checked ids,
 * relations and key versions.
 */
export const insertStagedRecords = async (
  uow: UnitOfWork,
  staged: { readonly vaultId: string; readonly importId: string },
  c: Change,
  audit: Omit<AuditInput, 'actor'>,
): Promise<void> => {
  const { vaultId, importId } = staged;
  await lockVault(uow, vaultId);
  const coded = sql`i.record - 'sealed' - 'keyVersion' - 'nameIndexes'`;
  const keyVersion = sql`(i.record ->> 'keyVersion')::integer`;
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
      latest_day, created_at, created_by, updated_at, updated_by)
    SELECT ${vaultId}, i.id, i.kind, ${coded}, i.record ->> 'sealed', ${keyVersion}, 1,
      i.earliest_day, i.latest_day, ${c.at}, ${c.actor}, ${c.at}, ${c.actor}
    FROM import_records i WHERE i.import_id = ${importId}`.execute(uow.trx);
  await sql`
    INSERT INTO record_versions (vault_id, record_id, version, kind, change, coded, sealed,
      key_version, deleted, changed_at, changed_by)
    SELECT ${vaultId}, i.id, 1, i.kind, ${c.change}, ${coded}, i.record ->> 'sealed',
      ${keyVersion}, false, ${c.at}, ${c.actor}
    FROM import_records i WHERE i.import_id = ${importId}`.execute(uow.trx);
  await sql`
    INSERT INTO record_name_indexes (vault_id, record_id, name_index)
    SELECT DISTINCT ${vaultId}::uuid, n.id, n.name_index
    FROM (SELECT i.id, jsonb_array_elements_text(i.record -> 'nameIndexes') AS name_index
          FROM import_records i
          WHERE i.import_id = ${importId} AND jsonb_typeof(i.record -> 'nameIndexes') = 'array') n`.execute(
    uow.trx,
  );
  // Filters and linkedTo read these: imported records are found like created ones.
  await sql`
    INSERT INTO record_codes (vault_id, record_id, field, code)
    SELECT DISTINCT ${vaultId}::uuid, i.id, t ->> 'field', t ->> 'code'
    FROM import_records i, jsonb_array_elements(i.codes) t
    WHERE i.import_id = ${importId}`.execute(uow.trx);
  await sql`
    INSERT INTO record_links (vault_id, record_id, field, target_id)
    SELECT DISTINCT ${vaultId}::uuid, i.id, t ->> 'field', (t ->> 'targetId')::uuid
    FROM import_records i, jsonb_array_elements(i.links) t
    WHERE i.import_id = ${importId}`.execute(uow.trx);
  await touchFacilities(
    uow,
    vaultId,
    sql`SELECT DISTINCT (t ->> 'targetId')::uuid AS target_id
      FROM import_records i, jsonb_array_elements(i.links) t
      WHERE i.import_id = ${importId} AND t ->> 'field' IN (${sql.join(FACILITY_FIELDS)})
      ORDER BY 1`,
  );
  await uow.record({ ...audit, actor: c.actor });
};

/** Rows per query when looking ids up in bulk. */
const BATCH_ROWS = 1000;

const chunksOf = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};

/** Which of `ids` some vault already holds (ids are unique across vaults). */
export const idsTaken = async (q: Queryable, ids: readonly string[]): Promise<Set<string>> => {
  const taken = new Set<string>();
  for (const chunk of chunksOf(ids, BATCH_ROWS)) {
    if (chunk.length === 0) continue;
    const rows = await q.selectFrom('records').select('id').where('id', 'in', chunk).execute();
    for (const r of rows) taken.add(r.id);
  }
  return taken;
};
