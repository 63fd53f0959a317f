// Statistics over a vault's incidents on the API, on both engines: counts of incidents and of
// distinct victims by one or two dimensions from coded data, the records behind each figure, and
// figures that follow every change of the records they rest on.
import {
  errorBodySchema,
  statsRecordsResponseSchema,
  statsResponseSchema,
  type RecordData,
  type StatsQuery,
  type StatsResponse,
} from '@vigil/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createVault,
  expectStatus,
  newSession,
  startApp,
  type TestApp,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';
import { createRecordOf, incidentWire, personWire } from '../records/records.fixture';

let t: TestApp;
let owner: TestSession;
let vault: TestVault;
let facility: string;
const people = { anna: '', boris: '', nobody: '' };
const ids = { first: '', second: '', third: '', undated: '', complaint: '' };

const day = (value: string) => ({ precision: 'day' as const, value });

beforeAll(async () => {
  t = await startApp();
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  facility = expectStatus(
    await call(t.app, 'POST', '/api/facilities', {
      session: owner,
      body: {
        facility: {
          names: { en: 'SIZO-81 Stats' },
          type: 'sizo',
          authority: 'fsin',
          region: 'RU-ROS',
        },
        allowDuplicate: true,
      },
    }),
    201,
  ).json<{ id: string }>().id;
  const person = (data: Record<string, unknown>) =>
    createRecordOf(t.app, owner, vault, 'person', data as RecordData<'person'>);
  people.anna = await person({ sex: 'female', birthYear: 1990, groups: ['journalist'] });
  people.boris = await person({ sex: 'male', ageBand: '45-54' });
  people.nobody = await person({});
  const incident = (data: Record<string, unknown>) =>
    createRecordOf(t.app, owner, vault, 'incident', {
      actType: '010000000000',
      ...data,
    } as RecordData<'incident'>);
  ids.first = await incident({
    victim: people.anna,
    facility,
    date: day('2024-01-10'),
    methods: ['010100000000', '010200000000'],
    perpetrators: [{ agency: 'fsin' }],
  });
  ids.second = await incident({
    victim: people.anna,
    facility,
    date: day('2024-05-10'),
    methods: ['010100000000'],
  });
  ids.third = await incident({ victim: people.boris, region: 'RU-MOS', date: day('2023-03-01') });
  ids.undated = await incident({ victim: people.nobody });
  ids.complaint = await createRecordOf(t.app, owner, vault, 'intervention', {
    kind: 'prosecutor-complaint',
    incidents: [ids.first],
    outcome: ['no-response'],
  } as RecordData<'intervention'>);
});
afterAll(async () => {
  await t.close();
});

const stats = async (query: StatsQuery, v: TestVault = vault): Promise<StatsResponse> =>
  statsResponseSchema.parse(
    expectStatus(
      await call(t.app, 'POST', `/api/vaults/${v.id}/stats`, { session: owner, body: query }),
      200,
    ).json(),
  );

const totals = (tab: StatsResponse) =>
  Object.fromEntries(tab.rowTotals.map((c) => [String(c.row), [c.incidents, c.victims]]));

describe('statistics', () => {
  it('count incidents and distinct victims by year, undated ones as unknown', async () => {
    const tab = await stats({ rows: 'year' });
    expect(totals(tab)).toMatchObject({ '2023': [1, 1], '2024': [2, 1], null: [1, 1] });
    expect(tab.total).toEqual({ incidents: 4, victims: 3 });
    expect(tab.basis.incidents).toBe(4);
  });

  it('cross-tabulate two dimensions, counting an incident once in totals whatever its methods', async () => {
    const tab = await stats({ rows: 'method', columns: 'sex' });
    expect(tab.multiValued).toContain('method');
    expect(tab.cells).toContainEqual({
      row: '010100000000',
      column: 'female',
      incidents: 2,
      victims: 1,
    });
    const female = tab.columnTotals.find((c) => c.column === 'female');
    // Three method mentions, two incidents.
    expect(female).toMatchObject({ incidents: 2, victims: 1 });
  });

  it('place an incident in its facility’s region when it names no region itself', async () => {
    const tab = await stats({ rows: 'region' });
    expect(totals(tab)).toMatchObject({ 'RU-ROS': [2, 1], 'RU-MOS': [1, 1] });
    const types = await stats({ rows: 'facility-type' });
    expect(totals(types)).toMatchObject({ sizo: [2, 1] });
  });

  it('give the victim’s age band at the time, from a birth year or a recorded band', async () => {
    const tab = await stats({ rows: 'age-band' });
    expect(totals(tab)).toMatchObject({ '25-34': [2, 1], '45-54': [1, 1], null: [1, 1] });
  });

  it('count groups at risk, perpetrator agencies and intervention outcomes', async () => {
    expect(totals(await stats({ rows: 'group' }))).toMatchObject({ journalist: [2, 1] });
    expect(totals(await stats({ rows: 'perpetrator-agency' }))).toMatchObject({ fsin: [1, 1] });
    expect(totals(await stats({ rows: 'intervention-outcome' }))).toMatchObject({
      'no-response': [1, 1],
      null: [3, 3],
    });
  });

  it('keep to filters and a period', async () => {
    const tab = await stats({
      rows: 'year',
      filter: { region: ['RU-ROS'] },
      from: '2024-03-01',
      to: '2024-12-31',
    });
    expect(tab.total).toEqual({ incidents: 1, victims: 1 });
  });

  it('name the records behind a figure', async () => {
    const res = await call(t.app, 'POST', `/api/vaults/${vault.id}/stats/records`, {
      session: owner,
      body: { query: { rows: 'year', columns: 'sex' }, row: '2024', column: 'female' },
    });
    const page = statsRecordsResponseSchema.parse(expectStatus(res, 200).json());
    expect(page.total).toBe(2);
    expect([...page.ids].sort()).toEqual([ids.first, ids.second].sort());
  });

  it('follow changes to incidents and to their victims', async () => {
    const moved = {
      victim: people.boris,
      region: 'RU-MOS',
      actType: '010000000000',
      date: day('2025-03-01'),
    };
    expectStatus(
      await call(t.app, 'PUT', `/api/vaults/${vault.id}/records/${ids.third}`, {
        session: owner,
        body: {
          kind: 'incident',
          expectedVersion: 1,
          record: await incidentWire(vault, ids.third, moved as RecordData<'incident'>),
        },
      }),
      200,
    );
    expect(totals(await stats({ rows: 'year' }))).toMatchObject({ '2025': [1, 1] });
    expect(totals(await stats({ rows: 'year' }))['2023']).toBeUndefined();

    expectStatus(
      await call(t.app, 'DELETE', `/api/vaults/${vault.id}/records/${ids.undated}`, {
        session: owner,
      }),
      200,
    );
    expect((await stats({ rows: 'year' })).total).toEqual({ incidents: 3, victims: 2 });

    // The victim's record changes: every incident of theirs moves with it.
    expectStatus(
      await call(t.app, 'PUT', `/api/vaults/${vault.id}/records/${people.boris}`, {
        session: owner,
        body: {
          kind: 'person',
          expectedVersion: 1,
          record: { ...(await personWire(vault, people.boris, [])), sex: 'female' },
        },
      }),
      200,
    );
    expect(totals(await stats({ rows: 'sex' }))).toEqual({ female: [3, 2] });
  });

  it('never count another vault’s incidents', async () => {
    const other = await createVault(t.app, owner);
    const tab = await stats({ rows: 'year' }, other);
    expect(tab.total).toEqual({ incidents: 0, victims: 0 });
    expect(tab.rowTotals).toEqual([]);
  });

  it('refuse a dimension that does not exist, naming the field', async () => {
    const res = await call(t.app, 'POST', `/api/vaults/${vault.id}/stats`, {
      session: owner,
      body: { rows: 'weather' },
    });
    expect(res.statusCode).toBe(400);
    const error = errorBodySchema.parse(res.json()).error;
    expect(error.fields.map((f) => f.path)).toContain('body.rows');
  });
});
