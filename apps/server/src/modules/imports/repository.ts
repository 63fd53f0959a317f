import { sql } from 'kysely';
import type { Queryable } from '../audit/repository';

const importColumns = [
  'id',
  'vault_id',
  'created_by',
  'created_at',
  'total',
  'state',
  'expires_at',
] as const;

/** One import session of the vault, or undefined. `forUpdate` locks it for a change. */
export const findImport = (q: Queryable, vaultId: string, id: string, forUpdate = false) => {
  const query = q
    .selectFrom('imports')
    .select(importColumns)
    .where('vault_id', '=', vaultId)
    .where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};
export type ImportRow = NonNullable<Awaited<ReturnType<typeof findImport>>>;

/** Opens a new import session. */
export const insertImport = (
  q: Queryable,
  row: {
    id: string;
    vaultId: string;
    actor: string;
    total: number;
    at: Date;
    expiresAt: Date;
  },
) =>
  q
    .insertInto('imports')
    .values({
      id: row.id,
      vault_id: row.vaultId,
      created_by: row.actor,
      created_at: row.at,
      total: row.total,
      state: 'open',
      expires_at: row.expiresAt,
    })
    .execute();

/** After an upload: counts what it staged and moves the expiry on; returns the staged total. */
export const extendImport = async (
  q: Queryable,
  id: string,
  added: number,
  expiresAt: Date,
): Promise<number> => {
  const row = await q
    .updateTable('imports')
    .set((eb) => ({ expires_at: expiresAt, staged: eb('staged', '+', added) }))
    .where('id', '=', id)
    .returning('staged')
    .executeTakeFirstOrThrow();
  return row.staged;
};

/** Ends an import (committed, aborted or expired) and drops its staged records. */
export const finishImport = async (
  q: Queryable,
  id: string,
  state: 'committed' | 'aborted' | 'expired',
  at: Date,
): Promise<void> => {
  await q.deleteFrom('import_records').where('import_id', '=', id).execute();
  await q.updateTable('imports').set({ state, finished_at: at }).where('id', '=', id).execute();
};

/** Open imports (of any vault) past their expiry, locked. */
export const staleImports = (q: Queryable, now: Date) =>
  q
    .selectFrom('imports')
    .select(['id', 'vault_id', 'created_by'])
    .where('state', '=', 'open')
    .where('expires_at', '<', now)
    .limit(100)
    .forUpdate()
    .execute();

/** One record to stage: its row in the client's file and its wire form. */
export interface StagedInput {
  readonly rowIndex: number;
  readonly id: string;
  readonly kind: string;
  readonly record: Readonly<Record<string, unknown>>;
  readonly earliestDay: string | null;
  readonly latestDay: string | null;
  /** What record_codes and record_links will hold for it. */
  readonly codes: readonly { field: string; code: string }[];
  readonly links: readonly { field: string; targetId: string }[];
  /** Its relations to records, checked at commit. */
  readonly relations: readonly StagedRelation[];
}

/** A relation of a staged record: `index` is null for a single-valued field. */
export interface StagedRelation {
  readonly field: string;
  readonly index: number | null;
  readonly target: string;
  readonly id: string;
}

/**
 * Stages records; returns how many were new. A row index or record id the import holds already
 * is skipped by the database, so the caller compares the count.
 */
export const stageRecords = async (
  q: Queryable,
  importId: string,
  rows: readonly StagedInput[],
): Promise<number> => {
  const inserted = await q
    .insertInto('import_records')
    .values(
      rows.map((r) => ({
        import_id: importId,
        row_index: r.rowIndex,
        id: r.id,
        kind: r.kind,
        record: JSON.stringify(r.record),
        earliest_day: r.earliestDay,
        latest_day: r.latestDay,
        codes: JSON.stringify(r.codes),
        links: JSON.stringify(r.links),
        relations: JSON.stringify(r.relations),
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('row_index')
    .execute();
  return inserted.length;
};

/** How many records the import holds so far. */
export const countStaged = async (q: Queryable, importId: string): Promise<number> => {
  const row = await q
    .selectFrom('import_records')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('import_id', '=', importId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/** Row indexes (first `limit`, in order) of staged records whose id some vault already holds. */
export const stagedIdsTaken = async (
  q: Queryable,
  importId: string,
  limit: number,
): Promise<number[]> => {
  const { rows } = await sql<{ row_index: number }>`
    SELECT i.row_index FROM import_records i JOIN records r ON r.id = i.id
    WHERE i.import_id = ${importId}
    ORDER BY i.row_index LIMIT ${limit}`.execute(q);
  return rows.map((r) => r.row_index);
};

/** The key version of one staged record sealed under another than `keyVersion`, if any. */
export const stagedOtherKeyVersion = async (
  q: Queryable,
  importId: string,
  keyVersion: number,
): Promise<number | undefined> => {
  const { rows } = await sql<{ key_version: number }>`
    SELECT (record ->> 'keyVersion')::integer AS key_version FROM import_records
    WHERE import_id = ${importId} AND (record ->> 'keyVersion')::integer <> ${keyVersion}
    LIMIT 1`.execute(q);
  return rows[0]?.key_version;
};

/**
 * Relations of staged records (first `limit`, in row order) that name neither a record of the
 * right kind in this import nor one in the vault. A record of the import wins over the vault's:
 * an id both hold is refused anyway, as taken.
 */
export const stagedBrokenRelations = async (
  q: Queryable,
  vaultId: string,
  importId: string,
  limit: number,
): Promise<({ row_index: number; kind: string } & StagedRelation)[]> => {
  const { rows } = await sql<{ row_index: number; kind: string } & StagedRelation>`
    SELECT i.row_index, i.kind, l ->> 'field' AS field, (l ->> 'index')::integer AS index,
      l ->> 'target' AS target, l ->> 'id' AS id
    FROM import_records i
    CROSS JOIN LATERAL jsonb_array_elements(i.relations) WITH ORDINALITY AS e (l, n)
    LEFT JOIN import_records t ON t.import_id = i.import_id AND t.id = (l ->> 'id')::uuid
    LEFT JOIN records r ON r.id = (l ->> 'id')::uuid AND r.vault_id = ${vaultId}
    WHERE i.import_id = ${importId}
      AND COALESCE(t.kind, r.kind) IS DISTINCT FROM l ->> 'target'
    ORDER BY i.row_index, e.n
    LIMIT ${limit}`.execute(q);
  return rows;
};
