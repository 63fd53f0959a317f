// The torture-risk index on the API: records indicators computed from a vault's coded records,
// expert values entered, versioned and audited, and the index over both (PGlite, and PostgreSQL
// when VIGIL_TEST_DATABASE_URL is set).
import { METHODOLOGY_VERSION } from '@vigil/analytics';
import {
  auditChainResponseSchema,
  errorBodySchema,
  expertValueListResponseSchema,
  expertValueSchema,
  riskIndexResponseSchema,
  type RecordData,
  type RecordKind,
  type RiskIndexResponse,
} from '@vigil/core';
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
  type TestVault,
} from '../../testing/fixture';
import { createRecordOf } from '../records/records.fixture';

let t: TestApp;
let owner: TestSession;
let viewer: TestSession;
let outsider: TestSession;
let vault: TestVault;
const f: Record<string, string> = {};
const p: Record<string, string> = {};
const r: Record<string, string> = {};

const day = (value: string) => ({ precision: 'day' as const, value });
const range = (from: string, to?: string) => ({
  precision: 'range' as const,
  from: day(from),
  ...(to === undefined ? {} : { to: day(to) }),
});

const newFacility = async (name: string, region: string): Promise<string> =>
  expectStatus(
    await call(t.app, 'POST', '/api/facilities', {
      session: owner,
      body: {
        facility: { names: { en: name }, type: 'sizo', authority: 'fsin', region },
        allowDuplicate: true,
      },
    }),
    201,
  ).json<{ id: string }>().id;

const rec = <K extends RecordKind>(kind: K, data: Record<string, unknown>) =>
  createRecordOf(t.app, owner, vault, kind, data as RecordData<K>);

const YEAR = 'from=2024-01-01&to=2024-12-31';
const YEARS_2024 = 366 / 365.25;

beforeAll(async () => {
  t = await startApp();
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  viewer = await addMember(t.app, owner, vault, 'viewer');
  outsider = await newSession(t.app);
  f.rostov = await newFacility('SIZO-1 Rostov Index', 'RU-ROS');
  f.crimea = await newFacility('SIZO-1 Simferopol Index', 'UA-43');
  f.merged = await newFacility('IVS Rostov Index', 'RU-ROS');
  p.prisoner = await rec('person', { groups: ['political-prisoner'] });
  p.woman = await rec('person', { sex: 'female' });
  p.man = await rec('person', { sex: 'male' });
  const incident = (over: Record<string, unknown>) =>
    rec('incident', { actType: '020111110000', facility: f.rostov, ...over });
  r.shock = await incident({
    victim: p.prisoner,
    date: day('2024-03-01'),
    methods: ['030800000000'],
  });
  r.isolation = await incident({
    victim: p.man,
    date: day('2024-04-01'),
    methods: ['031800000000'],
  });
  r.death = await incident({ victim: p.man, date: day('2024-05-01'), actType: '010106010000' });
  r.unknown = await incident({ victim: p.man, date: day('2024-06-01'), methods: ['990000000000'] });
  r.undated = await incident({ victim: p.man, methods: ['030800000000'] });
  r.before = await incident({ victim: p.man, date: day('2023-06-01'), methods: ['030800000000'] });
  r.ivs = await incident({ victim: p.man, date: day('2024-08-01'), facility: f.merged });
  r.crimea = await incident({
    victim: p.woman,
    date: day('2024-02-01'),
    facility: f.crimea,
    methods: ['030101000000'],
  });
  r.street = await rec('incident', {
    victim: p.woman,
    actType: '020111110000',
    date: day('2024-07-01'),
    region: 'RU-MOS',
    placeType: 'street',
  });
  r.nowhere = await rec('incident', {
    victim: p.woman,
    actType: '020111110000',
    date: day('2024-07-02'),
  });
  r.hidden = await rec('detention', {
    person: p.prisoner,
    facility: f.rostov,
    period: range('2024-01-01', '2024-12-31'),
    whereabouts: '010200000000',
  });
  r.counsel = await rec('detention', {
    person: p.man,
    facility: f.rostov,
    period: range('2024-02-01'),
    whereabouts: '010101000000',
    lawyerAccess: ['530000000000'],
  });
  r.unknownAccess = await rec('detention', {
    person: p.woman,
    facility: f.rostov,
    period: range('2024-03-01', '2024-04-01'),
  });
  r.refused = await rec('intervention', {
    kind: 'prosecutor-complaint',
    incidents: [r.shock],
    people: [p.prisoner],
    status: 'closed',
    outcome: ['refusal-to-open-case'],
    submittedDate: day('2024-03-10'),
  });
  r.opened = await rec('intervention', {
    kind: 'investigative-committee-report',
    incidents: [r.isolation],
    status: 'in-progress',
    outcome: ['case-opened', 'prosecution'],
    submittedDate: day('2024-04-10'),
  });
  r.pending = await rec('intervention', {
    kind: 'court-complaint',
    incidents: [r.death],
    status: 'submitted',
    submittedDate: day('2024-12-20'),
  });
  r.ecthr = await rec('intervention', {
    kind: 'ecthr-application',
    incidents: [r.shock],
    people: [p.prisoner],
    status: 'closed',
    outcome: ['violation-found', 'compensation'],
    submittedDate: day('2024-06-01'),
    outcomeDate: day('2024-11-01'),
  });
  r.threat = await rec('reprisal', {
    person: p.prisoner,
    intervention: r.refused,
    target: 'survivor',
    kind: ['threat'],
    date: day('2024-04-01'),
  });
  r.lawyer = await rec('reprisal', {
    incident: r.shock,
    target: 'lawyer',
    kind: ['search'],
    date: day('2024-05-05'),
  });
  // Merged after its incident was recorded: the incident counts for the one it joined.
  expectStatus(
    await call(t.app, 'POST', `/api/facilities/${f.merged}/merge`, {
      session: owner,
      body: { into: f.rostov },
    }),
    200,
  );
});
afterAll(async () => {
  await t.close();
});

const index = async (query: string, session: TestSession = owner): Promise<RiskIndexResponse> =>
  riskIndexResponseSchema.parse(
    expectStatus(
      await call(t.app, 'GET', `/api/vaults/${vault.id}/risk-index?${query}`, { session }),
      200,
    ).json(),
  );

const unitOf = (answer: RiskIndexResponse, unit: string) => {
  const u = answer.result.units.find((x) => x.unit === unit);
  if (u === undefined) throw new Error(`no unit ${unit}`);
  return u;
};

/** The indicator cell of a unit, from the pillar it belongs to. */
const cell = (answer: RiskIndexResponse, unit: string, indicator: string) => {
  const found = unitOf(answer, unit)
    .pillars.flatMap((pl) => pl.indicators)
    .find((i) => i.indicator === indicator);
  if (found === undefined) throw new Error(`no ${indicator} for ${unit}`);
  return found;
};

const expertBody = (over: Record<string, unknown> = {}) => ({
  indicator: 'monitoring-access',
  level: 'region',
  unit: 'RU-ROS',
  from: '2024-01-01',
  to: '2024-12-31',
  value: 1,
  evidence: 'ONK members were refused entry to SIZO-1 in March and May 2024 (public statements).',
  confidence: 'medium',
  ...over,
});
const putExpert = (body: unknown, session: TestSession = owner) =>
  call(t.app, 'PUT', `/api/vaults/${vault.id}/risk-index/expert-values`, { session, body });

describe('who may read the index and enter expert values', () => {
  it('answers 401 without a session, 404 to a non-member, and lets a viewer read', async () => {
    const url = `/api/vaults/${vault.id}/risk-index`;
    expect((await call(t.app, 'GET', url)).statusCode).toBe(401);
    expect((await call(t.app, 'GET', url, { session: outsider })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `${url}?draws=0`, { session: viewer })).statusCode).toBe(200);
  });

  it('refuses expert values from a viewer (403), and from a non-member as not found (404)', async () => {
    expect((await putExpert(expertBody(), viewer)).statusCode).toBe(403);
    expect((await putExpert(expertBody(), outsider)).statusCode).toBe(404);
  });
});

describe('records indicators of a region', () => {
  let answer: RiskIndexResponse;
  beforeAll(async () => {
    answer = await index(`level=region&${YEAR}&draws=200`);
  });

  it('counts incidents per 100 detentions of the period, undated and earlier incidents left out', () => {
    // shock, isolation, death, unknown and the merged facility's incident; three detentions.
    expect(cell(answer, 'RU-ROS', 'incident-rate')).toMatchObject({ raw: (100 * 5) / 3, basis: 3 });
    const input = answer.inputs.find((i) => i.unit === 'RU-ROS' && i.indicator === 'incident-rate');
    expect(input).toMatchObject({ numerator: 5, denominator: 3, records: 8, more: 0 });
    expect(cell(answer, 'RU-ROS', 'incident-rate').records).not.toContain(r.undated);
    expect(cell(answer, 'RU-ROS', 'incident-rate').records).not.toContain(r.before);
  });

  it('takes the share of severe methods over incidents whose methods are known', () => {
    expect(cell(answer, 'RU-ROS', 'severe-methods-share')).toMatchObject({ raw: 0.5, basis: 2 });
    expect(cell(answer, 'RU-ROS', 'severe-methods-share').records?.[0]).toBe(r.shock);
    expect(cell(answer, 'RU-ROS', 'isolation-share')).toMatchObject({ raw: 0.5, basis: 2 });
  });

  it('counts detentions with hidden whereabouts as incommunicado and leaves unknown access out', () => {
    expect(cell(answer, 'RU-ROS', 'incommunicado-share')).toMatchObject({
      raw: 0.5,
      basis: 2,
      records: [r.hidden, r.counsel],
    });
  });

  it('counts deaths in custody per year', () => {
    expect(cell(answer, 'RU-ROS', 'deaths-in-custody').raw).toBeCloseTo(1 / YEARS_2024, 10);
    expect(cell(answer, 'RU-ROS', 'deaths-in-custody').records).toEqual([r.death]);
  });

  it('judges complaints: refused is no investigation, a case with charges is prosecution, a recent one is not yet decided', () => {
    expect(cell(answer, 'RU-ROS', 'no-investigation-share')).toMatchObject({
      raw: 0.5,
      basis: 2,
      records: [r.refused, r.opened],
    });
    expect(cell(answer, 'RU-ROS', 'prosecution-share')).toMatchObject({ raw: 0.5, basis: 2 });
  });

  it('finds redress, pressure on complainants, victims at risk and reprisals against lawyers', () => {
    expect(cell(answer, 'RU-ROS', 'redress-share')).toMatchObject({ raw: 1, basis: 1 });
    expect(cell(answer, 'RU-ROS', 'complainant-pressure-share')).toMatchObject({
      raw: 0.5,
      basis: 2,
      records: [p.prisoner, p.man],
    });
    expect(cell(answer, 'RU-ROS', 'at-risk-share')).toMatchObject({ raw: 0.5, basis: 2 });
    expect(cell(answer, 'RU-ROS', 'defender-reprisals').raw).toBeCloseTo(1 / YEARS_2024, 10);
  });

  it('shows what the records do not say as missing, never as zero', () => {
    // One incident in the street of RU-MOS: no detention, no method, no complaint.
    expect(cell(answer, 'RU-MOS', 'incident-rate')).toMatchObject({ raw: null, normalised: null });
    expect(cell(answer, 'RU-MOS', 'severe-methods-share').raw).toBeNull();
    expect(unitOf(answer, 'RU-MOS').missing).toEqual(
      expect.arrayContaining(['incident-rate', 'severe-methods-share', 'no-investigation-share']),
    );
    // A woman hurt outside custody is not counted as a woman in custody.
    expect(cell(answer, 'RU-MOS', 'at-risk-share')).toMatchObject({ raw: 0, basis: 1 });
    expect(unitOf(answer, 'RU-MOS').score).toBeNull();
  });

  it('keeps occupied Crimea a Ukrainian region, and says what it could not place', () => {
    expect(answer.result.units.map((u) => u.unit).sort()).toEqual(['RU-MOS', 'RU-ROS', 'UA-43']);
    expect(answer.notes.join(' ')).toContain('1 incident of the period names no region');
    expect(answer.period).toEqual({ from: '2024-01-01', to: '2024-12-31', years: YEARS_2024 });
    expect(answer.methodologyVersion).toBe(METHODOLOGY_VERSION);
  });

  it('scores with 95 % intervals and ranks', () => {
    const ros = unitOf(answer, 'RU-ROS');
    expect(ros.score).not.toBeNull();
    expect(ros.interval?.[0]).toBeLessThanOrEqual(ros.score ?? 0);
    expect(ros.interval?.[1]).toBeGreaterThanOrEqual(ros.score ?? 1);
    expect(ros.rank).toBe(1);
    expect(answer.result.settings).toMatchObject({
      draws: 200,
      seed: 1,
      aggregation: 'arithmetic',
    });
    expect(answer.result.sensitivity.map((s) => s.indicator)).toContain('incident-rate');
  });
});

describe('other levels', () => {
  it('counts occupied Crimea for the state that holds it at country level', async () => {
    const answer = await index(`level=country&${YEAR}&draws=0`);
    expect(answer.result.units.map((u) => u.unit)).toEqual(['RU']);
    // Five incidents in Rostov, one in Crimea and one in Moscow; three detentions.
    expect(cell(answer, 'RU', 'incident-rate')).toMatchObject({ raw: (100 * 7) / 3, basis: 3 });
    expect(unitOf(answer, 'RU').interval).toBeNull();
  });

  it('scores facilities, a merged one counting for the one it joined', async () => {
    const answer = await index(`level=facility&${YEAR}&draws=0`);
    expect(answer.result.units.map((u) => u.unit).sort()).toEqual([f.crimea, f.rostov].sort());
    expect(cell(answer, f.rostov ?? '', 'incident-rate').records).toContain(r.ivs);
    // Redress is not a facility indicator.
    expect(
      unitOf(answer, f.rostov ?? '')
        .pillars.flatMap((pl) => pl.indicators)
        .map((i) => i.indicator),
    ).not.toContain('redress-share');
  });

  it('takes the whole time span of the records when no period is asked for', async () => {
    const answer = await index('level=region&draws=0');
    expect(answer.period.from).toBe('2023-06-01');
    expect(cell(answer, 'RU-ROS', 'incident-rate').records).toContain(r.undated);
  });
});

describe('expert values', () => {
  it('refuses what the catalogue does not allow, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ indicator: 'no-such-indicator' }, 'body.indicator'],
      [{ indicator: 'incident-rate' }, 'body.indicator'],
      [{ indicator: 'torture-definition' }, 'body.level'],
      [{ value: 5 }, 'body.value'],
      [{ value: 1.5 }, 'body.value'],
      [{ unit: 'RU-XXX' }, 'body.unit'],
      [{ level: 'facility', unit: '01900000-0000-7000-8000-0000000000ff' }, 'body.unit'],
      [{ evidence: 'x'.repeat(4001) }, 'body.evidence'],
      [{ from: '2025-01-01' }, 'body.to'],
      [{ confidence: 'certain' }, 'body.confidence'],
    ];
    for (const [over, path] of cases) {
      const res = await putExpert(expertBody(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      const body = errorBodySchema.parse(res.json());
      expect(
        body.error.fields.map((x) => x.path),
        JSON.stringify(over),
      ).toContain(path);
    }
  });

  it('stores a value, changes it as its next version, refuses a stale version, lists and removes it, all audited without the evidence', async () => {
    const first = expertValueSchema.parse(expectStatus(await putExpert(expertBody()), 200).json());
    expect(first).toMatchObject({ version: 1, value: 1, unit: 'RU-ROS', confidence: 'medium' });
    const second = expertValueSchema.parse(
      expectStatus(await putExpert(expertBody({ value: 0, expectedVersion: 1 })), 200).json(),
    );
    expect(second).toMatchObject({ id: first.id, version: 2, value: 0 });
    const stale = await putExpert(expertBody({ value: 3, expectedVersion: 1 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict' } });

    const listed = expertValueListResponseSchema.parse(
      expectStatus(
        await call(t.app, 'GET', `/api/vaults/${vault.id}/risk-index/expert-values?level=region`, {
          session: viewer,
        }),
        200,
      ).json(),
    );
    expect(listed.values.map((v) => [v.id, v.version])).toEqual([[first.id, 2]]);

    const other = expertValueSchema.parse(
      expectStatus(
        await putExpert(expertBody({ indicator: 'civic-space-laws', value: 4 })),
        200,
      ).json(),
    );
    const url = `/api/vaults/${vault.id}/risk-index/expert-values/${other.id}`;
    expect((await call(t.app, 'DELETE', url, { session: viewer })).statusCode).toBe(403);
    expectStatus(await call(t.app, 'DELETE', url, { session: owner }), 204);
    expect((await call(t.app, 'DELETE', url, { session: owner })).statusCode).toBe(404);

    const chain = auditChainResponseSchema.parse(
      expectStatus(
        await call(t.app, 'GET', `/api/audit/${vault.id}`, { session: owner }),
        200,
      ).json(),
    );
    const actions = chain.events.filter((e) => e.action.startsWith('risk-index.'));
    expect(actions.map((e) => [e.action, e.data['version']])).toEqual([
      ['risk-index.expert.create', 1],
      ['risk-index.expert.update', 2],
      ['risk-index.expert.create', 1],
      ['risk-index.expert.delete', 2],
    ]);
    expect(JSON.stringify(chain.events)).not.toContain('ONK members');
  });

  it('brings the current expert values into the index with their evidence and confidence', async () => {
    const answer = await index(`level=region&${YEAR}&draws=200`);
    expect(cell(answer, 'RU-ROS', 'monitoring-access')).toMatchObject({
      raw: 0,
      normalised: 1,
      confidence: 'medium',
      evidence: expect.stringContaining('ONK members'),
    });
    expect(cell(answer, 'RU-ROS', 'civic-space-laws').raw).toBeNull();
    const input = answer.inputs.find(
      (i) => i.unit === 'RU-ROS' && i.indicator === 'monitoring-access',
    );
    expect(input).toMatchObject({ source: 'expert', expert: { version: 2 } });
    // A rating of another period does not count for this one (a detention still goes on then).
    const later = await index('level=region&from=2026-01-01&to=2026-12-31&draws=0');
    expect(later.result.units.map((u) => u.unit)).toEqual(['RU-ROS']);
    expect(cell(later, 'RU-ROS', 'monitoring-access').raw).toBeNull();
  });
});

describe('answers', () => {
  it('gives the same answer for the same data and seed, another for another seed', async () => {
    const a = await index(`level=region&${YEAR}&draws=300&seed=7`);
    const b = await index(`level=region&${YEAR}&draws=300&seed=7`);
    const c = await index(`level=region&${YEAR}&draws=300&seed=8`);
    expect(b).toEqual(a);
    expect(unitOf(c, 'RU-ROS').interval).not.toEqual(unitOf(a, 'RU-ROS').interval);
  });

  it('computes afresh after a record of the vault changes', async () => {
    const before = await index(`level=region&${YEAR}&draws=0`);
    await rec('detention', {
      person: p.man,
      facility: f.rostov,
      period: range('2024-09-01', '2024-09-30'),
    });
    const after = await index(`level=region&${YEAR}&draws=0`);
    expect(cell(before, 'RU-ROS', 'incident-rate').basis).toBe(3);
    expect(cell(after, 'RU-ROS', 'incident-rate').basis).toBe(4);
  });

  it('refuses a query it cannot answer', async () => {
    for (const q of ['level=district', 'draws=100001', 'from=2024-05-01&to=2024-01-01', 'x=1']) {
      const res = await call(t.app, 'GET', `/api/vaults/${vault.id}/risk-index?${q}`, {
        session: owner,
      });
      expect(res.statusCode, q).toBe(400);
    }
  });
});
