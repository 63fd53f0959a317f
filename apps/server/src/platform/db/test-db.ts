import pg from 'pg';
import { openDatabase } from './open';
import type { OpenOverrides } from './open';
import type { Engine, TestDb } from './types';

const URL_VARIABLE = 'VIGIL_TEST_DATABASE_URL';
let counter = 0;

/** The engines the integration tests should run on: PGlite always, PostgreSQL when configured. */
export function engines(): Engine[] {
  return testDatabaseUrl() === undefined ? ['pglite'] : ['pglite', 'postgres'];
}

/** A fresh, migrated test database: PostgreSQL when VIGIL_TEST_DATABASE_URL is set, else PGlite. */
export function createTestDb(): Promise<TestDb> {
  return createTestDbFor(testDatabaseUrl() === undefined ? 'pglite' : 'postgres');
}

/**
 * A fresh, migrated test database on the given engine: in-memory PGlite, or a new database
 * `vigil_test_<random>` on the server of VIGIL_TEST_DATABASE_URL, dropped by `drop()`.
 */
export async function createTestDbFor(
  engine: Engine,
  overrides: OpenOverrides = {},
): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await openDatabase({ memory: true }, overrides);
    return { ...db, drop: () => db.close() };
  }
  const base = testDatabaseUrl();
  if (base === undefined) throw new Error(`${URL_VARIABLE} is not set.`);
  const scratch = await createScratchDatabase(base, 'vigil_test');
  let db;
  try {
    db = await openDatabase({ url: scratch.url }, overrides);
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  const opened = db;
  return {
    ...opened,
    drop: async () => {
      await opened.close();
      await scratch.drop();
    },
  };
}

/**
 * A new, empty database `<prefix>_<random>` on the PostgreSQL server at `base`: its URL, and
 * `drop()` to remove it (connections and all). Not migrated: for tests and benchmarks that start
 * a server on it.
 */
export async function createScratchDatabase(
  base: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  // Not a secret, only unique across parallel test workers: pid, time, counter and noise.
  counter += 1;
  const suffix = `${process.pid}_${Date.now().toString(36)}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  const name = `${prefix}_${suffix}`;
  await admin(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

function testDatabaseUrl(): string | undefined {
  const url = process.env[URL_VARIABLE];
  return url === undefined || url === '' ? undefined : url;
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
