import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import type { PostgresPool, Transaction } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from '../datadir';
import type { DataDirLock } from '../datadir';
import type { Fsync, Syncer } from './durability';
import { RemotePool } from './engine-process/remote-pool';
import { TransactionGuard } from './guard';
import { migrate } from './migrate';
import { startPglite } from './pglite-engine';
import { ReadCache } from './read-cache';
import type { Database } from './schema';
import { pgTypes } from './type-parsers';
import type { Db, Engine, OpenOptions } from './types';

/** Entries of the embedded engine's read cache: sessions, memberships and vault lists. */
const READ_CACHE_ENTRIES = 10_000;

/**
 * Test seams: a syncer to replace the durability barrier's, an fsync for the real data-directory
 * syncer to call (to observe what it flushes), and whether to migrate.
 */
export interface OpenOverrides {
  syncer?: Syncer;
  fsync?: Fsync;
  migrate?: boolean;
}

/** Opens (and migrates) the database: embedded PGlite in `<dataDir>/db`, memory, or PostgreSQL. */
export async function openDatabase(
  options: OpenOptions,
  overrides: OpenOverrides = {},
): Promise<Db> {
  const db = 'url' in options ? openPostgres(options.url) : await openPglite(options, overrides);
  if (overrides.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, types: pgTypes, application_name: 'vigil' });
  // An idle client losing its connection must not crash the process; pg replaces it on demand.
  pool.on('error', () => undefined);
  return createDb('postgres', pool, async () => undefined, null);
}

async function openPglite(
  options: { dataDir: string; ownProcess?: boolean } | { memory: true },
  overrides: OpenOverrides,
): Promise<Db> {
  let lock: DataDirLock | null = null;
  let dbDir: string | undefined;
  if ('dataDir' in options) {
    lock = acquireDataDirLock(options.dataDir);
    dbDir = join(options.dataDir, 'db');
  }
  try {
    const cache = new ReadCache(READ_CACHE_ENTRIES);
    const ownProcess = 'ownProcess' in options && options.ownProcess === true;
    if (ownProcess && (overrides.syncer !== undefined || overrides.fsync !== undefined)) {
      throw new Error('Durability seams apply only to the engine in this process.');
    }
    const pool =
      ownProcess && dbDir !== undefined
        ? await RemotePool.start(dbDir, cache)
        : await startPglite(dbDir, overrides, cache);
    const heldLock = lock;
    return createDb('pglite', pool, async () => heldLock?.release(), cache);
  } catch (error) {
    lock?.release();
    throw error;
  }
}

function createDb(
  engine: Engine,
  pool: PostgresPool,
  afterClose: () => Promise<void>,
  cache: ReadCache | null,
): Db {
  const guard = new TransactionGuard();
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: guard.wrap(pool) }) });
  let closing: Promise<void> | null = null;
  return {
    engine,
    kysely,
    transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
      try {
        guard.assertOutside();
      } catch (error) {
        return Promise.reject(error);
      }
      return kysely.transaction().execute((trx) => guard.inside(() => fn(trx)));
    },
    cached<T>(key: string, load: () => Promise<T>): Promise<T> {
      try {
        guard.assertOutside();
      } catch (error) {
        return Promise.reject(error);
      }
      return cache === null ? load() : cache.read(key, load);
    },
    close(): Promise<void> {
      closing ??= kysely.destroy().finally(afterClose);
      return closing;
    },
  };
}
