// The facility register end to end on the API: the shipped sample, validation against regions,
// duplicates, versions and merges, all-or-nothing imports, and the instance audit trail.
import {
  errorBodySchema,
  facilityInputOf,
  facilityListResponseSchema,
  facilitySchema,
  type Facility,
  type FacilityInputWire,
} from '@vigil/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  createVault,
  expectStatus,
  newSession,
  startApp,
  type TestApp,
  type TestSession,
} from '../../testing/fixture';

let t: TestApp;
let documenter: TestSession;
let analyst: TestSession;

beforeAll(async () => {
  t = await startApp();
  documenter = await newSession(t.app);
  const vault = await createVault(t.app, documenter);
  analyst = await addMember(t.app, documenter, vault, 'analyst');
});
afterAll(async () => {
  await t.close();
});

/** A valid facility in Rostov oblast (Novocherkassk), varied by the overrides. */
const rostovColony = (over: Partial<FacilityInputWire> = {}): FacilityInputWire => ({
  names: { ru: 'ИК-99 Новочеркасск', en: 'IK-99 Novocherkassk' },
  type: 'penal-colony-strict',
  authority: 'fsin',
  region: 'RU-ROS',
  coordinates: { lat: 47.42, lon: 40.09, precision: 'settlement' },
  sources: [{ title: 'Test source' }],
  ...over,
});

const create = (body: unknown, session: TestSession = documenter) =>
  call(t.app, 'POST', '/api/facilities', { session, body });

const errorOf = (res: { json: () => unknown }) => errorBodySchema.parse(res.json()).error;

const listAll = async (query = ''): Promise<Facility[]> => {
  const out: Facility[] = [];
  let after: string | null = null;
  do {
    const q: string = `${query}${query ? '&' : ''}limit=7${after ? `&after=${after}` : ''}`;
    const res = expectStatus(
      await call(t.app, 'GET', `/api/facilities?${q}`, { session: analyst }),
      200,
    );
    const page = facilityListResponseSchema.parse(res.json());
    out.push(...page.facilities);
    after = page.next;
  } while (after !== null);
  return out;
};

describe('the starter sample', () => {
  it('is in the register of a new server: at least 20 facilities, each a sample with a source and coordinates', async () => {
    const sample = (await listAll()).filter((f) => f.sample);
    expect(sample.length).toBeGreaterThanOrEqual(20);
    for (const f of sample) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(f.coordinates, f.id).not.toBeNull();
    }
    const names = sample.map((f) => `${f.names.en ?? ''} ${f.aliases.join(' ')}`).join('\n');
    for (const known of ['Taganrog', 'Melekhovo', 'Kharp', 'Lefortovo'])
      expect(names).toContain(known);
  });

  it('is written once: a restart on the same database adds nothing', async () => {
    const before = (await listAll()).length;
    const { buildApp } = await import('../../app');
    const again = await buildApp({ db: t.db, config: t.config, objects: t.objects });
    await again.close();
    expect((await listAll()).length).toBe(before);
  });
});

describe('adding a facility', () => {
  it('stores it with version 1 and answers it as the register will show it', async () => {
    const res = expectStatus(await create({ facility: rostovColony() }), 201);
    const f = facilitySchema.parse(res.json());
    expect(f).toMatchObject({ version: 1, region: 'RU-ROS', sample: false, mergedInto: null });
    const got = expectStatus(
      await call(t.app, 'GET', `/api/facilities/${f.id}`, { session: analyst }),
      200,
    );
    expect(got.json()).toEqual(f);
  });

  it('refuses coordinates outside the region and says which region the point is in', async () => {
    // Moscow's coordinates for a facility said to be in Rostov oblast.
    const res = await create({
      facility: rostovColony({
        names: { en: 'Misplaced colony' },
        coordinates: { lat: 55.75, lon: 37.62, precision: 'building' },
      }),
    });
    expect(res.statusCode).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.fields[0]?.path).toBe('body.facility.coordinates');
    expect(error.fields[0]?.message).toMatch(/outside Rostov.*RU-ROS.*RU-MOW/s);
  });

  it('refuses overlapping status periods, naming the second one', async () => {
    const res = await create({
      facility: rostovColony({
        names: { en: 'Colony with two statuses' },
        status: [
          { status: 'operating', from: '2000-01-01', to: '2020-12-31' },
          { status: 'closed', from: '2020-06-01' },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields).toContainEqual({
      path: 'body.facility.status.1',
      message: expect.stringMatching(/periods 1 and 2 overlap/) as unknown as string,
    });
  });

  it('refuses a region Vigil does not know', async () => {
    const res = await create({
      facility: rostovColony({ names: { en: 'Nowhere' }, region: 'RU-XXX' }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields[0]).toMatchObject({ path: 'body.facility.region' });
  });

  it('warns of a likely duplicate written in another script, and creates it only when told', async () => {
    const first = facilitySchema.parse(
      expectStatus(
        await create({
          facility: rostovColony({ names: { ru: 'ИК-98 Шахты' }, coordinates: null }),
        }),
        201,
      ).json(),
    );
    const again = await create({
      facility: rostovColony({ names: { en: 'IK 98 Shakhty' }, coordinates: null }),
    });
    expect(again.statusCode).toBe(409);
    const error = errorOf(again);
    expect(error.code).toBe('possible_duplicate');
    expect(error.fields[0]?.message).toContain(first.id);
    expectStatus(
      await create({
        facility: rostovColony({ names: { en: 'IK 98 Shakhty' }, coordinates: null }),
        allowDuplicate: true,
      }),
      201,
    );
  });

  it('does not take two numbered colonies of one region for duplicates', async () => {
    expectStatus(
      await create({ facility: rostovColony({ names: { ru: 'ИК-96 Шахты' }, coordinates: null }) }),
      201,
    );
    expectStatus(
      await create({ facility: rostovColony({ names: { ru: 'ИК-97 Шахты' }, coordinates: null }) }),
      201,
    );
  });

  it('is refused to members who only read (analysts and viewers)', async () => {
    const res = await create(
      { facility: rostovColony({ names: { en: 'Analyst colony' } }) },
      analyst,
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('changing and merging', () => {
  const make = async (names: FacilityInputWire['names'], over: Partial<FacilityInputWire> = {}) =>
    facilitySchema.parse(
      expectStatus(
        await create({ facility: rostovColony({ names, ...over }), allowDuplicate: true }),
        201,
      ).json(),
    );

  it('takes a change at the version it was read, refuses a stale one, and keeps every version', async () => {
    const f = await make({ en: 'IK-90 Rostov' });
    const listed = async () =>
      (await listAll('region=RU-ROS')).find((l) => l.id === f.id)?.names.en ?? '';
    expect(await listed()).toBe('IK-90 Rostov');
    const changed = facilitySchema.parse(
      expectStatus(
        await call(t.app, 'PUT', `/api/facilities/${f.id}`, {
          session: documenter,
          body: {
            version: 1,
            facility: rostovColony({ names: { en: 'IK-90 Rostov-on-Don' }, capacity: 1200 }),
          },
        }),
        200,
      ).json(),
    );
    expect(changed).toMatchObject({
      version: 2,
      capacity: 1200,
      names: { en: 'IK-90 Rostov-on-Don' },
    });
    // The list read before the change is not served again.
    expect(await listed()).toBe('IK-90 Rostov-on-Don');
    const stale = await call(t.app, 'PUT', `/api/facilities/${f.id}`, {
      session: documenter,
      body: { version: 1, facility: rostovColony({ names: { en: 'Lost update' } }) },
    });
    expect(stale.statusCode).toBe(409);
    const versions = await t.db.kysely
      .selectFrom('facility_versions')
      .select(['version', 'change'])
      .where('facility_id', '=', f.id)
      .orderBy('version')
      .execute();
    expect(versions).toEqual([
      { version: 1, change: 'create' },
      { version: 2, change: 'update' },
    ]);
  });

  it('merges one facility into another: names become aliases, sources join, the merged one leaves the list', async () => {
    const keep = await make(
      { en: 'IK-91 Azov' },
      { sources: [{ title: 'A', url: 'https://example.org/a' }] },
    );
    const other = await make(
      { ru: 'ИК-91 Азов' },
      { sources: [{ title: 'B', url: 'https://example.org/b' }], units: [{ kind: 'shizo' }] },
    );
    const merged = facilitySchema.parse(
      expectStatus(
        await call(t.app, 'POST', `/api/facilities/${other.id}/merge`, {
          session: documenter,
          body: { into: keep.id },
        }),
        200,
      ).json(),
    );
    expect(merged.aliases).toContain('ИК-91 Азов');
    expect(merged.sources.map((s) => s.title)).toEqual(['A', 'B']);
    expect(merged.units).toEqual([{ kind: 'shizo' }]);
    const gone = facilitySchema.parse(
      expectStatus(
        await call(t.app, 'GET', `/api/facilities/${other.id}`, { session: analyst }),
        200,
      ).json(),
    );
    expect(gone.mergedInto).toBe(keep.id);
    expect((await listAll('region=RU-ROS')).map((f) => f.id)).not.toContain(other.id);
    expect((await listAll('region=RU-ROS&merged=include')).map((f) => f.id)).toContain(other.id);
    const again = await call(t.app, 'POST', `/api/facilities/${other.id}/merge`, {
      session: documenter,
      body: { into: keep.id },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('importing', () => {
  const importBody = (facilities: unknown[], extra: Record<string, unknown> = {}) => ({
    facilities: facilities.map((facility) => ({ facility })),
    ...extra,
  });
  const count = async () =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM facilities`.execute(t.db.kysely)).rows[0]
        ?.n,
    );

  it('stores nothing when one facility of the file is bad, and names it', async () => {
    const before = await count();
    const res = await call(t.app, 'POST', '/api/facilities/import', {
      session: documenter,
      body: importBody([
        rostovColony({ names: { en: 'Import A 1' } }),
        rostovColony({
          names: { en: 'Import B 2' },
          coordinates: { lat: 59.9, lon: 30.3, precision: 'building' },
        }),
      ]),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields[0]?.path).toBe('body.facilities.1.facility.coordinates');
    expect(await count()).toBe(before);
  });

  it('reports duplicates on a dry run and stores nothing; skips them when asked', async () => {
    const before = await count();
    const file = [
      rostovColony({ names: { en: 'IK-93 Bataysk' } }),
      rostovColony({ names: { ru: 'ИК-93 Батайск' } }),
    ];
    const dry = expectStatus(
      await call(t.app, 'POST', '/api/facilities/import', {
        session: documenter,
        body: importBody(file, { dryRun: true }),
      }),
      200,
    ).json<{ created: string[]; duplicates: { index: number }[] }>();
    expect(dry.created).toHaveLength(2);
    expect(dry.duplicates.map((d) => d.index)).toEqual([1]);
    expect(await count()).toBe(before);
    const refused = await call(t.app, 'POST', '/api/facilities/import', {
      session: documenter,
      body: importBody(file),
    });
    expect(refused.statusCode).toBe(409);
    expect(await count()).toBe(before);
    const skipped = expectStatus(
      await call(t.app, 'POST', '/api/facilities/import', {
        session: documenter,
        body: importBody(file, { onDuplicate: 'skip' }),
      }),
      200,
    ).json<{ created: string[]; skipped: number[] }>();
    expect(skipped).toMatchObject({ skipped: [1] });
    expect(await count()).toBe(before + 1);
  });

  it('leaves facilities whose ids the register holds unchanged, so a re-imported export changes nothing', async () => {
    const sample = (await listAll()).filter((f) => f.sample).slice(0, 3);
    const before = await count();
    const res = expectStatus(
      await call(t.app, 'POST', '/api/facilities/import', {
        session: documenter,
        body: {
          facilities: sample.map((f) => ({ id: f.id, facility: facilityInputOf(f) })),
        },
      }),
      200,
    ).json<{ unchanged: string[]; created: string[] }>();
    expect(res.unchanged).toEqual(sample.map((f) => f.id));
    expect(res.created).toEqual([]);
    expect(await count()).toBe(before);
  });
});

describe('the audit trail', () => {
  it('records every change of the register in the instance chain, with ids and codes only', async () => {
    const f = facilitySchema.parse(
      expectStatus(
        await create({ facility: rostovColony({ names: { en: 'IK-94 Audited' } }) }),
        201,
      ).json(),
    );
    const events = await t.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'data'])
      .where('chain', '=', 'instance')
      .where('action', 'like', 'facility.%')
      .execute();
    expect(events.map((e) => e.action)).toContain('facility.seed');
    const mine = events.find((e) => e.subject_id === f.id);
    expect(mine).toMatchObject({ action: 'facility.create' });
    expect(JSON.stringify(events)).not.toContain('Audited');
  });
});
