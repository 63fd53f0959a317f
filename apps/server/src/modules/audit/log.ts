import {
  GENESIS_HASH,
  type AuditChainResponse,
  type AuditCheckpoint,
  type AuditEvent,
} from '@vigil/core';
import { auditEventHash, sign, toBase64Url } from '@vigil/crypto';
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock';
import type { Database, Db } from '../../platform/db';
import type { InstanceKeys } from '../instance/keys';
import { checkpointMessage } from './verify';
import {
  chainHead,
  insertCheckpoint,
  insertEvent,
  listCheckpoints,
  listEvents,
  lockChain,
} from './repository';

type Scalar = string | number | boolean | null;

/** What a change says about itself: ids and codes only, never names, e-mails or free text. */
export interface AuditInput {
  readonly chain: string;
  readonly actor: string | null;
  readonly action: string;
  readonly subjectType?: string | null;
  readonly subjectId?: string | null;
  readonly data?: Readonly<Record<string, Scalar>>;
}

/**
 * A transaction that can only be committed together with its audit events. Repositories take one
 * for every write, and the only way to get one is `AuditLog.run`: there is no unaudited write path.
 */
export interface UnitOfWork {
  readonly trx: Transaction<Database>;
  /** Appends an event to its chain inside this transaction. */
  record(input: AuditInput): Promise<AuditEvent>;
}

/** The audit log of one instance. */
export interface AuditLog {
  /** Runs fn in one transaction with an audit recorder; events commit or roll back with the change. */
  run<T>(fn: (uow: UnitOfWork) => Promise<T>): Promise<T>;
  /** Signs a checkpoint of the chain's current head now (null for an empty chain). */
  checkpoint(chain: string): Promise<AuditCheckpoint | null>;
  /** Events after `afterSeq`, all checkpoints, the server key and the head's seq. */
  read(chain: string, afterSeq: number, limit: number): Promise<AuditChainResponse>;
}

interface Deps {
  readonly db: Db;
  readonly keys: InstanceKeys;
  readonly clock: Clock;
  readonly checkpointEvery: number;
}

/** Creates the audit log: hash-chained appends and Ed25519-signed checkpoints. */
export const createAuditLog = ({ db, keys, clock, checkpointEvery }: Deps): AuditLog => {
  const signHead = async (
    trx: Transaction<Database>,
    chain: string,
    head: { seq: number; hash: string },
  ): Promise<AuditCheckpoint> => {
    const body = { chain, seq: head.seq, hash: head.hash, signedAt: clock().toISOString() };
    const signature = toBase64Url(await sign(keys.signing.privateKey, checkpointMessage(body)));
    const checkpoint = { ...body, signature } as AuditCheckpoint;
    await insertCheckpoint(trx, checkpoint);
    return checkpoint;
  };

  const append = async (trx: Transaction<Database>, input: AuditInput): Promise<AuditEvent> => {
    // Concurrent appends to one chain wait here until the first transaction ends.
    await lockChain(trx, input.chain);
    const head = await chainHead(trx, input.chain);
    const now = clock();
    const body = {
      chain: input.chain,
      seq: (head?.seq ?? 0) + 1,
      at: now.toISOString(),
      actor: input.actor,
      action: input.action,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      data: { ...(input.data ?? {}) },
    };
    const prevHash = head?.hash ?? GENESIS_HASH;
    const hash = await auditEventHash(prevHash, body);
    const event = { ...body, prevHash, hash } as AuditEvent;
    await insertEvent(trx, event, now);
    if (event.seq % checkpointEvery === 0) await signHead(trx, input.chain, event);
    return event;
  };

  return {
    run: (fn) => db.transaction((trx) => fn({ trx, record: (input) => append(trx, input) })),
    checkpoint: (chain) =>
      db.transaction(async (trx) => {
        await lockChain(trx, chain);
        const head = await chainHead(trx, chain);
        if (!head) return null;
        const existing = await trx
          .selectFrom('audit_checkpoints')
          .select('seq')
          .where('chain', '=', chain)
          .where('seq', '=', String(head.seq))
          .executeTakeFirst();
        if (existing) return (await listCheckpoints(trx, chain)).at(-1) ?? null;
        return signHead(trx, chain, head);
      }),
    read: async (chain, afterSeq, limit) => {
      // One after the other: the embedded engine has a single connection anyway.
      const events = await listEvents(db.kysely, chain, afterSeq, limit);
      const checkpoints = await listCheckpoints(db.kysely, chain);
      const head = await chainHead(db.kysely, chain);
      return {
        events,
        checkpoints,
        serverPublicKey: toBase64Url(keys.signing.publicKey),
        headSeq: head?.seq ?? 0,
      } as AuditChainResponse;
    },
  };
};
