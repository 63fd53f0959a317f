import { AsyncLocalStorage } from 'node:async_hooks';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { OuterHandleInTransactionError } from './errors';

type Scope = { active: boolean };

/**
 * Knows, per async context, whether a transaction of one Db is running. Kysely takes a pool
 * connection for every outer-handle statement and for BEGIN, but never inside a transaction (the
 * transaction keeps its own connection), so checking at `pool.connect()` catches exactly the
 * misuse: the outer handle or a nested transaction called from inside `fn`.
 */
export class TransactionGuard {
  readonly #storage = new AsyncLocalStorage<Scope>();

  /** Throws OuterHandleInTransactionError when called inside a running transaction of this Db. */
  assertOutside(): void {
    if (this.#storage.getStore()?.active === true) throw new OuterHandleInTransactionError();
  }

  /** Runs fn marked as inside a transaction; the mark ends with fn, even for timers it leaves. */
  async inside<T>(fn: () => Promise<T>): Promise<T> {
    const scope: Scope = { active: true };
    try {
      return await this.#storage.run(scope, fn);
    } finally {
      scope.active = false;
    }
  }

  /** Wraps a pool so that taking a connection inside a transaction fails instead of waiting. */
  wrap(pool: PostgresPool): PostgresPool {
    return {
      connect: (): Promise<PostgresPoolClient> => {
        try {
          this.assertOutside();
        } catch (error) {
          return Promise.reject(error);
        }
        return pool.connect();
      },
      end: () => pool.end(),
    };
  }
}
