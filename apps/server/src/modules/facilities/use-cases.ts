import {
  ErrorCode,
  VigilError,
  facilityListResponseSchema,
  facilityGeoProblems,
  facilityInputOf,
  facilityName,
  possibleDuplicates,
  type Facility,
  type FacilityId,
  type FacilityDuplicate,
  type FacilityImportResponse,
  type FacilityInput,
  type FieldError,
} from '@vigil/core';
import { regionShapes } from '@vigil/core/region-shapes';
import { uuidv7 } from '@vigil/crypto';
import type { AppDeps } from '../../deps';
import { cachedAnswer, type PreparedJson } from '../../platform/result-cache';
import type { UnitOfWork } from '../audit/log';
import { INSTANCE_CHAIN } from '@vigil/core';
import {
  facilitiesLike,
  findFacilities,
  findFacility,
  insertFacility,
  listFacilities,
  registerFingerprint,
  repointMerged,
  toFacility,
  updateFacility,
  type FacilityRow,
} from './repository';

/** Ids of rows and of new facilities: UUIDs the database or uuidv7 made. */
const asId = (id: string): FacilityId => id as FacilityId;

const notFound = () => new VigilError(ErrorCode.notFound, 'No such facility.');

/** Refuses coordinates outside the facility's region, naming each bad entry. */
const assertGeography = (items: readonly { facility: FacilityInput; path: string }[]): void => {
  const shapes = regionShapes();
  const fields: FieldError[] = items.flatMap((i) =>
    facilityGeoProblems(i.facility, shapes, i.path),
  );
  if (fields.length > 0) {
    throw new VigilError(
      ErrorCode.validationFailed,
      fields.length === 1
        ? 'The coordinates lie outside the facility’s region.'
        : `${fields.length} facilities have coordinates outside their region.`,
      fields,
    );
  }
};

const describe = (f: Pick<FacilityInput, 'names'>, id: string): string =>
  `“${facilityName(f.names, 'en')}” (${id})`;

/** Register rows that may duplicate the candidate, most alike first. */
const duplicatesOf = (
  candidate: FacilityInput,
  rows: readonly { id: string; facility: FacilityInput }[],
): { id: string; facility: FacilityInput; similarity: number }[] =>
  possibleDuplicates(
    candidate,
    rows.map((r) => ({ ...r.facility, row: r })),
  ).map((d) => ({ ...d.facility.row, similarity: d.similarity }));

const inputOf = (row: FacilityRow): FacilityInput => facilityInputOf(toFacility(row));

const auditChange = (
  uow: UnitOfWork,
  actor: string | null,
  action: string,
  id: string | null,
  data: Record<string, string | number | boolean | null> = {},
) =>
  uow.record({
    chain: INSTANCE_CHAIN,
    actor,
    action,
    subjectType: id === null ? null : 'facility',
    subjectId: id,
    data,
  });

/** A page of the register; the same page is answered from memory until the register changes. */
export const listFacilityPage = async (
  deps: AppDeps,
  q: {
    region?: string | undefined;
    type?: string | undefined;
    merged: 'include' | 'exclude';
    after?: string | undefined;
    limit: number;
  },
): Promise<PreparedJson> => {
  const key = `facility-list ${JSON.stringify([q.region, q.type, q.merged, q.after, q.limit])}`;
  const fingerprint = await registerFingerprint(deps.db.kysely);
  return cachedAnswer(deps.answers, key, fingerprint, facilityListResponseSchema, async () => {
    const rows = await listFacilities(deps.db.kysely, {
      region: q.region,
      type: q.type,
      includeMerged: q.merged === 'include',
      after: q.after,
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    return {
      facilities: page.map(toFacility),
      next: rows.length > q.limit ? asId(page[page.length - 1]?.id ?? '') : null,
    };
  });
};

export const getFacility = async (deps: AppDeps, id: string): Promise<Facility> => {
  const row = await findFacility(deps.db.kysely, id);
  if (!row) throw notFound();
  return toFacility(row);
};

export const createFacility = async (
  deps: AppDeps,
  actor: string,
  body: { id?: string | undefined; facility: FacilityInput; allowDuplicate: boolean },
): Promise<Facility> => {
  assertGeography([{ facility: body.facility, path: 'body.facility.' }]);
  const id = body.id ?? uuidv7();
  return deps.audit.run(async (uow) => {
    if (await findFacility(uow.trx, id)) {
      throw new VigilError(ErrorCode.conflict, 'A facility with this id exists already.');
    }
    if (!body.allowDuplicate) {
      const rows = await facilitiesLike(uow.trx, [body.facility]);
      const dupes = duplicatesOf(
        body.facility,
        rows.map((r) => ({ id: r.id, facility: inputOf(r) })),
      );
      if (dupes.length > 0) {
        throw new VigilError(
          ErrorCode.possibleDuplicate,
          `The register has ${dupes.length === 1 ? 'a facility' : `${dupes.length} facilities`} of this type in this region with a similar name. Open it, merge, or create anyway.`,
          dupes.map((d) => ({
            path: 'body.facility.names',
            message: `looks like ${describe(d.facility, d.id)}`,
          })),
        );
      }
    }
    const at = deps.clock();
    await insertFacility(uow.trx, { id, facility: body.facility, actor, at });
    await auditChange(uow, actor, 'facility.create', id, { region: body.facility.region });
    const row = await findFacility(uow.trx, id);
    if (!row) throw notFound();
    return toFacility(row);
  });
};

export const changeFacility = async (
  deps: AppDeps,
  actor: string,
  id: string,
  body: { version: number; facility: FacilityInput },
): Promise<Facility> => {
  assertGeography([{ facility: body.facility, path: 'body.facility.' }]);
  return deps.audit.run(async (uow) => {
    const row = await findFacility(uow.trx, id, true);
    if (!row) throw notFound();
    if (row.merged_into !== null) {
      throw new VigilError(
        ErrorCode.conflict,
        `This facility was merged into ${row.merged_into}; change that one.`,
      );
    }
    if (row.version !== body.version) {
      throw new VigilError(
        ErrorCode.conflict,
        `The facility changed since you read it (version ${row.version}, you had ${body.version}). Reload and try again.`,
      );
    }
    await updateFacility(uow.trx, {
      id,
      version: row.version + 1,
      change: 'update',
      facility: body.facility,
      mergedInto: null,
      actor,
      at: deps.clock(),
    });
    await auditChange(uow, actor, 'facility.update', id, { version: row.version + 1 });
    const updated = await findFacility(uow.trx, id);
    if (!updated) throw notFound();
    return toFacility(updated);
  });
};

/** The union of two lists by a key, `a`'s entries first. */
const union = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
};

/** What the kept facility becomes: the other's names become aliases; sources and units join. */
export const mergedInput = (keep: FacilityInput, other: FacilityInput): FacilityInput => {
  const keptNames = new Set(
    [keep.names.ru, keep.names.en, keep.names.uk, ...keep.aliases].filter(
      (n): n is string => n !== undefined,
    ),
  );
  const extra = [other.names.ru, other.names.en, other.names.uk, ...other.aliases].filter(
    (n): n is string => n !== undefined && !keptNames.has(n),
  );
  return {
    ...keep,
    aliases: [...new Set([...keep.aliases, ...extra])].slice(0, 50),
    coordinates: keep.coordinates ?? other.coordinates,
    capacity: keep.capacity ?? other.capacity,
    units: union(keep.units, other.units, (u) => `${u.kind} ${u.name ?? ''}`).slice(0, 50),
    sources: union(keep.sources, other.sources, (s) => s.url ?? s.title).slice(0, 50),
    sample: keep.sample && other.sample,
  };
};

export const mergeFacility = async (
  deps: AppDeps,
  actor: string,
  id: string,
  into: string,
): Promise<Facility> => {
  if (id === into) {
    throw new VigilError(ErrorCode.validationFailed, 'A facility cannot be merged into itself.', [
      { path: 'body.into', message: 'choose another facility' },
    ]);
  }
  return deps.audit.run(async (uow) => {
    // Locked in id order, so two opposite merges cannot deadlock.
    const [first, second] = [id, into].sort();
    const a = await findFacility(uow.trx, first as string, true);
    const b = await findFacility(uow.trx, second as string, true);
    const from = a?.id === id ? a : b;
    const to = a?.id === into ? a : b;
    if (!from || !to) throw notFound();
    for (const row of [from, to]) {
      if (row.merged_into !== null) {
        throw new VigilError(
          ErrorCode.conflict,
          `Facility ${row.id} was already merged into ${row.merged_into}.`,
        );
      }
    }
    const at = deps.clock();
    const fromInput = inputOf(from);
    await updateFacility(uow.trx, {
      id: into,
      version: to.version + 1,
      change: 'merge',
      facility: mergedInput(inputOf(to), fromInput),
      mergedInto: null,
      actor,
      at,
    });
    await updateFacility(uow.trx, {
      id,
      version: from.version + 1,
      change: 'merged',
      facility: fromInput,
      mergedInto: into,
      actor,
      at,
    });
    await repointMerged(uow.trx, id, into);
    await auditChange(uow, actor, 'facility.merge', id, { into });
    const row = await findFacility(uow.trx, into);
    if (!row) throw notFound();
    return toFacility(row);
  });
};

/**
 * Imports facilities all or nothing. Coordinates are checked against regions first; ids the
 * register holds already are left unchanged (a re-imported export changes nothing); facilities
 * that look like one in the register, or like an earlier one of the same file, are refused,
 * skipped or created as `onDuplicate` says.
 */
export const importFacilities = async (
  deps: AppDeps,
  actor: string | null,
  body: {
    facilities: readonly { id?: string | undefined; facility: FacilityInput }[];
    onDuplicate: 'refuse' | 'skip' | 'create';
    dryRun: boolean;
  },
  action = 'facility.import',
): Promise<FacilityImportResponse> => {
  assertGeography(
    body.facilities.map((f, i) => ({
      facility: f.facility,
      path: `body.facilities.${i}.facility.`,
    })),
  );
  const givenIds = body.facilities.map((f) => f.id).filter((x): x is string => x !== undefined);
  if (new Set(givenIds).size !== givenIds.length) {
    const seen = new Set<string>();
    const fields = body.facilities.flatMap((f, i) => {
      if (f.id === undefined) return [];
      if (seen.has(f.id))
        return [
          { path: `body.facilities.${i}.id`, message: `id ${f.id} appears twice in the file` },
        ];
      seen.add(f.id);
      return [];
    });
    throw new VigilError(
      ErrorCode.validationFailed,
      'The file gives one id to two facilities.',
      fields,
    );
  }
  const run = async (uow: UnitOfWork | null): Promise<FacilityImportResponse> => {
    const q = uow?.trx ?? deps.db.kysely;
    const existing = new Set((await findFacilities(q, givenIds)).map((r) => r.id));
    const register = (
      await facilitiesLike(
        q,
        body.facilities.map((f) => f.facility),
      )
    ).map((r) => ({
      id: r.id,
      facility: inputOf(r),
    }));
    const created: string[] = [];
    const unchanged: string[] = [];
    const skipped: number[] = [];
    const duplicates: FacilityDuplicate[] = [];
    const accepted: { id: string; facility: FacilityInput }[] = [];
    body.facilities.forEach((item, index) => {
      if (item.id !== undefined && existing.has(item.id)) {
        unchanged.push(item.id);
        return;
      }
      const dupes = duplicatesOf(item.facility, [...register, ...accepted]);
      const best = dupes[0];
      if (best !== undefined) {
        duplicates.push({
          index,
          existing: asId(best.id),
          similarity: Math.round(best.similarity * 100) / 100,
        });
        if (body.onDuplicate === 'skip') {
          skipped.push(index);
          return;
        }
      }
      const id = item.id ?? uuidv7();
      accepted.push({ id, facility: item.facility });
      created.push(id);
    });
    if (body.onDuplicate === 'refuse' && duplicates.length > 0 && !body.dryRun) {
      throw new VigilError(
        ErrorCode.possibleDuplicate,
        `${duplicates.length} imported ${duplicates.length === 1 ? 'facility looks' : 'facilities look'} like one already in the register or earlier in the file. Nothing was imported: skip them, create them anyway, or merge.`,
        duplicates.map((d) => ({
          path: `body.facilities.${d.index ?? 0}.facility.names`,
          message: `looks like ${d.existing}`,
        })),
      );
    }
    if (uow !== null) {
      const at = deps.clock();
      for (const a of accepted) await insertFacility(uow.trx, { ...a, actor, at });
      await auditChange(uow, actor, action, null, {
        created: created.length,
        skipped: skipped.length,
      });
    }
    return {
      dryRun: uow === null,
      created: created.map(asId),
      unchanged: unchanged.map(asId),
      skipped,
      duplicates,
    };
  };
  return body.dryRun ? run(null) : deps.audit.run(run);
};
