import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import type { PostgresPool, Transaction } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from '../datadir';
import type { DataDirLock } from '../datadir';
import { DurabilityBarrier, dataDirSyncer } from './durability';
import type { Fsync, Syncer } from './durability';
import { TransactionGuard } from './guard';
import { migrate } from './migrate';
import { PglitePool } from './pglite-pool';
import { ReadCache } from './read-cache';
import type { Database } from './schema';
import { pgliteParsers, pgTypes } from './type-parsers';
import type { Db, Engine, OpenOptions } from './types';
import { settingBytes, WalCheckpointer } from './wal';

/**
 * PGlite's WAL defaults let pg_wal grow to about 1 GB. PGlite runs PostgreSQL in single-user
 * mode: no checkpointer process, and (measured) no checkpoint is triggered by max_wal_size either,
 * so WalCheckpointer issues them after commits once WAL_CHECKPOINT_BYTES accumulated. The settings
 * still matter: max_wal_size/min_wal_size bound how many old segments a checkpoint recycles
 * rather than removes. min_wal_size must be at least two 16 MB segments.
 */
export const PGLITE_SETTINGS = {
  max_wal_size: '64MB',
  min_wal_size: '32MB',
  checkpoint_timeout: '5min',
  wal_keep_size: '0',
} as const satisfies Readonly<Record<string, string>>;

/** WAL written since the last checkpoint after which the next commit runs CHECKPOINT. */
export const WAL_CHECKPOINT_BYTES = settingBytes(PGLITE_SETTINGS.max_wal_size) / 2;

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
  options: { dataDir: string } | { memory: true },
  overrides: OpenOverrides,
): Promise<Db> {
  let lock: DataDirLock | null = null;
  let dataDir: string | undefined;
  if ('dataDir' in options) {
    lock = acquireDataDirLock(options.dataDir);
    dataDir = join(options.dataDir, 'db');
  }
  try {
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const settings = Object.entries(PGLITE_SETTINGS).flatMap(([key, value]) => [
      '-c',
      `${key}=${value}`,
    ]);
    const pglite = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      startParams: [...PGlite.defaultStartParams, ...settings],
      parsers: pgliteParsers,
    });
    const syncer =
      overrides.syncer ?? (dataDir === undefined ? null : dataDirSyncer(dataDir, overrides.fsync));
    const barrier = syncer === null ? null : new DurabilityBarrier(syncer);
    const heldLock = lock;
    const checkpointer = new WalCheckpointer(pglite, WAL_CHECKPOINT_BYTES);
    const cache = new ReadCache(READ_CACHE_ENTRIES);
    const pool = new PglitePool(pglite, barrier, checkpointer, cache);
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
