import type { Facility, FacilityInput } from '@vigil/core';
import type { Selectable, Transaction } from 'kysely';
import type { Database, FacilitiesTable } from '../../platform/db/schema';
import type { Queryable } from '../audit/repository';

export type FacilityRow = Selectable<FacilitiesTable>;

/** The register's answer for one row: the stored document plus ids, flags and times. */
export const toFacility = (row: FacilityRow): Facility =>
  ({
    ...(row.data as unknown as FacilityInput),
    id: row.id,
    version: row.version,
    sample: row.sample,
    mergedInto: row.merged_into,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }) as Facility;

/** The stored document: the input without `sample`, which has its own column. */
const documentOf = (f: FacilityInput): string =>
  JSON.stringify({
    names: f.names,
    aliases: f.aliases,
    type: f.type,
    authority: f.authority,
    region: f.region,
    coordinates: f.coordinates,
    capacity: f.capacity,
    status: f.status,
    units: f.units,
    sources: f.sources,
  });

const typedColumns = (f: FacilityInput) => ({
  type: f.type,
  authority: f.authority,
  region: f.region,
  lat: f.coordinates?.lat ?? null,
  lon: f.coordinates?.lon ?? null,
  data: documentOf(f),
});

export const findFacility = (q: Queryable, id: string, forUpdate = false) => {
  const query = q.selectFrom('facilities').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};

export const findFacilities = (q: Queryable, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([] as FacilityRow[])
    : q.selectFrom('facilities').selectAll().where('id', 'in', ids).execute();

export interface ListFilter {
  readonly region?: string | undefined;
  readonly type?: string | undefined;
  readonly includeMerged: boolean;
  readonly after?: string | undefined;
  readonly limit: number;
}

/**
 * A fingerprint of the whole register: every change (creation, update, merge, and the repointing
 * a merge does) adds a version row, so the count grows with each committed change.
 */
export const registerFingerprint = async (q: Queryable): Promise<string> => {
  const row = await q
    .selectFrom('facility_versions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  return String(row?.n ?? 0);
};

export const listFacilities = (q: Queryable, f: ListFilter) => {
  let query = q.selectFrom('facilities').selectAll().orderBy('id').limit(f.limit);
  if (f.region !== undefined) query = query.where('region', '=', f.region);
  if (f.type !== undefined) query = query.where('type', '=', f.type);
  if (!f.includeMerged) query = query.where('merged_into', 'is', null);
  if (f.after !== undefined) query = query.where('id', '>', f.after);
  return query.execute();
};

/** Facilities of the given (type, region) pairs that are not merged away: duplicate candidates. */
export const facilitiesLike = (
  q: Queryable,
  keys: readonly { type: string; region: string }[],
): Promise<FacilityRow[]> => {
  const regions = [...new Set(keys.map((k) => k.region))];
  if (regions.length === 0) return Promise.resolve([]);
  const wanted = new Set(keys.map((k) => `${k.type} ${k.region}`));
  return q
    .selectFrom('facilities')
    .selectAll()
    .where('region', 'in', regions)
    .where('merged_into', 'is', null)
    .execute()
    .then((rows) => rows.filter((r) => wanted.has(`${r.type} ${r.region}`)));
};

export const insertFacility = async (
  trx: Transaction<Database>,
  s: { id: string; facility: FacilityInput; actor: string | null; at: Date },
): Promise<void> => {
  await trx
    .insertInto('facilities')
    .values({
      id: s.id,
      ...typedColumns(s.facility),
      sample: s.facility.sample,
      merged_into: null,
      version: 1,
      created_at: s.at,
      created_by: s.actor,
      updated_at: s.at,
      updated_by: s.actor,
    })
    .execute();
  await insertVersion(trx, { ...s, version: 1, change: 'create', mergedInto: null });
};

export const updateFacility = async (
  trx: Transaction<Database>,
  s: {
    id: string;
    version: number;
    change: 'update' | 'merge' | 'merged';
    facility: FacilityInput;
    mergedInto: string | null;
    actor: string | null;
    at: Date;
  },
): Promise<void> => {
  await trx
    .updateTable('facilities')
    .set({
      ...typedColumns(s.facility),
      sample: s.facility.sample,
      merged_into: s.mergedInto,
      version: s.version,
      updated_at: s.at,
      updated_by: s.actor,
    })
    .where('id', '=', s.id)
    .execute();
  await insertVersion(trx, s);
};

const insertVersion = (
  trx: Transaction<Database>,
  s: {
    id: string;
    version: number;
    change: 'create' | 'update' | 'merge' | 'merged';
    facility: FacilityInput;
    mergedInto: string | null;
    actor: string | null;
    at: Date;
  },
) =>
  trx
    .insertInto('facility_versions')
    .values({
      facility_id: s.id,
      version: s.version,
      change: s.change,
      data: JSON.stringify({ ...JSON.parse(documentOf(s.facility)), sample: s.facility.sample }),
      merged_into: s.mergedInto,
      changed_at: s.at,
      changed_by: s.actor,
    })
    .execute();

/** Facilities merged into `from` now point at `to`, so a chain of merges ends in one place. */
export const repointMerged = (trx: Transaction<Database>, from: string, to: string) =>
  trx.updateTable('facilities').set({ merged_into: to }).where('merged_into', '=', from).execute();
