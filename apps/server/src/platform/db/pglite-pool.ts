import type { PGlite, Results } from '@electric-sql/pglite';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type { DurabilityBarrier } from './durability';
import { Mutex } from './mutex';
import type { WalCheckpointer } from './wal';

// Data-modifying words that may hide inside a statement whose command tag is SELECT
// (a writing CTE, a sequence call). A false positive costs one extra sync, never a lost write.
const HIDDEN_WRITE = /\b(insert|update|delete|merge|nextval|setval|checkpoint)\b/i;
const READ_COMMANDS = new Set(['SELECT', 'SHOW']);
const NO_WRITE_COMMANDS = new Set([
  'BEGIN',
  'START TRANSACTION',
  'SAVEPOINT',
  'RELEASE',
  'SET',
  'RESET',
]);

/** Told at once when a statement may have written (the read cache empties itself). */
export interface WriteListener {
  invalidate(): void;
}

/**
 * A pg-Pool look-alike over one PGlite instance, so Kysely's PostgresDialect serves both engines.
 * PGlite has one session: `connect()` queues callers behind a FIFO mutex, so transactions from
 * independent requests run one after another instead of interleaving their statements.
 */
export class PglitePool implements PostgresPool {
  readonly #pglite: PGlite;
  readonly #barrier: DurabilityBarrier | null;
  readonly #checkpointer: WalCheckpointer | null;
  readonly #cache: WriteListener | null;
  readonly #mutex = new Mutex();
  #ended = false;

  constructor(
    pglite: PGlite,
    barrier: DurabilityBarrier | null,
    checkpointer: WalCheckpointer | null = null,
    cache: WriteListener | null = null,
  ) {
    this.#pglite = pglite;
    this.#barrier = barrier;
    this.#checkpointer = checkpointer;
    this.#cache = cache;
  }

  /** Waits for the session, then lends it out until `release()`. */
  async connect(): Promise<PostgresPoolClient> {
    if (this.#ended) throw new Error('The database is closed.');
    const release = await this.#mutex.acquire();
    return new PgliteClient(
      this.#pglite,
      this.#barrier,
      this.#checkpointer,
      this.#cache,
      this.#mutex,
      release,
    );
  }

  /** Waits for the current holder and any sync in flight, then closes PGlite. */
  async end(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    const release = await this.#mutex.acquire();
    try {
      await this.#barrier?.drain();
      await this.#pglite.close();
    } finally {
      release();
    }
  }
}

class PgliteClient implements PostgresPoolClient {
  readonly #pglite: PGlite;
  readonly #barrier: DurabilityBarrier | null;
  readonly #checkpointer: WalCheckpointer | null;
  readonly #cache: WriteListener | null;
  readonly #mutex: Mutex;
  #release: (() => void) | null;
  #inTransaction = false;
  #wrote = false;

  constructor(
    pglite: PGlite,
    barrier: DurabilityBarrier | null,
    checkpointer: WalCheckpointer | null,
    cache: WriteListener | null,
    mutex: Mutex,
    release: () => void,
  ) {
    this.#pglite = pglite;
    this.#barrier = barrier;
    this.#checkpointer = checkpointer;
    this.#cache = cache;
    this.#mutex = mutex;
    this.#release = release;
  }

  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') {
      throw new Error('Streaming (cursors) is not supported on the embedded database.');
    }
    return this.#run<R>(sqlOrCursor, parameters ?? []);
  }

  /** Gives the session back; a transaction left open (should not happen) is rolled back first. */
  release(): void {
    const release = this.#release;
    this.#release = null;
    if (release === null) return;
    if (!this.#inTransaction) return release();
    this.#inTransaction = false;
    void this.#pglite.exec('ROLLBACK').then(release, release);
  }

  async #run<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    if (this.#release === null) this.#release = await this.#mutex.acquire();
    const word = sql.trimStart().slice(0, 16).toLowerCase();
    // Like pg: no parameters → simple protocol (several statements allowed, e.g. migrations).
    const results: Results<R>[] =
      parameters.length === 0
        ? ((await this.#pglite.exec(sql)) as Results<R>[])
        : [await this.#pglite.query<R>(sql, [...parameters])];
    const last = results[results.length - 1];
    const wrote = results.some((r) => isWrite(r.command, sql));
    // At once, even inside a transaction: no cached read may outlive a write it predates.
    if (wrote) this.#cache?.invalidate();
    if (/^(begin|start)\b/.test(word)) {
      this.#inTransaction = true;
      this.#wrote = false;
    } else if (/^(commit|end)\b/.test(word)) {
      const committed = last?.command !== 'ROLLBACK' && this.#wrote;
      this.#inTransaction = false;
      this.#wrote = false;
      if (committed) await this.#afterWrite();
    } else if (/^(rollback|abort)\b/.test(word) && !/^rollback\s+to\b/.test(word)) {
      this.#inTransaction = false;
      this.#wrote = false;
    } else if (this.#inTransaction) {
      this.#wrote ||= wrote;
    } else if (wrote) {
      await this.#afterWrite();
    }
    return {
      command: (last?.command ?? 'SELECT') as PostgresQueryResult<R>['command'],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      rows: last?.rows ?? [],
    };
  }

  /** A write committed: checkpoint if enough WAL accumulated, then wait for durability. */
  async #afterWrite(): Promise<void> {
    // The write is committed whatever happens here: a failed checkpoint must not turn it into a
    // reported failure. The checkpointer keeps its position, so the next commit tries again.
    await this.#checkpointer?.afterWrite().catch(() => false);
    await this.#awaitBarrier();
  }

  /**
   * The write is committed in PGlite's memory and page cache; it is acknowledged only after the
   * barrier made it durable. The session is handed on first, so commits arriving meanwhile can
   * run and share the next sync (Kysely sends nothing more on this client after COMMIT or an
   * autocommit statement; if it did, `#run` would queue for the session again).
   */
  async #awaitBarrier(): Promise<void> {
    if (this.#barrier === null) return;
    const release = this.#release;
    this.#release = null;
    release?.();
    await this.#barrier.wait();
  }
}

function isWrite(command: string | undefined, sql: string): boolean {
  if (command === undefined) return true;
  if (NO_WRITE_COMMANDS.has(command)) return false;
  if (READ_COMMANDS.has(command)) return HIDDEN_WRITE.test(sql);
  return true;
}
