import type { LinkDecision, LinkDecisionValue, LinkRunSummary } from '@vigil/core';
import { sql, type Selectable } from 'kysely';
import type { LinkDecisionsTable, LinkRunsTable } from '../../platform/db/schema';
import type { UnitOfWork } from '../audit/log';
import type { Queryable } from '../audit/repository';

/**
 * Plain queries over the linkage tables (migration 0014): decisions on pairs, runs and their
 * assignments. Ids, cluster ids, codes and numbers only. Long id lists travel as ONE text
 * parameter split in SQL (`string_to_array`): set-based, and the same on both engines.
 */

type DecisionRow = Selectable<LinkDecisionsTable>;
type RunRow = Selectable<LinkRunsTable>;

const iso = (d: Date | string): string => new Date(d).toISOString();

export const toLinkDecision = (r: DecisionRow): LinkDecision =>
  ({
    id: r.id,
    recordA: r.record_a,
    recordB: r.record_b,
    decision: r.decision,
    probability: r.probability,
    decidedBy: r.decided_by,
    decidedAt: iso(r.decided_at),
  }) as LinkDecision;

export const toLinkRunSummary = (r: RunRow): LinkRunSummary =>
  ({
    number: r.number,
    createdAt: iso(r.created_at),
    createdBy: r.created_by,
    records: r.records,
    clusters: r.clusters,
    basedOn: r.based_on,
    restoredFrom: r.restored_from,
    settings: r.settings,
  }) as LinkRunSummary;

/** Appends a decision. */
export const insertDecision = (
  uow: UnitOfWork,
  row: {
    vault_id: string;
    id: string;
    record_a: string;
    record_b: string;
    decision: LinkDecisionValue;
    probability: number | null;
    decided_at: Date;
    decided_by: string;
  },
): Promise<DecisionRow> =>
  uow.trx.insertInto('link_decisions').values(row).returningAll().executeTakeFirstOrThrow();

/** Every decision of the vault, newest first. */
export const decisionHistory = (q: Queryable, vaultId: string): Promise<DecisionRow[]> =>
  q
    .selectFrom('link_decisions')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .orderBy('seq', 'desc')
    .execute();

/** The latest decision of each pair, withdrawn ones left out, by pair. */
export const currentDecisions = async (q: Queryable, vaultId: string): Promise<DecisionRow[]> => {
  const { rows } = await sql<DecisionRow>`
    SELECT * FROM (
      SELECT DISTINCT ON (record_a, record_b) *
      FROM link_decisions WHERE vault_id = ${vaultId}
      ORDER BY record_a, record_b, seq DESC) d
    WHERE d.decision <> 'withdrawn'
    ORDER BY d.record_a, d.record_b`.execute(q);
  return rows;
};

/** The latest decision on one pair (withdrawn included), or undefined. */
export const latestDecisionOf = (
  q: Queryable,
  vaultId: string,
  recordA: string,
  recordB: string,
): Promise<DecisionRow | undefined> =>
  q
    .selectFrom('link_decisions')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .where('record_a', '=', recordA)
    .where('record_b', '=', recordB)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Current decisions counted by kind. */
export const decisionCounts = async (
  q: Queryable,
  vaultId: string,
): Promise<{ match: number; nonMatch: number; unsure: number }> => {
  const { rows } = await sql<{ decision: string; n: number }>`
    SELECT d.decision, count(*)::int AS n FROM (
      SELECT DISTINCT ON (record_a, record_b) decision
      FROM link_decisions WHERE vault_id = ${vaultId}
      ORDER BY record_a, record_b, seq DESC) d
    GROUP BY d.decision`.execute(q);
  const of = (d: string) => rows.find((r) => r.decision === d)?.n ?? 0;
  return { match: of('match'), nonMatch: of('non-match'), unsure: of('unsure') };
};

/** Why a record id cannot be linked, or null when it is a live person record of the vault. */
export type RecordProblem = 'missing' | 'not-person' | 'deleted';

/**
 * The ids among `ids` that are not live person records of the vault, with why, in input order
 * (at most `limit`). One query, whatever the number of ids.
 */
export const recordProblems = async (
  q: Queryable,
  vaultId: string,
  ids: readonly string[],
  limit: number,
): Promise<{ index: number; id: string; problem: RecordProblem }[]> => {
  if (ids.length === 0) return [];
  const { rows } = await sql<{ i: string; id: string; kind: string | null; deleted: boolean }>`
    SELECT t.i::text AS i, t.id::text AS id, r.kind, r.deleted_at IS NOT NULL AS deleted
    FROM unnest(string_to_array(${ids.join(',')}, ',')::uuid[]) WITH ORDINALITY AS t(id, i)
    LEFT JOIN records r ON r.vault_id = ${vaultId} AND r.id = t.id
    WHERE r.id IS NULL OR r.kind <> 'person' OR r.deleted_at IS NOT NULL
    ORDER BY t.i
    LIMIT ${limit}`.execute(q);
  return rows.map((r) => ({
    index: Number(r.i) - 1,
    id: r.id,
    problem: r.kind === null ? 'missing' : r.kind !== 'person' ? 'not-person' : 'deleted',
  }));
};

/** The vault's latest run, or undefined. */
export const latestRun = (q: Queryable, vaultId: string): Promise<RunRow | undefined> =>
  q
    .selectFrom('link_runs')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();

export const findRun = (
  q: Queryable,
  vaultId: string,
  number: number,
): Promise<RunRow | undefined> =>
  q
    .selectFrom('link_runs')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .where('number', '=', number)
    .executeTakeFirst();

export const listRuns = (q: Queryable, vaultId: string): Promise<RunRow[]> =>
  q
    .selectFrom('link_runs')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .orderBy('number', 'desc')
    .execute();

export const insertRun = (
  uow: UnitOfWork,
  row: {
    vault_id: string;
    number: number;
    based_on: number | null;
    restored_from: number | null;
    settings: Record<string, number>;
    records: number;
    clusters: number;
    created_at: Date;
    created_by: string;
  },
): Promise<RunRow> =>
  uow.trx
    .insertInto('link_runs')
    .values({ ...row, settings: JSON.stringify(row.settings) })
    .returningAll()
    .executeTakeFirstOrThrow();

/** Rows per INSERT: each statement carries three text parameters of this many values. */
const BATCH = 250_000;

/** Inserts a run's assignments, set-based, a batch of 50,000 per statement. */
export const insertAssignments = async (
  uow: UnitOfWork,
  vaultId: string,
  run: number,
  assignments: readonly {
    readonly recordId: string;
    readonly clusterId: string;
    readonly probability: number | null;
  }[],
): Promise<void> => {
  for (let start = 0; start < assignments.length; start += BATCH) {
    const part = assignments.slice(start, start + BATCH);
    const records = part.map((a) => a.recordId).join(',');
    const clusters = part.map((a) => a.clusterId).join(',');
    // '' stands for null; numbers are written in full (String keeps every digit of a double).
    const probabilities = part
      .map((a) => (a.probability === null ? '' : String(a.probability)))
      .join(',');
    await sql`
      INSERT INTO link_assignments (vault_id, run, record_id, cluster_id, probability)
      SELECT ${vaultId}, ${run}, t.r::uuid, t.c, t.p::float8
      FROM unnest(string_to_array(${records}, ','), string_to_array(${clusters}, ','),
        string_to_array(${probabilities}, ',', '')) AS t(r, c, p)`.execute(uow.trx);
  }
  await analyseAssignments(uow);
};

/**
 * Refreshes the planner's statistics of `link_assignments` after a run is written. Without them a
 * table that just grew by a large run looks empty to PostgreSQL, which then joins it to the
 * records by scanning it once per record: minutes for the people count of 100,000 records.
 */
const analyseAssignments = async (uow: UnitOfWork): Promise<void> => {
  await sql`ANALYZE link_assignments`.execute(uow.trx);
};

/** Copies run `from`'s assignments into run `to`, in the database. */
export const copyAssignments = async (
  uow: UnitOfWork,
  vaultId: string,
  from: number,
  to: number,
): Promise<void> => {
  await sql`
    INSERT INTO link_assignments (vault_id, run, record_id, cluster_id, probability)
    SELECT vault_id, ${to}, record_id, cluster_id, probability
    FROM link_assignments WHERE vault_id = ${vaultId} AND run = ${from}`.execute(uow.trx);
  await analyseAssignments(uow);
};

/**
 * A run's assignments ordered by record id, read as one string of lines (the embedded engine
 * pays per row and column it returns; a run may hold a million).
 */
export const runAssignments = async (
  q: Queryable,
  vaultId: string,
  run: number,
): Promise<{ recordId: string; clusterId: string; probability: number | null }[]> => {
  const { rows } = await sql<{ page: string | null }>`
    SELECT string_agg(concat_ws(',', record_id::text, cluster_id, coalesce(probability::text, '')),
      E'\n' ORDER BY record_id) AS page
    FROM link_assignments WHERE vault_id = ${vaultId} AND run = ${run}`.execute(q);
  const page = rows[0]?.page ?? null;
  if (page === null) return [];
  return page.split('\n').map((line) => {
    const [recordId = '', clusterId = '', p = ''] = line.split(',');
    return { recordId, clusterId, probability: p === '' ? null : Number(p) };
  });
};

/** Live person records, those with a cluster in `run`, and distinct people. */
export const peopleCounts = async (
  q: Queryable,
  vaultId: string,
  run: number | null,
): Promise<{ personRecords: number; clusteredRecords: number; people: number }> => {
  const { rows } = await sql<{ records: number; clustered: number; people: number }>`
    SELECT count(*)::int AS records, count(a.record_id)::int AS clustered,
      (count(DISTINCT a.cluster_id) + count(*) FILTER (WHERE a.record_id IS NULL))::int AS people
    FROM records r
    LEFT JOIN link_assignments a
      ON a.vault_id = r.vault_id AND a.run = ${run ?? 0} AND a.record_id = r.id
    WHERE r.vault_id = ${vaultId} AND r.kind = 'person' AND r.deleted_at IS NULL`.execute(q);
  const row = rows[0];
  return {
    personRecords: row?.records ?? 0,
    clusteredRecords: row?.clustered ?? 0,
    people: row?.people ?? 0,
  };
};

/** What the overlap pattern needs of a live person record. */
export interface PatternPerson {
  readonly id: string;
  readonly sex: string | null;
  readonly ageBand: string | null;
  readonly birthYear: number | null;
}

/** What the overlap pattern needs of a live incident. */
export interface PatternIncident {
  readonly victim: string;
  readonly sources: readonly string[];
  /** The incident's year when its date lies within one year, else null. */
  readonly year: number | null;
  readonly facility: string | null;
  readonly region: string | null;
}

const orNull = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
const ids = (json: string | undefined): string[] => {
  if (json === undefined || json === '') return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
};

/**
 * One string of tab-separated lines per query: every field is an id, a year, a code or a JSON
 * array of ids (the record schemas refuse tabs and line breaks in all of them).
 */
const lines = async (q: Queryable, query: ReturnType<typeof sql<{ page: string | null }>>) => {
  const { rows } = await query.execute(q);
  const page = rows[0]?.page ?? null;
  return page === null ? [] : page.split('\n').map((l) => l.split('\t'));
};

/** The live person records of the vault, with their coded sex, age band and birth year. */
export const patternPeople = async (q: Queryable, vaultId: string): Promise<PatternPerson[]> =>
  (
    await lines(
      q,
      sql<{ page: string | null }>`
        SELECT string_agg(concat_ws(E'\t', r.id::text, coalesce(r.coded ->> 'sex', ''),
          coalesce(r.coded ->> 'ageBand', ''), coalesce(r.coded ->> 'birthYear', '')), E'\n') AS page
        FROM records r
        WHERE r.vault_id = ${vaultId} AND r.kind = 'person' AND r.deleted_at IS NULL`,
    )
  ).map((f) => {
    const born = orNull(f[3]);
    return {
      id: f[0] ?? '',
      sex: orNull(f[1]),
      ageBand: orNull(f[2]),
      birthYear: born === null ? null : Number(born),
    };
  });

/** The live incidents of the vault (each names its victim; sources may be none). */
export const patternIncidents = async (q: Queryable, vaultId: string): Promise<PatternIncident[]> =>
  (
    await lines(
      q,
      sql<{ page: string | null }>`
        SELECT string_agg(concat_ws(E'\t', r.coded ->> 'victim', coalesce((r.coded -> 'sources')::text, '[]'),
          CASE WHEN extract(year FROM r.earliest_day) = extract(year FROM r.latest_day)
            THEN extract(year FROM r.earliest_day)::int::text ELSE '' END,
          coalesce(r.coded ->> 'facility', ''), coalesce(r.coded ->> 'region', '')), E'\n') AS page
        FROM records r
        WHERE r.vault_id = ${vaultId} AND r.kind = 'incident' AND r.deleted_at IS NULL
          AND r.coded ? 'victim'`,
    )
  ).map((f) => {
    const year = orNull(f[2]);
    return {
      victim: f[0] ?? '',
      sources: ids(f[1]),
      year: year === null ? null : Number(year),
      facility: orNull(f[3]),
      region: orNull(f[4]),
    };
  });

/** The value of one coded field of each live source record that has it, by source id. */
export const sourceCodes = async (
  q: Queryable,
  vaultId: string,
  field: 'materialType' | 'connection' | 'organisation',
): Promise<Map<string, string>> =>
  new Map(
    (
      await lines(
        q,
        sql<{ page: string | null }>`
          SELECT string_agg(concat_ws(E'\t', r.id::text, r.coded ->> ${field}), E'\n') AS page
          FROM records r
          WHERE r.vault_id = ${vaultId} AND r.kind = 'source' AND r.deleted_at IS NULL
            AND r.coded ->> ${field} IS NOT NULL`,
      )
    ).map((f) => [f[0] ?? '', f[1] ?? ''] as const),
  );
