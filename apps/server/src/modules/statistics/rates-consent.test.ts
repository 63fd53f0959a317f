// Rates and consent in statistics on the API, on both engines: incidents per 1,000 places of
// the register's capacity and per 100 documented detentions, "no denominator" where none is
// known, rates refused by dimensions a denominator does not divide into; and the incidents that
// consent lets aggregate figures for a UN body count, with what it left out and why.
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
import { createRecordOf } from '../records/records.fixture';

let t: TestApp;
let owner: TestSession;
let vault: TestVault;
const f = { big: '', small: '', unknown: '', merged: '' };
const ids = { consented: '', published: '', noSource: '', noConsent: '', secret: '', lost: '' };

const day = (value: string) => ({ precision: 'day' as const, value });
// A region no other test puts facilities in, so the register's sums are ours alone.
const REGION = 'RU-CHU';

beforeAll(async () => {
  t = await startApp();
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  const facility = async (name: string, type: string, capacity: number | null) =>
    expectStatus(
      await call(t.app, 'POST', '/api/facilities', {
        session: owner,
        body: {
          facility: { names: { en: name }, type, authority: 'fsin', region: REGION, capacity },
          allowDuplicate: true,
        },
      }),
      201,
    ).json<{ id: string }>().id;
  f.big = await facility('IK-1 Rates', 'penal-colony-general', 2000);
  f.small = await facility('SIZO-1 Rates', 'sizo', 500);
  f.unknown = await facility('SIZO-2 Rates', 'sizo', null);
  f.merged = await facility('IK-1 Rates duplicate', 'penal-colony-general', null);
  expectStatus(
    await call(t.app, 'POST', `/api/facilities/${f.merged}/merge`, {
      session: owner,
      body: { into: f.big },
    }),
    200,
  );

  const record = <K extends 'person' | 'source' | 'incident' | 'detention'>(
    kind: K,
    data: Record<string, unknown>,
  ) => createRecordOf(t.app, owner, vault, kind, data as RecordData<K>);
  const anna = await record('person', { sex: 'female' });
  const boris = await record('person', { sex: 'male' });
  const un = await record('source', { consent: ['un-bodies'] });
  const pub = await record('source', { consent: ['internal', 'publication-anonymised'] });
  const internal = await record('source', { consent: ['internal'] });
  const gone = await record('source', { consent: ['un-bodies'] });
  expectStatus(
    await call(t.app, 'DELETE', `/api/vaults/${vault.id}/records/${gone}`, { session: owner }),
    200,
  );
  const incident = (data: Record<string, unknown>) =>
    record('incident', { actType: '010000000000', ...data });
  ids.consented = await incident({
    victim: anna,
    facility: f.big,
    date: day('2024-02-01'),
    sources: [un, internal],
  });
  ids.published = await incident({
    victim: anna,
    facility: f.big,
    date: day('2024-03-01'),
    sources: [pub],
  });
  ids.noSource = await incident({ victim: boris, facility: f.small, date: day('2024-04-01') });
  ids.noConsent = await incident({
    victim: boris,
    facility: f.small,
    date: day('2025-01-05'),
    sources: [internal],
  });
  ids.secret = await incident({
    victim: anna,
    facility: f.unknown,
    date: day('2024-05-01'),
    sources: [un],
    confidentiality: 'strictly-confidential',
  });
  ids.lost = await incident({
    victim: boris,
    facility: f.merged,
    date: day('2024-06-01'),
    sources: [gone],
  });
  const detention = (facilityId: string, from: string, to?: string) =>
    record('detention', {
      person: anna,
      facility: facilityId,
      period: { precision: 'range', from: day(from), ...(to === undefined ? {} : { to: day(to) }) },
    });
  // f.big (with its merged duplicate): three detentions in 2024, one of them still under way.
  await detention(f.big, '2023-11-01', '2024-01-31');
  await detention(f.merged, '2024-02-01', '2024-02-20');
  await detention(f.big, '2024-06-01');
  // f.small: one in 2024 only, one in 2025 only.
  await detention(f.small, '2024-03-01', '2024-04-30');
  await detention(f.small, '2025-01-01', '2025-01-10');
});
afterAll(async () => {
  await t.close();
});

const stats = async (query: StatsQuery): Promise<StatsResponse> =>
  statsResponseSchema.parse(
    expectStatus(
      await call(t.app, 'POST', `/api/vaults/${vault.id}/stats`, { session: owner, body: query }),
      200,
    ).json(),
  );

const rowRates = (tab: StatsResponse) =>
  Object.fromEntries(
    (tab.rate?.rowTotals ?? []).map((r) => [
      String(r.row),
      { denominator: r.denominator, incidents: r.incidents, missing: r.missing },
    ]),
  );

describe('rates', () => {
  it('give incidents per 1,000 places of a facility, and no denominator where the register states no capacity', async () => {
    const tab = await stats({ rows: 'facility', rate: { per: 'capacity' } });
    expect(tab.rate).toMatchObject({ per: 'capacity', unit: 1000 });
    expect(tab.rate?.label).toContain('capacity');
    // The merged duplicate's incident counts as the facility it joined: 3 incidents in 2,000 places.
    expect(rowRates(tab)[f.big]).toEqual({ denominator: 2000, incidents: 1.5, missing: 0 });
    expect(rowRates(tab)[f.small]).toEqual({ denominator: 500, incidents: 4, missing: 0 });
    expect(rowRates(tab)[f.unknown]).toEqual({ denominator: null, incidents: null, missing: 1 });
  });

  it('sum capacity per facility type and region over the facilities that state one, and say how many did not', async () => {
    const types = await stats({
      rows: 'facility-type',
      filter: { region: [REGION] },
      rate: { per: 'capacity' },
    });
    // sizo: 500 places known, SIZO-2 lacking; 3 incidents (2 at SIZO-1, 1 at SIZO-2).
    expect(rowRates(types)['sizo']).toEqual({ denominator: 500, incidents: 6, missing: 1 });
    expect(rowRates(types)['penal-colony-general']).toEqual({
      denominator: 2000,
      incidents: 1.5,
      missing: 0,
    });
    const region = await stats({ rows: 'region', rate: { per: 'capacity' } });
    expect(rowRates(region)[REGION]).toEqual({ denominator: 2500, incidents: 2.4, missing: 1 });
  });

  it('give incidents per 100 documented detentions by facility and by year, counting a detention in every year it spans', async () => {
    const byFacility = await stats({ rows: 'facility', rate: { per: 'detentions' } });
    expect(byFacility.rate?.unit).toBe(100);
    expect(rowRates(byFacility)[f.big]).toEqual({ denominator: 3, incidents: 100, missing: 0 });
    expect(rowRates(byFacility)[f.unknown]?.denominator).toBeNull();
    const byYear = await stats({
      rows: 'year',
      filter: { facility: [f.small] },
      rate: { per: 'detentions' },
    });
    expect(rowRates(byYear)).toEqual({
      '2024': { denominator: 1, incidents: 100, missing: 0 },
      '2025': { denominator: 1, incidents: 100, missing: 0 },
    });
    const all = await stats({ rows: 'year', from: '2023-01-01', rate: { per: 'detentions' } });
    // 2023: only the detention begun in November 2023, and no incident: a rate of 0, not null.
    expect(rowRates(all)['2023']).toEqual({ denominator: 1, incidents: 0, missing: 0 });
    expect(rowRates(all)['2024']?.denominator).toBe(4);
    // The one still under way counts in 2025 too.
    expect(rowRates(all)['2025']?.denominator).toBe(2);
    expect(all.rate?.total.denominator).toBe(5);
  });

  it('divide by row and column when both dimensions divide the denominator, and keep the period', async () => {
    const tab = await stats({
      rows: 'facility',
      columns: 'year',
      from: '2024-01-01',
      to: '2024-12-31',
      rate: { per: 'detentions' },
    });
    const cell = tab.rate?.cells.find((c) => c.row === f.small && c.column === '2024');
    expect(cell).toMatchObject({ denominator: 1, incidents: 100, victims: 100 });
    expect(rowRates(tab)[f.small]?.denominator).toBe(1);
    expect(tab.rate?.cells).toHaveLength(tab.rows.length * tab.columns.length);
  });

  it('refuse rates by a dimension the denominator does not divide into, with a clear message', async () => {
    for (const body of [
      { rows: 'method', rate: { per: 'detentions' } },
      { rows: 'year', rate: { per: 'capacity' } },
    ]) {
      const res = await call(t.app, 'POST', `/api/vaults/${vault.id}/stats`, {
        session: owner,
        body,
      });
      expect(res.statusCode).toBe(400);
      const error = errorBodySchema.parse(res.json()).error;
      expect(error.code).toBe('validation_failed');
      expect(error.fields.map((x) => x.path)).toContain('body.rate');
    }
  });

  it('give no rate section when none is asked for', async () => {
    expect((await stats({ rows: 'facility' })).rate).toBeUndefined();
  });
});

describe('consent for UN aggregate figures', () => {
  it('count only incidents with a live source consenting to UN use or publication, and say what was left out and why', async () => {
    const tab = await stats({
      rows: 'year',
      filter: { region: [REGION] },
      consent: { purpose: 'un-aggregate' },
    });
    // Counted: consented (un-bodies) and published (publication-anonymised), both Anna's.
    expect(tab.total).toEqual({ incidents: 2, victims: 1 });
    expect(tab.consent?.excluded).toEqual([
      // No source at all, and one whose only source was deleted.
      { reason: 'no-source', incidents: 2, victims: 1 },
      { reason: 'no-consent', incidents: 1, victims: 1 },
      { reason: 'confidential', incidents: 1, victims: 1 },
    ]);
    const records = statsRecordsResponseSchema.parse(
      expectStatus(
        await call(t.app, 'POST', `/api/vaults/${vault.id}/stats/records`, {
          session: owner,
          body: { query: { rows: 'year', consent: { purpose: 'un-aggregate' } } },
        }),
        200,
      ).json(),
    );
    expect([...records.ids].sort()).toEqual([ids.consented, ids.published].sort());
  });

  it('count incidents without recorded consent when asked, never the strictly confidential', async () => {
    const tab = await stats({
      rows: 'year',
      filter: { region: [REGION] },
      consent: { purpose: 'un-aggregate', includeUnrecorded: true },
    });
    expect(tab.total).toEqual({ incidents: 5, victims: 2 });
    expect(tab.consent?.excluded).toEqual([{ reason: 'confidential', incidents: 1, victims: 1 }]);
  });

  it('keep to the period in what it says was left out', async () => {
    const tab = await stats({
      rows: 'year',
      from: '2025-01-01',
      consent: { purpose: 'un-aggregate' },
    });
    expect(tab.total.incidents).toBe(0);
    expect(tab.consent?.excluded.map((e) => e.incidents)).toEqual([0, 1, 0]);
  });

  it('say nothing of consent when it is not asked for, and count everything', async () => {
    const tab = await stats({ rows: 'year', filter: { region: [REGION] } });
    expect(tab.consent).toBeUndefined();
    expect(tab.total.incidents).toBe(6);
  });
});
