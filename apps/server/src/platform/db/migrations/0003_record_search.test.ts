// Migration 0003 on both engines: each statement below breaks exactly one rule of the search
// tables and must be refused; rows breaking none are accepted; records stored before the
// migration are backfilled.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, loadMigrations, migrate, type TestDb } from '..';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  person: '01900000-0000-7000-8000-000000000010',
  incident: '01900000-0000-7000-8000-000000000011',
  facility: '01900000-0000-7000-8000-000000000020',
  missing: '01900000-0000-7000-8000-0000000000ff',
};

const code = (o: { record?: string; field?: string; code?: string }) => sql`
  INSERT INTO record_codes (vault_id, record_id, field, code)
  VALUES (${ids.vault}, ${o.record ?? ids.incident}, ${o.field ?? 'methods'},
    ${o.code ?? 'beating'})`;

const link = (o: { record?: string; field?: string; target?: string }) => sql`
  INSERT INTO record_links (vault_id, record_id, field, target_id)
  VALUES (${ids.vault}, ${o.record ?? ids.incident}, ${o.field ?? 'victim'},
    ${o.target ?? ids.person})`;

const violations: [string, RawBuilder<unknown>, string][] = [
  ['a code of a record that does not exist', code({ record: ids.missing }), '23503'],
  ['a code with an empty field', code({ field: '' }), '23514'],
  ['a code that is not a code', code({ code: 'Иванов Иван' }), '23514'],
  ['the same code twice in one field', code({ code: 'sexual-violence' }), '23505'],
  ['a link of a record that does not exist', link({ record: ids.missing }), '23503'],
  ['a link with a malformed field', link({ field: 'victim; drop' }), '23514'],
  ['a record linked to itself', link({ target: ids.incident }), '23514'],
  ['the same link twice', link({}), '23505'],
];

const coded = {
  victim: ids.person,
  facility: ids.facility,
  region: 'RU-MOS',
  methods: ['beating', 'sexual-violence'],
  perpetrators: [{ agency: 'fsb' }, { type: 'x' }, { agency: 'fsb' }],
  date: { precision: 'day', value: '2024-03-05' },
};

describe.each(engines())('migration 0003 on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine, { migrate: false });
    const all = loadMigrations();
    await migrate(db, all.slice(0, 2));
    const statements = [
      sql`INSERT INTO accounts (id, email_hash, kdf_salt, kdf_params, auth_hash,
            encryption_public_key, signing_public_key, encrypted_private_keys)
          VALUES (${ids.account}, ${'a'.repeat(64)}, 's', '{}'::jsonb, 'h', 'e', 's', 'k')`,
      sql`INSERT INTO vaults (id, name_envelope, name_key_version, created_by)
          VALUES (${ids.vault}, 'n', 1, ${ids.account})`,
      sql`INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version,
            created_by, updated_by)
          VALUES (${ids.vault}, ${ids.person}, 'person', ${JSON.stringify({ groups: ['journalist', 'minor'] })}::jsonb,
            's', 1, 1, ${ids.account}, ${ids.account})`,
      sql`INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version,
            created_by, updated_by)
          VALUES (${ids.vault}, ${ids.incident}, 'incident', ${JSON.stringify(coded)}::jsonb,
            's', 1, 1, ${ids.account}, ${ids.account})`,
    ];
    for (const s of statements) await s.execute(db.kysely);
    await migrate(db, all.slice(0, 3));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('backfills the codes and links of the records stored before it', async () => {
    const codes = await db.kysely
      .selectFrom('record_codes')
      .select(['record_id', 'field', 'code'])
      .orderBy('record_id')
      .orderBy('field')
      .orderBy('code')
      .execute();
    expect(codes).toEqual([
      { record_id: ids.person, field: 'groups', code: 'journalist' },
      { record_id: ids.person, field: 'groups', code: 'minor' },
      { record_id: ids.incident, field: 'methods', code: 'beating' },
      { record_id: ids.incident, field: 'methods', code: 'sexual-violence' },
      { record_id: ids.incident, field: 'perpetrators.agency', code: 'fsb' },
      { record_id: ids.incident, field: 'region', code: 'RU-MOS' },
    ]);
    const links = await db.kysely
      .selectFrom('record_links')
      .select(['record_id', 'field', 'target_id'])
      .orderBy('field')
      .execute();
    expect(links).toEqual([
      { record_id: ids.incident, field: 'facility', target_id: ids.facility },
      { record_id: ids.incident, field: 'victim', target_id: ids.person },
    ]);
  });

  it.each(violations)('refuses %s', async (_name, statement, sqlState) => {
    await expect(statement.execute(db.kysely)).rejects.toMatchObject({ code: sqlState });
  });

  it('accepts rows that break none of them (so the refusals are about the rule)', async () => {
    await expect(code({ code: 'electric-shock' }).execute(db.kysely)).resolves.toBeDefined();
    await expect(
      code({ field: 'perpetrators.type', code: '010000000000' }).execute(db.kysely),
    ).resolves.toBeDefined();
    await expect(
      link({ field: 'sources', target: ids.missing }).execute(db.kysely),
    ).resolves.toBeDefined();
  });
});
