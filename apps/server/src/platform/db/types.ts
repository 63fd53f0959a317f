import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** The two engines behind one interface. */
export type Engine = 'pglite' | 'postgres';

/**
 * Where the database lives: an embedded data directory, a PostgreSQL URL, or memory (tests). An
 * embedded engine runs in this process unless `ownProcess` asks for a process of its own (what
 * `vigil serve` does, ADR 24).
 */
export type OpenOptions =
  { dataDir: string; ownProcess?: boolean } | { url: string } | { memory: true };

/** The database layer: one Kysely handle, transactions guarded against the outer handle. */
export interface Db {
  readonly engine: Engine;
  /** Outer handle: single statements outside a transaction. */
  readonly kysely: Kysely<Database>;
  /**
   * Runs fn in one transaction. Using `kysely` (the outer handle) inside fn throws
   * OuterHandleInTransactionError instead of hanging. A committed write awaits the durability
   * barrier (PGlite) before the promise resolves.
   */
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /**
   * A read through the outer handle, cached on the embedded engine until the next write (this
   * process is its only writer); on PostgreSQL, where other servers write too, simply `load()`.
   * Outside transactions only, like the outer handle. `undefined` answers are not cached.
   */
  cached<T>(key: string, load: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database made for one test; `drop()` closes it and removes its data. */
export type TestDb = Db & { drop(): Promise<void> };
