// Benchmark "records-search" (issue 3, point 11): a filtered, sorted, paginated incident list and
// a blind-index name lookup over 1,000,000 records each on the embedded database, through the
// real HTTP routes with a bearer token. Seeded with SQL (generate_series) straight into the
// server's PGlite: realistic row shapes, codes drawn from the real vocabularies, sealed parts
// random-looking base64url. Anchor: GET /api/health in the same run, same client loop.
import { getVocabulary } from '@vigil/core';
import { sql } from 'kysely';
import { sample, withBenchServer, type BenchDb } from './http-server';
import { latencyRow, printTable } from './table';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 1_000_000);
const BATCH = 100_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const NAME_INDEXES_PER_PERSON = 6;

type Db = BenchDb;

const codesOf = (list: string): string[] =>
  (getVocabulary(list)?.terms ?? []).filter((t) => t.retired !== true).map((t) => t.code);

/** Record ids: UUIDv7-shaped, in creation order, one prefix per kind. */
const idExpr = (prefix: string) =>
  sql`('01900000-0000-7000-8${sql.raw(prefix)}-' || lpad(to_hex(g), 12, '0'))::uuid`;

/** About `bytes` random-looking bytes as base64url (what a sealed envelope looks like). */
const sealedExpr = (blocks: number) =>
  sql`translate(replace(encode(decode(repeat(encode(sha512(('s' || g)::bytea), 'hex'), ${blocks}), 'hex'), 'base64'), E'\n', ''), '+/=', '-_')`;

const seedPeople = async (db: Db, vault: string, account: string): Promise<void> => {
  const groups = codesOf('groups-at-risk').slice(0, 14);
  for (let from = 1; from <= PEOPLE; from += BATCH) {
    const to = Math.min(PEOPLE, from + BATCH - 1);
    console.log(`people ${from}..${to}`);
    await sql`
      INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, created_by, updated_by)
      SELECT ${vault}, ${idExpr('001')}, 'person',
        CASE WHEN g % 20 = 0
          THEN jsonb_build_object('sex', 'male', 'groups', jsonb_build_array((${groups}::text[])[1 + g % ${groups.length}]))
          ELSE jsonb_build_object('sex', CASE WHEN g % 2 = 0 THEN 'male' ELSE 'female' END, 'birthYear', 1950 + g % 55)
        END,
        ${sealedExpr(4)}, 1, 1, ${account}, ${account}
      FROM generate_series(${from}::int, ${to}::int) g`.execute(db.kysely);
    // Name tokens follow a skewed distribution: common surnames and first names repeat a lot.
    await sql`
      INSERT INTO record_name_indexes (vault_id, record_id, name_index)
      SELECT ${vault}, ${idExpr('001')},
        substr(md5('tok' || floor(power(random(), 3) * 300000)::int), 1, 16)
      FROM generate_series(${from}::int, ${to}::int) g, generate_series(1, ${NAME_INDEXES_PER_PERSON}) k
      ON CONFLICT DO NOTHING`.execute(db.kysely);
  }
  await sql`
    INSERT INTO record_codes (vault_id, record_id, field, code)
    SELECT vault_id, id, 'groups', jsonb_array_elements_text(coded -> 'groups') FROM records
    WHERE vault_id = ${vault} AND kind = 'person' AND coded ? 'groups'`.execute(db.kysely);
};

const seedIncidents = async (db: Db, vault: string, account: string): Promise<void> => {
  const methods = codesOf('violence-methods');
  const agencies = codesOf('perpetrator-agencies');
  const regions = [
    'RU-MOS',
    'RU-SPE',
    'RU-KDA',
    'RU-ROS',
    'RU-TA',
    'RU-BA',
    'RU-CE',
    'RU-DA',
    'RU-KRS',
    'RU-BEL',
    'RU-CR',
    'UA-43',
    'UA-14',
    'UA-09',
    'UA-23',
    'UA-65',
  ];
  const actType = codesOf('act-types')[1] ?? '010000000000';
  for (let from = 1; from <= INCIDENTS; from += BATCH) {
    const to = Math.min(INCIDENTS, from + BATCH - 1);
    console.log(`incidents ${from}..${to}`);
    // Days over ten years; 10 % known to the month only, 5 % without a date.
    await sql`
      INSERT INTO records (vault_id, id, kind, coded, sealed, key_version, version, earliest_day,
        latest_day, created_by, updated_by)
      SELECT ${vault}, ${idExpr('002')}, 'incident', c.coded, ${sealedExpr(8)}, 1, 1,
        CASE WHEN g % 20 = 0 THEN NULL WHEN g % 10 = 1 THEN date_trunc('month', d.day)::date ELSE d.day END,
        CASE WHEN g % 20 = 0 THEN NULL
          WHEN g % 10 = 1 THEN (date_trunc('month', d.day) + interval '1 month - 1 day')::date ELSE d.day END,
        ${account}, ${account}
      FROM generate_series(${from}::int, ${to}::int) g
      CROSS JOIN LATERAL (SELECT ('2015-01-01'::date + floor(random() * 3650)::int + 0 * g) AS day) d
      CROSS JOIN LATERAL (SELECT jsonb_strip_nulls(jsonb_build_object(
        'victim', ('01900000-0000-7000-8001-' || lpad(to_hex(1 + g % ${Math.max(1, PEOPLE)}), 12, '0')),
        'facility', ('01900000-0000-7000-8fac-' || lpad(to_hex(1 + g % 500), 12, '0')),
        'region', (${regions}::text[])[1 + g % ${regions.length}],
        'actType', ${actType}::text,
        'date', CASE WHEN g % 20 = 0 THEN NULL
          WHEN g % 10 = 1 THEN jsonb_build_object('precision', 'month', 'value', to_char(d.day, 'YYYY-MM'))
          ELSE jsonb_build_object('precision', 'day', 'value', d.day::text) END,
        'methods', (SELECT jsonb_agg(DISTINCT (${methods}::text[])[1 + floor(power(random(), 2) * ${methods.length})::int])
          FROM generate_series(0, g % 3) AS k),
        'perpetrators', (SELECT jsonb_agg(DISTINCT jsonb_build_object('agency',
            (${agencies}::text[])[1 + floor(power(random(), 2) * ${agencies.length})::int]))
          FROM generate_series(0, g % 2) AS k)
      )) AS coded) c`.execute(db.kysely);
  }
  await sql`
    INSERT INTO record_codes (vault_id, record_id, field, code)
    SELECT r.vault_id, r.id, f.field, f.code FROM records r
    CROSS JOIN LATERAL (
      SELECT 'methods' AS field, jsonb_array_elements_text(r.coded -> 'methods') AS code
      UNION SELECT 'perpetrators.agency', p ->> 'agency' FROM jsonb_array_elements(r.coded -> 'perpetrators') p
      UNION SELECT 'region', r.coded ->> 'region'
    ) f
    WHERE r.vault_id = ${vault} AND r.kind = 'incident'`.execute(db.kysely);
  await sql`
    INSERT INTO record_links (vault_id, record_id, field, target_id)
    SELECT r.vault_id, r.id, f.field, f.target::uuid FROM records r
    CROSS JOIN LATERAL (VALUES ('victim', r.coded ->> 'victim'), ('facility', r.coded ->> 'facility')) f (field, target)
    WHERE r.vault_id = ${vault} AND r.kind = 'incident'`.execute(db.kysely);
};

export const runRecordsSearchBench = async (): Promise<void> => {
  await withBenchServer('search', async ({ db, base, vaultId, account, get, headers }) => {
    const vault = { id: vaultId };

    const seedStart = performance.now();
    // Bulk load: foreign-key triggers off (the seed is consistent by construction) and the
    // secondary indexes built once at the end rather than row by row.
    await sql`SET session_replication_role = replica`.execute(db.kysely);
    const secondary = (
      await sql<{ name: string; def: string }>`
        SELECT indexname AS name, indexdef AS def FROM pg_indexes
        WHERE tablename IN ('records', 'record_name_indexes', 'record_codes', 'record_links')
          AND indexname NOT LIKE '%_pkey' AND indexname <> 'records_id_idx'`.execute(db.kysely)
    ).rows;
    for (const index of secondary) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db.kysely);
    await seedPeople(db, vault.id, account);
    const peopleSeconds = (performance.now() - seedStart) / 1000;
    await seedIncidents(db, vault.id, account);
    for (const index of secondary) await sql.raw(index.def).execute(db.kysely);
    await sql`SET session_replication_role = origin`.execute(db.kysely);
    await sql`ANALYZE`.execute(db.kysely);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    console.log(
      `seeded ${PEOPLE} people in ${peopleSeconds.toFixed(0)} s, ${INCIDENTS} incidents in ${(seedSeconds - peopleSeconds).toFixed(0)} s`,
    );

    const methods = codesOf('violence-methods').slice(2);
    const agencies = codesOf('perpetrator-agencies');
    const filtered = `/api/vaults/${vault.id}/records?kind=incident&sort=-date&limit=50&from=2020-01-01&to=2020-12-31&methods=${methods[0] ?? ''},${methods[1] ?? ''}&agencies=${agencies[0] ?? ''}`;
    // A deep page: follow the cursor 20 pages in.
    let deep = filtered;
    for (let page = 0; page < 20; page++) {
      const res = (await (await get(deep)()).json()) as { next: string | null };
      if (res.next === null) break;
      deep = `${filtered}&after=${res.next}`;
    }
    const person =
      (
        await sql<{
          record_id: string;
        }>`SELECT record_id FROM record_name_indexes WHERE vault_id = ${vault.id} ORDER BY record_id OFFSET ${Math.floor(PEOPLE / 2)} LIMIT 1`.execute(
          db.kysely,
        )
      ).rows[0]?.record_id ?? '';
    const indexes = (
      await sql<{
        name_index: string;
      }>`SELECT name_index FROM record_name_indexes WHERE vault_id = ${vault.id} AND record_id = ${person}`.execute(
        db.kysely,
      )
    ).rows.map((r) => r.name_index);
    const lookup = () =>
      fetch(`${base}/api/vaults/${vault.id}/records/name-lookup`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ indexes: [...indexes.slice(0, 6), '0123456789abcdef'], limit: 20 }),
      });
    if (process.env.BENCH_EXPLAIN === '1') await explain(db, vault.id, methods, agencies);

    const anchor = await sample(SAMPLES, get('/api/health'));
    const first = await sample(SAMPLES, get(filtered));
    const deepPage = await sample(SAMPLES, get(deep));
    const recent = await sample(
      SAMPLES,
      get(`/api/vaults/${vault.id}/records?kind=incident&sort=-date&limit=50`),
    );
    const names = await sample(SAMPLES, lookup);

    printTable(
      `records-search — embedded database (PGlite), ${INCIDENTS} incidents, ${PEOPLE} people, seeded in ${seedSeconds.toFixed(0)} s`,
      [
        latencyRow('anchor: GET /api/health, no auth', anchor, null),
        latencyRow('incidents: 1 year + 2 methods + agency, newest first, page 1 of 50', first, 50),
        latencyRow('incidents: same, page 21 via cursor', deepPage, 50),
        latencyRow('incidents: no filter, newest first, first page of 50', recent, 50),
        latencyRow(
          `name lookup: ${Math.min(6, indexes.length) + 1} blind indexes, top 20`,
          names,
          20,
        ),
      ],
    );
  });
};

/** Prints the plans of the measured queries (BENCH_EXPLAIN=1), to check the indexes are used. */
const explain = async (db: Db, vault: string, methods: string[], agencies: string[]) => {
  const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ANALYZE
    SELECT r.id FROM records r WHERE r.vault_id = ${vault} AND r.kind = 'incident' AND r.deleted_at IS NULL
      AND (r.earliest_day IS NOT NULL OR r.latest_day IS NOT NULL)
      AND COALESCE(r.earliest_day, '-infinity'::date) <= '2020-12-31' AND (r.latest_day IS NULL OR r.latest_day >= '2020-01-01')
      AND EXISTS (SELECT 1 FROM record_codes c WHERE c.vault_id = ${vault} AND c.record_id = r.id AND c.field IN ('methods') AND c.code IN (${methods[0] ?? ''}, ${methods[1] ?? ''}))
      AND EXISTS (SELECT 1 FROM record_codes c WHERE c.vault_id = ${vault} AND c.record_id = r.id AND c.field IN ('perpetrators.agency') AND c.code IN (${agencies[0] ?? ''}))
    ORDER BY COALESCE(r.earliest_day, '-infinity'::date) DESC, r.id DESC LIMIT 51`.execute(
    db.kysely,
  );
  console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
};
