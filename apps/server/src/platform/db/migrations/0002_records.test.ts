// Migration 0002 on both engines: each statement below breaks exactly one rule of the records
// tables and must be refused by the database; a statement breaking none is accepted.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  otherVault: '01900000-0000-7000-8000-000000000004',
  record: '01900000-0000-7000-8000-000000000010',
  fresh: '01900000-0000-7000-8000-000000000011',
  missing: '01900000-0000-7000-8000-0000000000ff',
};

/** A record row with one column overridden (raw SQL fragments). */
const record = (o: {
  vault?: string;
  id?: string;
  kind?: string;
  coded?: string;
  earliest?: string | null;
  latest?: string | null;
  deletedAt?: boolean;
  deletedBy?: string | null;
  version?: number;
}) => sql`
  INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
    latest_day, deleted_at, deleted_by, created_by, updated_by)
  VALUES (${o.vault ?? ids.vault}, ${o.id ?? ids.fresh}, ${o.kind ?? 'incident'},
    ${o.coded ?? '{}'}::jsonb, 's', 1, ${o.version ?? 1}, ${o.earliest ?? null}::date,
    ${o.latest ?? null}::date, ${o.deletedAt ? sql`now()` : null}, ${o.deletedBy ?? null},
    ${ids.account}, ${ids.account})`;

const version = (o: { record?: string; version?: number; change?: string; index?: string }) => sql`
  INSERT INTO record_versions (vault_id, record_id, version, kind, change, coded, sealed,
    key_version, deleted, changed_at, changed_by)
  VALUES (${ids.vault}, ${o.record ?? ids.record}, ${o.version ?? 2}, 'incident',
    ${o.change ?? 'update'}, '{}'::jsonb, 's', 1, false, now(), ${ids.account})`;

const violations: [string, RawBuilder<unknown>, string][] = [
  ['a record of an unknown kind', record({ kind: 'rumour' }), '23514'],
  ['a coded part that is not an object', record({ coded: '[1]' }), '23514'],
  ['version 0', record({ version: 0 }), '23514'],
  [
    'a latest day before the earliest',
    record({ earliest: '2024-03-05', latest: '2024-03-04' }),
    '23514',
  ],
  ['a deletion without its time', record({ deletedBy: ids.account }), '23514'],
  ['a deletion without its author', record({ deletedAt: true }), '23514'],
  [
    'a record of a vault that does not exist',
    record({ vault: ids.missing, id: ids.missing }),
    '23503',
  ],
  [
    "a second record with another record's id, in another vault",
    record({ vault: ids.otherVault, id: ids.record }),
    '23505',
  ],
  ['a version of a record that does not exist', version({ record: ids.missing }), '23503'],
  ['a second row for the same version', version({ version: 1 }), '23505'],
  ['a version with an unknown kind of change', version({ change: 'merge' }), '23514'],
  [
    'a name index that is not a blind index',
    sql`INSERT INTO record_name_indexes (vault_id, record_id, name_index)
        VALUES (${ids.vault}, ${ids.record}, 'Ivanov')`,
    '23514',
  ],
];

describe.each(engines())('migration 0002 on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    const statements = [
      sql`INSERT INTO accounts (id, email_hash, kdf_salt, kdf_params, auth_hash,
            encryption_public_key, signing_public_key, encrypted_private_keys)
          VALUES (${ids.account}, ${'a'.repeat(64)}, 's', '{}'::jsonb, 'h', 'e', 's', 'k')`,
      sql`INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
          VALUES (${ids.vault}, 'n', 1, ${ids.account})`,
      sql`INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
          VALUES (${ids.otherVault}, 'n', 1, ${ids.account})`,
      record({ id: ids.record }),
      version({ version: 1, change: 'create' }),
    ];
    for (const s of statements) await s.execute(db.kysely);
  });
  afterAll(async () => {
    await db.drop();
  });

  it.each(violations)('refuses %s', async (_name, statement, sqlState) => {
    await expect(statement.execute(db.kysely)).rejects.toMatchObject({ code: sqlState });
  });

  it('accepts rows that break none of them (so the refusals are about the rule)', async () => {
    await expect(
      record({ earliest: '2024-03-01', latest: '2024-03-31' }).execute(db.kysely),
    ).resolves.toBeDefined();
    await expect(version({ version: 2 }).execute(db.kysely)).resolves.toBeDefined();
  });

  it('refuses to change or remove a kept version', async () => {
    await expect(
      sql`UPDATE record_versions SET sealed = 'x' WHERE record_id = ${ids.record}`.execute(
        db.kysely,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`DELETE FROM record_versions WHERE record_id = ${ids.record}`.execute(db.kysely),
    ).rejects.toThrow(/append-only/);
  });
});
