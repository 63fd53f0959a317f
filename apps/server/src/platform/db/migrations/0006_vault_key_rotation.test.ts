// Migration 0006 on both engines: vaults can wait for a rotation, and the key chain keeps one
// older key per version of a vault, nothing else.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';
import { seedAccountAndVault } from './seed-vault';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  missing: '01900000-0000-7000-8000-0000000000ff',
};

const chainRow = (vault: string, version: number) => sql`
  INSERT INTO vault_key_chain (vault_id, key_version, sealed, created_by)
  VALUES (${vault}, ${version}, 's', ${ids.account})`;

describe.each(engines())('migration 0006 (vault key rotation) on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    await seedAccountAndVault(db, ids);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('gives a vault no pending rotation until a member leaves', async () => {
    const row = await db.kysely
      .selectFrom('vaults')
      .select('rotation_required')
      .where('id', '=', ids.vault)
      .executeTakeFirstOrThrow();
    expect(row.rotation_required).toBe(false);
  });

  it('keeps one chained key per older version of a vault', async () => {
    await chainRow(ids.vault, 1).execute(db.kysely);
    await expect(chainRow(ids.vault, 1).execute(db.kysely)).rejects.toMatchObject({
      code: '23505',
    });
  });

  it('refuses version 0 and a vault that does not exist', async () => {
    await expect(chainRow(ids.vault, 0).execute(db.kysely)).rejects.toMatchObject({
      code: '23514',
    });
    await expect(chainRow(ids.missing, 2).execute(db.kysely)).rejects.toMatchObject({
      code: '23503',
    });
  });
});
