import type { AuditCheckpoint, AuditEvent } from '@vigil/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db';

/** Anything that can run a query: the outer handle or a transaction. */
export type Queryable = Kysely<Database> | Transaction<Database>;

type EventRow = {
  chain: string;
  seq: string;
  at_text: string;
  actor: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  data: Record<string, string | number | boolean | null>;
  prev_hash: string;
  hash: string;
};

/** A stored row as the API's event shape (the hashed `at` is the stored text, not the timestamp). */
const toEvent = (row: EventRow): AuditEvent =>
  ({
    chain: row.chain,
    seq: Number(row.seq),
    at: row.at_text,
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  }) as AuditEvent;

/** Serialises appends to one chain until the transaction ends (works on PGlite and PostgreSQL). */
export const lockChain = async (trx: Transaction<Database>, chain: string): Promise<void> => {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${chain}, 0))`.execute(trx);
};

/** The chain's head (seq and hash), or null for an empty chain. */
export const chainHead = async (
  q: Queryable,
  chain: string,
): Promise<{ seq: number; hash: string } | null> => {
  const row = await q
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
};

/** Inserts one event row; callers have locked the chain and computed the hash. */
export const insertEvent = async (
  trx: Transaction<Database>,
  event: AuditEvent,
  at: Date,
): Promise<void> => {
  await trx
    .insertInto('audit_events')
    .values({
      chain: event.chain,
      seq: event.seq,
      at,
      at_text: event.at,
      actor: event.actor,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      data: JSON.stringify(event.data),
      prev_hash: event.prevHash,
      hash: event.hash,
    })
    .execute();
};

/** Inserts one signed checkpoint. */
export const insertCheckpoint = async (
  trx: Transaction<Database>,
  c: AuditCheckpoint,
): Promise<void> => {
  await trx
    .insertInto('audit_checkpoints')
    .values({
      chain: c.chain,
      seq: c.seq,
      hash: c.hash,
      signed_at: c.signedAt,
      signature: c.signature,
    })
    .execute();
};

/** Events of a chain after `afterSeq`, oldest first. */
export const listEvents = async (
  q: Queryable,
  chain: string,
  afterSeq: number,
  limit: number,
): Promise<AuditEvent[]> => {
  const rows = await q
    .selectFrom('audit_events')
    .select([
      'chain',
      'seq',
      'at_text',
      'actor',
      'action',
      'subject_type',
      'subject_id',
      'data',
      'prev_hash',
      'hash',
    ])
    .where('chain', '=', chain)
    .where('seq', '>', String(afterSeq))
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
  return rows.map(toEvent);
};

/** All checkpoints of a chain, oldest first. */
export const listCheckpoints = async (q: Queryable, chain: string): Promise<AuditCheckpoint[]> => {
  const rows = await q
    .selectFrom('audit_checkpoints')
    .select(['chain', 'seq', 'hash', 'signed_at', 'signature'])
    .where('chain', '=', chain)
    .orderBy('seq', 'asc')
    .execute();
  return rows.map(
    (r) =>
      ({
        chain: r.chain,
        seq: Number(r.seq),
        hash: r.hash,
        signedAt: r.signed_at,
        signature: r.signature,
      }) as AuditCheckpoint,
  );
};
