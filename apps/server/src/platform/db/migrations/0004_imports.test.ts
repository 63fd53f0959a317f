// Migration 0004 on both engines: each statement below breaks exactly one rule of the import
// tables and must be refused by the database; a statement breaking none is accepted.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  import: '01900000-0000-7000-8000-000000000020',
  fresh: '01900000-0000-7000-8000-000000000021',
  record: '01900000-0000-7000-8000-000000000030',
  missing: '01900000-0000-7000-8000-0000000000ff',
};

/** An import row with one column overridden (raw SQL fragments). */
const session = (o: {
  id?: string;
  vault?: string;
  total?: number;
  state?: string;
  finished?: boolean;
  expiresInPast?: boolean;
}) => sql`
  INSERT INTO imports (id, vault_id, created_by, total, state, expires_at, finished_at)
  VALUES (${o.id ?? ids.fresh}, ${o.vault ?? ids.vault}, ${ids.account}, ${o.total ?? 10},
    ${o.state ?? 'open'},
    ${o.expiresInPast ? sql`now() - interval '1 day'` : sql`now() + interval '1 hour'`},
    ${o.finished ? sql`now()` : null})`;

const staged = (o: {
  import?: string;
  row?: number;
  id?: string;
  kind?: string;
  record?: string;
}) =>
  sql`
  INSERT INTO import_records (import_id, row_index, id, kind, record)
  VALUES (${o.import ?? ids.import}, ${o.row ?? 1}, ${o.id ?? ids.fresh}, ${o.kind ?? 'incident'},
    ${o.record ?? '{}'}::jsonb)`;

const violations: [string, RawBuilder<unknown>, string][] = [
  ['an import of no records', session({ total: 0 }), '23514'],
  ['an import in an unknown state', session({ state: 'paused' }), '23514'],
  ['an open import with an end time', session({ finished: true }), '23514'],
  ['a finished import without an end time', session({ state: 'committed' }), '23514'],
  ['an import that expired before it began', session({ expiresInPast: true }), '23514'],
  ['an import into a vault that does not exist', session({ vault: ids.missing }), '23503'],
  ['a row of an import that does not exist', staged({ import: ids.missing }), '23503'],
  ['a negative row index', staged({ row: -1 }), '23514'],
  ['a row of an unknown kind', staged({ kind: 'rumour' }), '23514'],
  ['a record that is not an object', staged({ record: '[1]' }), '23514'],
  ['a second row with the same index', staged({ row: 0 }), '23505'],
  ['a second row with the same record id', staged({ id: ids.record }), '23505'],
];

describe.each(engines())('migration 0004 on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    const statements = [
      sql`INSERT INTO accounts (id, email_hash, kdf_salt, kdf_params, auth_hash,
            encryption_public_key, signing_public_key, encrypted_private_keys)
          VALUES (${ids.account}, ${'a'.repeat(64)}, 's', '{}'::jsonb, 'h', 'e', 's', 'k')`,
      sql`INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
          VALUES (${ids.vault}, 'n', 1, ${ids.account})`,
      session({ id: ids.import }),
      staged({ row: 0, id: ids.record }),
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
    await expect(session({}).execute(db.kysely)).resolves.toBeDefined();
    await expect(staged({}).execute(db.kysely)).resolves.toBeDefined();
    await expect(
      session({
        id: '01900000-0000-7000-8000-000000000022',
        state: 'committed',
        finished: true,
      }).execute(db.kysely),
    ).resolves.toBeDefined();
  });
});
