import {
  dayBounds,
  errorBodySchema,
  mayOverlap,
  recordListResponseSchema,
  recordNameLookupResponseSchema,
  type DateValue,
  type IsoDay,
  type RecordData,
  type RecordSort,
} from '@vigil/core';
import { uuidv7 } from '@vigil/crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../platform/config';
import { createTestDbFor, engines, type Engine, type TestDb } from '../../platform/db';
import {
  call,
  createVault,
  expectStatus,
  newSession,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';
import {
  createIncident,
  ensureVictim,
  incidentWire,
  personWire,
  sampleIncident,
} from './records.fixture';

const METHODS = ['010100000000', '010200000000', '010300000000'];
const AGENCIES = ['fsb', 'fsin', 'police'];
const REGIONS = ['RU-MOS', 'RU-SPE', 'UA-43'];
const FACILITIES = [uuidv7(), uuidv7()];
const DATES: (DateValue | undefined)[] = [
  undefined,
  { precision: 'unknown' },
  { precision: 'day', value: '2022-03-05' as IsoDay },
  { precision: 'day', value: '2022-03-05' as IsoDay },
  { precision: 'month', value: '2022-03' },
  { precision: 'year', value: '2023' },
  { precision: 'range', from: { precision: 'day', value: '2022-01-10' as IsoDay } },
  { precision: 'range', to: { precision: 'month', value: '2021-06' } },
  {
    precision: 'range',
    from: { precision: 'day', value: '2021-12-30' as IsoDay },
    to: { precision: 'day', value: '2022-02-01' as IsoDay },
  },
] as DateValue[];

/** What the test knows of each incident it made, to compute the expected answers. */
interface Made {
  id: string;
  victim: string;
  date: DateValue | undefined;
  methods: string[];
  agencies: string[];
  region: string | undefined;
  facility: string | undefined;
  deleted: boolean;
}

interface Query {
  sort: RecordSort;
  limit: number;
  from?: string;
  to?: string;
  methods?: string[];
  agencies?: string[];
  region?: string;
  facility?: string;
  linkedTo?: string;
}

/** The model: what a query should list, in order (the SQL's NULLs-last keys, id tie-break). */
const expected = (made: readonly Made[], q: Query): string[] => {
  const any = (have: string[], want?: string[]) =>
    want === undefined || want.some((w) => have.includes(w));
  const hits = made.filter(
    (m) =>
      !m.deleted &&
      (q.from === undefined && q.to === undefined
        ? true
        : m.date !== undefined &&
          mayOverlap(m.date, {
            ...(q.from === undefined ? {} : { from: q.from as IsoDay }),
            ...(q.to === undefined ? {} : { to: q.to as IsoDay }),
          })) &&
      any(m.methods, q.methods) &&
      any(m.agencies, q.agencies) &&
      (q.region === undefined || m.region === q.region) &&
      (q.facility === undefined || m.facility === q.facility) &&
      (q.linkedTo === undefined || m.victim === q.linkedTo),
  );
  const desc = q.sort.startsWith('-');
  const key = (m: Made) =>
    q.sort.endsWith('date')
      ? ((m.date === undefined ? undefined : dayBounds(m.date).earliest) ??
        (desc ? '-infinity' : 'infinity'))
      : '';
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return hits
    .sort((a, b) => (desc ? -1 : 1) * (cmp(key(a), key(b)) || cmp(a.id, b.id)))
    .map((m) => m.id);
};

const queryString = (q: Query, after?: string): string => {
  const search = new URLSearchParams({ kind: 'incident', sort: q.sort, limit: String(q.limit) });
  for (const [key, value] of Object.entries(q)) {
    if (key === 'sort' || key === 'limit' || value === undefined) continue;
    if (Array.isArray(value)) for (const v of value as string[]) search.append(key, v);
    else search.set(key, String(value));
  }
  if (after !== undefined) search.set('after', after);
  return search.toString();
};

describe.each(engines())('record search on %s', (engine: Engine) => {
  let db: TestDb;
  let app: FastifyInstance;
  let owner: TestSession;
  let vault: TestVault;
  let otherVault: TestVault;
  const made: Made[] = [];
  const victims: string[] = [];

  const createPerson = async (v: TestVault, nameIndexes: string[], groups?: string[]) => {
    const id = uuidv7();
    const record = { ...(groups ? { groups } : {}), ...(await personWire(v, id, nameIndexes)) };
    expectStatus(
      await call(app, 'POST', `/api/vaults/${v.id}/records`, {
        session: owner,
        body: { id, kind: 'person', record },
      }),
      201,
    );
    return id;
  };

  const list = async (qs: string) =>
    call(app, 'GET', `/api/vaults/${vault.id}/records?${qs}`, { session: owner });
  const errorOf = (body: string) => errorBodySchema.parse(JSON.parse(body)).error;

  /** Every page of a query, following `next`, as ids. */
  const allPages = async (q: Query): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const res = await list(queryString(q, after));
      expect(res.statusCode, res.body).toBe(200);
      const body = recordListResponseSchema.parse(res.json());
      expect(body.records.length).toBeLessThanOrEqual(q.limit);
      ids.push(...body.records.map((r) => r.id));
      if (body.next === null) return ids;
      after = body.next;
    }
    throw new Error('too many pages');
  };

  beforeAll(async () => {
    db = await createTestDbFor(engine);
    app = await buildApp({ db, config: testConfig({ logLevel: 'silent' }) });
    await app.ready();
    owner = await newSession(app);
    vault = await createVault(app, owner);
    otherVault = await createVault(app, owner);
    victims.push(await ensureVictim(app, owner, vault), await createPerson(vault, []));
    await ensureVictim(app, owner, otherVault);
    for (let i = 0; i < 27; i += 1) {
      const date = DATES[i % DATES.length];
      const m: Made = {
        id: '',
        victim: victims[i % 2] ?? '',
        date,
        methods: METHODS.filter((_, j) => (i + j) % 3 === 0 || (i * j) % 4 === 1),
        agencies:
          i % 5 === 0
            ? []
            : [...new Set([AGENCIES[i % 3] ?? 'fsb', ...(i % 4 === 0 ? ['fsin'] : [])])],
        region: i % 4 === 3 ? undefined : REGIONS[i % 3],
        facility: i % 3 === 2 ? undefined : FACILITIES[i % 2],
        deleted: i % 9 === 4,
      };
      const data = {
        ...sampleIncident(m.victim),
        ...(date === undefined ? { date: undefined } : { date }),
        ...(m.methods.length > 0 ? { methods: m.methods } : {}),
        ...(m.agencies.length > 0
          ? { perpetrators: m.agencies.map((agency) => ({ agency })) }
          : {}),
        ...(m.region === undefined ? {} : { region: m.region }),
        ...(m.facility === undefined ? {} : { facility: m.facility }),
      } as RecordData<'incident'>;
      if (date === undefined) delete (data as { date?: unknown }).date;
      m.id = await createIncident(app, owner, vault, data);
      if (m.deleted) {
        expectStatus(
          await call(app, 'DELETE', `/api/vaults/${vault.id}/records/${m.id}`, { session: owner }),
          200,
        );
      }
      made.push(m);
    }
    // The same terms in another vault must never show up.
    await createIncident(app, owner, otherVault, {
      ...sampleIncident(await ensureVictim(app, owner, otherVault)),
      methods: METHODS,
      region: 'RU-MOS',
    } as RecordData<'incident'>);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('lists by each filter exactly the records the model expects', async () => {
    const queries: Query[] = [
      { sort: 'created', limit: 100 },
      { sort: 'created', limit: 100, methods: ['010200000000'] },
      { sort: 'created', limit: 100, methods: ['010200000000', '010300000000'] },
      { sort: 'created', limit: 100, agencies: ['fsin'] },
      { sort: 'created', limit: 100, region: 'UA-43' },
      { sort: 'created', limit: 100, facility: FACILITIES[0] ?? '' },
      { sort: 'created', limit: 100, linkedTo: victims[1] ?? '' },
      { sort: 'date', limit: 100, from: '2022-03-01', to: '2022-03-31' },
      { sort: '-date', limit: 100, from: '2022-01-15' },
      { sort: 'date', limit: 100, to: '2021-12-31', methods: ['010100000000'], agencies: ['fsb'] },
    ];
    for (const q of queries) {
      const ids = await allPages(q);
      expect({ q, ids }).toEqual({ q, ids: expected(made, q) });
    }
    // A filter that matches something, so the comparisons above are not all empty.
    expect(
      expected(made, { sort: 'created', limit: 1, methods: ['010200000000'] }).length,
    ).toBeGreaterThan(2);
  });

  it('pages of any filtered, sorted query concatenate to the whole list: none missing, none twice', async () => {
    const queryArb: fc.Arbitrary<Query> = fc
      .record(
        {
          sort: fc.constantFrom<RecordSort>('created', '-created', 'date', '-date'),
          limit: fc.integer({ min: 1, max: 6 }),
          from: fc.constantFrom('2021-01-01', '2022-03-05', '2022-02-01'),
          to: fc.constantFrom('2022-03-05', '2023-12-31', '2021-06-30'),
          methods: fc.subarray(METHODS, { minLength: 1 }),
          agencies: fc.subarray(AGENCIES, { minLength: 1 }),
          region: fc.constantFrom(...REGIONS),
        },
        { requiredKeys: ['sort', 'limit'] },
      )
      .filter((q) => q.from === undefined || q.to === undefined || q.from <= q.to);
    await fc.assert(
      fc.asyncProperty(queryArb, async (q) => {
        const ids = await allPages(q);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(expected(made, q));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('accepts comma-separated lists as well as repeated parameters', async () => {
    const q: Query = { sort: 'created', limit: 100, methods: ['010100000000', '010300000000'] };
    const res = await list(`kind=incident&methods=${q.methods?.join(',') ?? ''}`);
    expect(recordListResponseSchema.parse(res.json()).records.map((r) => r.id)).toEqual(
      expected(made, q),
    );
  });

  it('refuses an unknown vocabulary code, naming the filter', async () => {
    for (const [param, value] of [
      ['methods', '019999999999'],
      ['agencies', 'kgb'],
      ['groups', 'Ivanov'],
      ['region', 'Moscow'],
      ['from', '2022-02-30'],
    ]) {
      const res = await list(`kind=incident&${param}=${value}`);
      expect(res.statusCode).toBe(400);
      expect(errorOf(res.body)).toMatchObject({ code: 'validation_failed' });
      expect(errorOf(res.body).fields?.map((f) => f.path)).toContainEqual(
        expect.stringMatching(new RegExp(`^querystring\\.${param}`)),
      );
    }
  });

  it('refuses a cursor it did not make, or one made for another sort, naming querystring.after', async () => {
    const first = recordListResponseSchema.parse(
      (await list('kind=incident&limit=2&sort=date')).json(),
    );
    expect(first.next).not.toBeNull();
    for (const qs of [
      `kind=incident&sort=-date&after=${first.next ?? ''}`,
      `kind=incident&sort=created&after=${first.next ?? ''}`,
      'kind=incident&after=not-a-cursor',
      `kind=incident&after=${Buffer.from('{"s":"created","d":null,"i":"x"}').toString('base64url')}`,
    ]) {
      const res = await list(qs);
      expect(res.statusCode, qs).toBe(400);
      expect(errorOf(res.body).fields?.map((f) => f.path)).toEqual(['querystring.after']);
    }
  });

  it('keeps codes and links in step with an update', async () => {
    const id = await createIncident(app, owner, vault, {
      ...sampleIncident(victims[0] ?? ''),
      methods: ['010100000000'],
    } as RecordData<'incident'>);
    const byMethod = async (method: string) =>
      recordListResponseSchema
        .parse((await list(`kind=incident&methods=${method}&limit=1000`)).json())
        .records.map((r) => r.id);
    expect(await byMethod('010100000000')).toContain(id);
    const record = await incidentWire(vault, id, {
      ...sampleIncident(victims[1] ?? ''),
      methods: ['010200000000'],
    } as RecordData<'incident'>);
    expectStatus(
      await call(app, 'PUT', `/api/vaults/${vault.id}/records/${id}`, {
        session: owner,
        body: { kind: 'incident', expectedVersion: 1, record },
      }),
      200,
    );
    expect(await byMethod('010100000000')).not.toContain(id);
    expect(await byMethod('010200000000')).toContain(id);
    const linked = recordListResponseSchema.parse(
      (await list(`linkedTo=${victims[1] ?? ''}&limit=1000`)).json(),
    );
    expect(linked.records.map((r) => r.id)).toContain(id);
    expectStatus(
      await call(app, 'DELETE', `/api/vaults/${vault.id}/records/${id}`, { session: owner }),
      200,
    );
  });

  it('filters people by coded group', async () => {
    const journalist = await createPerson(vault, [], ['journalist']);
    await createPerson(vault, [], ['lawyer']);
    const res = await list('kind=person&groups=journalist,minor');
    expect(recordListResponseSchema.parse(res.json()).records.map((r) => r.id)).toEqual([
      journalist,
    ]);
  });

  it('looks people up by blind indexes, most matched first, leaving out deleted people and other vaults', async () => {
    const [a, b, c, d] = [
      'aaaaaaaaaaaaaaaa',
      'bbbbbbbbbbbbbbbb',
      'cccccccccccccccc',
      'dddddddddddddddd',
    ];
    const both = await createPerson(vault, [a ?? '', b ?? '', d ?? '']);
    const one = await createPerson(vault, [b ?? '', c ?? '']);
    const gone = await createPerson(vault, [a ?? '', b ?? '']);
    await createPerson(otherVault, [a ?? '', b ?? '']);
    expectStatus(
      await call(app, 'DELETE', `/api/vaults/${vault.id}/records/${gone}`, { session: owner }),
      200,
    );
    const res = await call(app, 'POST', `/api/vaults/${vault.id}/records/name-lookup`, {
      session: owner,
      body: { indexes: [a, b, 'eeeeeeeeeeeeeeee'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { matches } = recordNameLookupResponseSchema.parse(res.json());
    expect(matches.map((m) => [m.record.id, m.matched])).toEqual([
      [both, 2],
      [one, 1],
    ]);
    const limited = await call(app, 'POST', `/api/vaults/${vault.id}/records/name-lookup`, {
      session: owner,
      body: { indexes: [a, b], limit: 1 },
    });
    expect(
      recordNameLookupResponseSchema.parse(limited.json()).matches.map((m) => m.record.id),
    ).toEqual([both]);
  });

  it('refuses name lookups that are not blind indexes', async () => {
    for (const indexes of [[], ['Ivanov'], Array.from({ length: 65 }, () => 'aaaaaaaaaaaaaaaa')]) {
      const res = await call(app, 'POST', `/api/vaults/${vault.id}/records/name-lookup`, {
        session: owner,
        body: { indexes },
      });
      expect(res.statusCode).toBe(400);
    }
  });
});
