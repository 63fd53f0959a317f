// Migration 0005 on both engines: vaults get their record settings, empty (every sensitive field
// sealed) unless set, and bounded.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
};

describe.each(engines())('migration 0005 (vault record settings) on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    await sql`
      INSERT INTO accounts (id, email_hash, kdf_salt, kdf_params, auth_hash,
        encryption_public_key, signing_public_key, encrypted_private_keys)
      VALUES (${ids.account}, ${'a'.repeat(64)}, 's', '{}'::jsonb, 'h', 'e', 's', 'k')`.execute(
      db.kysely,
    );
    await sql`
      INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
      VALUES (${ids.vault}, 'n', 1, ${ids.account})`.execute(db.kysely);
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
