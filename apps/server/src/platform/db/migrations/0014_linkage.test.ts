// Migration 0014 on both engines: each statement below breaks exactly one rule of the linkage
// tables and must be refused; rows breaking none are accepted; nothing is ever changed or removed.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';
import { seedAccountAndVault } from './seed-vault';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  a: '01900000-0000-7000-8000-00000000000a',
  b: '01900000-0000-7000-8000-00000000000b',
  missing: '01900000-0000-7000-8000-0000000000ff',
};
const CLUSTER = 'P-7K3M9Q2XW4ZD';

let fresh = 0x100;
const newId = () => `01900000-0000-7000-8000-${(fresh++).toString(16).padStart(12, '0')}`;

const decision = (o: { a?: string; b?: string; decision?: string; probability?: number }) => sql`
  INSERT INTO link_decisions (vault_id, id, record_a, record_b, decision, probability, decided_by)
  VALUES (${ids.vault}, ${newId()}, ${o.a ?? ids.a}, ${o.b ?? ids.b}, ${o.decision ?? 'match'},
    ${o.probability ?? null}::float8, ${ids.account})`;

const run = (o: { number: number; basedOn?: number; restoredFrom?: number; clusters?: number }) =>
  sql`
  INSERT INTO link_runs (vault_id, number, based_on, restored_from, settings, records, clusters,
    created_by)
  VALUES (${ids.vault}, ${o.number}, ${o.basedOn ?? null}::int, ${o.restoredFrom ?? null}::int,
    '{"threshold": 0.9}'::jsonb, 2, ${o.clusters ?? 1}, ${ids.account})`;

const assignment = (o: { run?: number; record?: string; cluster?: string; probability?: number }) =>
  sql`
  INSERT INTO link_assignments (vault_id, run, record_id, cluster_id, probability)
  VALUES (${ids.vault}, ${o.run ?? 1}, ${o.record ?? ids.b}, ${o.cluster ?? CLUSTER},
    ${o.probability ?? null}::float8)`;

const violations: [string, () => RawBuilder<unknown>, string][] = [
  ['a pair out of order', () => decision({ a: ids.b, b: ids.a }), '23514'],
  ['a pair of one record', () => decision({ b: ids.a }), '23514'],
  ['a record the vault does not have', () => decision({ b: ids.missing }), '23503'],
  ['an unknown decision', () => decision({ decision: 'maybe' }), '23514'],
  ['a probability above 1', () => decision({ probability: 1.2 }), '23514'],
  ['run number 0', () => run({ number: 0 }), '23514'],
  ['the same run number twice', () => run({ number: 1 }), '23505'],
  ['a run based on a later run', () => run({ number: 5, basedOn: 5 }), '23514'],
  ['a run restoring a later run', () => run({ number: 6, restoredFrom: 7 }), '23514'],
  ['more clusters than records', () => run({ number: 8, clusters: 3 }), '23514'],
  ['an assignment of no run', () => assignment({ run: 99 }), '23503'],
  ['a record assigned twice in a run', () => assignment({ record: ids.a }), '23505'],
  ['a cluster id that is a name', () => assignment({ cluster: 'Ivan Petrov' }), '23514'],
  ['a cluster id with I, L, O or U', () => assignment({ cluster: 'P-ILOU00000000' }), '23514'],
  ['an assignment probability below 0', () => assignment({ probability: -0.5 }), '23514'],
];

describe.each(engines())('migration 0014 (linkage) on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    await seedAccountAndVault(db, ids);
    for (const id of [ids.a, ids.b]) {
      await sql`
        INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, created_by,
          updated_by)
        VALUES (${ids.vault}, ${id}, 'person', '{}'::jsonb, 'x', 1, 1, ${ids.account},
          ${ids.account})`.execute(db.kysely);
    }
    await decision({ probability: 0.8 }).execute(db.kysely);
    await run({ number: 1 }).execute(db.kysely);
    await assignment({ record: ids.a }).execute(db.kysely);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('accepts later decisions on a pair, a restore run and its assignments', async () => {
    await expect(decision({ decision: 'withdrawn' }).execute(db.kysely)).resolves.toBeDefined();
    await expect(
      run({ number: 2, basedOn: 1, restoredFrom: 1 }).execute(db.kysely),
    ).resolves.toBeDefined();
    await expect(
      assignment({ run: 2, record: ids.a, probability: 1 }).execute(db.kysely),
    ).resolves.toBeDefined();
    const { rows } = await sql<{ decision: string }>`
      SELECT decision FROM link_decisions ORDER BY seq`.execute(db.kysely);
    expect(rows.map((r) => r.decision)).toEqual(['match', 'withdrawn']);
  });

  it.each(violations)('refuses %s', async (_, statement, code) => {
    await expect(statement().execute(db.kysely)).rejects.toMatchObject({ code });
  });

  it.each(['link_decisions', 'link_runs', 'link_assignments'])(
    'keeps %s append-only',
    async (table) => {
      await expect(
        sql`UPDATE ${sql.table(table)} SET vault_id = vault_id`.execute(db.kysely),
      ).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM ${sql.table(table)}`.execute(db.kysely)).rejects.toThrow(
        /append-only/,
      );
    },
  );
});
