import {
  GENESIS_HASH,
  auditEventBodySchema,
  type AuditCheckpoint,
  type AuditEvent,
  type VaultId,
} from '@vigil/core';
import { auditEventHash, canonicalJson, fromBase64Url, utf8, verifySignature } from '@vigil/crypto';
import type { ClientContext } from './context';
import { ApiError, ClientErrorCode } from './errors';
import type { AuditVerifyResult } from './views';

const PAGE_SIZE = 1000;

interface FetchedChain {
  readonly events: AuditEvent[];
  readonly checkpoints: Map<number, AuditCheckpoint>;
  readonly serverPublicKey: string;
  readonly headSeq: number;
}

/** Fetches a whole chain page by page; the server key must not change between pages. */
const fetchChain = async (ctx: ClientContext, chain: string): Promise<FetchedChain> => {
  const events: AuditEvent[] = [];
  const checkpoints = new Map<number, AuditCheckpoint>();
  let serverPublicKey: string | undefined;
  let headSeq = 0;
  for (;;) {
    const afterSeq = events.at(-1)?.seq ?? 0;
    const page = await ctx.transport.call('auditChain', {
      params: { chain },
      query: { afterSeq, limit: PAGE_SIZE },
    });
    if (serverPublicKey !== undefined && page.serverPublicKey !== serverPublicKey) {
      throw new ApiError(
        200,
        ClientErrorCode.badServerResponse,
        'The server key changed while reading.',
      );
    }
    serverPublicKey = page.serverPublicKey;
    headSeq = Math.max(headSeq, page.headSeq);
    events.push(...page.events);
    for (const checkpoint of page.checkpoints) checkpoints.set(checkpoint.seq, checkpoint);
    const last = events.at(-1)?.seq ?? 0;
    // Stop when we have the head, or when a page brings nothing new (a short chain is a failure
    // verification reports, not a reason to loop).
    if (last >= headSeq || page.events.length === 0 || last <= afterSeq) break;
  }
  return { events, checkpoints, serverPublicKey: serverPublicKey ?? '', headSeq };
};

/** Checks one checkpoint's signature and that it names the event we hold at its seq. */
const checkpointProblem = async (
  checkpoint: AuditCheckpoint,
  chain: string,
  event: AuditEvent | undefined,
  serverKey: Uint8Array,
): Promise<string | null> => {
  const statement = {
    chain: checkpoint.chain,
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    signedAt: checkpoint.signedAt,
  };
  const valid = await verifySignature(
    serverKey,
    utf8(canonicalJson(statement)),
    fromBase64Url(checkpoint.signature),
  );
  if (!valid) return 'checkpoint signature is invalid';
  if (checkpoint.chain !== chain) return 'checkpoint belongs to another chain';
  if (event === undefined) return 'checkpoint names an event the chain does not have';
  if (event.hash !== checkpoint.hash) return 'event does not match the signed checkpoint';
  return null;
};

/** Walks the chain from genesis: seq continuity, links, hashes and checkpoints, first failure wins. */
const verifyEvents = async (chain: string, fetched: FetchedChain): Promise<AuditVerifyResult> => {
  const serverKey = fromBase64Url(fetched.serverPublicKey);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const event of fetched.events) {
    if (event.seq !== expectedSeq)
      return { ok: false, seq: expectedSeq, reason: 'event is missing' };
    if (event.chain !== chain)
      return { ok: false, seq: event.seq, reason: 'event belongs to another chain' };
    if (event.prevHash !== prevHash) {
      return { ok: false, seq: event.seq, reason: 'previous-hash link is broken' };
    }
    // Hash exactly the schema's body fields: extra fields in an answer cannot change the result.
    const body = auditEventBodySchema.parse(event);
    if ((await auditEventHash(prevHash, body)) !== event.hash) {
      return { ok: false, seq: event.seq, reason: 'event content does not match its hash' };
    }
    const checkpoint = fetched.checkpoints.get(event.seq);
    if (checkpoint !== undefined) {
      const problem = await checkpointProblem(checkpoint, chain, event, serverKey);
      if (problem !== null) return { ok: false, seq: event.seq, reason: problem };
    }
    prevHash = event.hash;
    expectedSeq += 1;
  }
  if (expectedSeq - 1 < fetched.headSeq) {
    return { ok: false, seq: expectedSeq, reason: 'event is missing' };
  }
  for (const checkpoint of fetched.checkpoints.values()) {
    if (checkpoint.seq >= expectedSeq) {
      return {
        ok: false,
        seq: checkpoint.seq,
        reason: 'checkpoint names an event the chain does not have',
      };
    }
  }
  return { ok: true, events: fetched.events.length, head: prevHash };
};

/**
 * Verifies a chain end to end and compares it with the head this client verified last time: if
 * that head is no longer in the chain, the server rewrote history (a fork, SECURITY.md T6).
 */
export const verifyAuditChain = async (
  ctx: ClientContext,
  chain: 'instance' | VaultId,
): Promise<AuditVerifyResult> => {
  const fetched = await fetchChain(ctx, chain);
  const result = await verifyEvents(chain, fetched);
  if (!result.ok) return result;
  const key = `${ctx.serverLabel}|${chain}`;
  const known = await ctx.auditHeads.get(key);
  if (known !== undefined && known.seq > 0) {
    const event = fetched.events[known.seq - 1];
    if (event === undefined || event.hash !== known.hash) {
      return {
        ok: false,
        seq: known.seq,
        reason: 'fork: the chain no longer contains the head verified before',
      };
    }
  }
  await ctx.auditHeads.set(key, { seq: fetched.events.length, hash: result.head });
  return result;
};
