// Benchmark "risk-index" (issue 6, point 8): the torture-risk index at region level with 1,000
// Monte Carlo draws through the real HTTP route, on a vault seeded with SQL with tens of thousands
// of incidents and detentions (plus people, complaints and reprisals) across ~80 regions; p95 goal
// 2,000 ms for an index computed afresh (every record read, every draw made). Each timed request
// asks for another seed, so no answer is served from the cache. Anchors in the same run and loop:
// GET /api/health, and the same index with 0 draws (records read, no Monte Carlo). On the
// embedded database, and on PostgreSQL when VIGIL_TEST_DATABASE_URL is set.
import { availableParallelism, loadavg } from 'node:os';
import { getVocabulary, REGIONS } from '@vigil/core';
import { sql } from 'kysely';
import { sample, withBenchServer, type BenchDb } from './http-server';
import { latencyRow, printTable, type BenchRow } from './table';

const INCIDENTS = Number(process.env.BENCH_INDEX_INCIDENTS ?? 40_000);
const DETENTIONS = Number(process.env.BENCH_INDEX_DETENTIONS ?? 30_000);
const PEOPLE = Number(process.env.BENCH_INDEX_PEOPLE ?? 20_000);
const INTERVENTIONS = Number(process.env.BENCH_INDEX_INTERVENTIONS ?? 4_000);
const REPRISALS = Number(process.env.BENCH_INDEX_REPRISALS ?? 1_000);
const REGION_COUNT = Number(process.env.BENCH_INDEX_REGIONS ?? 80);
const FACILITIES = REGION_COUNT * 5;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const DRAWS = 1000;

const codesOf = (list: string): string[] =>
  (getVocabulary(list)?.terms ?? []).filter((t) => t.retired !== true).map((t) => t.code);

const idExpr = (prefix: string) =>
  sql`('01900000-0000-7000-8${sql.raw(prefix)}-' || lpad(to_hex(g), 12, '0'))::uuid`;
const idText = (prefix: string, n: ReturnType<typeof sql>) =>
  sql`('01900000-0000-7000-8${sql.raw(prefix)}-' || lpad(to_hex(${n}), 12, '0'))`;
const dayJson = (d: ReturnType<typeof sql>) =>
  sql`jsonb_build_object('precision', 'day', 'value', (${d})::text)`;

const seed = async (db: BenchDb, vault: string, account: string): Promise<void> => {
  const regions = REGIONS.filter((r) => r.country === 'RU')
    .slice(0, REGION_COUNT - 3)
    .map((r) => r.code)
    .concat(['UA-43', 'UA-14', 'UA-23']);
  const authorities = ['fsin', 'mvd', 'fsb', 'fsin', 'de-facto'];
  await sql`
    INSERT INTO facilities (id, type, authority, region, lat, lon, data, version)
    SELECT ${idExpr('fac')}, 'sizo', (${authorities}::text[])[1 + g % 5],
      (${regions}::text[])[1 + g % ${regions.length}], NULL, NULL,
      jsonb_build_object('names', jsonb_build_object('en', 'Bench ' || g), 'aliases', '[]'::jsonb,
        'type', 'sizo', 'authority', (${authorities}::text[])[1 + g % 5],
        'region', (${regions}::text[])[1 + g % ${regions.length}], 'status', '[]'::jsonb,
        'units', '[]'::jsonb, 'sources', '[]'::jsonb), 1
    FROM generate_series(1, ${FACILITIES}::int) g`.execute(db.kysely);
  const groups = codesOf('groups-at-risk').slice(0, 14);
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, created_by, updated_by)
    SELECT ${vault}, ${idExpr('001')}, 'person', jsonb_strip_nulls(jsonb_build_object(
        'sex', CASE WHEN g % 3 = 0 THEN 'female' ELSE 'male' END,
        'groups', CASE WHEN g % 4 = 0 THEN jsonb_build_array((${groups}::text[])[1 + g % ${groups.length}]) END)),
      'sealed', 1, 1, ${account}, ${account}
    FROM generate_series(1, ${PEOPLE}::int) g`.execute(db.kysely);
  const methods = codesOf('violence-methods');
  const acts = ['020111110000', '020101000000', '010106010000', '020111110000', '030102000000'];
  const places = ['facility', 'police-station', 'street', 'transport'];
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
      latest_day, created_by, updated_by)
    SELECT ${vault}, ${idExpr('002')}, 'incident', jsonb_strip_nulls(jsonb_build_object(
        'victim', ${idText('001', sql`1 + g % ${PEOPLE}`)},
        'facility', CASE WHEN g % 8 <> 0 THEN ${idText('fac', sql`1 + g % ${FACILITIES}`)} END,
        'region', CASE WHEN g % 8 = 0 THEN (${regions}::text[])[1 + g % ${regions.length}] END,
        'placeType', (${places}::text[])[1 + g % 4],
        'actType', (${acts}::text[])[1 + g % ${acts.length}],
        'date', ${dayJson(sql`d.day`)},
        'methods', (SELECT jsonb_agg(DISTINCT (${methods}::text[])[1 + (g * 7 + k * 13) % ${methods.length}])
          FROM generate_series(0, g % 3) AS k))),
      'sealed', 1, 1, d.day, d.day, ${account}, ${account}
    FROM generate_series(1, ${INCIDENTS}::int) g
    CROSS JOIN LATERAL (SELECT '2019-01-01'::date + (g * 7919) % 2190 AS day) d`.execute(db.kysely);
  const whereabouts = ['010101000000', '010200000000', '010102000000', '990000000000'];
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
      latest_day, created_by, updated_by)
    SELECT ${vault}, ${idExpr('003')}, 'detention', jsonb_strip_nulls(jsonb_build_object(
        'person', ${idText('001', sql`1 + g % ${PEOPLE}`)},
        'facility', ${idText('fac', sql`1 + g % ${FACILITIES}`)},
        'period', jsonb_build_object('precision', 'range', 'from', ${dayJson(sql`d.start`)},
          'to', CASE WHEN g % 5 = 0 THEN NULL ELSE ${dayJson(sql`d.start + 120`)} END),
        'whereabouts', (${whereabouts}::text[])[1 + g % 4],
        'lawyerAccess', CASE WHEN g % 6 = 0 THEN jsonb_build_array('010000000000') ELSE jsonb_build_array('530000000000') END)),
      'sealed', 1, 1, d.start, CASE WHEN g % 5 = 0 THEN NULL ELSE d.start + 120 END, ${account}, ${account}
    FROM generate_series(1, ${DETENTIONS}::int) g
    CROSS JOIN LATERAL (SELECT '2019-01-01'::date + (g * 4273) % 2190 AS start) d`.execute(
    db.kysely,
  );
  const kinds = [
    'prosecutor-complaint',
    'investigative-committee-report',
    'court-complaint',
    'ombudsman',
    'ecthr-application',
  ];
  const outcomes = [
    'refusal-to-open-case',
    'no-response',
    'case-opened',
    'prosecution',
    'compensation',
    'violation-found',
  ];
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
      latest_day, created_by, updated_by)
    SELECT ${vault}, ${idExpr('004')}, 'intervention', jsonb_strip_nulls(jsonb_build_object(
        'kind', (${kinds}::text[])[1 + g % 5],
        'incidents', jsonb_build_array(${idText('002', sql`1 + (g * 7) % ${INCIDENTS}`)}),
        'status', CASE WHEN g % 3 = 0 THEN 'closed' ELSE 'submitted' END,
        'outcome', CASE WHEN g % 4 <> 0 THEN jsonb_build_array((${outcomes}::text[])[1 + g % 6]) END,
        'submittedDate', ${dayJson(sql`d.day`)})),
      'sealed', 1, 1, d.day, d.day, ${account}, ${account}
    FROM generate_series(1, ${INTERVENTIONS}::int) g
    CROSS JOIN LATERAL (SELECT '2019-02-01'::date + (g * 3571) % 2100 AS day) d`.execute(db.kysely);
  const targets = ['survivor', 'lawyer', 'relative', 'witness', 'monitor'];
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
      latest_day, created_by, updated_by)
    SELECT ${vault}, ${idExpr('005')}, 'reprisal', jsonb_strip_nulls(jsonb_build_object(
        'person', ${idText('001', sql`1 + (g * 11) % ${PEOPLE}`)},
        'intervention', ${idText('004', sql`1 + g % ${INTERVENTIONS}`)},
        'target', (${targets}::text[])[1 + g % 5],
        'kind', jsonb_build_array('threat'),
        'date', ${dayJson(sql`d.day`)})),
      'sealed', 1, 1, d.day, d.day, ${account}, ${account}
    FROM generate_series(1, ${REPRISALS}::int) g
    CROSS JOIN LATERAL (SELECT '2019-03-01'::date + (g * 2957) % 2000 AS day) d`.execute(db.kysely);
};

const runOn = async (engine: 'pglite' | 'postgres'): Promise<void> => {
  await withBenchServer(
    `index-${engine}`,
    async ({ db, vaultId, account, get }) => {
      const seedStart = performance.now();
      await sql`SET session_replication_role = replica`.execute(db.kysely);
      await seed(db, vaultId, account);
      await sql`SET session_replication_role = origin`.execute(db.kysely);
      await sql`ANALYZE`.execute(db.kysely);
      const seedSeconds = (performance.now() - seedStart) / 1000;
      console.log(`seeded in ${seedSeconds.toFixed(0)} s`);

      const path = (draws: number, seedValue: number, level = 'region') =>
        `/api/vaults/${vaultId}/risk-index?level=${level}&draws=${draws}&seed=${seedValue}`;
      const check = (await (await get(path(DRAWS, 0))()).json()) as {
        result: { units: { unit: string; interval: unknown }[] };
      };
      if (check.result.units.length < REGION_COUNT - 5 || check.result.units[0]?.interval == null) {
        throw new Error(`unexpected answer: ${check.result.units.length} regions`);
      }
      let next = 1;
      const fresh = (draws: number, level?: string) => () => get(path(draws, next++, level))();
      const anchor = await sample(SAMPLES * 5, get('/api/health'));
      const noDraws = await sample(SAMPLES, fresh(0));
      const index = await sample(SAMPLES, fresh(DRAWS));
      const cached = await sample(SAMPLES * 5, get(path(DRAWS, 0)));
      const facilities = await sample(Math.max(3, SAMPLES / 4), fresh(DRAWS, 'facility'));
      const rows: BenchRow[] = [
        latencyRow('anchor: GET /api/health, no auth', anchor, null),
        latencyRow('anchor: region index, 0 draws (records read, no Monte Carlo)', noDraws, null),
        latencyRow(
          `region index, ${DRAWS} draws, computed afresh (${check.result.units.length} regions)`,
          index,
          2000,
        ),
        latencyRow('region index, the same query again (cached answer)', cached, null),
        latencyRow(
          `facility index, ${DRAWS} draws, computed afresh (${FACILITIES} facilities)`,
          facilities,
          null,
        ),
      ];
      // Other work on the machine slows every row alike; the anchors show how much.
      const load = loadavg()[0]?.toFixed(1) ?? '?';
      printTable(
        `risk-index — ${engine === 'pglite' ? 'embedded database (PGlite)' : 'PostgreSQL'}, ${INCIDENTS} incidents, ${DETENTIONS} detentions, ${PEOPLE} people, ${INTERVENTIONS} interventions, ${REPRISALS} reprisals, ${REGION_COUNT} regions, seeded in ${seedSeconds.toFixed(0)} s; load average ${load} on ${availableParallelism()} CPUs`,
        rows,
      );
    },
    engine,
  );
};

export const runRiskIndexBench = async (): Promise<void> => {
  await runOn('pglite');
  if (process.env.VIGIL_TEST_DATABASE_URL) await runOn('postgres');
};
