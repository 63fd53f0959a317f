// A vault's view of places of detention on the API: the facility page's data computed from coded
// records (incidents, detentions, monitoring reports, findings), map values and alerts.
import {
  alertsResponseSchema,
  errorBodySchema,
  facilityOverviewSchema,
  facilityStatsSchema,
  type FacilityOverview,
  type RecordData,
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
import { uuidv7 } from '@vigil/crypto';
import {
  createRecordOf,
  incidentWire,
  postRecordOf,
  startImport,
  uploadRows,
} from '../records/records.fixture';

let t: TestApp;
let owner: TestSession;
let vault: TestVault;
let facility: string;
let other: string;
let person: string;
const ids: Record<string, string> = {};

const newFacility = async (name: string): Promise<string> =>
  expectStatus(
    await call(t.app, 'POST', '/api/facilities', {
      session: owner,
      body: {
        facility: { names: { en: name }, type: 'sizo', authority: 'fsin', region: 'RU-ROS' },
        allowDuplicate: true,
      },
    }),
    201,
  ).json<{ id: string }>().id;

const day = (value: string) => ({ precision: 'day' as const, value });
const incident = (over: Record<string, unknown>) =>
  ({ victim: person, actType: '010000000000', facility, ...over }) as RecordData<'incident'>;

beforeAll(async () => {
  t = await startApp();
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  facility = await newFacility('SIZO-71 Overview');
  other = await newFacility('SIZO-72 Elsewhere');
  person = await createRecordOf(t.app, owner, vault, 'person', {
    status: 'detained',
  } as RecordData<'person'>);
  const rec = <K extends Parameters<typeof createRecordOf>[3]>(
    kind: K,
    data: Record<string, unknown>,
  ) => createRecordOf(t.app, owner, vault, kind, data as RecordData<K>);
  ids.beating = await rec('incident', incident({ date: day('2025-01-10') }));
  ids.death = await rec('incident', incident({ date: day('2025-02-10'), actType: '010106010000' }));
  ids.isolation = await rec(
    'incident',
    incident({ date: day('2025-03-10'), methods: ['031800000000'] }),
  );
  ids.later = await rec(
    'incident',
    incident({ date: day('2025-04-10'), methods: ['031800000000', '030101000000'] }),
  );
  ids.elsewhere = await rec('incident', incident({ date: day('2025-01-11'), facility: other }));
  ids.held = await rec('detention', {
    person,
    facility,
    period: { precision: 'range', from: day('2026-01-01') },
    whereabouts: '010200000000',
  });
  ids.before = await rec('detention', {
    person,
    facility: other,
    transferTo: facility,
    period: { precision: 'range', from: day('2025-01-01'), to: day('2025-12-31') },
    lawyerAccess: ['010000000000'],
  });
  ids.report = await rec('monitoring-report', {
    facility,
    methods: ['lawyer-visit', 'relatives'],
    period: { precision: 'range', from: day('2025-01-01'), to: day('2025-03-31') },
    cellArea: 20,
    peopleInCell: 10,
    lawyerAccess: 'denied',
    doctorAccess: 'delayed',
    deathsReported: 1,
    informantDetails: 'the lawyer’s name and phone',
  });
  ids.finding = await rec('monitoring-finding', {
    report: ids.report,
    facility,
    heading: 'conditions.space',
    kind: 'recommendation',
    followUp: 'no-response',
    text: 'Ten men in twenty square metres',
  });
});
afterAll(async () => {
  await t.close();
});

const overview = async (facilityId: string, query = ''): Promise<FacilityOverview> =>
  facilityOverviewSchema.parse(
    expectStatus(
      await call(
        t.app,
        'GET',
        `/api/vaults/${vault.id}/facilities/${facilityId}/overview${query}`,
        { session: owner },
      ),
      200,
    ).json(),
  );

const indicator = (o: FacilityOverview, id: string, period: string | null) =>
  o.indicators.find((i) => i.indicator === id && i.period === period);

describe('the facility overview', () => {
  it('counts the facility’s incidents and victims by quarter and by method, and nothing of other facilities', async () => {
    const o = await overview(facility);
    expect(o.incidents.total).toBe(4);
    expect(o.incidents.victims).toBe(1);
    expect(o.incidents.byPeriod).toEqual([
      { period: '2025-Q1', incidents: 3, victims: 1 },
      { period: '2025-Q2', incidents: 1, victims: 1 },
    ]);
    expect(o.incidents.byMethod).toEqual([
      { code: '031800000000', incidents: 2 },
      { code: '030101000000', incidents: 1 },
    ]);
  });

  it('names the records behind each indicator value', async () => {
    const o = await overview(facility);
    expect(indicator(o, 'deaths-recorded', '2025-Q1')).toMatchObject({
      value: 1,
      records: [ids.death],
    });
    expect(indicator(o, 'isolation-incidents', '2025-Q2')).toMatchObject({
      value: 1,
      records: [ids.later],
    });
    expect(indicator(o, 'space-per-person', '2025-Q1')).toMatchObject({
      value: 2,
      basis: 1,
      records: [ids.report],
    });
    expect(indicator(o, 'doctor-denied', '2025-Q1')).toMatchObject({
      value: 1,
      records: [ids.report],
    });
    expect(indicator(o, 'deaths-reported', '2025-Q1')).toMatchObject({
      value: 1,
      records: [ids.report],
    });
    expect(indicator(o, 'lawyer-denied', '2025-Q1')).toMatchObject({
      value: 1,
      basis: 1,
      records: [ids.report],
    });
  });

  it('lists who is held there now and who was, with the transfer that brought them', async () => {
    const here = await overview(facility);
    expect(here.detentions).toEqual([
      {
        id: ids.held,
        person,
        from: '2026-01-01',
        to: null,
        ongoing: true,
        transferFrom: null,
        transferTo: null,
      },
    ]);
    const there = await overview(other);
    expect(there.detentions).toEqual([
      {
        id: ids.before,
        person,
        from: '2025-01-01',
        to: '2025-12-31',
        ongoing: false,
        transferFrom: null,
        transferTo: facility,
      },
    ]);
  });

  it('lists the monitoring reports and their findings with follow-up, never the sealed content', async () => {
    const res = await call(
      t.app,
      'GET',
      `/api/vaults/${vault.id}/facilities/${facility}/overview`,
      { session: owner },
    );
    const o = facilityOverviewSchema.parse(res.json());
    expect(o.reports).toEqual([
      {
        id: ids.report,
        from: '2025-01-01',
        to: '2025-03-31',
        methods: ['lawyer-visit', 'relatives'],
      },
    ]);
    expect(o.findings).toEqual([
      {
        id: ids.finding,
        report: ids.report,
        heading: 'conditions.space',
        kind: 'recommendation',
        followUp: 'no-response',
        followUpDate: null,
      },
    ]);
    expect(res.body).not.toContain('square metres');
    expect(res.body).not.toContain('phone');
  });

  it('keeps to the period asked for', async () => {
    const o = await overview(facility, '?from=2025-04-01&to=2025-12-31&bucket=month');
    expect(o.incidents.byPeriod).toEqual([{ period: '2025-04', incidents: 1, victims: 1 }]);
    expect(o.reports).toEqual([]);
  });

  it('counts the records of a facility merged into this one', async () => {
    const kept = await newFacility('SIZO-73 Kept');
    const gone = await newFacility('SIZO-73 Gone');
    await createRecordOf(
      t.app,
      owner,
      vault,
      'incident',
      incident({ facility: gone, date: day('2025-05-05') }),
    );
    expectStatus(
      await call(t.app, 'POST', `/api/facilities/${gone}/merge`, {
        session: owner,
        body: { into: kept },
      }),
      200,
    );
    const o = await overview(kept);
    expect(o.merged).toEqual([gone]);
    expect(o.incidents.total).toBe(1);
  });

  it('answers 404 for a facility that does not exist', async () => {
    const res = await call(t.app, 'GET', `/api/vaults/${vault.id}/facilities/${person}/overview`, {
      session: owner,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('answers reused until the records change', () => {
  const countsOf = async (facilityId: string) => {
    const stats = facilityStatsSchema.parse(
      expectStatus(
        await call(t.app, 'GET', `/api/vaults/${vault.id}/facility-stats`, { session: owner }),
        200,
      ).json(),
    );
    return {
      page: (await overview(facilityId)).incidents.total,
      map: stats.values.find((v) => v.facility === facilityId)?.value ?? 0,
    };
  };
  const recordUrl = (id: string, rest = '') => `/api/vaults/${vault.id}/records/${id}${rest}`;

  it('shows an incident created, moved, deleted, restored or imported after the page was seen', async () => {
    const first = await newFacility('SIZO-74 Cached');
    const second = await newFacility('SIZO-75 Cached');
    expect(await countsOf(first)).toEqual({ page: 0, map: 0 });
    expect(await countsOf(first)).toEqual({ page: 0, map: 0 });

    const id = await createRecordOf(
      t.app,
      owner,
      vault,
      'incident',
      incident({ facility: first, date: day('2025-06-01') }),
    );
    expect(await countsOf(first)).toEqual({ page: 1, map: 1 });
    expect(await countsOf(second)).toEqual({ page: 0, map: 0 });

    // Moved to another facility: both pages change.
    const moved = incident({ facility: second, date: day('2025-06-01') });
    expectStatus(
      await call(t.app, 'PUT', recordUrl(id), {
        session: owner,
        body: {
          kind: 'incident',
          expectedVersion: 1,
          record: await incidentWire(vault, id, moved),
        },
      }),
      200,
    );
    expect(await countsOf(first)).toEqual({ page: 0, map: 0 });
    expect(await countsOf(second)).toEqual({ page: 1, map: 1 });

    expectStatus(await call(t.app, 'DELETE', recordUrl(id), { session: owner }), 200);
    expect(await countsOf(second)).toEqual({ page: 0, map: 0 });
    expectStatus(await call(t.app, 'POST', recordUrl(id, '/restore'), { session: owner }), 200);
    expect(await countsOf(second)).toEqual({ page: 1, map: 1 });

    const imported = uuidv7();
    const importId = await startImport(t.app, owner, vault, 1);
    await uploadRows(t.app, owner, vault, importId, [
      {
        id: imported,
        kind: 'incident',
        record: await incidentWire(vault, imported, incident({ facility: first })),
      },
    ]);
    expectStatus(
      await call(t.app, 'POST', `/api/vaults/${vault.id}/imports/${importId}/commit`, {
        session: owner,
      }),
      200,
    );
    expect(await countsOf(first)).toEqual({ page: 1, map: 1 });
  });

  it('counts a facility’s records under the one it was merged into once the merge is done', async () => {
    const kept = await newFacility('SIZO-76 Kept');
    const gone = await newFacility('SIZO-76 Gone');
    await createRecordOf(t.app, owner, vault, 'incident', incident({ facility: gone }));
    expect(await countsOf(kept)).toEqual({ page: 0, map: 0 });
    expectStatus(
      await call(t.app, 'POST', `/api/facilities/${gone}/merge`, {
        session: owner,
        body: { into: kept },
      }),
      200,
    );
    expect(await countsOf(kept)).toEqual({ page: 1, map: 1 });
  });
});

describe('monitoring findings', () => {
  it('refuses a finding under a heading the CPT does not have, naming the allowed ones', async () => {
    const { response } = await postRecordOf(t.app, owner, vault, 'monitoring-finding', {
      report: ids.report,
      facility,
      heading: 'weather',
      kind: 'comment',
      followUp: 'open',
    } as unknown as RecordData<'monitoring-finding'>);
    expect(response.statusCode).toBe(400);
    const error = errorBodySchema.parse(response.json()).error;
    const field = error.fields.find((f) => f.path.endsWith('heading'));
    expect(field?.message).toMatch(/ill-treatment/);
  });
});

describe('map values', () => {
  it('gives one count per facility, by the indicator asked for', async () => {
    const stats = facilityStatsSchema.parse(
      expectStatus(
        await call(
          t.app,
          'GET',
          `/api/vaults/${vault.id}/facility-stats?indicator=isolation-incidents`,
          { session: owner },
        ),
        200,
      ).json(),
    );
    expect(stats.values).toContainEqual({ facility, value: 2 });
    expect(stats.values.find((v) => v.facility === other)).toBeUndefined();
  });
});

describe('alerts', () => {
  const alertsOn = async (on: string) =>
    alertsResponseSchema.parse(
      expectStatus(
        await call(t.app, 'GET', `/api/vaults/${vault.id}/alerts?on=${on}`, { session: owner }),
        200,
      ).json(),
    );

  it('raises an alert for a person held where nobody may reach them longer than the vault allows', async () => {
    const { alerts, settings } = await alertsOn('2026-01-10');
    expect(settings.incommunicadoDays).toBe(3);
    expect(alerts).toContainEqual({
      kind: 'incommunicado',
      detention: ids.held,
      person,
      facility,
      since: '2026-01-01',
      days: 9,
    });
    const early = await alertsOn('2026-01-02');
    expect(early.alerts.filter((a) => a.kind === 'incommunicado')).toEqual([]);
  });

  it('follows the vault’s own settings', async () => {
    const vaultView = expectStatus(
      await call(t.app, 'GET', `/api/vaults/${vault.id}`, { session: owner }),
      200,
    ).json<{
      recordSettings: unknown;
    }>();
    expectStatus(
      await call(t.app, 'PUT', `/api/vaults/${vault.id}/settings`, {
        session: owner,
        body: {
          recordSettings: vaultView.recordSettings,
          alertSettings: { incommunicadoDays: 30, clusterWindowDays: 60, clusterThreshold: 2 },
        },
      }),
      200,
    );
    const { alerts } = await alertsOn('2026-01-10');
    expect(alerts.filter((a) => a.kind === 'incommunicado')).toEqual([]);
    const clusters = (await alertsOn('2025-03-15')).alerts.filter(
      (a) => a.kind === 'incident-cluster',
    );
    expect(clusters).toEqual([
      {
        kind: 'incident-cluster',
        facility,
        from: '2025-02-10',
        to: '2025-03-10',
        incidents: [ids.death, ids.isolation],
      },
    ]);
  });
});
