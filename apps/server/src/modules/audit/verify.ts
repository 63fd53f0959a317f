import {
  GENESIS_HASH,
  type AuditCheckpoint,
  type AuditEvent,
  type AuditEventBody,
} from '@vigil/core';
import { auditEventHash, canonicalJson, fromBase64Url, utf8, verifySignature } from '@vigil/crypto';

/** The outcome of checking a chain: either all good, or the first event (by seq) that is not. */
export type ChainVerdict =
  | { readonly ok: true; readonly events: number; readonly head: string }
  | { readonly ok: false; readonly seq: number; readonly reason: string };

/** Exactly the hashed fields of an event (auditEventBodySchema), nothing else. */
export const eventBody = (event: AuditEvent): AuditEventBody => ({
  chain: event.chain,
  seq: event.seq,
  at: event.at,
  actor: event.actor,
  action: event.action,
  subjectType: event.subjectType,
  subjectId: event.subjectId,
  data: event.data,
});

/** The bytes a checkpoint signature covers: canonical JSON of { chain, seq, hash, signedAt }. */
export const checkpointMessage = (
  c: Pick<AuditCheckpoint, 'chain' | 'seq' | 'hash' | 'signedAt'>,
) => utf8(canonicalJson({ chain: c.chain, seq: c.seq, hash: c.hash, signedAt: c.signedAt }));

/**
 * Verifies a chain from its first event: sequence numbers without gaps, each prevHash equal to the
 * previous hash, each hash recomputed from the body, and every checkpoint signed by `serverKey` and
 * naming the hash the chain really has at that seq. Pure: no database, so the CLI can run the same.
 */
export const verifyChain = async (
  events: readonly AuditEvent[],
  checkpoints: readonly AuditCheckpoint[],
  serverKey: Uint8Array,
): Promise<ChainVerdict> => {
  let prev = GENESIS_HASH;
  const hashes = new Map<number, string>();
  for (const [index, event] of events.entries()) {
    const expectedSeq = index + 1;
    if (event.seq !== expectedSeq)
      return { ok: false, seq: expectedSeq, reason: 'gap in sequence' };
    if (event.prevHash !== prev) return { ok: false, seq: event.seq, reason: 'broken link' };
    const hash = await auditEventHash(prev, eventBody(event));
    if (hash !== event.hash) return { ok: false, seq: event.seq, reason: 'hash mismatch' };
    hashes.set(event.seq, hash);
    prev = hash;
  }
  for (const checkpoint of checkpoints) {
    const signed = await verifySignature(
      serverKey,
      checkpointMessage(checkpoint),
      fromBase64Url(checkpoint.signature),
    ).catch(() => false);
    if (!signed) return { ok: false, seq: checkpoint.seq, reason: 'bad checkpoint signature' };
    const actual = hashes.get(checkpoint.seq);
    if (actual !== undefined && actual !== checkpoint.hash) {
      return { ok: false, seq: checkpoint.seq, reason: 'checkpoint does not match the chain' };
    }
  }
  return { ok: true, events: events.length, head: prev };
};
