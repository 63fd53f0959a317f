/**
 * Thrown when code running inside `db.transaction(fn)` uses the outer handle `db.kysely` (or opens
 * a nested `db.transaction`). On PGlite there is one connection, held by the transaction, so such a
 * call would wait for itself forever; on PostgreSQL it would silently run outside the transaction.
 * Either way it is a programming error, so it fails at once on both engines.
 */
export class OuterHandleInTransactionError extends Error {
  override readonly name = 'OuterHandleInTransactionError';
  constructor() {
    super(
      'The outer database handle was used inside a transaction; use the transaction handle `trx` instead.',
    );
  }
}
