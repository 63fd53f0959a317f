// A vault's record settings: which sensitive fields (groups at risk by religion, ethnicity, LGBTQ+,
// disability) it stores as coded. Sealed by default; owners and admins may expose them; the record
// routes hold every body to the vault's own choice.
import { errorBodySchema, vaultSummarySchema, type AuditEvent } from '@vigil/core';
import { seal, utf8, uuidv7 } from '@vigil/crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../platform/config';
import { createTestDbFor, engines, type Engine, type TestDb } from '../../platform/db';
import {
  addMember,
  call,
  createVault,
  newSession,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';

describe.each(engines())('vault record settings on %s', (engine: Engine) => {
  let db: TestDb;
  let app: FastifyInstance;
  let owner: TestSession;
  let vault: TestVault;

  beforeAll(async () => {
    db = await createTestDbFor(engine);
    app = await buildApp({ db, config: testConfig({ logLevel: 'silent' }) });
    await app.ready();
    owner = await newSession(app);
    vault = await createVault(app, owner);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const settingsUrl = () => `/api/vaults/${vault.id}/settings`;
  const errorOf = (body: string) => errorBodySchema.parse(JSON.parse(body)).error;

  /** A person whose coded part carries the given fields, the name sealed. */
  const createPerson = async (coded: Record<string, unknown>) => {
    const id = uuidv7();
    const sealed = await seal(
      vault.key,
      { vaultId: vault.id, kind: 'person', recordId: id },
      utf8(JSON.stringify({ names: ['Анна Свидетелева'] })),
    );
    const record = { ...coded, sealed, keyVersion: vault.key.version, nameIndexes: [] };
    return call(app, 'POST', `/api/vaults/${vault.id}/records`, {
      session: owner,
      body: { id, kind: 'person', record },
    });
  };

  it('starts with every sensitive field sealed', async () => {
    const res = await call(app, 'GET', `/api/vaults/${vault.id}`, { session: owner });
    expect(vaultSummarySchema.parse(res.json()).recordSettings).toEqual({
      codedSensitiveFields: [],
    });
  });

  it('refuses a sensitive field sent in plaintext while the vault keeps it sealed', async () => {
    const res = await createPerson({ groupsReligion: ['jehovahs-witness'] });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body)).toMatchObject({
      code: 'validation_failed',
      fields: [
        {
          path: 'body.record.groupsReligion',
          message: 'person.groupsReligion is sealed in this vault: send it inside the envelope',
        },
      ],
    });
  });

  it('lets the owner expose one field, audited, and then takes exactly that one in plaintext', async () => {
    const changed = await call(app, 'PUT', settingsUrl(), {
      session: owner,
      body: {
        recordSettings: {
          codedSensitiveFields: ['person.groupsReligion', 'person.groupsReligion'],
        },
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(vaultSummarySchema.parse(changed.json()).recordSettings).toEqual({
      codedSensitiveFields: ['person.groupsReligion'],
    });

    const events = (await call(app, 'GET', `/api/audit/${vault.id}`, { session: owner })).json<{
      events: AuditEvent[];
    }>().events;
    expect(events.at(-1)).toMatchObject({
      action: 'vault.settings',
      subjectId: vault.id,
      data: { codedSensitiveFields: 'person.groupsReligion' },
    });

    expect((await createPerson({ groupsReligion: ['jehovahs-witness'] })).statusCode).toBe(201);
    const lgbtq = await createPerson({ groupsLgbtq: ['lgbtq'] });
    expect(lgbtq.statusCode).toBe(400);
    expect(errorOf(lgbtq.body).fields.map((f) => f.path)).toEqual(['body.record.groupsLgbtq']);
  });

  it('refuses a field that is not a sensitive field, naming it', async () => {
    const res = await call(app, 'PUT', settingsUrl(), {
      session: owner,
      body: { recordSettings: { codedSensitiveFields: ['person.names'] } },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).fields.map((f) => f.path)).toEqual([
      'body.recordSettings.codedSensitiveFields.0',
    ]);
  });

  it('does not let a documenter change the settings', async () => {
    const documenter = await addMember(app, owner, vault, 'documenter');
    const res = await call(app, 'PUT', settingsUrl(), {
      session: documenter,
      body: { recordSettings: { codedSensitiveFields: [] } },
    });
    expect(res.statusCode).toBe(403);
  });
});
