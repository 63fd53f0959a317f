// Benchmark "facilities" (issue 5, point 10) on the embedded database, through the real HTTP
// routes with a bearer token: the facility page's data for a facility with 50,000 incidents and
// 5,000 detentions (p95 goal 100 ms), and the map's data for 1,000 facilities — the register
// list and one value per facility (p95 goal 100 ms each). Seeded with SQL straight into the
// server's PGlite, as records-search does. Anchor: GET /api/health in the same run and loop.
import { getVocabulary } from '@vigil/core';
import { sql } from 'kysely';
import { sample, withBenchServer, type BenchDb } from './http-server';
import { latencyRow, printTable } from './table';

const FACILITIES = Number(process.env.BENCH_FACILITIES ?? 1_000);
const PAGE_INCIDENTS = Number(process.env.BENCH_PAGE_INCIDENTS ?? 50_000);
const PAGE_DETENTIONS = Number(process.env.BENCH_PAGE_DETENTIONS ?? 5_000);
/** Incidents spread over the other facilities, so that every map value has records behind it. */
const OTHER_INCIDENTS = Number(process.env.BENCH_OTHER_INCIDENTS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
/** Views right after a change (each computed afresh, about a second each on PGlite). */
const COLD_SAMPLES = Number(process.env.BENCH_COLD_SAMPLES ?? 20);

type Db = BenchDb;

const codesOf = (list: string): string[] =>
  (getVocabulary(list)?.terms ?? []).filter((t) => t.retired !== true).map((t) => t.code);

const facilityId = (n: number) => `01900000-0000-7000-8fac-${n.toString(16).padStart(12, '0')}`;
const idExpr = (prefix: string) =>
  sql`('01900000-0000-7000-8${sql.raw(prefix)}-' || lpad(to_hex(g), 12, '0'))::uuid`;
const sealedExpr = sql`translate(replace(encode(sha512(('s' || g)::bytea), 'base64'), E'\n', ''), '+/=', '-_')`;

const seedFacilities = async (db: Db): Promise<void> => {
  await sql`
    INSERT INTO facilities (id, type, authority, region, lat, lon, data, version)
    SELECT ('01900000-0000-7000-8fac-' || lpad(to_hex(g), 12, '0'))::uuid, 'penal-colony-general', 'fsin', 'RU-ROS',
      47 + (g % 100) / 100.0, 39 + (g % 37) / 37.0,
      jsonb_build_object('names', jsonb_build_object('en', 'IK-' || g || ' Bench'), 'aliases', '[]'::jsonb,
        'type', 'penal-colony-general', 'authority', 'fsin', 'region', 'RU-ROS',
        'coordinates', jsonb_build_object('lat', 47 + (g % 100) / 100.0, 'lon', 39 + (g % 37) / 37.0, 'precision', 'settlement'),
        'capacity', 1000, 'status', '[]'::jsonb, 'units', '[]'::jsonb, 'sources', '[]'::jsonb),
      1
    FROM generate_series(1, ${FACILITIES}::int) g`.execute(db.kysely);
};

/** Incidents g in [from, to], each at the facility the SQL expression names. */
const seedIncidents = async (
  db: Db,
  vault: string,
  account: string,
  from: number,
  to: number,
  facility: ReturnType<typeof sql>,
): Promise<void> => {
  const methods = codesOf('violence-methods');
  const acts = ['010000000000', '010106010000', '030000000000', '020000000000'];
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
      latest_day, created_by, updated_by)
    SELECT ${vault}, ${idExpr('002')}, 'incident', c.coded, ${sealedExpr}, 1, 1, d.day, d.day, ${account}, ${account}
    FROM generate_series(${from}::int, ${to}::int) g
    CROSS JOIN LATERAL (SELECT ('2015-01-01'::date + floor(random() * 3650)::int + 0 * g) AS day) d
    CROSS JOIN LATERAL (SELECT jsonb_build_object(
      'victim', ('01900000-0000-7000-8001-' || lpad(to_hex(1 + g % 40000), 12, '0')),
      'facility', ${facility},
      'actType', (${acts}::text[])[1 + g % 4 * (g % 7 / 6)],
      'date', jsonb_build_object('precision', 'day', 'value', d.day::text),
      'methods', (SELECT jsonb_agg(DISTINCT (${methods}::text[])[1 + floor(power(random(), 2) * ${methods.length})::int])
        FROM generate_series(0, g % 3) AS k)
    ) AS coded) c`.execute(db.kysely);
};

const seedDetentions = async (
  db: Db,
  vault: string,
  account: string,
  facility: string,
): Promise<void> => {
  await sql`
    INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
      latest_day, created_by, updated_by)
    SELECT ${vault}, ${idExpr('003')}, 'detention', jsonb_strip_nulls(jsonb_build_object(
        'person', ('01900000-0000-7000-8001-' || lpad(to_hex(1 + g), 12, '0')),
        'facility', ${facility}::text,
        'period', jsonb_build_object('precision', 'range', 'from', jsonb_build_object('precision', 'day', 'value', d.start::text),
          'to', CASE WHEN g % 5 = 0 THEN NULL ELSE jsonb_build_object('precision', 'day', 'value', (d.start + 200)::text) END),
        'whereabouts', CASE WHEN g % 10 = 0 THEN '010200000000' ELSE '010101000000' END,
        'lawyerAccess', CASE WHEN g % 4 = 0 THEN jsonb_build_array('010000000000') ELSE jsonb_build_array('530000000000') END,
        'familyContact', CASE WHEN g % 3 = 0 THEN 'denied' ELSE 'allowed' END,
        'transferFrom', CASE WHEN g % 7 = 0 THEN ('01900000-0000-7000-8fac-' || lpad(to_hex(2 + g % 900), 12, '0')) END
      )), ${sealedExpr}, 1, 1, d.start, CASE WHEN g % 5 = 0 THEN NULL ELSE d.start + 200 END, ${account}, ${account}
    FROM generate_series(1, ${PAGE_DETENTIONS}::int) g
    CROSS JOIN LATERAL (SELECT ('2015-01-01'::date + floor(random() * 3400)::int + 0 * g) AS start) d`.execute(
    db.kysely,
  );
};

const indexCodesAndLinks = async (db: Db, vault: string): Promise<void> => {
  await sql`
    INSERT INTO record_codes (vault_id, record_id, field, code)
    SELECT r.vault_id, r.id, 'methods', jsonb_array_elements_text(r.coded -> 'methods') FROM records r
    WHERE r.vault_id = ${vault} AND r.kind = 'incident'
    ON CONFLICT DO NOTHING`.execute(db.kysely);
  await sql`
    INSERT INTO record_links (vault_id, record_id, field, target_id)
    SELECT r.vault_id, r.id, f.field, f.target::uuid FROM records r
    CROSS JOIN LATERAL (VALUES ('victim', r.coded ->> 'victim'), ('person', r.coded ->> 'person'),
      ('facility', r.coded ->> 'facility'), ('transferFrom', r.coded ->> 'transferFrom')) f (field, target)
    WHERE r.vault_id = ${vault} AND f.target IS NOT NULL
    ON CONFLICT DO NOTHING`.execute(db.kysely);
};

export const runFacilitiesBench = async (): Promise<void> => {
  await withBenchServer('facilities', async ({ db, vaultId, account, get }) => {
    const vault = { id: vaultId };

    const seedStart = performance.now();
    await sql`SET session_replication_role = replica`.execute(db.kysely);
    await seedFacilities(db);
    const page = facilityId(1);
    await seedIncidents(db, vault.id, account, 1, PAGE_INCIDENTS, sql`${page}::text`);
    await seedIncidents(
      db,
      vault.id,
      account,
      PAGE_INCIDENTS + 1,
      PAGE_INCIDENTS + OTHER_INCIDENTS,
      sql`('01900000-0000-7000-8fac-' || lpad(to_hex(2 + g % ${FACILITIES - 1}), 12, '0'))`,
    );
    await seedDetentions(db, vault.id, account, page);
    await indexCodesAndLinks(db, vault.id);
    await sql`SET session_replication_role = origin`.execute(db.kysely);
    await sql`ANALYZE`.execute(db.kysely);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(`seeded in ${seedSeconds.toFixed(0)} s`);

    const overview = `/api/vaults/${vault.id}/facilities/${page}/overview`;
    const check = (await (await get(overview)()).json()) as {
      incidents: { total: number };
      detentions: unknown[];
    };
    if (check.incidents.total !== PAGE_INCIDENTS || check.detentions.length !== PAGE_DETENTIONS) {
      throw new Error(
        `seed mismatch: ${check.incidents.total} incidents, ${check.detentions.length} detentions`,
      );
    }
    const anchor = await sample(SAMPLES, get('/api/health'));
    const pageData = await sample(SAMPLES, get(overview));
    const pageYear = await sample(
      SAMPLES,
      get(`${overview}?from=2020-01-01&to=2020-12-31&bucket=month`),
    );
    // What a record written about the facility does (migration 0011): the next view recomputes.
    const touch = (facility: string) => () =>
      sql`INSERT INTO facility_activity (vault_id, facility_id, generation)
        VALUES (${vault.id}, ${facility}, nextval('facility_activity_seq'))
        ON CONFLICT (vault_id, facility_id) DO UPDATE SET generation = EXCLUDED.generation`.execute(
        db.kysely,
      );
    const pageCold = await sample(COLD_SAMPLES, get(overview), touch(page));
    const register = await sample(SAMPLES, get('/api/facilities?limit=2000'));
    const statsPath = `/api/vaults/${vault.id}/facility-stats?indicator=incidents`;
    const stats = await sample(SAMPLES, get(statsPath));
    const statsCold = await sample(COLD_SAMPLES, get(statsPath), touch(facilityId(2)));

    printTable(
      `facilities — embedded database (PGlite), page facility ${PAGE_INCIDENTS} incidents + ${PAGE_DETENTIONS} detentions, ${FACILITIES} facilities, ${PAGE_INCIDENTS + OTHER_INCIDENTS} incidents in all, seeded in ${seedSeconds.toFixed(0)} s`,
      [
        latencyRow('anchor: GET /api/health, no auth', anchor, null),
        latencyRow('facility page data: all time, by quarter', pageData, 100),
        latencyRow('facility page data: one year, by month', pageYear, 100),
        latencyRow('facility page data: first view after a change (computed)', pageCold, null),
        latencyRow(`map: the register (${FACILITIES} facilities with coordinates)`, register, 100),
        latencyRow(`map: incidents per facility (${FACILITIES} facilities)`, stats, 100),
        latencyRow('map: incidents per facility, first view after a change', statsCold, null),
      ],
    );
  });
};
