import {
  errorBodySchema,
  recordListResponseSchema,
  type AuditEvent,
  type RecordData,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock';
import {
  addMember,
  call,
  createVault,
  newSession,
  startApp,
  type TestApp,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';
import {
  incidentWire,
  personWire,
  sampleIncident,
  startImport,
  uploadRows,
} from '../records/records.fixture';
import { IMPORT_IDLE_MS } from './use-cases';

let t: TestApp;
const time = manualClock(new Date());
let owner: TestSession;
let vault: TestVault;

beforeAll(async () => {
  t = await startApp({ clock: time.clock });
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
});
afterAll(async () => {
  await t.close();
});

const base = (v: TestVault = vault) => `/api/vaults/${v.id}/imports`;
const errorOf = (body: string) => errorBodySchema.parse(JSON.parse(body)).error;

/** A person and `n` incidents whose victim is that person (all new ids, none stored yet). */
const peopleAndIncidents = async (n: number, victim?: string) => {
  const personId = uuidv7();
  const person = { id: personId, kind: 'person', record: await personWire(vault, personId, []) };
  const incidents = [];
  for (let i = 0; i < n; i += 1) {
    const id = uuidv7();
    const data: RecordData<'incident'> = sampleIncident(victim ?? personId);
    incidents.push({ id, kind: 'incident', record: await incidentWire(vault, id, data) });
  }
  return { personId, rows: [person, ...incidents] };
};

const listKind = async (kind: string) => {
  const res = await call(t.app, 'GET', `/api/vaults/${vault.id}/records?kind=${kind}&limit=1000`, {
    session: owner,
  });
  return recordListResponseSchema.parse(res.json()).records;
};

const importEvents = async (importId: string): Promise<string[]> => {
  const res = await call(t.app, 'GET', `/api/audit/${vault.id}?limit=1000`, { session: owner });
  return res
    .json<{ events: AuditEvent[] }>()
    .events.filter((e) => e.subjectId === importId)
    .map((e) => e.action);
};

describe('imports', () => {
  it('writes every record of an import at commit, relations to rows of the same import included', async () => {
    const { personId, rows } = await peopleAndIncidents(4);
    const before = (await listKind('incident')).length;
    const id = await startImport(t.app, owner, vault, rows.length);
    await uploadRows(t.app, owner, vault, id, rows.slice(0, 2));
    await uploadRows(t.app, owner, vault, id, rows.slice(2), 2);
    // Staged, not written: the vault does not show them yet.
    expect(await listKind('incident')).toHaveLength(before);

    const res = await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ count: 5 });
    const incidents = await listKind('incident');
    expect(incidents).toHaveLength(before + 4);
    expect(incidents.filter((r) => r.coded['victim'] === personId)).toHaveLength(4);
    const history = await call(
      t.app,
      'GET',
      `/api/vaults/${vault.id}/records/${rows[1]?.id ?? ''}/versions`,
      { session: owner },
    );
    expect(history.json()).toMatchObject({ versions: [{ version: 1, change: 'create' }] });
    expect(await importEvents(id)).toEqual(['import.start', 'import.commit']);
    // A committed import is closed.
    const again = await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner });
    expect(again.statusCode).toBe(409);
  });

  it('imports nothing when one row is bad, and names the row and field', async () => {
    const { rows } = await peopleAndIncidents(3);
    const missing = uuidv7();
    const badId = uuidv7();
    rows[2] = {
      id: badId,
      kind: 'incident',
      record: await incidentWire(vault, badId, sampleIncident(missing)),
    };
    const before = (await listKind('incident')).length;
    const id = await startImport(t.app, owner, vault, rows.length);
    await uploadRows(t.app, owner, vault, id, rows);
    const res = await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner });
    expect(res.statusCode, res.body).toBe(400);
    const error = errorOf(res.body);
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual([
      {
        path: 'rows.2.victim',
        message: `incident.victim: ${missing} is not a person of this vault`,
      },
    ]);
    expect(error.message).toContain('row 2');
    expect(await listKind('incident')).toHaveLength(before);
    expect(await listKind('person')).not.toContainEqual(
      expect.objectContaining({ id: rows[0]?.id }),
    );
  });

  it('refuses a relation to a row of the import of the wrong kind', async () => {
    const { rows } = await peopleAndIncidents(1);
    const otherIncident = rows[1]?.id ?? '';
    const id2 = uuidv7();
    rows.push({
      id: id2,
      kind: 'incident',
      record: await incidentWire(vault, id2, sampleIncident(otherIncident)),
    });
    const id = await startImport(t.app, owner, vault, rows.length);
    await uploadRows(t.app, owner, vault, id, rows);
    const res = await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).fields.map((f) => f.path)).toEqual(['rows.2.victim']);
  });

  it('refuses to commit before every row arrived, and an id the vault holds already', async () => {
    const { rows } = await peopleAndIncidents(2);
    const id = await startImport(t.app, owner, vault, rows.length);
    await uploadRows(t.app, owner, vault, id, rows.slice(0, 2));
    const early = await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner });
    expect(early.statusCode).toBe(400);
    expect(errorOf(early.body).fields).toEqual([
      { path: 'rows', message: '2 of 3 records were uploaded' },
    ]);

    const first = await startImport(t.app, owner, vault, 1);
    await uploadRows(t.app, owner, vault, first, rows.slice(0, 1));
    expect(
      (await call(t.app, 'POST', `${base()}/${first}/commit`, { session: owner })).statusCode,
    ).toBe(200);
    await uploadRows(t.app, owner, vault, id, rows.slice(2), 2);
    const taken = await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner });
    expect(taken.statusCode).toBe(400);
    expect(errorOf(taken.body).fields.map((f) => f.path)).toEqual(['rows.0.id']);
  });

  it('refuses a row uploaded twice, rows past the total and a stale key version', async () => {
    const { rows } = await peopleAndIncidents(1);
    const id = await startImport(t.app, owner, vault, 2);
    await uploadRows(t.app, owner, vault, id, rows.slice(0, 1));
    const upload = (body: unknown) =>
      call(t.app, 'POST', `${base()}/${id}/records`, { session: owner, body });
    expect((await upload({ offset: 0, records: rows.slice(1) })).statusCode).toBe(409);
    expect((await upload({ offset: 1, records: rows.slice(0, 1) })).statusCode).toBe(409);
    const past = await upload({ offset: 2, records: rows.slice(1) });
    expect(past.statusCode).toBe(400);
    expect(errorOf(past.body).fields.map((f) => f.path)).toEqual(['body.records']);
    const row = rows[1] as { id: string; kind: string; record: Record<string, unknown> };
    // Sealed under a key version the vault does not have (a client holding another key).
    const staleRecord = await incidentWire(
      vault,
      row.id,
      sampleIncident(String(row.record.victim)),
      2,
    );
    const stale = await upload({ offset: 1, records: [{ ...row, record: staleRecord }] });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).code).toBe('stale_key_version');
  });

  it('answers each upload with the rows staged so far, and refuses a commit once the vault key moved on', async () => {
    const own = await createVault(t.app, owner);
    const rows: { id: string; kind: string; record: Record<string, unknown> }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const id = uuidv7();
      rows.push({ id, kind: 'person', record: await personWireIn(own, id) });
    }
    const id = await startImport(t.app, owner, own, rows.length);
    const upload = (offset: number, records: typeof rows) =>
      call(t.app, 'POST', `${base(own)}/${id}/records`, {
        session: owner,
        body: { offset, records },
      });
    expect((await upload(0, rows.slice(0, 2))).json()).toMatchObject({ received: 2 });
    expect((await upload(2, rows.slice(2))).json()).toMatchObject({ received: 3 });
    // As if a rotation finished between the last upload and the commit.
    await t.db.kysely
      .updateTable('vaults')
      .set((eb) => ({ key_version: eb('key_version', '+', 1) }))
      .where('id', '=', own.id)
      .execute();
    const commit = await call(t.app, 'POST', `${base(own)}/${id}/commit`, { session: owner });
    expect(commit.statusCode).toBe(409);
    expect(errorOf(commit.body).code).toBe('stale_key_version');
    const stored = await t.db.kysely
      .selectFrom('records')
      .select('id')
      .where('vault_id', '=', own.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it("hides a member's import from other members, and drops it on abort", async () => {
    const documenter = await addMember(t.app, owner, vault, 'documenter');
    const { rows } = await peopleAndIncidents(0);
    const id = await startImport(t.app, owner, vault, 1);
    const foreign = await call(t.app, 'POST', `${base()}/${id}/records`, {
      session: documenter,
      body: { offset: 0, records: rows },
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await call(t.app, 'DELETE', `${base()}/${id}`, { session: documenter })).statusCode,
    ).toBe(404);
    expect((await call(t.app, 'DELETE', `${base()}/${id}`, { session: owner })).statusCode).toBe(
      204,
    );
    const after = await call(t.app, 'POST', `${base()}/${id}/records`, {
      session: owner,
      body: { offset: 0, records: rows },
    });
    expect(after.statusCode).toBe(409);
    expect(await importEvents(id)).toEqual(['import.start', 'import.abort']);
    const staged = await t.db.kysely
      .selectFrom('import_records')
      .select('id')
      .where('import_id', '=', id)
      .execute();
    expect(staged).toEqual([]);
  });

  it('expires an import left idle, dropping what was staged', async () => {
    const { rows } = await peopleAndIncidents(0);
    const id = await startImport(t.app, owner, vault, 2);
    await uploadRows(t.app, owner, vault, id, rows);
    time.advance(IMPORT_IDLE_MS + 1000);
    const late = await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late.body).message).toContain('expired');
    await startImport(t.app, owner, vault, 1);
    const session = await t.db.kysely
      .selectFrom('imports')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(session.state).toBe('expired');
    expect(await importEvents(id)).toEqual(['import.start', 'import.expire']);
  });

  it('makes imported records findable by the coded filters and by linkedTo, like created ones', async () => {
    const { personId, rows } = await peopleAndIncidents(2);
    const methodId = uuidv7();
    const withMethod = sampleIncident(personId);
    const methodRow = {
      id: methodId,
      kind: 'incident',
      record: await incidentWire(vault, methodId, {
        ...withMethod,
        methods: ['010100000000'],
      } as RecordData<'incident'>),
    };
    const id = await startImport(t.app, owner, vault, rows.length + 1);
    await uploadRows(t.app, owner, vault, id, [...rows, methodRow]);
    expect(
      (await call(t.app, 'POST', `${base()}/${id}/commit`, { session: owner })).statusCode,
    ).toBe(200);
    const listed = async (query: string) => {
      const res = await call(
        t.app,
        'GET',
        `/api/vaults/${vault.id}/records?kind=incident&${query}`,
        {
          session: owner,
        },
      );
      return recordListResponseSchema
        .parse(res.json())
        .records.map((r) => r.id)
        .sort();
    };
    expect(await listed(`linkedTo=${personId}`)).toEqual(
      [...rows.slice(1).map((r) => r.id), methodId].sort(),
    );
    expect(await listed('methods=010100000000')).toContain(methodId);
    expect(await listed('methods=010100000000')).not.toContain(rows[1]?.id);
  });

  it('holds imported rows to the vault settings and refuses them while a key rotation is pending', async () => {
    const own = await createVault(t.app, owner);
    const personId = uuidv7();
    const exposed = {
      id: personId,
      kind: 'person',
      record: { ...(await personWireIn(own, personId)), groupsLgbtq: ['lgbtq'] },
    };
    const id = await startImport(t.app, owner, own, 1);
    const refused = await call(t.app, 'POST', `${base(own)}/${id}/records`, {
      session: owner,
      body: { offset: 0, records: [exposed] },
    });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body).fields.map((f) => f.path)).toEqual(['rows.0.groupsLgbtq']);

    const member = await addMember(t.app, owner, own, 'viewer');
    await call(t.app, 'DELETE', `/api/vaults/${own.id}/members/${member.account.id}`, {
      session: owner,
    });
    const plain = { id: personId, kind: 'person', record: await personWireIn(own, personId) };
    const pending = await call(t.app, 'POST', `${base(own)}/${id}/records`, {
      session: owner,
      body: { offset: 0, records: [plain] },
    });
    expect(pending.statusCode).toBe(409);
    expect(errorOf(pending.body).code).toBe('stale_key_version');
  });
});

/** A person of another vault than the suite's, its name sealed. */
const personWireIn = (v: TestVault, id: string) => personWire(v, id, []);
