import { codeFilterFields } from '@vigil/core';
import { sql, type RawBuilder } from 'kysely';
import type { Queryable } from '../audit/repository';

/**
 * SQL over the coded part of a vault's records for the records indicators of the risk index:
 * only ids, days and codes are read. Rows come back as tab-separated lines joined into one text
 * per page, because the embedded engine costs tens of microseconds per row and column it returns
 * (as the statistics read their facts). Every field is an id, a day, a code or a JSON array of
 * those: none holds a tab or a line break (the record schemas refuse them).
 */

export interface DayFilter {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** Lines read per round trip. */
const PAGE = 100_000;

const text = (v: RawBuilder<unknown>) => sql`coalesce(${v}, '')`;
const list = (v: RawBuilder<unknown>) => sql`coalesce((${v})::text, '[]')`;

const orNull = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
/**
 * A coded list of codes as jsonb prints it (`["a", "b"]`): codes hold no quote, comma or space
 * (the vocabularies' and enums' own), so it splits without a JSON parser, which is the cost that
 * counts over tens of thousands of rows.
 */
const strings = (json: string | undefined): string[] => {
  if (json === undefined || json.length < 4) return [];
  return json.slice(2, -2).split('", "');
};

/**
 * Records of the period: those whose main date may fall in it. Without bounds every record; with
 * one, a record without any date is left out (it could be anywhere in time).
 */
const inPeriod = (days: DayFilter): RawBuilder<unknown> =>
  days.from === undefined && days.to === undefined
    ? sql`TRUE`
    : sql`(r.earliest_day IS NOT NULL OR r.latest_day IS NOT NULL)
      AND ${days.from === undefined ? sql`TRUE` : sql`(r.latest_day IS NULL OR r.latest_day >= ${days.from}::date)`}
      AND ${days.to === undefined ? sql`TRUE` : sql`(r.earliest_day IS NULL OR r.earliest_day <= ${days.to}::date)`}`;

/**
 * Reads `line` (its first field the record id) of the rows matching `where` page by page, in id
 * order, and parses each.
 */
const pages = async <T>(
  q: Queryable,
  vaultId: string,
  kind: string,
  line: RawBuilder<unknown>,
  where: RawBuilder<unknown>,
  parse: (fields: string[]) => T,
): Promise<T[]> => {
  const out: T[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    // The sorted subquery feeds the aggregate in order; the last id is found below all the same.
    const { rows } = await sql<{ page: string | null }>`
      SELECT string_agg(p.line, E'\n') AS page
      FROM (SELECT concat_ws(E'\t', ${line}) AS line
            FROM records r
            WHERE r.vault_id = ${vaultId} AND r.kind = ${kind} AND r.deleted_at IS NULL
              AND r.id > ${after}::uuid AND ${where}
            ORDER BY r.id
            LIMIT ${PAGE}) p`.execute(q);
    const page = rows[0]?.page ?? null;
    if (page === null) return out;
    const lines = page.split('\n');
    for (const l of lines) {
      const fields = l.split('\t');
      const id = fields[0] ?? '';
      if (id > after) after = id;
      out.push(parse(fields));
    }
    if (lines.length < PAGE) return out;
  }
};

/** An incident as the index reads it. */
export interface IncidentRow {
  readonly id: string;
  readonly day: string | null;
  readonly lastDay: string | null;
  readonly victim: string | null;
  readonly facility: string | null;
  readonly detention: string | null;
  /** The facility of the detention the incident happened in, when it names none itself. */
  readonly detentionFacility: string | null;
  readonly region: string | null;
  readonly placeType: string | null;
  readonly actType: string | null;
  readonly methods: readonly string[];
  readonly physical: readonly string[];
}

/** The facility of an incident's detention, looked up only when the incident names none. */
const detentionFacility = sql`CASE WHEN r.coded ? 'detention' AND NOT r.coded ? 'facility' THEN
  (SELECT d.coded ->> 'facility' FROM records d WHERE d.vault_id = r.vault_id
    AND d.id = (r.coded ->> 'detention')::uuid AND d.deleted_at IS NULL) END`;

const incidentLine = sql`r.id, ${text(sql`r.earliest_day::text`)}, ${text(sql`r.latest_day::text`)},
  ${text(sql`r.coded ->> 'victim'`)}, ${text(sql`r.coded ->> 'facility'`)},
  ${text(sql`r.coded ->> 'detention'`)}, ${text(detentionFacility)},
  ${text(sql`r.coded ->> 'region'`)}, ${text(sql`r.coded ->> 'placeType'`)},
  ${text(sql`r.coded ->> 'actType'`)}, ${list(sql`r.coded -> 'methods'`)},
  ${list(sql`r.coded -> 'physicalConsequences'`)}`;

const parseIncident = (f: string[]): IncidentRow => ({
  id: f[0] ?? '',
  day: orNull(f[1]),
  lastDay: orNull(f[2]),
  victim: orNull(f[3]),
  facility: orNull(f[4]),
  detention: orNull(f[5]),
  detentionFacility: orNull(f[6]),
  region: orNull(f[7]),
  placeType: orNull(f[8]),
  actType: orNull(f[9]),
  methods: strings(f[10]),
  physical: strings(f[11]),
});

/** The vault's incidents of the period. */
export const incidentsOf = (q: Queryable, vaultId: string, days: DayFilter) =>
  pages(q, vaultId, 'incident', incidentLine, inPeriod(days), parseIncident);

/** Incidents by id (those interventions and reprisals of the period are about). */
export const incidentsById = async (
  q: Queryable,
  vaultId: string,
  ids: readonly string[],
): Promise<IncidentRow[]> => {
  if (ids.length === 0) return [];
  return pages(
    q,
    vaultId,
    'incident',
    incidentLine,
    sql`r.id = ANY(${ids}::uuid[])`,
    parseIncident,
  );
};

/** A detention as the index reads it. */
export interface DetentionRow {
  readonly id: string;
  readonly day: string | null;
  readonly lastDay: string | null;
  readonly person: string | null;
  readonly facility: string | null;
  readonly whereabouts: string | null;
  readonly lawyerAccess: readonly string[];
}

/** The vault's detentions of the period (held at some time in it). */
export const detentionsOf = (q: Queryable, vaultId: string, days: DayFilter) =>
  pages(
    q,
    vaultId,
    'detention',
    sql`r.id, ${text(sql`r.earliest_day::text`)}, ${text(sql`r.latest_day::text`)},
      ${text(sql`r.coded ->> 'person'`)}, ${text(sql`r.coded ->> 'facility'`)},
      ${text(sql`r.coded ->> 'whereabouts'`)}, ${list(sql`r.coded -> 'lawyerAccess'`)}`,
    inPeriod(days),
    (f): DetentionRow => ({
      id: f[0] ?? '',
      day: orNull(f[1]),
      lastDay: orNull(f[2]),
      person: orNull(f[3]),
      facility: orNull(f[4]),
      whereabouts: orNull(f[5]),
      lawyerAccess: strings(f[6]),
    }),
  );

/** An intervention as the index reads it; its dates are filtered in code (two of them count). */
export interface InterventionRow {
  readonly id: string;
  readonly kind: string;
  readonly status: string | null;
  readonly outcomes: readonly string[];
  readonly incidents: readonly string[];
  readonly people: readonly string[];
  /** Earliest and latest possible day it was submitted. */
  readonly submitted: string | null;
  readonly submittedLast: string | null;
  /** The coded outcome date ({ precision, value }) as JSON, or null. */
  readonly outcomeDate: string | null;
}

/** Every intervention of the vault (few next to incidents). */
export const interventionsOf = (q: Queryable, vaultId: string) =>
  pages(
    q,
    vaultId,
    'intervention',
    sql`r.id, ${text(sql`r.coded ->> 'kind'`)}, ${text(sql`r.coded ->> 'status'`)},
      ${list(sql`r.coded -> 'outcome'`)}, ${list(sql`r.coded -> 'incidents'`)},
      ${list(sql`r.coded -> 'people'`)}, ${text(sql`r.earliest_day::text`)},
      ${text(sql`r.latest_day::text`)}, ${text(sql`(r.coded -> 'outcomeDate')::text`)}`,
    sql`TRUE`,
    (f): InterventionRow => ({
      id: f[0] ?? '',
      kind: f[1] ?? '',
      status: orNull(f[2]),
      outcomes: strings(f[3]),
      incidents: strings(f[4]),
      people: strings(f[5]),
      submitted: orNull(f[6]),
      submittedLast: orNull(f[7]),
      outcomeDate: orNull(f[8]),
    }),
  );

/** A reprisal as the index reads it. */
export interface ReprisalRow {
  readonly id: string;
  readonly day: string | null;
  readonly lastDay: string | null;
  readonly person: string | null;
  readonly incident: string | null;
  readonly intervention: string | null;
  readonly target: string | null;
}

/** Every reprisal of the vault. */
export const reprisalsOf = (q: Queryable, vaultId: string) =>
  pages(
    q,
    vaultId,
    'reprisal',
    sql`r.id, ${text(sql`r.earliest_day::text`)}, ${text(sql`r.latest_day::text`)},
      ${text(sql`r.coded ->> 'person'`)}, ${text(sql`r.coded ->> 'incident'`)},
      ${text(sql`r.coded ->> 'intervention'`)}, ${text(sql`r.coded ->> 'target'`)}`,
    sql`TRUE`,
    (f): ReprisalRow => ({
      id: f[0] ?? '',
      day: orNull(f[1]),
      lastDay: orNull(f[2]),
      person: orNull(f[3]),
      incident: orNull(f[4]),
      intervention: orNull(f[5]),
      target: orNull(f[6]),
    }),
  );

/** What the index reads of a person: coded sex and groups at risk. */
export interface PersonFacts {
  readonly sex: string | null;
  readonly groups: readonly string[];
}

/**
 * Sex and groups at risk (coded fields only) of the people the index could count as at risk or as
 * defenders: those with a group or recorded as women. Anyone else reads as no group, no sex.
 */
export const peopleFacts = async (
  q: Queryable,
  vaultId: string,
): Promise<Map<string, PersonFacts>> => {
  const groupFields = codeFilterFields('groups', 'person');
  // Each field's JSON array as text, joined: `["a"],["b"]` reads as a list of lists.
  const groups = sql`concat_ws(',', ${sql.join(groupFields.map((f) => sql`r.coded ->> ${f}`))})`;
  const rows = await pages(
    q,
    vaultId,
    'person',
    sql`r.id, ${text(sql`r.coded ->> 'sex'`)}, ${groups}`,
    sql`(r.coded ?| ${groupFields}::text[] OR r.coded ->> 'sex' = 'female')`,
    (f) => {
      const lists: unknown = JSON.parse(`[${f[2] ?? ''}]`);
      const all = Array.isArray(lists) ? lists.flat() : [];
      return [
        f[0] ?? '',
        { sex: orNull(f[1]), groups: all.filter((x): x is string => typeof x === 'string') },
      ] as const;
    },
  );
  return new Map(rows);
};

/** Region, authority and merge of every facility of the register. */
export const registerPlaces = (q: Queryable) =>
  q.selectFrom('facilities').select(['id', 'region', 'authority', 'merged_into']).execute();

/** `kind.field` names of the sensitive fields the vault keeps coded (migration 0005). */
export const codedSensitiveFields = async (q: Queryable, vaultId: string): Promise<string[]> => {
  const row = await q
    .selectFrom('vaults')
    .select('coded_sensitive_fields')
    .where('id', '=', vaultId)
    .executeTakeFirst();
  return row?.coded_sensitive_fields ?? [];
};

/**
 * A fingerprint of what an index of the vault is computed from: the latest record change stamp
 * (migration 0012: every write takes a new one) and the count of expert-value versions (one per
 * change, append-only).
 */
export const sourcesFingerprint = async (q: Queryable, vaultId: string): Promise<string> => {
  const { rows } = await sql<{ seq: string | null; experts: string }>`
    SELECT (SELECT max(change_seq)::text FROM records WHERE vault_id = ${vaultId}) AS seq,
      (SELECT count(*)::text FROM risk_index_expert_value_versions
        WHERE vault_id = ${vaultId}) AS experts`.execute(q);
  return `${rows[0]?.seq ?? '0'}:${rows[0]?.experts ?? '0'}`;
};
