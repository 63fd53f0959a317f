// Migration 0008 on both engines: each statement below breaks exactly one rule of the evidence
// tables and must be refused; rows breaking none are accepted; custody events never change.
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDbFor, engines, type TestDb } from '..';
import { seedAccountAndVault } from './seed-vault';

const ids = {
  account: '01900000-0000-7000-8000-000000000001',
  vault: '01900000-0000-7000-8000-000000000003',
  incident: '01900000-0000-7000-8000-000000000011',
  item: '01900000-0000-7000-8000-000000000050',
  copy: '01900000-0000-7000-8000-000000000051',
  missing: '01900000-0000-7000-8000-0000000000ff',
};
const MiB = 1024 * 1024;
const hex = (c: string) => c.repeat(64);

let fresh = 0x100;
const newId = () => `01900000-0000-7000-8000-${(fresh++).toString(16).padStart(12, '0')}`;

const item = (o: {
  id?: string;
  kind?: string;
  state?: string;
  size?: number;
  partSize?: number;
  parts?: number;
  derivedFrom?: string | null;
  expires?: boolean;
  stored?: boolean;
}) => {
  const size = o.size ?? 3 * MiB;
  const partSize = o.partSize ?? 2 * MiB;
  const state = o.state ?? 'stored';
  return sql`
    INSERT INTO evidence_items (vault_id, id, kind, state, size, part_size, parts, sealed,
      key_version, derived_from, upload_expires_at, created_by, stored_at)
    VALUES (${ids.vault}, ${o.id ?? newId()}, ${o.kind ?? 'photo'}, ${state}, ${size},
      ${partSize}, ${o.parts ?? Math.max(1, Math.ceil(size / partSize))}, 's', 1,
      ${o.derivedFrom ?? null},
      ${(o.expires ?? state === 'uploading') ? new Date(Date.now() + 3600_000) : null},
      ${ids.account}, ${(o.stored ?? state === 'stored') ? new Date() : null})`;
};

const part = (o: { index?: number; size?: number; sha?: string; evidence?: string }) => sql`
  INSERT INTO evidence_parts (vault_id, evidence_id, part_index, size, sha256)
  VALUES (${ids.vault}, ${o.evidence ?? ids.item}, ${o.index ?? 0}, ${o.size ?? MiB},
    ${o.sha ?? hex('a')})`;

const event = (o: { seq: number; action?: string; prev?: string; hash?: string }) => sql`
  INSERT INTO custody_events (vault_id, evidence_id, seq, action, prev, hash, sealed,
    key_version, actor)
  VALUES (${ids.vault}, ${ids.item}, ${o.seq}, ${o.action ?? (o.seq === 0 ? 'intake' : 'view')},
    ${o.prev ?? hex('0')}, ${o.hash ?? hex(String(o.seq + 1))}, 's', 1, ${ids.account})`;

const violations: [string, () => RawBuilder<unknown>, string][] = [
  ['an unknown kind of evidence', () => item({ kind: 'rumour' }), '23514'],
  ['a part count that does not fit the size', () => item({ parts: 5 }), '23514'],
  ['a part size below 64 KiB', () => item({ partSize: 1000, parts: 1, size: 10 }), '23514'],
  ['an upload without an expiry', () => item({ state: 'uploading', expires: false }), '23514'],
  ['a stored item that still expires', () => item({ expires: true }), '23514'],
  ['a working copy of itself', () => item({ id: ids.copy, derivedFrom: ids.copy }), '23514'],
  ['a working copy of nothing', () => item({ derivedFrom: ids.missing }), '23503'],
  ['a part of no item', () => part({ evidence: ids.missing }), '23503'],
  ['a part with a malformed hash', () => part({ index: 7, sha: 'xyz' }), '23514'],
  ['an empty part', () => part({ index: 8, size: 0 }), '23514'],
  ['the same part twice', () => part({}), '23505'],
  [
    'a link to a record that does not exist',
    () => sql`INSERT INTO evidence_links (vault_id, evidence_id, record_id)
      VALUES (${ids.vault}, ${ids.item}, ${ids.missing})`,
    '23503',
  ],
  ['a first event that is not intake', () => event({ seq: 0, action: 'view' }), '23514'],
  ['an intake after the first event', () => event({ seq: 5, action: 'intake' }), '23514'],
  ['a first event with a previous hash', () => event({ seq: 0, prev: hex('1') }), '23514'],
  ['a second event at the same place', () => event({ seq: 1, hash: hex('9') }), '23505'],
  ['an event whose hash is taken', () => event({ seq: 2, hash: hex('2') }), '23505'],
];

describe.each(engines())('migration 0008 (evidence) on %s', (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDbFor(engine);
    await seedAccountAndVault(db, ids);
    await sql`INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version,
        created_by, updated_by)
      VALUES (${ids.vault}, ${ids.incident}, 'incident', '{}'::jsonb, 's', 1, 1, ${ids.account},
        ${ids.account})`.execute(db.kysely);
    await item({ id: ids.item }).execute(db.kysely);
    await part({}).execute(db.kysely);
    await part({ index: 1 }).execute(db.kysely);
    await item({ id: ids.copy, derivedFrom: ids.item, size: 0, parts: 1 }).execute(db.kysely);
    await sql`INSERT INTO evidence_links (vault_id, evidence_id, record_id)
      VALUES (${ids.vault}, ${ids.item}, ${ids.incident})`.execute(db.kysely);
    await event({ seq: 0 }).execute(db.kysely);
    await event({ seq: 1, prev: hex('1') }).execute(db.kysely);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('accepts an upload in progress and an empty file as one part', async () => {
    await expect(item({ state: 'uploading' }).execute(db.kysely)).resolves.toBeDefined();
    await expect(item({ size: 0, parts: 1 }).execute(db.kysely)).resolves.toBeDefined();
  });

  it.each(violations)('refuses %s', async (_, statement, code) => {
    await expect(statement().execute(db.kysely)).rejects.toMatchObject({ code });
  });

  it('keeps custody events append-only', async () => {
    await expect(
      sql`UPDATE custody_events SET action = 'copy' WHERE seq = 1`.execute(db.kysely),
    ).rejects.toMatchObject({ code: '23001' });
    await expect(sql`DELETE FROM custody_events`.execute(db.kysely)).rejects.toMatchObject({
      code: '23001',
    });
  });
});
