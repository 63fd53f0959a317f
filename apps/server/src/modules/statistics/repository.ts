import { sql } from 'kysely';
import type { Queryable } from '../audit/repository';

/** The kinds whose coded part the statistics read. */
export const STAT_KINDS = ['incident', 'person', 'intervention'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

export interface ChangedRecord {
  id: string;
  kind: StatKind;
  coded: Record<string, unknown>;
  day: string | null;
  deleted: boolean;
  seq: string;
}

/** The vault's latest change stamp (migration 0012), '0' for an empty vault. */
export const latestChange = async (q: Queryable, vaultId: string): Promise<string> => {
  const { rows } = await sql<{ seq: string | null }>`
    SELECT max(change_seq)::text AS seq FROM records WHERE vault_id = ${vaultId}`.execute(q);
  return rows[0]?.seq ?? '0';
};

/**
 * Records of the statistics' kinds stamped after `after` and up to `upTo` (deleted ones too,
 * marked), in stamp order, at most `limit`: read page by page, so a first look at a large vault
 * never holds the whole result set twice.
 */
export const changedRecords = async (
  q: Queryable,
  vaultId: string,
  after: string,
  upTo: string,
  limit: number,
): Promise<ChangedRecord[]> => {
  const { rows } = await sql<ChangedRecord>`
    SELECT r.id, r.kind, r.coded, r.earliest_day AS day, r.deleted_at IS NOT NULL AS deleted,
      r.change_seq::text AS seq
    FROM records r
    WHERE r.vault_id = ${vaultId} AND r.change_seq > ${after}::bigint
      AND r.change_seq <= ${upTo}::bigint
      AND r.kind IN (${sql.join(STAT_KINDS)})
    ORDER BY r.change_seq
    LIMIT ${limit}`.execute(q);
  return rows;
};

export interface RegisterEntry {
  id: string;
  type: string;
  region: string;
  merged_into: string | null;
}

/** Type, region and merge of every facility of the register. */
export const registerEntries = (q: Queryable): Promise<RegisterEntry[]> =>
  q.selectFrom('facilities').select(['id', 'type', 'region', 'merged_into']).execute();
