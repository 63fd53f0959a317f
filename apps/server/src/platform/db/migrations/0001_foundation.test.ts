// Migration 0001 on both engines: beyond creating its objects (migrate.test.ts), the constraints it
// declares hold — each statement below breaks exactly one rule and must be refused by the database.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';

const hex = (c: string) => c.repeat(64);
const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  other: '01900000-0000-7000-8000-000000000002',
  vault: '01900000-0000-7000-8000-000000000003',
  session: '01900000-0000-7000-8000-000000000004',
  missing: '01900000-0000-7000-8000-0000000000ff',
};

const account = (id: string, emailHash: string) => sql`
  INSERT INTO accounts (id, email_hash, kdf_salt, kdf_params, auth_hash, encryption_public_key,
    signing_public_key, encrypted_private_keys)
  VALUES (${id}, ${emailHash}, 's', '{}'::jsonb, 'h', 'e', 's', 'k')`;

/** Each case: a statement and the SQLSTATE it must fail with. */
const violations: [string, RawBuilder<unknown>, string][] = [
  ['an e-mail hash that is not hex', account(ids.other, 'alice@example.org'), '23514'],
  ['a second account with the same e-mail hash', account(ids.other, hex('a')), '23505'],
  [
    'TOTP on without a secret',
    sql`UPDATE accounts SET totp_enabled = true WHERE id = ${ids.account}`,
    '23514',
  ],
  [
    'a negative failed-login count',
    sql`UPDATE accounts SET failed_logins = -1 WHERE id = ${ids.account}`,
    '23514',
  ],
  [
    'a session of an unknown client kind',
    sql`INSERT INTO sessions (id, token_hash, account_id, client, csrf_token, expires_at)
        VALUES (${ids.other}, 't2', ${ids.account}, 'mobile', 'c', now() + interval '1 hour')`,
    '23514',
  ],
  [
    'a session that expires before it starts',
    sql`INSERT INTO sessions (id, token_hash, account_id, client, csrf_token, expires_at)
        VALUES (${ids.other}, 't3', ${ids.account}, 'web', 'c', now() - interval '1 hour')`,
    '23514',
  ],
  [
    'a second session with the same token hash',
    sql`INSERT INTO sessions (id, token_hash, account_id, client, csrf_token, expires_at)
        VALUES (${ids.other}, 't1', ${ids.account}, 'web', 'c', now() + interval '1 hour')`,
    '23505',
  ],
  [
    'a vault name sealed with a key newer than the vault key',
    sql`INSERT INTO vaults (id, key_version, name_envelope, name_key_version, created_by)
        VALUES (${ids.other}, 1, 'n', 2, ${ids.account})`,
    '23514',
  ],
  [
    'a vault created by an unknown account',
    sql`INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
        VALUES (${ids.other}, 'n', 1, ${ids.missing})`,
    '23503',
  ],
  [
    'a member with a role outside the five',
    sql`INSERT INTO vault_members (vault_id, account_id, role, status, profile_envelope, profile_key_version)
        VALUES (${ids.vault}, ${ids.other}, 'superuser', 'active', 'p', 1)`,
    '23514',
  ],
  [
    'a member with an unknown status',
    sql`INSERT INTO vault_members (vault_id, account_id, role, status, profile_envelope, profile_key_version)
        VALUES (${ids.vault}, ${ids.other}, 'viewer', 'pending', 'p', 1)`,
    '23514',
  ],
  [
    'a key grant for someone who is not a member',
    sql`INSERT INTO vault_key_grants (vault_id, account_id, key_version, wrapped_key)
        VALUES (${ids.vault}, ${ids.other}, 1, 'w')`,
    '23503',
  ],
  [
    'an audit event with seq 0',
    sql`INSERT INTO audit_events (chain, seq, at, at_text, action, prev_hash, hash)
        VALUES ('instance', 0, now(), 'x', 'a', ${hex('0')}, ${hex('2')})`,
    '23514',
  ],
  [
    'an audit event whose previous hash is not hex',
    sql`INSERT INTO audit_events (chain, seq, at, at_text, action, prev_hash, hash)
        VALUES ('instance', 2, now(), 'x', 'a', 'nope', ${hex('2')})`,
    '23514',
  ],
  [
    'a second audit event at the same seq of a chain',
    sql`INSERT INTO audit_events (chain, seq, at, at_text, action, prev_hash, hash)
        VALUES ('instance', 1, now(), 'x', 'a', ${hex('0')}, ${hex('3')})`,
    '23505',
  ],
  [
    'a checkpoint of an event that does not exist',
    sql`INSERT INTO audit_checkpoints (chain, seq, hash, signed_at, signature)
        VALUES ('instance', 9, ${hex('1')}, 'x', 's')`,
    '23503',
  ],
];

describe.each(engines())('migration 0001 on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    const statements = [
      account(ids.account, hex('a')),
      sql`INSERT INTO sessions (id, token_hash, account_id, client, csrf_token, expires_at)
          VALUES (${ids.session}, 't1', ${ids.account}, 'cli', 'c', now() + interval '1 hour')`,
      sql`INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
          VALUES (${ids.vault}, 'n', 1, ${ids.account})`,
      sql`INSERT INTO audit_events (chain, seq, at, at_text, action, prev_hash, hash)
          VALUES ('instance', 1, now(), 'x', 'a', ${hex('0')}, ${hex('1')})`,
    ];
    for (const s of statements) await s.execute(db.kysely);
  });
  afterAll(async () => {
    await db.drop();
  });

  it.each(violations)('refuses %s', async (_name, statement, sqlState) => {
    await expect(statement.execute(db.kysely)).rejects.toMatchObject({ code: sqlState });
  });

  it('accepts a row that breaks none of them (so the refusals are about the rule)', async () => {
    await expect(account(ids.other, hex('b')).execute(db.kysely)).resolves.toBeDefined();
    await sql`DELETE FROM accounts WHERE id = ${ids.other}`.execute(db.kysely);
  });

  it('removes an account’s sessions and recovery codes with the account', async () => {
    const id = '01900000-0000-7000-8000-0000000000aa';
    await account(id, hex('c')).execute(db.kysely);
    await sql`INSERT INTO sessions (id, token_hash, account_id, client, csrf_token, expires_at)
      VALUES (${id}, 'tc', ${id}, 'cli', 'c', now() + interval '1 hour')`.execute(db.kysely);
    await sql`INSERT INTO recovery_codes (account_id, code_hash) VALUES (${id}, 'rc')`.execute(
      db.kysely,
    );
    await sql`DELETE FROM accounts WHERE id = ${id}`.execute(db.kysely);
    const left = await sql<{ n: string }>`
      SELECT (SELECT count(*) FROM sessions WHERE account_id = ${id})
           + (SELECT count(*) FROM recovery_codes WHERE account_id = ${id}) AS n`.execute(
      db.kysely,
    );
    expect(Number(left.rows[0]?.n)).toBe(0);
  });
});
