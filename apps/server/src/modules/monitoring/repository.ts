import { sql, type RawBuilder } from 'kysely';
import type { PeriodBucket } from '@vigil/core';
import type { Queryable } from '../audit/repository';

/**
 * SQL over the coded part of a vault's records for facility pages, maps and alerts. Counts over
 * incidents are aggregated in the database (a facility may have tens of thousands); detentions,
 * reports and findings are few enough per facility to read as rows.
 */

export interface DayFilter {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The facility and those merged into it (their records count for it). */
export const facilityFamily = async (q: Queryable, facilityId: string): Promise<string[]> => {
  const rows = await q
    .selectFrom('facilities')
    .select('id')
    .where('merged_into', '=', facilityId)
    .execute();
  return [facilityId, ...rows.map((r) => r.id)];
};

/** Every facility merged into another, mapped to the one it joined. */
export const mergedFacilities = async (q: Queryable): Promise<Map<string, string>> => {
  const rows = await q
    .selectFrom('facilities')
    .select(['id', 'merged_into'])
    .where('merged_into', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.merged_into as string]));
};

/**
 * A fingerprint of the vault's records naming these facilities (all facilities when undefined):
 * it changes with every committed change of such a record (migration 0011).
 */
export const facilityActivity = async (
  q: Queryable,
  vaultId: string,
  facilities?: readonly string[],
): Promise<string> => {
  const { rows } = await sql<{ n: number; s: string | null }>`
    SELECT count(*)::int AS n, sum(generation)::text AS s
    FROM facility_activity
    WHERE vault_id = ${vaultId}
      ${facilities === undefined ? sql`` : sql`AND facility_id IN (${sql.join(facilities)})`}`.execute(
    q,
  );
  return `${rows[0]?.n ?? 0}:${rows[0]?.s ?? 0}`;
};

const overlaps = (days: DayFilter): RawBuilder<unknown> =>
  sql`${days.from === undefined ? sql`TRUE` : sql`(r.latest_day IS NULL OR r.latest_day >= ${days.from}::date)`}
    AND ${days.to === undefined ? sql`TRUE` : sql`(r.earliest_day IS NULL OR r.earliest_day <= ${days.to}::date)`}`;

/** Records of one kind that name one of the facilities, as a CTE body (id, day, coded). */
const linked = (
  vaultId: string,
  facilities: readonly string[],
  kind: string,
  days: DayFilter,
): RawBuilder<unknown> => sql`
  SELECT r.id, r.earliest_day AS day, r.latest_day AS last_day, r.coded
  FROM record_links l
  JOIN records r ON r.vault_id = l.vault_id AND r.id = l.record_id
  WHERE l.vault_id = ${vaultId}
    AND l.target_id IN (${sql.join(facilities)})
    AND l.field = 'facility'
    AND r.kind = ${kind}
    AND r.deleted_at IS NULL
    AND ${overlaps(days)}`;

/** The SQL of a period bucket, formatted like @vigil/core `bucketOf`. */
const bucketSql = (bucket: PeriodBucket, column: RawBuilder<unknown>): RawBuilder<string> =>
  bucket === 'year'
    ? sql<string>`to_char(${column}, 'YYYY')`
    : bucket === 'month'
      ? sql<string>`to_char(${column}, 'YYYY-MM')`
      : sql<string>`to_char(${column}, 'YYYY-"Q"Q')`;

export interface IncidentPeriodRow {
  period: string | null;
  incidents: number;
  victims: number;
  deaths: string[] | null;
  isolation: string[] | null;
}

/** Incidents at the facilities by period: counts, distinct victims, deaths and isolation ids. */
export const incidentsByPeriod = async (
  q: Queryable,
  vaultId: string,
  facilities: readonly string[],
  days: DayFilter,
  bucket: PeriodBucket,
): Promise<{ periods: IncidentPeriodRow[]; total: number; victims: number }> => {
  const { rows } = await sql<IncidentPeriodRow & { grouping: number }>`
    WITH inc AS (${linked(vaultId, facilities, 'incident', days)}),
    iso AS (
      SELECT DISTINCT c.record_id AS id
      FROM record_codes c
      WHERE c.vault_id = ${vaultId} AND c.field = 'methods' AND c.code LIKE '0318%'
        AND c.record_id IN (SELECT id FROM inc)
    )
    SELECT ${bucketSql(bucket, sql`inc.day`)} AS period,
      count(*)::int AS incidents,
      count(DISTINCT inc.coded ->> 'victim')::int AS victims,
      array_agg(inc.id) FILTER (WHERE inc.coded ->> 'actType' LIKE '0101%') AS deaths,
      array_agg(inc.id) FILTER (WHERE iso.id IS NOT NULL) AS isolation,
      GROUPING(${bucketSql(bucket, sql`inc.day`)})::int AS grouping
    FROM inc LEFT JOIN iso ON iso.id = inc.id
    GROUP BY ROLLUP (${bucketSql(bucket, sql`inc.day`)})
    ORDER BY 1 NULLS FIRST`.execute(q);
  const totalRow = rows.find((r) => r.grouping === 1);
  return {
    periods: rows.filter((r) => r.grouping === 0),
    total: totalRow?.incidents ?? 0,
    victims: totalRow?.victims ?? 0,
  };
};

/** Incidents at the facilities by method code (an incident counts once per method). */
export const incidentsByMethod = async (
  q: Queryable,
  vaultId: string,
  facilities: readonly string[],
  days: DayFilter,
): Promise<{ code: string; incidents: number }[]> => {
  const { rows } = await sql<{ code: string; incidents: number }>`
    WITH inc AS (${linked(vaultId, facilities, 'incident', days)})
    SELECT c.code, count(DISTINCT c.record_id)::int AS incidents
    FROM record_codes c
    WHERE c.vault_id = ${vaultId} AND c.field = 'methods' AND c.record_id IN (SELECT id FROM inc)
    GROUP BY c.code
    ORDER BY incidents DESC, c.code`.execute(q);
  return rows;
};

export interface LinkedRow {
  id: string;
  day: string | null;
  last_day: string | null;
  coded: Record<string, unknown>;
}

/** Records of a kind that name the facilities, as rows (for the few-per-facility kinds). */
export const linkedRecords = async (
  q: Queryable,
  vaultId: string,
  facilities: readonly string[],
  kind: 'detention' | 'monitoring-report' | 'monitoring-finding',
  days: DayFilter,
): Promise<LinkedRow[]> => {
  const { rows } =
    await sql<LinkedRow>`${linked(vaultId, facilities, kind, days)} ORDER BY r.earliest_day NULLS FIRST, r.id`.execute(
      q,
    );
  return rows;
};

/** Per facility (as stored in the links), a count of incidents for the map. */
export const incidentCountsByFacility = async (
  q: Queryable,
  vaultId: string,
  days: DayFilter,
  measure: 'incidents' | 'victims' | 'deaths-recorded' | 'isolation-incidents',
): Promise<{ facility: string; value: number }[]> => {
  const value =
    measure === 'victims'
      ? sql`count(DISTINCT r.coded ->> 'victim')`
      : measure === 'deaths-recorded'
        ? sql`count(*) FILTER (WHERE r.coded ->> 'actType' LIKE '0101%')`
        : measure === 'isolation-incidents'
          ? sql`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM record_codes c WHERE c.vault_id = r.vault_id AND c.record_id = r.id AND c.field = 'methods' AND c.code LIKE '0318%'))`
          : sql`count(*)`;
  const { rows } = await sql<{ facility: string; value: number }>`
    SELECT l.target_id AS facility, (${value})::int AS value
    FROM record_links l
    JOIN records r ON r.vault_id = l.vault_id AND r.id = l.record_id
    WHERE l.vault_id = ${vaultId} AND l.field = 'facility' AND r.kind = 'incident'
      AND r.deleted_at IS NULL AND ${overlaps(days)}
    GROUP BY l.target_id`.execute(q);
  return rows;
};

/** Every detention of the vault, coded fields the alert rules read. */
export const detentionsForAlerts = async (q: Queryable, vaultId: string) => {
  const { rows } = await sql<{
    id: string;
    day: string | null;
    last_day: string | null;
    coded: Record<string, unknown>;
  }>`
    SELECT r.id, r.earliest_day AS day, r.latest_day AS last_day, r.coded
    FROM records r
    WHERE r.vault_id = ${vaultId} AND r.kind = 'detention' AND r.deleted_at IS NULL`.execute(q);
  return rows;
};

/** Coded status of the given people. */
export const personStatuses = async (
  q: Queryable,
  vaultId: string,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: string; status: string | null }>`
    SELECT r.id, r.coded ->> 'status' AS status
    FROM records r
    WHERE r.vault_id = ${vaultId} AND r.kind = 'person' AND r.deleted_at IS NULL
      AND r.id IN (${sql.join(ids)})`.execute(q);
  return new Map(rows.filter((r) => r.status !== null).map((r) => [r.id, r.status as string]));
};

/** Incidents naming a facility dated on or after `since`: the material of cluster alerts. */
export const recentIncidents = async (q: Queryable, vaultId: string, since: string) => {
  const { rows } = await sql<{ id: string; facility: string; day: string }>`
    SELECT r.id, l.target_id AS facility, r.earliest_day AS day
    FROM records r
    JOIN record_links l ON l.vault_id = r.vault_id AND l.record_id = r.id AND l.field = 'facility'
    WHERE r.vault_id = ${vaultId} AND r.kind = 'incident' AND r.deleted_at IS NULL
      AND r.earliest_day >= ${since}::date`.execute(q);
  return rows;
};
