// Migration 0007 on both engines: the rewritten checks of the search and name-index tables keep
// exactly the rules they replace (each statement below breaks one rule and must be refused; the
// edge cases the old patterns allowed are still allowed), and imports open at the upgrade end.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, loadMigrations, migrate, type TestDb } from '..';
import { seedAccountAndVault } from './seed-vault';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  person: '01900000-0000-7000-8000-000000000010',
  incident: '01900000-0000-7000-8000-000000000011',
};

let next = 0;
/** A fresh target id per link, so that only the rule under test can refuse the row. */
const target = () => `01900000-0000-7000-8000-${String(1000 + next++).padStart(12, '0')}`;

const code = (field: string, value: string) => sql`
  INSERT INTO record_codes (vault_id, record_id, field, code)
  VALUES (${ids.vault}, ${ids.incident}, ${field}, ${value})`;
const link = (field: string) => sql`
  INSERT INTO record_links (vault_id, record_id, field, target_id)
  VALUES (${ids.vault}, ${ids.incident}, ${field}, ${target()})`;
const nameIndex = (value: string) => sql`
  INSERT INTO record_name_indexes (vault_id, record_id, name_index)
  VALUES (${ids.vault}, ${ids.person}, ${value})`;

const a = (n: number) => 'a'.repeat(n);

const refused: [string, RawBuilder<unknown>][] = [
  ['an empty field', code('', 'fsb')],
  ['a field part of 65 letters', code(a(65), 'fsb')],
  ['a field whose second part has 65 letters', code(`perpetrators.${a(65)}`, 'fsb')],
  ['a field of three parts', code('a.b.c', 'fsb')],
  ['a field ending in a dot', code('perpetrators.', 'fsb')],
  ['a field with a digit', code('methods2', 'fsb')],
  ['an empty code', code('methods', '')],
  ['a code of 65 characters', code('methods', `x${a(64)}`)],
  ['a code starting with a dot', code('methods', '.fsb')],
  ['a code with a space', code('methods', 'Иванов Иван')],
  ['a link field with a dot', link('victim.id')],
  ['a link field of 65 letters', link(a(65))],
  ['an empty link field', link('')],
  ['a name index of 15 hex digits', nameIndex('0'.repeat(15))],
  ['a name index of 17 hex digits', nameIndex('0'.repeat(17))],
  ['a name index in capitals', nameIndex('ABCDEF0123456789')],
];

const accepted: [string, RawBuilder<unknown>][] = [
  ['a field part of 64 letters', code(a(64), 'fsb')],
  ['a two-part field of 64 letters each', code(`${a(64)}.${a(64)}`, 'fsb')],
  ['a code of 64 characters', code('methods', `x${a(63)}`)],
  ['a code of one digit', code('methods', '0')],
  ['a code with dots, dashes and underscores', code('methods', '01.02-03_04')],
  ['a link field of 64 letters', link(a(64))],
  ['a name index of 16 hex digits', nameIndex('0123456789abcdef')],
];

describe.each(engines())('migration 0007 (cheaper index checks) on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    await seedAccountAndVault(db, ids);
    for (const [id, kind] of [
      [ids.person, 'person'],
      [ids.incident, 'incident'],
    ] as const) {
      await sql`INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version,
          created_by, updated_by)
        VALUES (${ids.vault}, ${id}, ${kind}, '{}'::jsonb, 's', 1, 1, ${ids.account},
          ${ids.account})`.execute(db.kysely);
    }
  });
  afterAll(async () => {
    await db.drop();
  });

  it.each(refused)('refuses %s', async (_, statement) => {
    await expect(statement.execute(db.kysely)).rejects.toMatchObject({ code: '23514' });
  });

  it.each(accepted)('accepts %s', async (_, statement) => {
    await expect(statement.execute(db.kysely)).resolves.toBeDefined();
  });
});

describe.each(engines())('migration 0007 on %s, with an import open', (engine) => {
  let db: TestDb;
  const open = '01900000-0000-7000-8000-000000000040';
  const committed = '01900000-0000-7000-8000-000000000041';
  beforeAll(async () => {
    db = await createTestDbFor(engine, { migrate: false });
    const all = loadMigrations();
    await migrate(db, all.slice(0, 6));
    await seedAccountAndVault(db, ids);
    await sql`INSERT INTO imports (id, vault_id, created_by, created_at, total, state, expires_at,
        finished_at)
      VALUES (${open}, ${ids.vault}, ${ids.account}, now(), 2, 'open', now() + interval '1 hour',
          NULL),
        (${committed}, ${ids.vault}, ${ids.account}, now(), 1, 'committed', now(), now())`.execute(
      db.kysely,
    );
    await sql`INSERT INTO import_records (import_id, row_index, id, kind, record)
      VALUES (${open}, 0, ${ids.person}, 'person', '{}'::jsonb)`.execute(db.kysely);
    await migrate(db, all);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('drops what an open import staged and lets it expire at once', async () => {
    const staged = await db.kysely.selectFrom('import_records').selectAll().execute();
    expect(staged).toEqual([]);
    const rows = await db.kysely
      .selectFrom('imports')
      .select(['id', 'state', 'staged'])
      .select(sql<boolean>`expires_at <= created_at`.as('expired'))
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: open, state: 'open', staged: 0, expired: true },
      { id: committed, state: 'committed', staged: 0, expired: true },
    ]);
  });
});
