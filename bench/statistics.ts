// Benchmark "statistics" (issue 6, point 8): two-dimension cross-tabulations over 1,000,000
// incidents through the real HTTP route, on the embedded database and (when
// VIGIL_TEST_DATABASE_URL is set) on PostgreSQL; p95 goal 300 ms. The first look at the vault
// (every record read into memory) and the first look after a change are printed for context.
// Anchor: GET /api/health in the same run and loop.
import { getVocabulary } from '@vigil/core';
import { sql } from 'kysely';
import { sample, withBenchServer, type BenchDb } from './http-server';
import { latencyRow, printTable, type BenchRow } from './table';

const INCIDENTS = Number(process.env.BENCH_STATS_INCIDENTS ?? 1_000_000);
const PEOPLE = Number(process.env.BENCH_STATS_PEOPLE ?? 200_000);
const FACILITIES = 500;
const BATCH = 100_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const CHANGE_SAMPLES = Number(process.env.BENCH_CHANGE_SAMPLES ?? 10);

const codesOf = (list: string): string[] =>
  (getVocabulary(list)?.terms ?? []).filter((t) => t.retired !== true).map((t) => t.code);

const idExpr = (prefix: string) =>
  sql`('01900000-0000-7000-8${sql.raw(prefix)}-' || lpad(to_hex(g), 12, '0'))::uuid`;
const REGIONS = ['RU-MOS', 'RU-SPE', 'RU-KDA', 'RU-ROS', 'RU-TA', 'RU-BA', 'RU-CE', 'UA-43'];
const TYPES = ['sizo', 'penal-colony-general', 'penal-colony-strict', 'police-station', 'ivs'];

const seed = async (db: BenchDb, vault: string, account: string): Promise<void> => {
  await sql`
    INSERT INTO facilities (id, type, authority, region, lat, lon, data, version)
    SELECT ${idExpr('fac')}, (${TYPES}::text[])[1 + g % ${TYPES.length}], 'fsin',
      (${REGIONS}::text[])[1 + g % ${REGIONS.length}], NULL, NULL,
      jsonb_build_object('names', jsonb_build_object('en', 'Bench ' || g), 'aliases', '[]'::jsonb,
        'type', (${TYPES}::text[])[1 + g % ${TYPES.length}], 'authority', 'fsin',
        'region', (${REGIONS}::text[])[1 + g % ${REGIONS.length}], 'status', '[]'::jsonb,
        'units', '[]'::jsonb, 'sources', '[]'::jsonb), 1
    FROM generate_series(1, ${FACILITIES}::int) g`.execute(db.kysely);
  const groups = codesOf('groups-at-risk').slice(0, 14);
  const bands = ['18-24', '25-34', '35-44', '45-54'];
  for (let from = 1; from <= PEOPLE; from += BATCH) {
    const to = Math.min(PEOPLE, from + BATCH - 1);
    await sql`
      INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, created_by, updated_by)
      SELECT ${vault}, ${idExpr('001')}, 'person', jsonb_strip_nulls(jsonb_build_object(
          'sex', CASE WHEN g % 3 = 0 THEN 'female' WHEN g % 3 = 1 THEN 'male' END,
          'birthYear', CASE WHEN g % 4 <> 0 THEN 1950 + g % 55 END,
          'ageBand', CASE WHEN g % 4 = 0 THEN (${bands}::text[])[1 + g % 4] END,
          'groups', CASE WHEN g % 5 = 0 THEN jsonb_build_array((${groups}::text[])[1 + g % ${groups.length}]) END)),
        'sealed', 1, 1, ${account}, ${account}
      FROM generate_series(${from}::int, ${to}::int) g`.execute(db.kysely);
  }
  const methods = codesOf('violence-methods');
  const agencies = codesOf('perpetrator-agencies');
  const acts = codesOf('act-types').slice(0, 12);
  for (let from = 1; from <= INCIDENTS; from += BATCH) {
    const to = Math.min(INCIDENTS, from + BATCH - 1);
    console.log(`incidents ${from}..${to}`);
    await sql`
      INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
        latest_day, created_by, updated_by)
      SELECT ${vault}, ${idExpr('002')}, 'incident', jsonb_strip_nulls(jsonb_build_object(
          'victim', ('01900000-0000-7000-8001-' || lpad(to_hex(1 + g % ${PEOPLE}), 12, '0')),
          'facility', CASE WHEN g % 10 <> 0 THEN ('01900000-0000-7000-8fac-' || lpad(to_hex(1 + g % ${FACILITIES}), 12, '0')) END,
          'region', CASE WHEN g % 10 = 0 THEN (${REGIONS}::text[])[1 + g % ${REGIONS.length}] END,
          'actType', (${acts}::text[])[1 + g % ${acts.length}],
          'methods', (SELECT jsonb_agg(DISTINCT (${methods}::text[])[1 + (g * 7 + k * 13) % ${methods.length}])
            FROM generate_series(0, g % 3) AS k),
          'perpetrators', jsonb_build_array(jsonb_build_object('agency', (${agencies}::text[])[1 + g % ${agencies.length}])))),
        'sealed', 1, 1, d.day, d.day, ${account}, ${account}
      FROM generate_series(${from}::int, ${to}::int) g
      CROSS JOIN LATERAL (SELECT CASE WHEN g % 20 = 0 THEN NULL
        ELSE '2014-01-01'::date + ((g::bigint * 7919) % 4380)::int END AS day) d`.execute(
      db.kysely,
    );
  }
};

const QUERIES = [
  { rows: 'year', columns: 'method' },
  { rows: 'region', columns: 'perpetrator-agency' },
  { rows: 'quarter', columns: 'sex' },
  { rows: 'facility-type', columns: 'method' },
  { rows: 'age-band', columns: 'group', filter: { region: ['RU-ROS', 'RU-MOS'] } },
  { rows: 'month', columns: 'act-type', from: '2022-02-24', to: '2024-12-31' },
];

const runOn = async (engine: 'pglite' | 'postgres'): Promise<void> => {
  await withBenchServer(
    `stats-${engine}`,
    async ({ db, base, vaultId, account, headers, get }) => {
      const seedStart = performance.now();
      await sql`SET session_replication_role = replica`.execute(db.kysely);
      await seed(db, vaultId, account);
      await sql`SET session_replication_role = origin`.execute(db.kysely);
      await sql`ANALYZE`.execute(db.kysely);
      const seedSeconds = (performance.now() - seedStart) / 1000;
      console.log(`seeded in ${seedSeconds.toFixed(0)} s`);

      let next = 0;
      const post = (query: unknown) => () =>
        fetch(`${base}/api/vaults/${vaultId}/stats`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(query),
        });
      const rotating = () => post(QUERIES[next++ % QUERIES.length])();

      const loadStart = performance.now();
      const first = (await (await rotating()).json()) as { basis: { incidents: number } };
      const loadMs = performance.now() - loadStart;
      if (first.basis.incidents !== INCIDENTS) {
        throw new Error(`seed mismatch: ${first.basis.incidents} incidents`);
      }
      const rss = process.memoryUsage().rss / 2 ** 20;
      const anchor = await sample(SAMPLES, get('/api/health'));
      const crossTabs = await sample(SAMPLES, rotating);
      // One new incident between looks: the next answer reads it and rebuilds the table.
      let n = INCIDENTS;
      const change = () =>
        sql`INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version,
            earliest_day, latest_day, created_by, updated_by)
          SELECT ${vaultId}, ${idExpr('002')}, 'incident',
            jsonb_build_object('victim', '01900000-0000-7000-8001-000000000001', 'actType', '010000000000'),
            'sealed', 1, 1, NULL, NULL, ${account}, ${account}
          FROM (SELECT ${++n}::int AS g) s`.execute(db.kysely);
      const afterChange = await sample(CHANGE_SAMPLES, rotating, change);

      const rows: BenchRow[] = [
        latencyRow('anchor: GET /api/health, no auth', anchor, null),
        latencyRow(`cross-tab of two dimensions, ${QUERIES.length} kinds in turn`, crossTabs, 300),
        latencyRow('cross-tab right after one new incident', afterChange, null),
        {
          metric: 'first look at the vault (all records read into memory)',
          result: `${(loadMs / 1000).toFixed(1)} s, server RSS ${rss.toFixed(0)} MB after`,
          goal: '-',
          met: null,
        },
      ];
      printTable(
        `statistics — ${engine === 'pglite' ? 'embedded database (PGlite)' : 'PostgreSQL'}, ${INCIDENTS} incidents, ${PEOPLE} people, seeded in ${seedSeconds.toFixed(0)} s`,
        rows,
      );
    },
    engine,
  );
};

export const runStatisticsBench = async (): Promise<void> => {
  await runOn('pglite');
  if (process.env.VIGIL_TEST_DATABASE_URL) await runOn('postgres');
  else console.log('\n(set VIGIL_TEST_DATABASE_URL to run the statistics benchmark on PostgreSQL)');
};
