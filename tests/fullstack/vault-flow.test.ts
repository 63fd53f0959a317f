// Two users, one vault, through the real client and the real server: invitation, acceptance,
// roles, members with opened profiles, removal, and audit verification that catches tampering.
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

const alice = { email: 'alice@example.org', password: 'alice password, long enough' };
const bob = { email: 'bob@example.org', password: 'bob password, long enough too' };
const vaultName = 'Monitoring: IK-6 Kopeysk';

/** Changes one audit event behind the server's back, as an insider with database access could. */
const tamperEvent = async (s: Stack, chain: string, seq: number): Promise<void> => {
  await s.db.transaction(async (trx) => {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(trx);
    await sql`UPDATE audit_events SET data = '{"tampered":true}'::jsonb
              WHERE chain = ${chain} AND seq = ${seq}`.execute(trx);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(trx);
  });
};

describe('a vault shared between two users', () => {
  it('goes from invitation to removal, and its audit chain verifies until tampered', async () => {
    const a = stack.client('web');
    const b = stack.client('cli');
    const { accountId: aliceId } = await a.register(alice);
    const { accountId: bobId } = await b.register(bob);
    await a.login(alice);
    await b.login(bob);

    const vault = await a.vaults.create({ name: vaultName, email: alice.email });
    expect(vault).toMatchObject({
      name: vaultName,
      role: 'owner',
      status: 'active',
      keyVersion: 1,
    });
    expect(await a.vaults.list()).toEqual([vault]);
    expect(await b.vaults.list()).toEqual([]);

    const invited = await a.vaults.invite(vault.id, { email: bob.email, role: 'documenter' });
    expect(invited).toMatchObject({
      accountId: bobId,
      email: bob.email,
      role: 'documenter',
      status: 'invited',
    });

    // Bob sees the invitation and can already read the vault's name: the key was wrapped to him.
    const [invitation] = await b.vaults.list();
    expect(invitation).toMatchObject({
      id: vault.id,
      name: vaultName,
      status: 'invited',
      role: 'documenter',
    });
    expect(await b.vaults.accept(vault.id)).toMatchObject({ id: vault.id, status: 'active' });

    await a.vaults.changeRole(vault.id, bobId, 'viewer');
    const members = await a.vaults.members(vault.id);
    expect(
      members
        .map(({ accountId, email, role, status }) => ({ accountId, email, role, status }))
        .sort((x, y) => x.email.localeCompare(y.email)),
    ).toEqual([
      { accountId: aliceId, email: alice.email, role: 'owner', status: 'active' },
      { accountId: bobId, email: bob.email, role: 'viewer', status: 'active' },
    ]);
    // A viewer may list members (profiles open for him too) but not change roles.
    expect((await b.vaults.members(vault.id)).map((m) => m.email).sort()).toEqual([
      alice.email,
      bob.email,
    ]);
    await expect(b.vaults.changeRole(vault.id, aliceId, 'viewer')).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    });

    await a.vaults.remove(vault.id, bobId);
    expect(await b.vaults.list()).toEqual([]);
    expect((await a.vaults.members(vault.id)).map((m) => m.accountId)).toEqual([aliceId]);

    const verified = await a.audit.verify(vault.id);
    expect(verified.ok).toBe(true);
    expect(verified.ok && verified.events).toBeGreaterThanOrEqual(5);

    await tamperEvent(stack, vault.id, 2);
    const after = await a.audit.verify(vault.id);
    expect(after).toMatchObject({ ok: false, seq: 2 });
  });
});
