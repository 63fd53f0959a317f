// A vault's record settings through the real client and server: a sensitive field travels sealed
// until an owner exposes it, then coded (so the server can filter on it); records saved either
// way read back the same.
import type { RecordData } from '@vigil/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './harness';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const owner = { email: 'settings-owner@example.org', password: 'settings owner password, long' };

/** The coded part the server stored for a record. */
const codedOf = async (id: string): Promise<Record<string, unknown>> => {
  const rows = await sql<{ coded: Record<string, unknown> }>`
    SELECT coded FROM records WHERE id = ${id}`.execute(stack.db.kysely);
  return rows.rows[0]?.coded ?? {};
};

describe('sensitive fields and the vault settings', () => {
  it('seals them by default, codes them once exposed, and reads both back', async () => {
    const o = stack.client('cli');
    await o.register(owner);
    await o.login(owner);
    const vault = await o.vaults.create({ name: 'Settings', email: owner.email });
    expect(vault.recordSettings).toEqual({ codedSensitiveFields: [] });
    const data: RecordData<'person'> = {
      names: ['Мария Свидетелева'],
      groups: ['political-prisoner'],
      groupsReligion: ['jehovahs-witness'],
    };

    const before = await o.records.create(vault.id, 'person', data);
    expect(await codedOf(before.id)).toEqual({ groups: ['political-prisoner'] });
    const sentBefore = stack.requests.at(-1)?.body ?? '';
    expect(sentBefore).not.toContain('jehovahs-witness');

    const changed = await o.vaults.setRecordSettings(vault.id, {
      codedSensitiveFields: ['person.groupsReligion'],
    });
    expect(changed.recordSettings).toEqual({ codedSensitiveFields: ['person.groupsReligion'] });

    const after = await o.records.create(vault.id, 'person', data);
    expect(await codedOf(after.id)).toEqual({
      groups: ['political-prisoner'],
      groupsReligion: ['jehovahs-witness'],
    });

    expect((await o.records.get(vault.id, before.id)).data).toEqual(data);
    expect((await o.records.get(vault.id, after.id)).data).toEqual(data);
    // Saving the older record again moves the field to the side the vault now keeps it on.
    await o.records.update(vault.id, before.id, data, before.version);
    expect(await codedOf(before.id)).toEqual(await codedOf(after.id));
  });
});
