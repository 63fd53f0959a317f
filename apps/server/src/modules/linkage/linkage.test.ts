// Record linkage on the API: decisions on pairs (current and history, withdrawn, audited), runs of
// pseudonymous cluster ids (stale basedOn, bad input, restore), the people count and the overlap
// pattern of lists (PGlite, and PostgreSQL when VIGIL_TEST_DATABASE_URL is set).
import {
  auditChainResponseSchema,
  errorBodySchema,
  linkageSummarySchema,
  linkDecisionListResponseSchema,
  linkDecisionResponseSchema,
  linkPatternsResponseSchema,
  linkRunCreatedResponseSchema,
  linkRunListResponseSchema,
  linkRunResponseSchema,
  newClusterId,
  type RecordData,
  type RecordKind,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
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
  type TestVault,
} from '../../testing/fixture';
import { createRecordOf } from '../records/records.fixture';

let t: TestApp;
let owner: TestSession;
let analyst: TestSession;
let vault: TestVault;

const rec = <K extends RecordKind>(v: TestVault, kind: K, data: Record<string, unknown>) =>
  createRecordOf(t.app, owner, v, kind, data as RecordData<K>);
const url = (v: TestVault, path: string) => `/api/vaults/${v.id}/linkage/${path}`;
const post = (v: TestVault, path: string, body: unknown, session = owner) =>
  call(t.app, 'POST', url(v, path), { session, body });
const get = (v: TestVault, path: string, session = owner) =>
  call(t.app, 'GET', url(v, path), { session });
const fieldsOf = (res: { json: () => unknown }) =>
  errorBodySchema.parse(res.json()).error.fields.map((f) => f.path);

const auditOf = async (v: TestVault, prefix: string) =>
  auditChainResponseSchema
    .parse(
      expectStatus(await call(t.app, 'GET', `/api/audit/${v.id}`, { session: owner }), 200).json(),
    )
    .events.filter((e) => e.action.startsWith(prefix));

/** A fresh vault with `n` person records (sex as given) and the ids of one incident and source. */
const freshVault = async (sexes: readonly string[]) => {
  const v = await createVault(t.app, owner);
  const people: string[] = [];
  for (const sex of sexes) people.push(await rec(v, 'person', { sex }));
  return { v, people };
};

beforeAll(async () => {
  t = await startApp();
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  analyst = await addMember(t.app, owner, vault, 'analyst');
});
afterAll(async () => {
  await t.close();
});

describe('decisions on pairs of person records', () => {
  it('stores the pair ordered, keeps every decision, answers the current one per pair and audits ids only', async () => {
    const { v, people } = await freshVault(['male', 'male', 'female']);
    const [a = '', b = '', c = ''] = people;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const first = linkDecisionResponseSchema.parse(
      expectStatus(
        await post(v, 'decisions', {
          recordA: hi,
          recordB: lo,
          decision: 'match',
          probability: 0.71,
        }),
        201,
      ).json(),
    ).decision;
    expect(first).toMatchObject({ recordA: lo, recordB: hi, decision: 'match', probability: 0.71 });
    expect(first.decidedBy).toBe(owner.account.id);
    expectStatus(
      await post(v, 'decisions', { recordA: lo, recordB: hi, decision: 'non-match' }),
      201,
    );
    expectStatus(await post(v, 'decisions', { recordA: a, recordB: c, decision: 'unsure' }), 201);

    const current = linkDecisionListResponseSchema.parse(
      expectStatus(await get(v, 'decisions'), 200).json(),
    ).decisions;
    expect(current.map((d) => d.decision).sort()).toEqual(['non-match', 'unsure']);
    expect(current.find((d) => d.recordB === hi || d.recordA === hi)?.probability).toBeNull();

    const history = linkDecisionListResponseSchema.parse(
      expectStatus(await get(v, 'decisions?history=1'), 200).json(),
    ).decisions;
    expect(history.map((d) => d.decision)).toEqual(['unsure', 'non-match', 'match']);

    const events = await auditOf(v, 'linkage.decision');
    expect(events).toHaveLength(3);
    expect(events[0]?.data).toEqual({
      recordA: lo,
      recordB: hi,
      decision: 'match',
      probability: 0.71,
    });
    expect(events[0]?.actor).toBe(owner.account.id);
  });

  it('takes a decision back with withdrawn: the pair leaves the current list and returns to the queue', async () => {
    const { v, people } = await freshVault(['male', 'male']);
    const [a = '', b = ''] = people;
    const none = await post(v, 'decisions', { recordA: a, recordB: b, decision: 'withdrawn' });
    expect(none.statusCode).toBe(409);
    expect(errorBodySchema.parse(none.json()).error.code).toBe('conflict');
    expectStatus(await post(v, 'decisions', { recordA: a, recordB: b, decision: 'match' }), 201);
    expectStatus(
      await post(v, 'decisions', { recordA: b, recordB: a, decision: 'withdrawn' }),
      201,
    );
    // Withdrawn already: nothing is left to take back.
    const again = await post(v, 'decisions', { recordA: a, recordB: b, decision: 'withdrawn' });
    expect(again.statusCode).toBe(409);
    const current = linkDecisionListResponseSchema.parse(
      expectStatus(await get(v, 'decisions'), 200).json(),
    );
    expect(current.decisions).toEqual([]);
    const summary = linkageSummarySchema.parse(expectStatus(await get(v, 'summary'), 200).json());
    expect(summary.decisions).toEqual({ match: 0, nonMatch: 0, unsure: 0 });
  });

  it('refuses a pair of one record, unknown ids, records that are not people, and bad probabilities, naming the field', async () => {
    const { v, people } = await freshVault(['male']);
    const [a = ''] = people;
    const incident = await rec(v, 'incident', { victim: a, actType: '010000000000' });
    const cases: [Record<string, unknown>, string][] = [
      [{ recordA: a, recordB: a, decision: 'match' }, 'body.recordB'],
      [{ recordA: a, recordB: uuidv7(), decision: 'match' }, 'body.recordB'],
      [{ recordA: incident, recordB: a, decision: 'match' }, 'body.recordA'],
      [{ recordA: a, recordB: incident, decision: 'match', probability: 1.5 }, 'body.probability'],
      [{ recordA: a, recordB: incident, decision: 'same' }, 'body.decision'],
    ];
    for (const [body, path] of cases) {
      const res = await post(v, 'decisions', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldsOf(res), JSON.stringify(body)).toContain(path);
    }
    expect(await auditOf(v, 'linkage.')).toEqual([]);
  });

  it('lets an analyst read decisions but not write them', async () => {
    expectStatus(await get(vault, 'decisions', analyst), 200);
    const res = await post(
      vault,
      'decisions',
      { recordA: uuidv7(), recordB: uuidv7(), decision: 'match' },
      analyst,
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('runs of pseudonymous cluster ids', () => {
  it('saves runs 1, 2, … from the latest, refuses a stale basedOn with stale_link_run, and restores an earlier run as a new one', async () => {
    const { v, people } = await freshVault(['male', 'male', 'female', 'female']);
    const [a = '', b = '', c = '', d = ''] = people;
    const one = newClusterId();
    const two = newClusterId();
    const first = linkRunCreatedResponseSchema.parse(
      expectStatus(
        await post(v, 'runs', {
          basedOn: null,
          settings: { threshold: 0.9, seed: 7 },
          assignments: [
            { recordId: a, clusterId: one, probability: 0.98 },
            { recordId: b, clusterId: one, probability: 0.95 },
            { recordId: c, clusterId: two, probability: null },
          ],
        }),
        201,
      ).json(),
    ).run;
    expect(first).toMatchObject({
      number: 1,
      records: 3,
      clusters: 2,
      basedOn: null,
      restoredFrom: null,
      settings: { threshold: 0.9, seed: 7 },
    });
    // Three records as two people, and d alone: three people.
    let summary = linkageSummarySchema.parse(expectStatus(await get(v, 'summary'), 200).json());
    expect(summary).toMatchObject({ personRecords: 4, people: 3, clusteredRecords: 3 });

    // A split: everyone alone.
    const split = {
      basedOn: 1,
      settings: { threshold: 0.99 },
      assignments: [a, b, c, d].map((recordId) => ({ recordId, clusterId: newClusterId() })),
    };
    const second = linkRunCreatedResponseSchema.parse(
      expectStatus(await post(v, 'runs', split), 201).json(),
    ).run;
    expect(second).toMatchObject({ number: 2, basedOn: 1, records: 4, clusters: 4 });
    summary = linkageSummarySchema.parse(expectStatus(await get(v, 'summary'), 200).json());
    expect(summary.people).toBe(4);

    // Someone else saved run 2 meanwhile: a save from run 1 is refused, nothing written.
    const stale = await post(v, 'runs', split);
    expect(stale.statusCode).toBe(409);
    expect(errorBodySchema.parse(stale.json()).error.code).toBe('stale_link_run');
    const none = await post(v, 'runs', { ...split, basedOn: null });
    expect(errorBodySchema.parse(none.json()).error.code).toBe('stale_link_run');

    // Undo the split: run 1 comes back as run 3.
    const restored = linkRunCreatedResponseSchema.parse(
      expectStatus(await post(v, 'runs/1/restore', {}), 201).json(),
    ).run;
    expect(restored).toMatchObject({
      number: 3,
      basedOn: 2,
      restoredFrom: 1,
      records: 3,
      clusters: 2,
    });
    const latest = linkRunResponseSchema.parse(
      expectStatus(await get(v, 'runs/latest'), 200).json(),
    );
    const runOne = linkRunResponseSchema.parse(expectStatus(await get(v, 'runs/1'), 200).json());
    expect(latest.run.number).toBe(3);
    expect(latest.assignments).toEqual(runOne.assignments);
    expect(latest.assignments).toContainEqual({ recordId: a, clusterId: one, probability: 0.98 });
    expect(latest.assignments).toContainEqual({ recordId: c, clusterId: two, probability: null });
    summary = linkageSummarySchema.parse(expectStatus(await get(v, 'summary'), 200).json());
    expect(summary).toMatchObject({ people: 3, run: { number: 3, restoredFrom: 1 } });

    const runs = linkRunListResponseSchema.parse(expectStatus(await get(v, 'runs'), 200).json());
    expect(runs.runs.map((r) => r.number)).toEqual([3, 2, 1]);

    const events = await auditOf(v, 'linkage.run');
    expect(events.map((e) => [e.action, e.data['number']])).toEqual([
      ['linkage.run.create', 1],
      ['linkage.run.create', 2],
      ['linkage.run.restore', 3],
    ]);
    expect(events[0]?.data).toEqual({
      number: 1,
      basedOn: null,
      records: 3,
      clusters: 2,
      threshold: 0.9,
    });
  });

  it('answers 404 not_found before the first run and for a run that does not exist', async () => {
    const { v } = await freshVault([]);
    for (const path of ['runs/latest', 'runs/1']) {
      const res = await get(v, path);
      expect(res.statusCode, path).toBe(404);
      expect(errorBodySchema.parse(res.json()).error.code).toBe('not_found');
    }
    expect((await post(v, 'runs/1/restore', {})).statusCode).toBe(404);
    expect(linkRunListResponseSchema.parse(expectStatus(await get(v, 'runs'), 200).json())).toEqual(
      {
        runs: [],
      },
    );
  });

  it('refuses unknown, non-person and deleted records, a record twice, bad cluster ids and probabilities, all at once and writing nothing', async () => {
    const { v, people } = await freshVault(['male', 'female']);
    const [a = '', b = ''] = people;
    const incident = await rec(v, 'incident', { victim: a, actType: '010000000000' });
    expectStatus(
      await call(t.app, 'DELETE', `/api/vaults/${v.id}/records/${b}`, { session: owner }),
      200,
    );
    const run = (assignments: unknown[]) =>
      post(v, 'runs', { basedOn: null, settings: { threshold: 0.9 }, assignments });
    const ok = { recordId: a, clusterId: newClusterId() };

    const records = await run([
      ok,
      { recordId: uuidv7(), clusterId: newClusterId() },
      { recordId: incident, clusterId: newClusterId() },
      { recordId: b, clusterId: newClusterId() },
    ]);
    expect(records.statusCode).toBe(400);
    const body = errorBodySchema.parse(records.json()).error;
    expect(body.fields).toEqual([
      { path: 'body.assignments.1.recordId', message: 'no record of this vault has this id' },
      { path: 'body.assignments.2.recordId', message: 'this record is not a person record' },
      { path: 'body.assignments.3.recordId', message: 'this person record is deleted' },
    ]);

    const shapes: [unknown[], string][] = [
      [[ok, { ...ok, clusterId: newClusterId() }], 'body.assignments.1.recordId'],
      [[{ ...ok, clusterId: 'P-ILOU00000000' }], 'body.assignments.0.clusterId'],
      [[{ ...ok, clusterId: 'Ivan Petrov' }], 'body.assignments.0.clusterId'],
      [[{ ...ok, probability: -0.1 }], 'body.assignments.0.probability'],
      [[{ ...ok, recordId: 'not-an-id' }], 'body.assignments.0.recordId'],
    ];
    for (const [assignments, path] of shapes) {
      const res = await run(assignments);
      expect(res.statusCode, path).toBe(400);
      expect(fieldsOf(res), path).toContain(path);
    }
    const settings = await post(v, 'runs', {
      basedOn: null,
      settings: { threshold: 0.9, note: 'Ivan Petrov' },
      assignments: [ok],
    });
    expect(fieldsOf(settings)).toContain('body.settings.note');
    const noThreshold = await post(v, 'runs', { basedOn: null, settings: {}, assignments: [ok] });
    expect(fieldsOf(noThreshold)).toContain('body.settings.threshold');

    expect(linkRunListResponseSchema.parse(expectStatus(await get(v, 'runs'), 200).json())).toEqual(
      {
        runs: [],
      },
    );
    expect(await auditOf(v, 'linkage.')).toEqual([]);
  });

  it('counts records added after the latest run as one person each and ignores records deleted since', async () => {
    const { v, people } = await freshVault(['male', 'male', 'male']);
    const [a = '', b = '', c = ''] = people;
    const same = newClusterId();
    expectStatus(
      await post(v, 'runs', {
        basedOn: null,
        settings: { threshold: 0.9 },
        assignments: [
          { recordId: a, clusterId: same },
          { recordId: b, clusterId: same },
          { recordId: c, clusterId: newClusterId() },
        ],
      }),
      201,
    );
    await rec(v, 'person', { sex: 'female' });
    await rec(v, 'person', { sex: 'female' });
    expectStatus(
      await call(t.app, 'DELETE', `/api/vaults/${v.id}/records/${c}`, { session: owner }),
      200,
    );
    const summary = linkageSummarySchema.parse(expectStatus(await get(v, 'summary'), 200).json());
    // a+b one person, c deleted, two new records alone.
    expect(summary).toMatchObject({ personRecords: 4, clusteredRecords: 2, people: 3 });
  });

  it('lets an analyst read runs but not save or restore them', async () => {
    expectStatus(await get(vault, 'runs', analyst), 200);
    const save = await post(
      vault,
      'runs',
      { basedOn: null, settings: { threshold: 0.5 }, assignments: [] },
      analyst,
    );
    expect(save.statusCode).toBe(403);
    expect((await post(vault, 'runs/1/restore', {}, analyst)).statusCode).toBe(403);
  });
});

describe('the overlap pattern of lists', () => {
  it('counts people (clusters) by the lists of their incidents’ sources, per year, with codes and counts only', async () => {
    const { v, people } = await freshVault(['male', 'male', 'female', 'female', 'male']);
    const [ivan1 = '', ivan2 = '', olha = '', maria = '', petro = ''] = people;
    const source = (organisation: string) => rec(v, 'source', { organisation });
    const memorial = await source('memorial');
    const ovd = await source('ovd-info');
    const zmina = await source('zmina');
    const ovdGone = await source('ovd-info');
    const incident = (victim: string, year: number, sources: string[]) =>
      rec(v, 'incident', {
        victim,
        actType: '010000000000',
        date: { precision: 'day', value: `${year}-05-01` },
        sources,
      });
    // Ivan was documented twice (two person records, one person): memorial in 2023, ovd-info in 2024.
    await incident(ivan1, 2023, [memorial]);
    await incident(ivan2, 2024, [ovd]);
    // Olha: memorial and zmina in 2024. Maria: ovd-info in 2024, through a source deleted since.
    await incident(olha, 2024, [memorial, zmina]);
    await incident(maria, 2024, [ovdGone]);
    expectStatus(
      await call(t.app, 'DELETE', `/api/vaults/${v.id}/records/${ovdGone}`, { session: owner }),
      200,
    );
    // Petro: an incident without sources.
    await incident(petro, 2024, []);
    const ivan = newClusterId();
    expectStatus(
      await post(v, 'runs', {
        basedOn: null,
        settings: { threshold: 0.9 },
        assignments: [
          { recordId: ivan1, clusterId: ivan, probability: 0.97 },
          { recordId: ivan2, clusterId: ivan, probability: 0.97 },
          { recordId: olha, clusterId: newClusterId() },
          { recordId: maria, clusterId: newClusterId() },
          { recordId: petro, clusterId: newClusterId() },
        ],
      }),
      201,
    );

    const all = linkPatternsResponseSchema.parse(
      expectStatus(
        await post(v, 'patterns', {
          listBy: 'organisation',
          lists: ['memorial', 'ovd-info', 'zmina'],
        }),
        200,
      ).json(),
    );
    expect(all).toMatchObject({
      listBy: 'organisation',
      run: 1,
      lists: [
        { code: 'memorial', people: 2 },
        { code: 'ovd-info', people: 1 },
        { code: 'zmina', people: 1 },
      ],
      strata: [
        {
          stratum: null,
          people: 2,
          patterns: [
            { pattern: '101', count: 1 },
            { pattern: '110', count: 1 },
          ],
        },
      ],
      // Maria (her only source deleted) and Petro (no source).
      peopleWithoutList: 2,
    });

    const byYear = linkPatternsResponseSchema.parse(
      expectStatus(
        await post(v, 'patterns', {
          listBy: 'organisation',
          lists: ['memorial', 'ovd-info', 'zmina'],
          stratumBy: 'year',
        }),
        200,
      ).json(),
    );
    expect(byYear.strata).toEqual([
      { stratum: '2023', people: 1, patterns: [{ pattern: '100', count: 1 }] },
      {
        stratum: '2024',
        people: 2,
        patterns: [
          { pattern: '010', count: 1 },
          { pattern: '101', count: 1 },
        ],
      },
    ]);

    // By sex: Ivan is male, Olha female. Default lists: most people first, ties by code.
    const bySex = linkPatternsResponseSchema.parse(
      expectStatus(
        await post(v, 'patterns', { listBy: 'organisation', stratumBy: 'sex' }),
        200,
      ).json(),
    );
    expect(bySex.lists.map((l) => l.code)).toEqual(['memorial', 'ovd-info', 'zmina']);
    expect(bySex.strata).toEqual([
      { stratum: 'female', people: 1, patterns: [{ pattern: '101', count: 1 }] },
      { stratum: 'male', people: 1, patterns: [{ pattern: '110', count: 1 }] },
    ]);
    expect(bySex.warnings.some((w) => w.includes('fewer than'))).toBe(true);

    // Only codes and counts: no record id, no cluster id in the answer.
    const text = JSON.stringify([all, byYear, bySex]);
    for (const id of [...people, ivan, memorial, ovd]) expect(text).not.toContain(id);
  });

  it('counts each person record as a person before the first run, and says so', async () => {
    const { v, people } = await freshVault(['male', 'male']);
    const [a = '', b = ''] = people;
    const memorial = await rec(v, 'source', { organisation: 'memorial' });
    for (const victim of [a, b]) {
      await rec(v, 'incident', { victim, actType: '010000000000', sources: [memorial] });
    }
    const res = linkPatternsResponseSchema.parse(
      expectStatus(await post(v, 'patterns', { listBy: 'organisation' }), 200).json(),
    );
    expect(res.run).toBeNull();
    expect(res.strata).toEqual([
      { stratum: null, people: 2, patterns: [{ pattern: '1', count: 2 }] },
    ]);
    expect(res.warnings.some((w) => w.includes('No linkage run'))).toBe(true);
    expect(res.warnings.some((w) => w.includes('Only 1 list'))).toBe(true);
  });

  it('refuses an unknown listBy or stratum and a list named twice', async () => {
    for (const body of [
      { listBy: 'who' },
      { listBy: 'organisation', stratumBy: 'name' },
      { listBy: 'organisation', lists: ['memorial', 'memorial'] },
      { listBy: 'organisation', lists: [] },
      { listBy: 'organisation', lists: ['Ivan Petrov'] },
    ]) {
      const res = await post(vault, 'patterns', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('a large run', () => {
  const N = 100_000;

  it('saves 100,000 assignments in one request, set-based, and reads them and the people count back', async () => {
    const v = await createVault(t.app, owner);
    // Person records written straight to the table: the API would take minutes for this many.
    await sql`
      INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, created_by,
        updated_by)
      SELECT ${v.id}, md5(${v.id} || i::text)::uuid, 'person', '{}'::jsonb, 'x', 1, 1,
        ${owner.account.id}, ${owner.account.id}
      FROM generate_series(1, ${N}) AS i`.execute(t.db.kysely);
    const { rows } = await sql<{ id: string }>`
      SELECT id::text AS id FROM records WHERE vault_id = ${v.id} ORDER BY id`.execute(t.db.kysely);
    expect(rows).toHaveLength(N);
    // Pairs of records, one person each: N / 2 people.
    const clusters = Array.from({ length: N / 2 }, () => newClusterId());
    const assignments = rows.map((r, i) => ({
      recordId: r.id,
      clusterId: clusters[Math.floor(i / 2)] ?? '',
      probability: 0.5 + (i % 100) / 200,
    }));
    const started = performance.now();
    const saved = await post(v, 'runs', {
      basedOn: null,
      settings: { threshold: 0.9 },
      assignments,
    });
    const seconds = (performance.now() - started) / 1000;
    expectStatus(saved, 201);
    expect(linkRunCreatedResponseSchema.parse(saved.json()).run).toMatchObject({
      records: N,
      clusters: N / 2,
    });
    // A regression guard with room for a loaded 2-core machine; typically a few seconds.
    expect(seconds).toBeLessThan(60);
    const summary = linkageSummarySchema.parse(expectStatus(await get(v, 'summary'), 200).json());
    expect(summary).toMatchObject({ personRecords: N, clusteredRecords: N, people: N / 2 });
    const latest = linkRunResponseSchema.parse(
      expectStatus(await get(v, 'runs/latest'), 200).json(),
    );
    expect(latest.assignments).toHaveLength(N);
    expect(latest.assignments[7]).toEqual(assignments[7]);
    console.log(`linkage: ${N} assignments saved in ${seconds.toFixed(1)} s`);
  }, 180_000);
});
