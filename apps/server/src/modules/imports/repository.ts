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

/** Moves an open import's expiry on (after an upload). */
export const extendImport = (q: Queryable, id: string, expiresAt: Date) =>
  q.updateTable('imports').set({ expires_at: expiresAt }).where('id', '=', id).execute();

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

/** Every staged record's row, id and kind, in row order (no content: cheap for 100,000 rows). */
export const stagedIndex = (q: Queryable, importId: string) =>
  q
    .selectFrom('import_records')
    .select(['row_index', 'id', 'kind'])
    .where('import_id', '=', importId)
    .orderBy('row_index', 'asc')
    .execute();

/**
 * A page of staged records, rows from `fromRow` on, in row order: the coded part and key version
 * only (the envelope and name indexes stay in the database).
 */
export const stagedPage = (q: Queryable, importId: string, fromRow: number, limit: number) =>
  q
    .selectFrom('import_records')
    .select([
      'row_index',
      'id',
      'kind',
      sql<Record<string, unknown>>`record - 'sealed' - 'nameIndexes'`.as('record'),
    ])
    .where('import_id', '=', importId)
    // A range, not `>= fromRow LIMIT n`: each page reads only its own rows through the key.
    .where('row_index', '>=', fromRow)
    .where('row_index', '<', fromRow + limit)
    .orderBy('row_index', 'asc')
    .execute();
