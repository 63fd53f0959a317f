import {
  codeFilterFields,
  ErrorCode,
  facilityFields,
  isUuid,
  VigilError,
  type CodeFilter,
  type RecordKind,
  type RecordListQuery,
  type RecordSort,
} from '@vigil/core';
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../platform/db';
import type { Queryable } from '../audit/repository';
import { recordColumns } from './repository';

/** Where a page ended: the sort it was made for, that row's sort key and its id. */
export interface Cursor {
  readonly sort: RecordSort;
  /** The row's date sort key (`YYYY-MM-DD`, or `±infinity` for no date); null for `created` sorts. */
  readonly day: string | null;
  readonly id: string;
}

const DAY_KEY = /^(?:\d{4}-\d{2}-\d{2}|-?infinity)$/;

const badCursor = () =>
  new VigilError(ErrorCode.validationFailed, 'Invalid cursor.', [
    { path: 'querystring.after', message: "must be the previous page's next, with the same sort" },
  ]);

/** The opaque `next` of a page ending at `row` (base64url JSON; the client never looks inside). */
export const encodeCursor = (
  sort: RecordSort,
  row: { id: string; earliest_day: string | null },
) => {
  const day =
    sort === 'date' || sort === '-date'
      ? (row.earliest_day ?? (sort === 'date' ? 'infinity' : '-infinity'))
      : null;
  return Buffer.from(JSON.stringify({ s: sort, d: day, i: row.id })).toString('base64url');
};

/** Reads a cursor made by `encodeCursor` for this sort; anything else is 400 naming `querystring.after`. */
export const decodeCursor = (text: string, sort: RecordSort): Cursor => {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (typeof value !== 'object' || value === null) throw badCursor();
  const { s, d, i } = value as Record<string, unknown>;
  const dated = sort === 'date' || sort === '-date';
  if (s !== sort || typeof i !== 'string' || !isUuid(i)) throw badCursor();
  if (dated ? typeof d !== 'string' || !DAY_KEY.test(d) : d !== null) throw badCursor();
  return { sort, day: dated ? (d as string) : null, id: i };
};

type Eb = ExpressionBuilder<Database & { r: Database['records'] }, 'r'>;

/** The date sort key, exactly as the indexes of migration 0003 spell it (NULLs last both ways). */
const dayKey = (sort: 'date' | '-date') =>
  sort === 'date'
    ? sql<string>`COALESCE(r.earliest_day, 'infinity'::date)`
    : sql<string>`COALESCE(r.earliest_day, '-infinity'::date)`;

const hasCodes = (eb: Eb, vaultId: string, fields: string[], codes: readonly string[]) =>
  fields.length === 0
    ? sql<SqlBool>`false`
    : eb.exists(
        eb
          .selectFrom('record_codes as c')
          .select(sql`1`.as('one'))
          .where('c.vault_id', '=', vaultId)
          .whereRef('c.record_id', '=', 'r.id')
          .where('c.field', 'in', fields)
          .where('c.code', 'in', [...codes]),
      );

const hasLink = (eb: Eb, vaultId: string, target: string, fields?: string[]) =>
  fields !== undefined && fields.length === 0
    ? sql<SqlBool>`false`
    : eb.exists(
        eb
          .selectFrom('record_links as l')
          .select(sql`1`.as('one'))
          .where('l.vault_id', '=', vaultId)
          .where('l.target_id', '=', target)
          .whereRef('l.record_id', '=', 'r.id')
          .$if(fields !== undefined, (q) => q.where('l.field', 'in', fields ?? [])),
      );

/** The filters of a list query as SQL conditions on `records as r` (all must hold). */
const conditions = (eb: Eb, vaultId: string, q: RecordListQuery): Expression<SqlBool>[] => {
  const kind: RecordKind | undefined = q.kind;
  const out: Expression<SqlBool>[] = [];
  if (q.from !== undefined || q.to !== undefined) {
    // Overlap (core `mayOverlap`): an open end overlaps, a record without any date does not.
    out.push(eb.or([eb('r.earliest_day', 'is not', null), eb('r.latest_day', 'is not', null)]));
  }
  if (q.to !== undefined) {
    // Newest first: the same condition spelled as the sort key, so the index scan starts at `to`.
    out.push(
      q.sort === '-date'
        ? eb(dayKey('-date'), '<=', q.to)
        : eb.or([eb('r.earliest_day', 'is', null), eb('r.earliest_day', '<=', q.to)]),
    );
  }
  if (q.from !== undefined)
    out.push(eb.or([eb('r.latest_day', 'is', null), eb('r.latest_day', '>=', q.from)]));
  const codeFilters: [CodeFilter, readonly string[] | undefined][] = [
    ['region', q.region === undefined ? undefined : [q.region]],
    ['methods', q.methods],
    ['agencies', q.agencies],
    ['groups', q.groups],
  ];
  for (const [filter, codes] of codeFilters) {
    if (codes !== undefined) out.push(hasCodes(eb, vaultId, codeFilterFields(filter, kind), codes));
  }
  if (q.facility !== undefined) out.push(hasLink(eb, vaultId, q.facility, facilityFields(kind)));
  if (q.linkedTo !== undefined) out.push(hasLink(eb, vaultId, q.linkedTo));
  return out;
};

/** A page (plus one row, to know whether there is a next) of a vault's records, filtered and sorted. */
export const searchRecords = (
  q: Queryable,
  vaultId: string,
  query: RecordListQuery,
  after?: Cursor,
) => {
  const sort = query.sort;
  let select = q
    .selectFrom('records as r')
    .select(recordColumns.map((c) => `r.${c}` as const))
    .select('r.earliest_day')
    .where('r.vault_id', '=', vaultId)
    .where((eb) => eb.and(conditions(eb, vaultId, query)))
    .limit(query.limit + 1);
  if (query.kind !== undefined) select = select.where('r.kind', '=', query.kind);
  if (query.deleted === 'exclude') select = select.where('r.deleted_at', 'is', null);
  if (query.deleted === 'only') select = select.where('r.deleted_at', 'is not', null);
  if (sort === 'created' || sort === '-created') {
    const asc = sort === 'created';
    if (after !== undefined) select = select.where('r.id', asc ? '>' : '<', after.id);
    return select.orderBy('r.id', asc ? 'asc' : 'desc').execute();
  }
  const asc = sort === 'date';
  const key = dayKey(sort);
  if (after !== undefined && after.day !== null) {
    select = select.where(
      sql<SqlBool>`(${key}, r.id) ${sql.raw(asc ? '>' : '<')} (${after.day}::date, ${after.id}::uuid)`,
    );
  }
  return select
    .orderBy(key, asc ? 'asc' : 'desc')
    .orderBy('r.id', asc ? 'asc' : 'desc')
    .execute();
};
export type SearchRow = Awaited<ReturnType<typeof searchRecords>>[number];

/** People of the vault (not deleted) holding some of the name indexes, most matched first. */
export const lookupNames = (
  q: Queryable,
  vaultId: string,
  indexes: readonly string[],
  limit: number,
) =>
  q
    .selectFrom((sub) =>
      sub
        .selectFrom('record_name_indexes')
        .select(['record_id', (eb) => eb.fn.countAll<string>().as('matched')])
        .where('vault_id', '=', vaultId)
        .where('name_index', 'in', [...new Set(indexes)])
        .groupBy('record_id')
        .as('m'),
    )
    .innerJoin('records as r', (join) =>
      join.on('r.vault_id', '=', vaultId).onRef('r.id', '=', 'm.record_id'),
    )
    .select(recordColumns.map((c) => `r.${c}` as const))
    .select('m.matched')
    .where('r.kind', '=', 'person')
    .where('r.deleted_at', 'is', null)
    .orderBy('m.matched', 'desc')
    .orderBy('r.id', 'asc')
    .limit(limit)
    .execute();
