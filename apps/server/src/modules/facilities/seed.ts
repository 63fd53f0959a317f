import { starterFacilities } from '@vigil/core';
import type { AppDeps } from '../../deps';
import { importFacilities } from './use-cases';

/**
 * The starter sample of documented facilities (packages/core/src/facilities/data, with a source
 * each), written into the register once per server. The mark in instance_settings keeps facilities
 * that people later merged or changed from coming back; a new sample version adds only what is new.
 */
const SEED_KEY = 'facilities.starter';
export const STARTER_VERSION = '1';

export const seedStarterFacilities = async (deps: AppDeps): Promise<void> => {
  const mark = await deps.db.kysely
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', SEED_KEY)
    .executeTakeFirst();
  if (mark?.value === STARTER_VERSION) return;
  await importFacilities(
    deps,
    null,
    { facilities: starterFacilities(), onDuplicate: 'create', dryRun: false },
    'facility.seed',
  );
  await deps.db.kysely
    .insertInto('instance_settings')
    .values({ key: SEED_KEY, value: STARTER_VERSION })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: STARTER_VERSION }))
    .execute();
};
