// Vault key rotation through the real client and server: removing a member makes a new key for
// those who stay; they, and members invited later, read everything sealed before; new records
// are sealed under the new key; the member who left is answered nothing.
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

const account = (name: string) => ({
  email: `${name}@rotation.example.org`,
  password: `${name} rotation password, long enough`,
});

describe('removing a member rotates the vault key', () => {
  it('keeps old records readable to those who stay and to later members, seals new ones anew', async () => {
    const [owner, staying, leaving, later] = ['owner', 'staying', 'leaving', 'later'].map(account);
    if (!owner || !staying || !leaving || !later) throw new Error('accounts');
    const o = stack.client('cli');
    const s = stack.client('cli');
    const l = stack.client('cli');
    const n = stack.client('web');
    for (const [c, a] of [
      [o, owner],
      [s, staying],
      [l, leaving],
      [n, later],
    ] as const) {
      await c.register(a);
      await c.login(a);
    }
    const vault = await o.vaults.create({ name: 'Rotation', email: owner.email });
    await o.vaults.invite(vault.id, { email: staying.email, role: 'documenter' });
    await o.vaults.invite(vault.id, { email: leaving.email, role: 'documenter' });
    await s.vaults.accept(vault.id);
    await l.vaults.accept(vault.id);

    const before: RecordData<'person'> = { names: ['Ольга Старая'], sex: 'female' };
    const old = await s.records.create(vault.id, 'person', before);
    expect(old.keyVersion).toBe(1);

    const leavingId = (await o.vaults.members(vault.id)).find(
      (m) => m.email === leaving.email,
    )?.accountId;
    if (leavingId === undefined) throw new Error('no leaving member');
    await o.vaults.remove(vault.id, leavingId);
    const rotated = await o.vaults.get(vault.id);
    expect(rotated).toMatchObject({ keyVersion: 2, rotationRequired: false, name: 'Rotation' });

    // The member who stays (with version 1 still in memory) reads the old and seals the new.
    expect((await s.records.get(vault.id, old.id)).data).toEqual(before);
    const after = await s.records.create(vault.id, 'person', { names: ['Ольга Новая'] });
    expect(after.keyVersion).toBe(2);
    const stored = await sql<{ key_version: number }>`
      SELECT key_version FROM records WHERE id = ${after.id}`.execute(stack.db.kysely);
    expect(stored.rows[0]?.key_version).toBe(2);
    expect((await s.vaults.members(vault.id)).map((m) => m.email).sort()).toEqual(
      [owner.email, staying.email].sort(),
    );

    // Someone invited after the rotation holds only version 2, and opens version 1 by the chain.
    await o.vaults.invite(vault.id, { email: later.email, role: 'viewer' });
    await n.vaults.accept(vault.id);
    expect((await n.records.get(vault.id, old.id)).data).toEqual(before);
    expect((await n.records.history(vault.id, old.id)).versions[0]?.data).toEqual(before);

    // The member who left gets nothing more from the server.
    await expect(l.records.get(vault.id, after.id)).rejects.toMatchObject({ status: 404 });
    await expect(l.vaults.get(vault.id)).rejects.toMatchObject({ status: 404 });
  });

  it('rotates on request, for a member whose device may be compromised', async () => {
    const owner = account('rotate-on-request');
    const o = stack.client('cli');
    await o.register(owner);
    await o.login(owner);
    const vault = await o.vaults.create({ name: 'On request', email: owner.email });
    const person = await o.records.create(vault.id, 'person', { names: ['Пётр'] });
    expect(await o.vaults.rotateKey(vault.id)).toBe(2);
    expect(await o.vaults.rotateKey(vault.id)).toBe(3);
    const fresh = stack.client('cli');
    await fresh.login(owner);
    expect((await fresh.records.get(vault.id, person.id)).data).toEqual({ names: ['Пётр'] });
  });
});
