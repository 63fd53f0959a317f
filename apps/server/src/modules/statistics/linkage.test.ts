// Statistics count distinct victims as people after linkage, on the API and on both engines
// (PGlite; PostgreSQL when VIGIL_TEST_DATABASE_URL is set): two person records of one victim are
// two victims until a linkage run puts them in one cluster, and two again once a later run (a
// split, or a restore of an earlier run) separates them. Public statistics follow; the records
// behind a figure stay records.
import {
  newClusterId,
  publicationSchema,
  statsRecordsResponseSchema,
  statsResponseSchema,
  type PublicationResponse,
  type RecordData,
  type RecordKind,
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
import { FIRST_RECORD_ID, latestState, linkAssignments } from './repository';

let t: TestApp;
let owner: TestSession;
let vault: TestVault;
/** Two person records of one victim (as if spelled in Cyrillic and in Latin). */
const records = { cyrillic: '', latin: '' };
const incidents = { first: '', second: '' };

const rec = <K extends RecordKind>(kind: K, data: Record<string, unknown>) =>
  createRecordOf(t.app, owner, vault, kind, data as RecordData<K>);
const day = (value: string) => ({ precision: 'day' as const, value });

beforeAll(async () => {
  t = await startApp();
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  records.cyrillic = await rec('person', { sex: 'female', birthYear: 1990 });
  records.latin = await rec('person', { sex: 'female' });
  incidents.first = await rec('incident', {
    actType: '010000000000',
    victim: records.cyrillic,
    region: 'RU-ROS',
    date: day('2024-02-10'),
  });
  incidents.second = await rec('incident', {
    actType: '010000000000',
    victim: records.latin,
    region: 'RU-ROS',
    date: day('2024-06-01'),
  });
});
afterAll(async () => {
  await t.close();
});

const stats = async (): Promise<StatsResponse> =>
  statsResponseSchema.parse(
    expectStatus(
      await call(t.app, 'POST', `/api/vaults/${vault.id}/stats`, {
        session: owner,
        body: { rows: 'year', columns: 'sex' },
      }),
      200,
    ).json(),
  );

/** Public statistics with k = 2: published only about at least two incidents of two people. */
const publication = async (): Promise<PublicationResponse> =>
  publicationSchema.parse(
    expectStatus(
      await call(t.app, 'GET', `/api/vaults/${vault.id}/stats/publication?k=2`, {
        session: owner,
      }),
      200,
    ).json(),
  );

const saveRun = async (basedOn: number | null, clusters: readonly (readonly string[])[]) => {
  const assignments = clusters.flatMap((ids) => {
    const clusterId = newClusterId();
    return ids.map((recordId) => ({ recordId, clusterId, probability: 0.97 }));
  });
  expectStatus(
    await call(t.app, 'POST', `/api/vaults/${vault.id}/linkage/runs`, {
      session: owner,
      body: { basedOn, settings: { threshold: 0.9 }, assignments },
    }),
    201,
  );
};

const restoreRun = async (number: number) => {
  expectStatus(
    await call(t.app, 'POST', `/api/vaults/${vault.id}/linkage/runs/${number}/restore`, {
      session: owner,
      body: {},
    }),
    201,
  );
};

describe('statistics after record linkage', () => {
  it('count each person record as a victim while no linkage is saved, and say so', async () => {
    const tab = await stats();
    expect(tab.total).toEqual({ incidents: 2, victims: 2 });
    expect(tab.people).toEqual({ linkRun: null });
    expect((await publication()).total).toBe(2);
  });

  it('count two records a linkage run puts in one cluster as one victim, in every figure and in public statistics', async () => {
    await saveRun(null, [[records.cyrillic, records.latin]]);
    const tab = await stats();
    expect(tab.people).toEqual({ linkRun: 1 });
    expect(tab.total).toEqual({ incidents: 2, victims: 1 });
    expect(tab.rowTotals).toEqual([{ row: '2024', column: null, incidents: 2, victims: 1 }]);
    expect(tab.cells).toEqual([{ row: '2024', column: 'female', incidents: 2, victims: 1 }]);
    // Two incidents of one person: fewer than k = 2 people, so not even the total is published.
    expect((await publication()).total).toBeNull();
  });

  it('keep listing the records behind a figure, not people', async () => {
    const page = statsRecordsResponseSchema.parse(
      expectStatus(
        await call(t.app, 'POST', `/api/vaults/${vault.id}/stats/records`, {
          session: owner,
          body: { query: { rows: 'year' }, row: '2024' },
        }),
        200,
      ).json(),
    );
    expect(page.total).toBe(2);
    expect([...page.ids].sort()).toEqual([incidents.first, incidents.second].sort());
  });

  it('count them as two again after a run that splits them, and one after restoring the earlier run', async () => {
    await saveRun(1, [[records.cyrillic], [records.latin]]);
    let tab = await stats();
    expect(tab.people).toEqual({ linkRun: 2 });
    expect(tab.total).toEqual({ incidents: 2, victims: 2 });
    expect((await publication()).total).toBe(2);

    await restoreRun(1);
    tab = await stats();
    expect(tab.people).toEqual({ linkRun: 3 });
    expect(tab.total).toEqual({ incidents: 2, victims: 1 });
    expect((await publication()).total).toBeNull();

    // Restoring the split brings two victims back.
    await restoreRun(2);
    tab = await stats();
    expect(tab.people).toEqual({ linkRun: 4 });
    expect(tab.total).toEqual({ incidents: 2, victims: 2 });
  });

  it('count a person record created after the latest run as a victim of its own, beside the clusters', async () => {
    await restoreRun(1); // run 5: the two records as one person again
    const later = await rec('person', { sex: 'male' });
    await rec('incident', {
      actType: '010000000000',
      victim: later,
      region: 'RU-MOS',
      date: day('2024-09-01'),
    });
    const tab = await stats();
    expect(tab.people).toEqual({ linkRun: 5 });
    expect(tab.total).toEqual({ incidents: 3, victims: 2 });
    expect(tab.columnTotals).toEqual(
      expect.arrayContaining([
        { row: null, column: 'female', incidents: 2, victims: 1 },
        { row: null, column: 'male', incidents: 1, victims: 1 },
      ]),
    );
    expect((await publication()).total).toBe(3);
  });

  it('read the latest run’s number with the change stamp, and its assignments page by page in record order', async () => {
    const state = await latestState(t.db.kysely, vault.id);
    expect(state.linkRun).toBe(5);
    const pages: { recordId: string; clusterId: string }[][] = [];
    for (let after = FIRST_RECORD_ID; ;) {
      const page = await linkAssignments(t.db.kysely, vault.id, 5, after, 1);
      if (page.length === 0) break;
      pages.push(page);
      after = page.at(-1)?.recordId ?? after;
    }
    expect(pages.map((p) => p.length)).toEqual([1, 1]);
    const read = pages.flat();
    expect(read.map((a) => a.recordId)).toEqual([records.cyrillic, records.latin].sort());
    expect(new Set(read.map((a) => a.clusterId)).size).toBe(1);
    expect(read[0]?.clusterId).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{12}$/);
  });

  it('never count people of another vault’s linkage', async () => {
    const other = await createVault(t.app, owner);
    const tab = statsResponseSchema.parse(
      expectStatus(
        await call(t.app, 'POST', `/api/vaults/${other.id}/stats`, {
          session: owner,
          body: { rows: 'year' },
        }),
        200,
      ).json(),
    );
    expect(tab.people).toEqual({ linkRun: null });
    expect(tab.total).toEqual({ incidents: 0, victims: 0 });
  });
});
