import {
  errorBodySchema,
  recordHistoryResponseSchema,
  recordListResponseSchema,
  storedRecordSchema,
  type AuditEvent,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import { sql } from 'kysely';
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
import {
  createIncident,
  ensureVictim,
  incidentWire,
  personWire,
  recordCreationFor,
  sampleIncident,
  victimOf,
} from './records.fixture';
import type { FastifyInstance } from 'fastify';

describe.each(engines())('records on %s', (engine: Engine) => {
  let db: TestDb;
  let app: FastifyInstance;
  let owner: TestSession;
  let vault: TestVault;
  let foreignOwner: TestSession;
  let foreignVault: TestVault;

  beforeAll(async () => {
    db = await createTestDbFor(engine);
    app = await buildApp({ db, config: testConfig({ logLevel: 'silent' }) });
    await app.ready();
    owner = await newSession(app);
    vault = await createVault(app, owner);
    foreignOwner = await newSession(app);
    foreignVault = await createVault(app, foreignOwner);
    await ensureVictim(app, owner, vault);
    await ensureVictim(app, foreignOwner, foreignVault);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const url = (v: TestVault, id?: string, tail = '') =>
    `/api/vaults/${v.id}/records${id === undefined ? '' : `/${id}`}${tail}`;
  const errorOf = (body: string) => errorBodySchema.parse(JSON.parse(body)).error;
  const recordEvents = async (id: string): Promise<AuditEvent[]> => {
    const res = await call(app, 'GET', `/api/audit/${vault.id}`, { session: owner });
    return res.json<{ events: AuditEvent[] }>().events.filter((e) => e.subjectId === id);
  };

  it('creates, reads, updates, deletes and restores a record, one version per change', async () => {
    const { id, body } = await recordCreationFor(vault);
    const created = await call(app, 'POST', url(vault), { session: owner, body });
    expect(created.statusCode, created.body).toBe(201);
    const record = storedRecordSchema.parse(created.json());
    expect(record).toMatchObject({ id, kind: 'incident', version: 1, deleted: false });
    expect(record.coded).toEqual({
      victim: (body.record as { victim: string }).victim,
      actType: '010000000000',
      date: { precision: 'day', value: '2024-03-05' },
    });
    expect(JSON.stringify(record)).not.toContain('IK-6');

    const got = await call(app, 'GET', url(vault, id), { session: owner });
    expect(got.json()).toEqual(created.json());

    const changed = {
      ...sampleIncident(victimOf(vault)),
      date: { precision: 'month', value: '2024-03' },
    };
    const update = await call(app, 'PUT', url(vault, id), {
      session: owner,
      body: {
        kind: 'incident',
        expectedVersion: 1,
        record: await incidentWire(vault, id, changed as never),
      },
    });
    expect(update.statusCode, update.body).toBe(200);
    expect(update.json()).toMatchObject({ version: 2, coded: { date: changed.date } });

    const deleted = await call(app, 'DELETE', url(vault, id), { session: owner });
    expect(deleted.json()).toMatchObject({ version: 3, deleted: true });
    const restored = await call(app, 'POST', url(vault, id, '/restore'), { session: owner });
    expect(restored.json()).toMatchObject({ version: 4, deleted: false });

    const history = recordHistoryResponseSchema.parse(
      (await call(app, 'GET', url(vault, id, '/versions'), { session: owner })).json(),
    );
    expect(history.versions.map((v) => [v.version, v.change, v.deleted])).toEqual([
      [1, 'create', false],
      [2, 'update', false],
      [3, 'delete', true],
      [4, 'restore', false],
    ]);
    // The first version, sealed part included, is kept as it was sent.
    expect(history.versions[0]?.sealed).toBe((body.record as { sealed: string }).sealed);
    expect(history.versions[0]?.coded).toEqual(record.coded);
  });

  it('refuses an update from a stale version with 409, and changes nothing', async () => {
    const id = await createIncident(app, owner, vault);
    const body = { kind: 'incident', expectedVersion: 1, record: await incidentWire(vault, id) };
    expect((await call(app, 'PUT', url(vault, id), { session: owner, body })).statusCode).toBe(200);
    const stale = await call(app, 'PUT', url(vault, id), { session: owner, body });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).code).toBe('conflict');
    const history = recordHistoryResponseSchema.parse(
      (await call(app, 'GET', url(vault, id, '/versions'), { session: owner })).json(),
    );
    expect(history.versions).toHaveLength(2);
  });

  it('lets one of two concurrent updates from the same version through, the other gets 409', async () => {
    const id = await createIncident(app, owner, vault);
    const body = { kind: 'incident', expectedVersion: 1, record: await incidentWire(vault, id) };
    const answers = await Promise.all([
      call(app, 'PUT', url(vault, id), { session: owner, body }),
      call(app, 'PUT', url(vault, id), { session: owner, body }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  });

  it('refuses to update a deleted record until it is restored', async () => {
    const id = await createIncident(app, owner, vault);
    await call(app, 'DELETE', url(vault, id), { session: owner });
    const body = { kind: 'incident', expectedVersion: 2, record: await incidentWire(vault, id) };
    const refused = await call(app, 'PUT', url(vault, id), { session: owner, body });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused.body).message).toMatch(/restore/);
    await call(app, 'POST', url(vault, id, '/restore'), { session: owner });
    const after = await call(app, 'PUT', url(vault, id), {
      session: owner,
      body: { ...body, expectedVersion: 3 },
    });
    expect(after.statusCode, after.body).toBe(200);
    const again = await call(app, 'POST', url(vault, id, '/restore'), { session: owner });
    expect(again.statusCode).toBe(409);
  });

  it('leaves soft-deleted records out of lists unless asked, and filters by kind', async () => {
    const kept = await createIncident(app, owner, vault);
    const gone = await createIncident(app, owner, vault);
    await call(app, 'DELETE', url(vault, gone), { session: owner });
    const list = async (query: string) =>
      recordListResponseSchema
        .parse((await call(app, 'GET', `${url(vault)}${query}`, { session: owner })).json())
        .records.map((r) => r.id);
    expect(await list('?kind=incident')).toContain(kept);
    expect(await list('?kind=incident')).not.toContain(gone);
    expect(await list('?kind=incident&deleted=include')).toEqual(
      expect.arrayContaining([kept, gone]),
    );
    expect(await list('?deleted=only')).toEqual([gone]);
    expect(await list('?kind=reprisal')).toEqual([]);
  });

  it('pages through a list in creation order', async () => {
    const own = await createVault(app, owner);
    const ids = [
      await createIncident(app, owner, own),
      await createIncident(app, owner, own),
      await createIncident(app, owner, own),
    ];
    const first = recordListResponseSchema.parse(
      (await call(app, 'GET', `${url(own)}?kind=incident&limit=2`, { session: owner })).json(),
    );
    expect(first.records.map((r) => r.id)).toEqual(ids.slice(0, 2));
    const second = recordListResponseSchema.parse(
      (
        await call(app, 'GET', `${url(own)}?kind=incident&limit=2&after=${first.next}`, {
          session: owner,
        })
      ).json(),
    );
    expect(second.records.map((r) => r.id)).toEqual(ids.slice(2));
    expect(second.next).toBeNull();
  });

  it('writes one audit event per change, with ids and codes only', async () => {
    const { id, body } = await recordCreationFor(vault);
    await call(app, 'POST', url(vault), { session: owner, body });
    await call(app, 'DELETE', url(vault, id), { session: owner });
    const events = await recordEvents(id);
    expect(events.map((e) => [e.action, e.subjectType, e.actor, e.data])).toEqual([
      ['record.create', 'incident', owner.account.id, { version: 1, keyVersion: 1 }],
      ['record.delete', 'incident', owner.account.id, { version: 2, keyVersion: 1 }],
    ]);
  });

  it('writes neither the record nor its audit event when the change is refused', async () => {
    const { id, body } = await recordCreationFor(vault);
    const stale = { ...body, record: await incidentWire(vault, id, undefined, 2) };
    const res = await call(app, 'POST', url(vault), { session: owner, body: stale });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res.body).code).toBe('stale_key_version');
    expect((await call(app, 'GET', url(vault, id), { session: owner })).statusCode).toBe(404);
    expect(await recordEvents(id)).toEqual([]);
  });

  it('stores the main date as earliest and latest day for filtering', async () => {
    const month = {
      ...sampleIncident(victimOf(vault)),
      date: { precision: 'month', value: '2024-02' },
    };
    const id = await createIncident(app, owner, vault, month as never);
    const row = await db.kysely
      .selectFrom('records')
      .select(['earliest_day', 'latest_day'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ earliest_day: '2024-02-01', latest_day: '2024-02-29' });
  });

  it('keeps versions append-only in the database', async () => {
    const id = await createIncident(app, owner, vault);
    await expect(
      sql`UPDATE record_versions SET sealed = 'x' WHERE record_id = ${id}`.execute(db.kysely),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`DELETE FROM record_versions WHERE record_id = ${id}`.execute(db.kysely),
    ).rejects.toThrow(/append-only/);
  });

  it("answers 404 for another vault's record, through either vault", async () => {
    const foreignId = await createIncident(app, foreignOwner, foreignVault);
    const ownId = await createIncident(app, owner, vault);
    for (const [session, v, id] of [
      [owner, vault, foreignId],
      [foreignOwner, foreignVault, ownId],
    ] as const) {
      for (const [method, tail] of [
        ['GET', ''],
        ['GET', '/versions'],
        ['DELETE', ''],
        ['POST', '/restore'],
      ] as const) {
        const res = await call(app, method, url(v, id, tail), { session });
        expect(res.statusCode, `${method} ${tail}`).toBe(404);
      }
      const update = await call(app, 'PUT', url(v, id), {
        session,
        body: { kind: 'incident', expectedVersion: 1, record: await incidentWire(v, id) },
      });
      expect(update.statusCode).toBe(404);
    }
    // A foreign vault's id cannot be taken over by creating it here.
    const takeover = await call(app, 'POST', url(vault), {
      session: owner,
      body: { id: foreignId, kind: 'incident', record: await incidentWire(vault, foreignId) },
    });
    expect(takeover.statusCode).toBe(409);
    expect(errorOf(takeover.body).code).toBe('conflict');
  });

  it('lets documenters write, and analysts and viewers only read', async () => {
    const id = await createIncident(app, owner, vault);
    const documenter = await addMember(app, owner, vault, 'documenter');
    await createIncident(app, documenter, vault);
    for (const role of ['analyst', 'viewer'] as const) {
      const reader = await addMember(app, owner, vault, role);
      expect((await call(app, 'GET', url(vault, id), { session: reader })).statusCode).toBe(200);
      const { body } = await recordCreationFor(vault);
      const write = await call(app, 'POST', url(vault), { session: reader, body });
      expect(write.statusCode, role).toBe(403);
      expect((await call(app, 'DELETE', url(vault, id), { session: reader })).statusCode).toBe(403);
    }
  });

  it('refuses an unknown vocabulary code with 400 naming the field', async () => {
    const { id } = await recordCreationFor(vault);
    const record = { ...(await incidentWire(vault, id)), actType: '999999999999' };
    const res = await call(app, 'POST', url(vault), {
      session: owner,
      body: { id, kind: 'incident', record },
    });
    expect(res.statusCode).toBe(400);
    const error = errorOf(res.body);
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toContainEqual(
      expect.objectContaining({
        path: expect.stringContaining('actType'),
        message: expect.stringContaining('"999999999999" is not a term of the act-types'),
      }),
    );
  });

  it('refuses relations to nothing, to a record of another kind or of another vault', async () => {
    const incident = await createIncident(app, owner, vault);
    const source = uuidv7();
    const cases: [string, string][] = [
      [uuidv7(), 'no such record'],
      [incident, 'an incident, not a person'],
      [victimOf(foreignVault), "another vault's person"],
    ];
    for (const [victim, what] of cases) {
      const { id, body } = await recordCreationFor(vault, {
        ...sampleIncident(victim),
        sources: [source],
      } as never);
      const res = await call(app, 'POST', url(vault), { session: owner, body });
      expect(res.statusCode, what).toBe(400);
      const error = errorOf(res.body);
      expect(error.code).toBe('validation_failed');
      expect(error.fields.map((f) => f.path).sort(), what).toEqual([
        'body.record.sources.0',
        'body.record.victim',
      ]);
      expect(error.fields.find((f) => f.path === 'body.record.victim')?.message).toBe(
        `incident.victim: ${victim} is not a person of this vault`,
      );
      expect((await call(app, 'GET', url(vault, id), { session: owner })).statusCode).toBe(404);
    }
    // The same holds when an update points a relation elsewhere.
    const broken = await call(app, 'PUT', url(vault, incident), {
      session: owner,
      body: {
        kind: 'incident',
        expectedVersion: 1,
        record: await incidentWire(vault, incident, sampleIncident(incident)),
      },
    });
    expect(broken.statusCode).toBe(400);
  });

  it('refuses an impossible date with 400 naming the field', async () => {
    const { id, body } = await recordCreationFor(vault);
    const record = { ...(body.record as object), date: { precision: 'day', value: '2023-02-29' } };
    const res = await call(app, 'POST', url(vault), {
      session: owner,
      body: { id, kind: 'incident', record },
    });
    expect(res.statusCode).toBe(400);
    const fields = errorOf(res.body).fields;
    expect(fields.length).toBeGreaterThan(0);
    expect(
      fields.every((f) => f.path.startsWith('body.record.date')),
      res.body,
    ).toBe(true);
  });

  it('refuses sealed text sent in plaintext, an unknown kind and a change of kind', async () => {
    const { id, body } = await recordCreationFor(vault);
    const plaintext = { ...body, record: { ...(body.record as object), narrative: 'beaten' } };
    const leaked = await call(app, 'POST', url(vault), { session: owner, body: plaintext });
    expect(leaked.statusCode).toBe(400);
    expect(leaked.body).toContain('narrative');
    const unknownKind = await call(app, 'POST', url(vault), {
      session: owner,
      body: { ...body, kind: 'rumour' },
    });
    expect(unknownKind.statusCode).toBe(400);
    await call(app, 'POST', url(vault), { session: owner, body });
    const asPerson = await call(app, 'PUT', url(vault, id), {
      session: owner,
      body: {
        kind: 'person',
        expectedVersion: 1,
        record: { sealed: (body.record as { sealed: string }).sealed, keyVersion: 1 },
      },
    });
    expect(asPerson.statusCode, asPerson.body).toBe(400);
    expect(errorOf(asPerson.body).fields).toContainEqual(
      expect.objectContaining({ path: 'body.kind' }),
    );
  });

  it('refuses an update sealed under a key version that is not the current one', async () => {
    const id = await createIncident(app, owner, vault);
    const res = await call(app, 'PUT', url(vault, id), {
      session: owner,
      body: {
        kind: 'incident',
        expectedVersion: 1,
        record: await incidentWire(vault, id, sampleIncident(victimOf(vault)), 7),
      },
    });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res.body).code).toBe('stale_key_version');
  });

  it('refuses an envelope whose plaintext header contradicts its record, naming it', async () => {
    const { id, body } = await recordCreationFor(vault);
    const record = body.record as { sealed: string };
    const bytes = Buffer.from(record.sealed, 'base64url');
    const withHeader = (format: number, keyVersion: number) => {
      const copy = Buffer.from(bytes);
      copy[0] = format;
      copy.writeUInt32BE(keyVersion, 1);
      return { ...body, record: { ...record, sealed: copy.toString('base64url') } };
    };
    for (const [bad, message] of [
      [withHeader(1, 9), 'incident: the envelope is sealed under key version 9, the record says 1'],
      [withHeader(2, 1), 'incident: the envelope has format 2, not 1'],
    ] as const) {
      const res = await call(app, 'POST', url(vault), { session: owner, body: bad });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body).fields).toEqual([{ path: 'body.record.sealed', message }]);
    }
    expect((await call(app, 'GET', url(vault, id), { session: owner })).statusCode).toBe(404);
  });

  it("keeps a person's name indexes and replaces them at every save", async () => {
    const id = uuidv7();
    const indexesOf = async () =>
      (
        await db.kysely
          .selectFrom('record_name_indexes')
          .select('name_index')
          .where('record_id', '=', id)
          .orderBy('name_index')
          .execute()
      ).map((r) => r.name_index);
    const first = ['0123456789abcdef', 'fedcba9876543210'];
    const created = await call(app, 'POST', url(vault), {
      session: owner,
      body: { id, kind: 'person', record: await personWire(vault, id, first) },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await indexesOf()).toEqual(first);
    const updated = await call(app, 'PUT', url(vault, id), {
      session: owner,
      body: {
        kind: 'person',
        expectedVersion: 1,
        record: await personWire(vault, id, ['aaaaaaaaaaaaaaaa']),
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(await indexesOf()).toEqual(['aaaaaaaaaaaaaaaa']);
  });

  it('refuses a sensitive field in plaintext while the vault keeps it sealed', async () => {
    const id = uuidv7();
    const record = { ...(await personWire(vault, id, [])), groupsReligion: ['x'] };
    const res = await call(app, 'POST', url(vault), {
      session: owner,
      body: { id, kind: 'person', record },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('groupsReligion');
  });

  it('answers 404 for a record id the vault does not hold', async () => {
    const res = await call(app, 'GET', url(vault, uuidv7()), { session: owner });
    expect(res.statusCode).toBe(404);
  });
});
