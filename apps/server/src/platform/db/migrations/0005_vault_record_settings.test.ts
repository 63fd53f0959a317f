// Migration 0005 on both engines: vaults get their record settings, empty (every sensitive field
// sealed) unless set, and bounded.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';
import { seedAccountAndVault } from './seed-vault';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
};

describe.each(engines())('migration 0005 (vault record settings) on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    await seedAccountAndVault(db, ids);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('gives an existing vault no coded sensitive field', async () => {
    const row = await db.kysely
      .selectFrom('vaults')
      .select('coded_sensitive_fields')
      .where('id', '=', ids.vault)
      .executeTakeFirstOrThrow();
    expect(row.coded_sensitive_fields).toEqual([]);
  });

  it('stores a list of field names and reads it back as an array', async () => {
    await sql`UPDATE vaults SET coded_sensitive_fields = ARRAY['person.groupsLgbtq']::text[]
      WHERE id = ${ids.vault}`.execute(db.kysely);
    const row = await db.kysely
      .selectFrom('vaults')
      .select('coded_sensitive_fields')
      .where('id', '=', ids.vault)
      .executeTakeFirstOrThrow();
    expect(row.coded_sensitive_fields).toEqual(['person.groupsLgbtq']);
  });

  it('refuses more names than there could be sensitive fields', async () => {
    const many = Array.from({ length: 65 }, (_, i) => `f${i}`);
    await expect(
      sql`UPDATE vaults SET coded_sensitive_fields = ${sql.raw(`ARRAY[${many.map((f) => `'${f}'`).join(',')}]`)}::text[]
        WHERE id = ${ids.vault}`.execute(db.kysely),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
