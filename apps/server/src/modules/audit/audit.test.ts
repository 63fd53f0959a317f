// The audit log end to end: events commit (or roll back) with their change, chains and signed
// checkpoints verify, and an event altered in the database by someone who bypasses the append-only
// trigger is named by seq.
import { auditChainResponseSchema, INSTANCE_CHAIN, type AuditChainResponse } from '@vigil/core';
import { fromBase64Url, uuidv7 } from '@vigil/crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../platform/clock';
import {
  addMember,
  call,
  createVault,
  expectStatus,
  invitationFor,
  newSession,
  registerAccount,
  startApp,
  type TestApp,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';
import { loadInstanceKeys } from '../instance/keys';
import { createAuditLog } from './log';
import { verifyChain } from './verify';

const CHECKPOINT_EVERY = 3;

let t: TestApp;
let owner: TestSession;
let vault: TestVault;

beforeAll(async () => {
  t = await startApp({ config: { checkpointEvery: CHECKPOINT_EVERY } });
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  // A handful of vault events: create, invite, accept, role change, removal.
  const member = await addMember(t.app, owner, vault, 'viewer');
  expectStatus(
    await call(t.app, 'PATCH', `/api/vaults/${vault.id}/members/${member.account.id}`, {
      session: owner,
      body: { role: 'analyst' },
    }),
    204,
  );
  const other = await addMember(t.app, owner, vault, 'documenter');
  expectStatus(
    await call(t.app, 'DELETE', `/api/vaults/${vault.id}/members/${other.account.id}`, {
      session: owner,
    }),
    204,
  );
});
afterAll(async () => {
  await t.close();
});

/** A chain as the API serves it. */
const readChain = async (chain: string): Promise<AuditChainResponse> => {
  const res = expectStatus(
    await call(t.app, 'GET', `/api/audit/${chain}`, { session: owner }),
    200,
  );
  return auditChainResponseSchema.parse(res.json());
};

const verify = async (chain: string) => {
  const c = await readChain(chain);
  return verifyChain(c.events, c.checkpoints, fromBase64Url(c.serverPublicKey));
};

const eventCount = async (chain: string): Promise<number> =>
  Number(
    (
      await t.db.kysely
        .selectFrom('audit_events')
        .select(({ fn }) => fn.countAll<string>().as('n'))
        .where('chain', '=', chain)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('audit events and their changes', () => {
  it('records each vault change as the next event of the vault chain', async () => {
    const c = await readChain(vault.id);
    expect(c.events.map((e) => e.seq)).toEqual(c.events.map((_e, i) => i + 1));
    expect(c.headSeq).toBe(c.events.length);
    const actions = c.events.map((e) => e.action);
    expect(actions[0]).toBe('vault.create');
    for (const a of ['member.invite', 'member.accept', 'member.role', 'member.remove']) {
      expect(actions, a).toContain(a);
    }
  });

  it('leaves no event behind when the change is refused', async () => {
    const vaultBefore = await eventCount(vault.id);
    const instanceBefore = await eventCount(INSTANCE_CHAIN);
    // The sole owner may not step down; a taken address may not register again.
    const demote = await call(
      t.app,
      'PATCH',
      `/api/vaults/${vault.id}/members/${owner.account.id}`,
      {
        session: owner,
        body: { role: 'admin' },
      },
    );
    expect(demote.statusCode).toBe(409);
    const again = await call(t.app, 'POST', `/api/vaults/${vault.id}/accept`, { session: owner });
    expect(again.statusCode).toBe(409);
    expect(await eventCount(vault.id)).toBe(vaultBefore);
    expect(await eventCount(INSTANCE_CHAIN)).toBe(instanceBefore);
  });

  it('rolls an appended event back with a change that fails after it was recorded', async () => {
    const keys = await loadInstanceKeys(t.db);
    const audit = createAuditLog({
      db: t.db,
      keys,
      clock: systemClock,
      checkpointEvery: CHECKPOINT_EVERY,
    });
    const before = await eventCount(vault.id);
    const id = uuidv7();
    await expect(
      audit.run(async (uow) => {
        await uow.record({ chain: vault.id, actor: owner.account.id, action: 'test.change' });
        await uow.trx
          .insertInto('instance_settings')
          .values({ key: `test-${id}`, value: 'x' })
          .execute();
        // The same key again: the database refuses, after the event was appended.
        await uow.trx
          .insertInto('instance_settings')
          .values({ key: `test-${id}`, value: 'y' })
          .execute();
      }),
    ).rejects.toThrow();
    expect(await eventCount(vault.id)).toBe(before);
    const row = await t.db.kysely
      .selectFrom('instance_settings')
      .select('key')
      .where('key', '=', `test-${id}`)
      .executeTakeFirst();
    expect(row).toBeUndefined();
    expect(await verify(vault.id)).toMatchObject({ ok: true });
  });

  it('records account events (registration, sign-in, failures) on the instance chain', async () => {
    const before = await eventCount(INSTANCE_CHAIN);
    const account = await registerAccount(t.app);
    const bad = await call(t.app, 'POST', '/api/auth/login', {
      body: { email: account.email, authKey: 'A'.repeat(43), client: 'cli' },
    });
    expect(bad.statusCode).toBe(401);
    const c = await readChain(INSTANCE_CHAIN);
    const added = c.events.filter((e) => e.seq > before);
    expect(added.length).toBeGreaterThanOrEqual(2);
    // Ids and codes only: the address is nowhere in the chain.
    expect(JSON.stringify(c.events)).not.toContain(account.email);
    expect(added.some((e) => e.subjectId === account.id || e.actor === account.id)).toBe(true);
  });
});

describe('chains and checkpoints', () => {
  it('verifies the vault chain and the instance chain as served', async () => {
    for (const chain of [vault.id, INSTANCE_CHAIN]) {
      const c = await readChain(chain);
      const verdict = await verifyChain(c.events, c.checkpoints, fromBase64Url(c.serverPublicKey));
      expect(verdict, chain).toEqual({ ok: true, events: c.headSeq, head: c.events.at(-1)?.hash });
    }
  });

  it('keeps one unbroken chain when changes to a vault and sign-ins run concurrently', async () => {
    const v = await createVault(t.app, owner);
    const accounts = await Promise.all(Array.from({ length: 8 }, () => registerAccount(t.app)));
    const answers = await Promise.all([
      ...accounts.map(async (a) =>
        call(t.app, 'POST', `/api/vaults/${v.id}/members`, {
          session: owner,
          body: await invitationFor(v, a, 'viewer'),
        }),
      ),
      ...accounts.slice(0, 4).map((a) =>
        call(t.app, 'POST', '/api/auth/login', {
          body: { email: a.email, authKey: a.authKey, client: 'cli' },
        }),
      ),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([
      ...Array(4).fill(200),
      ...Array(8).fill(201),
    ]);
    const c = await readChain(v.id);
    expect(c.events).toHaveLength(1 + accounts.length);
    expect(
      await verifyChain(c.events, c.checkpoints, fromBase64Url(c.serverPublicKey)),
    ).toMatchObject({ ok: true });
    expect(await verify(INSTANCE_CHAIN)).toMatchObject({ ok: true });
  });

  it(`signs a checkpoint every ${CHECKPOINT_EVERY} events, naming the chain's hash at that seq`, async () => {
    const c = await readChain(vault.id);
    expect(c.events.length).toBeGreaterThanOrEqual(2 * CHECKPOINT_EVERY);
    const expectedSeqs = c.events.filter((e) => e.seq % CHECKPOINT_EVERY === 0).map((e) => e.seq);
    expect(c.checkpoints.map((k) => k.seq)).toEqual(expectedSeqs);
    for (const k of c.checkpoints) {
      expect(k.hash).toBe(c.events.find((e) => e.seq === k.seq)?.hash);
    }
  });

  it('refuses a checkpoint signed by another key or naming another hash', async () => {
    const c = await readChain(vault.id);
    const [first] = c.checkpoints;
    if (!first) throw new Error('no checkpoint');
    const otherKey = fromBase64Url((await readChain(INSTANCE_CHAIN)).serverPublicKey).map(
      (b) => b ^ 1,
    );
    expect(await verifyChain(c.events, c.checkpoints, otherKey)).toMatchObject({
      ok: false,
      seq: first.seq,
    });
    const moved = { ...first, hash: c.events[0]?.hash ?? '' };
    expect(await verifyChain(c.events, [moved], fromBase64Url(c.serverPublicKey))).toMatchObject({
      ok: false,
      seq: first.seq,
    });
  });
});

describe('tampering with stored events', () => {
  it('refuses updates and deletes of audit rows through the append-only trigger', async () => {
    await expect(
      sql`UPDATE audit_events SET action = 'x' WHERE chain = ${vault.id} AND seq = 1`.execute(
        t.db.kysely,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`DELETE FROM audit_events WHERE chain = ${vault.id} AND seq = 1`.execute(t.db.kysely),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`UPDATE audit_checkpoints SET hash = 'x' WHERE chain = ${vault.id}`.execute(t.db.kysely),
    ).rejects.toThrow(/append-only/);
    expect(await verify(vault.id)).toMatchObject({ ok: true });
  });

  // Each case works on its own vault, so one tampering does not hide another.
  const tamperedVault = async (): Promise<{ vault: TestVault; events: number }> => {
    const v = await createVault(t.app, owner);
    for (let i = 0; i < 3; i += 1) {
      const body = await invitationFor(v, await registerAccount(t.app), 'viewer');
      expectStatus(
        await call(t.app, 'POST', `/api/vaults/${v.id}/members`, { session: owner, body }),
        201,
      );
    }
    return { vault: v, events: await eventCount(v.id) };
  };

  /** What an attacker with database access does: switch the trigger off, change, switch it on. */
  const asAttacker = (statement: ReturnType<typeof sql>) =>
    t.db.transaction(async (trx) => {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(trx);
      await statement.execute(trx);
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(trx);
    });

  it('names the seq of an event whose data was altered in the database', async () => {
    const { vault: v, events } = await tamperedVault();
    const target = events - 1;
    await asAttacker(
      sql`UPDATE audit_events SET data = '{"role":"owner"}'::jsonb WHERE chain = ${v.id} AND seq = ${target}`,
    );
    expect(await verify(v.id)).toMatchObject({ ok: false, seq: target, reason: 'hash mismatch' });
  });

  it('names the seq of an event whose actor was swapped, even when its hash was recomputed badly', async () => {
    const { vault: v } = await tamperedVault();
    await asAttacker(
      sql`UPDATE audit_events SET actor = ${uuidv7()}::uuid, hash = repeat('a', 64) WHERE chain = ${v.id} AND seq = 2`,
    );
    expect(await verify(v.id)).toMatchObject({ ok: false, seq: 2 });
  });

  it('names the seq where an event was deleted from the middle of the chain', async () => {
    const { vault: v } = await tamperedVault();
    await asAttacker(sql`DELETE FROM audit_events WHERE chain = ${v.id} AND seq = 2`);
    expect(await verify(v.id)).toMatchObject({ ok: false, seq: 2 });
  });
});
