import type { PGlite } from '@electric-sql/pglite';

/** Bytes of a PostgreSQL size setting such as '64MB' (units kB, MB, GB; plain numbers are MB). */
export function settingBytes(value: string): number {
  const match = /^(\d+)\s*(kB|MB|GB)?$/.exec(value.trim());
  if (match === null) throw new Error(`Not a size setting: ${value}`);
  const units: Record<string, number> = { kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };
  return Number(match[1]) * (units[match[2] ?? 'MB'] ?? 0);
}

/** Bytes of a WAL position written as 'X/Y' (both hexadecimal); exact below 2^53. */
export function lsnBytes(lsn: string): number {
  const [high, low] = lsn.split('/');
  if (high === undefined || low === undefined) throw new Error(`Not an LSN: ${lsn}`);
  return parseInt(high, 16) * 2 ** 32 + parseInt(low, 16);
}

/**
 * Keeps PGlite's pg_wal small. PGlite runs PostgreSQL in single-user mode, where nothing performs
 * the checkpoints that max_wal_size asks for: measured, pg_wal grows without bound (270 MB after
 * 270 MB of writes with max_wal_size = 64MB). Old segments are removed or recycled only by a
 * checkpoint, so this runs one itself: after each committed write it reads the WAL position
 * (~0.2 ms) and issues CHECKPOINT once the WAL written since the last checkpoint's redo point
 * reaches the threshold. With threshold = max_wal_size / 2, pg_wal stays within about
 * max_wal_size plus the WAL of the largest single transaction.
 */
export class WalCheckpointer {
  readonly #pglite: PGlite;
  readonly #thresholdBytes: number;
  #redo: number | null = null;

  constructor(pglite: PGlite, thresholdBytes: number) {
    this.#pglite = pglite;
    this.#thresholdBytes = thresholdBytes;
  }

  /**
   * Call with the session held, after a write committed and before its durability barrier, so
   * the barrier's sync also covers the pages and pg_control the checkpoint wrote. Returns whether
   * a checkpoint ran.
   */
  async afterWrite(): Promise<boolean> {
    this.#redo ??= lsnBytes(
      await this.#one(`SELECT redo_lsn::text AS lsn FROM pg_control_checkpoint()`),
    );
    const current = lsnBytes(await this.#one(`SELECT pg_current_wal_lsn()::text AS lsn`));
    if (current - this.#redo < this.#thresholdBytes) return false;
    await this.#pglite.exec('CHECKPOINT');
    this.#redo = lsnBytes(
      await this.#one(`SELECT redo_lsn::text AS lsn FROM pg_control_checkpoint()`),
    );
    return true;
  }

  async #one(query: string): Promise<string> {
    const result = await this.#pglite.query<{ lsn: string }>(query);
    const lsn = result.rows[0]?.lsn;
    if (lsn === undefined) throw new Error('The database did not return a WAL position.');
    return lsn;
  }
}
