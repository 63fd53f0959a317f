import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DurabilityBarrier, dataDirSyncer } from './durability';
import type { Fsync, Syncer } from './durability';
import { PglitePool } from './pglite-pool';
import type { WriteListener } from './pglite-pool';
import { pgliteParsers } from './type-parsers';
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

/** Test seams: a syncer to replace the durability barrier's, and an fsync for the real syncer. */
export interface PgliteSeams {
  syncer?: Syncer;
  fsync?: Fsync;
}

/**
 * Starts PGlite in `dbDir` (created if missing; in memory when undefined) with the WAL settings,
 * the durability barrier and the checkpointer, and returns the pool over it. Used in this process
 * (`openDatabase`) and in the engine's own process (`engine-process/host.ts`) alike. The caller
 * holds the data directory's lock.
 */
export async function startPglite(
  dbDir: string | undefined,
  seams: PgliteSeams,
  onWrite: WriteListener | null,
): Promise<PglitePool> {
  if (dbDir !== undefined) mkdirSync(dbDir, { recursive: true, mode: 0o700 });
  const settings = Object.entries(PGLITE_SETTINGS).flatMap(([key, value]) => [
    '-c',
    `${key}=${value}`,
  ]);
  const pglite = await PGlite.create({
    ...(dbDir === undefined ? {} : { dataDir: dbDir }),
    startParams: [...PGlite.defaultStartParams, ...settings],
    parsers: pgliteParsers,
  });
  const syncer = seams.syncer ?? (dbDir === undefined ? null : dataDirSyncer(dbDir, seams.fsync));
  const barrier = syncer === null ? null : new DurabilityBarrier(syncer);
  const checkpointer = new WalCheckpointer(pglite, WAL_CHECKPOINT_BYTES);
  return new PglitePool(pglite, barrier, checkpointer, onWrite);
}
