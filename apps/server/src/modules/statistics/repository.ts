import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../audit/repository';

/**
 * The kinds whose coded part the statistics read: incidents and what they are counted by, the
 * sources whose consent decides which incidents aggregate figures for a UN body may count, and
 * the detentions that are a denominator of rates.
 */
export const STAT_KINDS = ['incident', 'person', 'intervention', 'source', 'detention'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

interface Change {
  readonly id: string;
  readonly seq: string;
  readonly deleted: boolean;
}

/** The coded fields statistics read, per kind, of a record that changed. */
export type ChangedRecord =
  | (Change & {
      readonly kind: 'incident';
      readonly day: string | null;
      readonly victim: string | null;
      readonly facility: string | null;
      readonly region: string | null;
      readonly actType: string | null;
      readonly methods: readonly string[];
      readonly agencies: readonly string[];
      /** The sources reporting it (none when absent). */
      readonly sources?: readonly string[];
      /** Its confidentiality level (normal when absent). */
      readonly confidentiality?: string | null;
    })
  | (Change & {
      readonly kind: 'person';
      readonly sex: string | null;
      readonly ageBand: string | null;
      readonly birthYear: number | null;
      readonly groups: readonly string[];
    })
  | (Change & {
      readonly kind: 'intervention';
      readonly incidents: readonly string[];
      readonly outcomes: readonly string[];
    })
  | (Change & {
      readonly kind: 'source';
      /** The uses the source's person authorised. */
      readonly consent: readonly string[];
    })
  | (Change & {
      readonly kind: 'detention';
      readonly facility: string | null;
      /** First and last day of the detention; a null end is ongoing or not known. */
      readonly start: string | null;
      readonly end: string | null;
    });

/**
 * What the facts of a vault rest on, in one query of two index lookups: the latest change stamp
 * of its records (migration 0012; '0' for an empty vault) and the number of its latest linkage
 * run (migration 0014; null before the first). Runs are append-only and numbered in order, so the
 * number is the version of the linkage (a restore is a new number).
 */
export const latestState = async (
  q: Queryable,
  vaultId: string,
): Promise<{ seq: string; linkRun: number | null }> => {
  const { rows } = await sql<{ seq: string | null; run: number | null }>`
    SELECT (SELECT max(change_seq)::text FROM records WHERE vault_id = ${vaultId}) AS seq,
      (SELECT max(number) FROM link_runs WHERE vault_id = ${vaultId}) AS run`.execute(q);
  const row = rows[0];
  return { seq: row?.seq ?? '0', linkRun: row?.run ?? null };
};

/** Below every record id: where reading a run's assignments starts. */
export const FIRST_RECORD_ID = '00000000-0000-0000-0000-000000000000';

/**
 * A page of linkage run `run`'s assignments, ordered by record id, from the first record id after
 * `after`, at most `limit`: one line per assignment in one string (ids and cluster ids hold no
 * comma), read by key so each page is an index range.
 */
export const linkAssignments = async (
  q: Queryable,
  vaultId: string,
  run: number,
  after: string,
  limit: number,
): Promise<{ recordId: string; clusterId: string }[]> => {
  const { rows } = await sql<{ page: string | null }>`
    SELECT string_agg(p.line, E'\n' ORDER BY p.record_id) AS page
    FROM (SELECT a.record_id, concat_ws(',', a.record_id::text, a.cluster_id) AS line
          FROM link_assignments a
          WHERE a.vault_id = ${vaultId} AND a.run = ${run} AND a.record_id > ${after}::uuid
          ORDER BY a.record_id
          LIMIT ${limit}) p`.execute(q);
  const page = rows[0]?.page ?? null;
  if (page === null) return [];
  return page.split('\n').map((line) => {
    const comma = line.indexOf(',');
    return { recordId: line.slice(0, comma), clusterId: line.slice(comma + 1) };
  });
};

const text = (v: RawBuilder<unknown>) => sql`coalesce(${v}, '')`;
/** A coded array (or, for people, all group fields) as JSON text. */
const list = (v: RawBuilder<unknown>) => sql`coalesce((${v})::text, '[]')`;

/**
 * One line per record, fields separated by tabs. Every field is an id, a day, a number, a code of
 * a vocabulary or enum, or a JSON array of those: none holds a tab or a line break (the record
 * schemas refuse them), so the lines split safely. Read this way because the embedded engine
 * costs tens of microseconds per row and column it returns, and a few per line of one string.
 */
const lineOf = sql`concat_ws(E'\t', r.id, r.kind, r.change_seq,
  CASE WHEN r.deleted_at IS NULL THEN '0' ELSE '1' END,
  CASE r.kind
    WHEN 'incident' THEN concat_ws(E'\t', ${text(sql`r.earliest_day::text`)},
      ${text(sql`r.coded ->> 'victim'`)}, ${text(sql`r.coded ->> 'facility'`)},
      ${text(sql`r.coded ->> 'region'`)}, ${text(sql`r.coded ->> 'actType'`)},
      ${list(sql`r.coded -> 'methods'`)},
      ${list(sql`jsonb_path_query_array(r.coded, '$.perpetrators[*].agency')`)},
      ${list(sql`r.coded -> 'sources'`)}, ${text(sql`r.coded ->> 'confidentiality'`)})
    WHEN 'person' THEN concat_ws(E'\t', ${text(sql`r.coded ->> 'sex'`)},
      ${text(sql`r.coded ->> 'ageBand'`)}, ${text(sql`r.coded ->> 'birthYear'`)},
      ${list(sql`jsonb_path_query_array(r.coded, '$.groups[*]') || jsonb_path_query_array(r.coded, '$.groupsEthnicity[*]') || jsonb_path_query_array(r.coded, '$.groupsReligion[*]') || jsonb_path_query_array(r.coded, '$.groupsLgbtq[*]') || jsonb_path_query_array(r.coded, '$.groupsDisability[*]')`)})
    WHEN 'source' THEN ${list(sql`r.coded -> 'consent'`)}
    WHEN 'detention' THEN concat_ws(E'\t', ${text(sql`r.coded ->> 'facility'`)},
      ${text(sql`r.earliest_day::text`)}, ${text(sql`r.latest_day::text`)})
    ELSE concat_ws(E'\t', ${list(sql`r.coded -> 'incidents'`)}, ${list(sql`r.coded -> 'outcome'`)})
  END)`;

const orNull = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
const strings = (json: string | undefined): string[] => {
  if (json === undefined || json === '') return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
};

const parseLine = (line: string): ChangedRecord => {
  const f = line.split('\t');
  const change = { id: f[0] ?? '', seq: f[2] ?? '0', deleted: f[3] === '1' };
  if (f[1] === 'incident') {
    return {
      ...change,
      kind: 'incident',
      day: orNull(f[4]),
      victim: orNull(f[5]),
      facility: orNull(f[6]),
      region: orNull(f[7]),
      actType: orNull(f[8]),
      methods: strings(f[9]),
      agencies: strings(f[10]),
      sources: strings(f[11]),
      confidentiality: orNull(f[12]),
    };
  }
  if (f[1] === 'source') return { ...change, kind: 'source', consent: strings(f[4]) };
  if (f[1] === 'detention') {
    return {
      ...change,
      kind: 'detention',
      facility: orNull(f[4]),
      start: orNull(f[5]),
      end: orNull(f[6]),
    };
  }
  if (f[1] === 'person') {
    const birthYear = orNull(f[6]);
    return {
      ...change,
      kind: 'person',
      sex: orNull(f[4]),
      ageBand: orNull(f[5]),
      birthYear: birthYear === null ? null : Number(birthYear),
      groups: strings(f[7]),
    };
  }
  return { ...change, kind: 'intervention', incidents: strings(f[4]), outcomes: strings(f[5]) };
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
  const { rows } = await sql<{ page: string | null }>`
    SELECT string_agg(p.line, E'\n' ORDER BY p.seq) AS page
    FROM (SELECT ${lineOf} AS line, r.change_seq AS seq
          FROM records r
          WHERE r.vault_id = ${vaultId} AND r.change_seq > ${after}::bigint
            AND r.change_seq <= ${upTo}::bigint
            AND r.kind IN (${sql.join(STAT_KINDS)})
          ORDER BY r.change_seq
          LIMIT ${limit}) p`.execute(q);
  const page = rows[0]?.page ?? null;
  return page === null ? [] : page.split('\n').map(parseLine);
};

export interface RegisterEntry {
  id: string;
  type: string;
  region: string;
  merged_into: string | null;
  /** Places, when the register states them. */
  capacity?: number | null;
}

/** Type, region, merge and capacity of every facility of the register. */
export const registerEntries = (q: Queryable): Promise<RegisterEntry[]> =>
  q
    .selectFrom('facilities')
    .select([
      'id',
      'type',
      'region',
      'merged_into',
      sql<number | null>`(data ->> 'capacity')::int`.as('capacity'),
    ])
    .execute();
