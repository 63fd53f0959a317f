import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations } from './migrate';
import { createTestDbFor, engines } from './test-db';
import type { Engine, TestDb } from './types';

// The oldest PostgreSQL we support (Debian 12's server). Migrations and repository queries must
// stay inside its feature set; CI proves it by running the whole suite on it.
const SUPPORTED_MAJOR = 15;

async function serverMajor(db: TestDb): Promise<number> {
  const { rows } = await sql<{
    server_version_num: string;
  }>`SHOW server_version_num`.execute(db.kysely);
  return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
}

describe.each(engines())('the %s engine', (engine: Engine) => {
  let db: TestDb | undefined;
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });

  if (engine === 'postgres') {
    it(`is PostgreSQL ${SUPPORTED_MAJOR}, so this run proves every migration and query works there`, async () => {
      db = await createTestDbFor(engine);
      expect(await serverMajor(db)).toBe(SUPPORTED_MAJOR);
    });
  } else {
    it(`is a PostgreSQL newer than ${SUPPORTED_MAJOR}, so SQL that runs on ${SUPPORTED_MAJOR} runs here`, async () => {
      db = await createTestDbFor(engine);
      expect(await serverMajor(db)).toBeGreaterThanOrEqual(SUPPORTED_MAJOR);
    });
  }
});

// Features added after PostgreSQL 15 that PGlite accepts: a PGlite-only run would not catch them.
const NEWER_THAN_15: ReadonlyArray<readonly [string, RegExp]> = [
  ['the builtin "unicode" collation (17)', /\bCOLLATE\s+"?unicode"?/i],
  ['the builtin collation provider (17)', /\bprovider\s*=\s*builtin\b/i],
  ['SQL/JSON query functions (17)', /\bJSON_(TABLE|EXISTS|QUERY|VALUE)\s*\(/i],
  ['SQL/JSON constructors (16)', /\bJSON_(ARRAY|OBJECT|ARRAYAGG|OBJECTAGG)\s*\(/i],
  ['the IS JSON predicate (16)', /\bIS\s+(NOT\s+)?JSON\b/i],
  ['any_value() (16)', /\bany_value\s*\(/i],
  ['pg_input_is_valid() (16)', /\bpg_input_is_valid\s*\(/i],
  ['SYSTEM_USER (16)', /\bSYSTEM_USER\b/i],
  ['uuidv4()/uuidv7() (18)', /\buuidv[47]\s*\(/i],
  ['virtual generated columns (18)', /\bGENERATED\s+ALWAYS\s+AS\s*\([^;]*?\)\s*VIRTUAL\b/i],
  ['temporal constraints WITHOUT OVERLAPS (18)', /\bWITHOUT\s+OVERLAPS\b/i],
  ['NOT ENFORCED constraints (18)', /\bNOT\s+ENFORCED\b/i],
  ['OLD/NEW in RETURNING (18)', /\bRETURNING\s+(OLD|NEW)\./i],
];

describe('migration SQL', () => {
  it.each(loadMigrations().map((m) => [`${m.version}_${m.name}`, m.sql] as const))(
    '%s uses no feature newer than PostgreSQL 15',
    (_, text) => {
      const withoutComments = text.replace(/--[^\n]*/g, '');
      const found = NEWER_THAN_15.filter(([, pattern]) => pattern.test(withoutComments)).map(
        ([feature]) => feature,
      );
      expect(found).toEqual([]);
    },
  );

  it('recognises the newer features it looks for', () => {
    const samples = [
      `CREATE TABLE t (name text COLLATE "unicode")`,
      `SELECT * FROM JSON_TABLE(doc, '$' COLUMNS (a int))`,
      `SELECT '{}' IS JSON`,
      `SELECT uuidv7()`,
      `CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)`,
    ];
    for (const sample of samples) {
      expect(NEWER_THAN_15.some(([, pattern]) => pattern.test(sample))).toBe(true);
    }
    expect(NEWER_THAN_15.some(([, pattern]) => pattern.test('SELECT gen_random_uuid()'))).toBe(
      false,
    );
  });
});
