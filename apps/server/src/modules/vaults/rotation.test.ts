// Vault key rotation (SECURITY.md "Vault life cycle"): a removal leaves the vault waiting for a new
// key; nothing new is sealed or handed out until an admin's client makes one for exactly the
// remaining members; the previous key joins the chain under the new one.
import { errorBodySchema, vaultSummarySchema, type AuditEvent } from '@vigil/core';
import { seal, unchainVaultKey, unwrapVaultKey, utf8, uuidv7 } from '@vigil/crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../platform/config';
import { createTestDbFor, engines, type Engine, type TestDb } from '../../platform/db';
import {
  addMember,
  call,
  createVault,
  invitationFor,
  newSession,
  registerAccount,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';
import { keyState, rotate, rotationFor } from '../../testing/rotation';
import { ensureVictim, incidentWire, recordCreationFor } from '../records/records.fixture';

describe.each(engines())('vault key rotation on %s', (engine: Engine) => {
  let db: TestDb;
  let app: FastifyInstance;
  let owner: TestSession;
  let staying: TestSession;
  let leaving: TestSession;
  let vault: TestVault;

  beforeAll(async () => {
    db = await createTestDbFor(engine);
    app = await buildApp({ db, config: testConfig({ logLevel: 'silent' }) });
    await app.ready();
    owner = await newSession(app);
    vault = await createVault(app, owner);
    staying = await addMember(app, owner, vault, 'documenter');
    leaving = await addMember(app, owner, vault, 'documenter');
    await ensureVictim(app, owner, vault);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const errorOf = (body: string) => errorBodySchema.parse(JSON.parse(body)).error;
  const rotateUrl = () => `/api/vaults/${vault.id}/rotate`;

  it('waits for a new key after a removal, refusing new records and invitations', async () => {
    const removed = await call(
      app,
      'DELETE',
      `/api/vaults/${vault.id}/members/${leaving.account.id}`,
      { session: owner },
    );
    expect(removed.statusCode).toBe(204);
    expect(await keyState(app, owner, vault.id)).toEqual({ keyVersion: 1, rotationRequired: true });

    const { body } = await recordCreationFor(vault);
    const record = await call(app, 'POST', `/api/vaults/${vault.id}/records`, {
      session: staying,
      body,
    });
    expect(record.statusCode).toBe(409);
    expect(errorOf(record.body)).toMatchObject({
      code: 'stale_key_version',
      message: expect.stringContaining('an admin must make a new vault key') as string,
    });
    const invitation = await call(app, 'POST', `/api/vaults/${vault.id}/members`, {
      session: owner,
      body: await invitationFor(vault, await registerAccount(app), 'viewer'),
    });
    expect(invitation.statusCode).toBe(409);
  });

  it('refuses a rotation that is not the next version, names a stranger or leaves a member out', async () => {
    const { body } = await rotationFor(app, owner, vault);
    const members = body.members as { accountId: string }[];

    const skip = await call(app, 'POST', rotateUrl(), {
      session: owner,
      body: { ...body, keyVersion: 3 },
    });
    expect(skip.statusCode).toBe(409);
    expect(errorOf(skip.body).code).toBe('stale_key_version');

    const stranger = [...members.slice(1), { ...members[0], accountId: leaving.account.id }];
    const withStranger = await call(app, 'POST', rotateUrl(), {
      session: owner,
      body: { ...body, members: stranger },
    });
    expect(withStranger.statusCode).toBe(400);
    expect(errorOf(withStranger.body).fields).toEqual([
      {
        path: `body.members.${members.length - 1}.accountId`,
        message: 'not a member, or named twice',
      },
      { path: 'body.members', message: '1 member(s) of the vault are missing' },
    ]);

    // A name still sealed under the old key would stay readable to whoever left with it.
    const oldName = await seal(
      vault.key,
      { vaultId: vault.id, kind: 'vault', recordId: vault.id },
      utf8('Case files'),
    );
    const withOldName = await call(app, 'POST', rotateUrl(), {
      session: owner,
      body: { ...body, name: oldName },
    });
    expect(withOldName.statusCode).toBe(400);
    expect(errorOf(withOldName.body).fields).toEqual([
      { path: 'body.name', message: 'must be sealed under the new key version 2' },
    ]);
    expect(await keyState(app, owner, vault.id)).toMatchObject({ keyVersion: 1 });
  });

  it('makes version 2 for exactly the remaining members, chains version 1 under it, and audits it', async () => {
    const before = vault;
    vault = await rotate(app, owner, vault);
    const summary = vaultSummarySchema.parse(
      (await call(app, 'GET', `/api/vaults/${vault.id}`, { session: staying })).json(),
    );
    expect(summary).toMatchObject({ keyVersion: 2, rotationRequired: false, wrappedKeyVersion: 2 });

    // The member who stays opens the new key from their grant, and the old one from the chain.
    const own = {
      publicKey: staying.account.encryptionPublicKey,
      privateKey: staying.account.encryptionPrivateKey,
    };
    const v2 = await unwrapVaultKey(own, vault.id, 2, summary.wrappedKey);
    expect(v2.bytes).toEqual(vault.key.bytes);
    expect(summary.keyChain.map((c) => c.keyVersion)).toEqual([1]);
    const v1 = await unchainVaultKey(v2, vault.id, 1, summary.keyChain[0]?.sealed ?? '');
    expect(v1.bytes).toEqual(before.key.bytes);

    // The removed member is no longer answered anything about the vault.
    expect(
      (await call(app, 'GET', `/api/vaults/${vault.id}`, { session: leaving })).statusCode,
    ).toBe(404);

    const events = (await call(app, 'GET', `/api/audit/${vault.id}`, { session: owner })).json<{
      events: AuditEvent[];
    }>().events;
    expect(events.at(-1)).toMatchObject({
      action: 'vault.rotate',
      data: { keyVersion: 2, members: 2 },
    });
  });

  it('takes records sealed under the new key and refuses the old one', async () => {
    const fresh = await recordCreationFor(vault);
    const created = await call(app, 'POST', `/api/vaults/${vault.id}/records`, {
      session: staying,
      body: fresh.body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = uuidv7();
    const old = {
      body: { id, kind: 'incident', record: await incidentWire(vault, id, undefined, 1) },
    };
    const refused = await call(app, 'POST', `/api/vaults/${vault.id}/records`, {
      session: staying,
      body: old.body,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('lets nobody but owners and admins rotate', async () => {
    const { body } = await rotationFor(app, owner, vault);
    const res = await call(app, 'POST', rotateUrl(), { session: staying, body });
    expect(res.statusCode).toBe(403);
  });
});
