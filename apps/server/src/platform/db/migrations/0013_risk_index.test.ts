// Migration 0013 on both engines: each statement below breaks exactly one rule of the expert-value
// tables and must be refused; rows breaking none are accepted; versions never change.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';
import { seedAccountAndVault } from './seed-vault';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  value: '01900000-0000-7000-8000-000000000020',
  missing: '01900000-0000-7000-8000-0000000000ff',
};
const FACILITY = '01900000-0000-7000-8fac-000000000001';

let fresh = 0x100;
const newId = () => `01900000-0000-7000-8000-${(fresh++).toString(16).padStart(12, '0')}`;

const value = (o: {
  id?: string;
  indicator?: string;
  level?: string;
  unit?: string;
  from?: string;
  to?: string;
  value?: number | string;
  evidence?: string;
  confidence?: string;
  deleted?: boolean;
  deletedBy?: boolean;
}) => sql`
  INSERT INTO risk_index_expert_values (vault_id, id, indicator, level, unit, period_from,
    period_to, value, evidence, confidence, version, deleted_at, deleted_by, created_by, updated_by)
  VALUES (${ids.vault}, ${o.id ?? newId()}, ${o.indicator ?? 'monitoring-access'},
    ${o.level ?? 'region'}, ${o.unit ?? 'RU-ROS'}, ${o.from ?? '2024-01-01'}::date,
    ${o.to ?? '2024-12-31'}::date, ${o.value ?? 1}::float8, ${o.evidence ?? 'ONK reports 2024'},
    ${o.confidence ?? 'medium'}, 1, ${o.deleted === true ? new Date() : null},
    ${(o.deletedBy ?? o.deleted) === true ? ids.account : null}, ${ids.account}, ${ids.account})`;

const version = (o: { version?: number; change?: string; deleted?: boolean; valueId?: string }) =>
  sql`
  INSERT INTO risk_index_expert_value_versions (vault_id, value_id, version, change, value,
    evidence, confidence, deleted, changed_at, changed_by)
  VALUES (${ids.vault}, ${o.valueId ?? ids.value}, ${o.version ?? 1}, ${o.change ?? 'create'}, 1,
    'e', 'low', ${o.deleted ?? false}, now(), ${ids.account})`;

const violations: [string, () => RawBuilder<unknown>, string][] = [
  ['an indicator id with capitals', () => value({ indicator: 'Monitoring' }), '23514'],
  ['an unknown level', () => value({ level: 'district' }), '23514'],
  ['a region written as a country', () => value({ level: 'country', unit: 'RU-ROS' }), '23514'],
  ['a country written as a region', () => value({ unit: 'RU' }), '23514'],
  ['a facility that is not an id', () => value({ level: 'facility', unit: 'IK-6' }), '23514'],
  ['a period that ends before it starts', () => value({ from: '2025-01-01' }), '23514'],
  ['a value that is not a number', () => value({ value: 'NaN' }), '23514'],
  ['an infinite value', () => value({ value: 'Infinity' }), '23514'],
  ['empty evidence', () => value({ evidence: '' }), '23514'],
  ['evidence over 4,000 characters', () => value({ evidence: 'x'.repeat(4001) }), '23514'],
  ['an unknown confidence', () => value({ confidence: 'certain' }), '23514'],
  ['a deletion without who deleted', () => value({ deleted: true, deletedBy: false }), '23514'],
  ['a second live value for the same key', () => value({}), '23505'],
  ['a version of no value', () => version({ valueId: ids.missing }), '23503'],
  ['the same version twice', () => version({}), '23505'],
  [
    'a deletion version not marked deleted',
    () => version({ version: 7, change: 'delete' }),
    '23514',
  ],
];

describe.each(engines())('migration 0013 (risk-index expert values) on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    await seedAccountAndVault(db, ids);
    await value({ id: ids.value }).execute(db.kysely);
    await version({}).execute(db.kysely);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('accepts a value of each level, and a new live value beside a removed one', async () => {
    await expect(value({ level: 'country', unit: 'RU' }).execute(db.kysely)).resolves.toBeDefined();
    await expect(
      value({ level: 'facility', unit: FACILITY }).execute(db.kysely),
    ).resolves.toBeDefined();
    const key = { unit: 'UA-43', indicator: 'civic-space-laws' };
    await expect(value({ ...key, deleted: true }).execute(db.kysely)).resolves.toBeDefined();
    await expect(value(key).execute(db.kysely)).resolves.toBeDefined();
  });

  it.each(violations)('refuses %s', async (_, statement, code) => {
    await expect(statement().execute(db.kysely)).rejects.toMatchObject({ code });
  });

  it('keeps versions append-only', async () => {
    await expect(
      sql`UPDATE risk_index_expert_value_versions SET evidence = 'x'`.execute(db.kysely),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`DELETE FROM risk_index_expert_value_versions`.execute(db.kysely),
    ).rejects.toThrow(/append-only/);
  });
});
