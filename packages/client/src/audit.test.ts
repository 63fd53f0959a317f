import {
  GENESIS_HASH,
  type AccountId,
  type AuditCheckpoint,
  type AuditEvent,
  type AuditEventBody,
  type VaultId,
} from '@vigil/core';
import {
  auditEventHash,
  canonicalJson,
  generateSigningKeyPair,
  sign,
  toBase64Url,
  utf8,
} from '@vigil/crypto';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from './audit';
import { createMemoryAuditHeadStore, type AuditHeadStore } from './audit-heads';
import type { ClientContext } from './context';
import { KeyStore } from './keystore';
import { createTransport } from './transport';

const chain = '01936b2c-7f00-7000-8000-00000000000a' as VaultId;
const actor = '01936b2c-7f00-7000-8000-00000000000b' as AccountId;

interface Server {
  events: AuditEvent[];
  checkpoints: AuditCheckpoint[];
  publicKey: string;
  /** Events per page, to exercise paging. */
  pageSize: number;
  /** Overrides the reported head; defaults to the last event. */
  headSeq?: number;
}

/** Builds a correctly linked chain of `n` events. */
const buildEvents = async (n: number, dataOf = (seq: number) => ({ n: seq })) => {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const body: AuditEventBody = {
      chain,
      seq,
      at: `2026-01-01T00:00:0${seq % 10}.000Z`,
      actor,
      action: 'vault.created',
      subjectType: 'vault',
      subjectId: chain,
      data: dataOf(seq),
    };
    const hash = await auditEventHash(prevHash, body);
    events.push({ ...body, prevHash, hash });
    prevHash = hash;
  }
  return events;
};

/** Signs a checkpoint of `event` the way the server does. */
const checkpointOf = async (
  privateKey: Uint8Array,
  event: AuditEvent,
): Promise<AuditCheckpoint> => {
  const statement = {
    chain: event.chain,
    seq: event.seq,
    hash: event.hash,
    signedAt: '2026-01-02T00:00:00.000Z',
  };
  const signature = toBase64Url(await sign(privateKey, utf8(canonicalJson(statement))));
  return { ...statement, signature } as AuditCheckpoint;
};

/** A client context whose fetch serves the audit route from `server`. */
const contextFor = (server: Server, auditHeads: AuditHeadStore = createMemoryAuditHeadStore()) => {
  const fetchImpl: typeof fetch = async (input) => {
    const url = new URL(String(input));
    const afterSeq = Number(url.searchParams.get('afterSeq'));
    const events = server.events.filter((e) => e.seq > afterSeq).slice(0, server.pageSize);
    const last = events.at(-1)?.seq ?? afterSeq;
    const page = {
      events,
      checkpoints: server.checkpoints.filter((c) => c.seq > afterSeq && c.seq <= last),
      serverPublicKey: server.publicKey,
      headSeq: server.headSeq ?? server.events.at(-1)?.seq ?? 0,
    };
    return new Response(JSON.stringify(page), { status: 200 });
  };
  const ctx: ClientContext = {
    transport: createTransport({
      baseUrl: 'http://server',
      mode: 'cli',
      token: 't',
      fetch: fetchImpl,
    }),
    keys: new KeyStore(),
    kdf: { algorithm: 'argon2id', memoryKiB: 8192, iterations: 1, parallelism: 1 },
    auditHeads,
    serverLabel: 'http://server',
    observe: () => undefined,
    account: null,
  };
  return ctx;
};

const setup = async (n = 5) => {
  const keys = await generateSigningKeyPair();
  const events = await buildEvents(n);
  const server: Server = {
    events,
    checkpoints: n >= 3 ? [await checkpointOf(keys.privateKey, events[2] as AuditEvent)] : [],
    publicKey: toBase64Url(keys.publicKey),
    pageSize: 2,
  };
  return { keys, server };
};

describe('audit.verify', () => {
  it('accepts an intact chain read over several pages and reports its head', async () => {
    const { server } = await setup();
    const result = await verifyAuditChain(contextFor(server), chain);
    expect(result).toEqual({ ok: true, events: 5, head: server.events[4]?.hash });
  });

  it('accepts an empty chain with the genesis hash as head', async () => {
    const { server } = await setup(0);
    expect(await verifyAuditChain(contextFor(server), chain)).toEqual({
      ok: true,
      events: 0,
      head: GENESIS_HASH,
    });
  });

  it('names the event whose content was altered after hashing', async () => {
    const { server } = await setup();
    const target = server.events[3] as AuditEvent;
    server.events[3] = { ...target, data: { n: 99 } };
    expect(await verifyAuditChain(contextFor(server), chain)).toMatchObject({ ok: false, seq: 4 });
  });

  it('names the first event whose previous-hash link is broken', async () => {
    const { server } = await setup();
    const rewritten = await buildEvents(5, (seq) => ({ n: seq === 2 ? 7 : seq }));
    // Events 2..5 replaced by a consistent rewrite: event 2's prevHash still matches, its hash
    // differs from the original, so event 3 of the original no longer links.
    server.events = [server.events[0], rewritten[1], ...server.events.slice(2)] as AuditEvent[];
    expect(await verifyAuditChain(contextFor(server), chain)).toMatchObject({ ok: false, seq: 3 });
  });

  it('names a missing event', async () => {
    const { server } = await setup();
    server.events = server.events.filter((e) => e.seq !== 2);
    expect(await verifyAuditChain(contextFor(server), chain)).toMatchObject({ ok: false, seq: 2 });
  });

  it('names the first missing event when the chain ends before the reported head', async () => {
    const { server } = await setup();
    server.headSeq = 7;
    expect(await verifyAuditChain(contextFor(server), chain)).toMatchObject({ ok: false, seq: 6 });
  });

  it('refuses a checkpoint with a forged signature', async () => {
    const { server } = await setup();
    const other = await generateSigningKeyPair();
    server.checkpoints = [await checkpointOf(other.privateKey, server.events[2] as AuditEvent)];
    expect(await verifyAuditChain(contextFor(server), chain)).toMatchObject({ ok: false, seq: 3 });
  });

  it('refuses a correctly rehashed rewrite that contradicts a signed checkpoint', async () => {
    const { server } = await setup();
    server.events = await buildEvents(5, (seq) => ({ n: seq === 2 ? 7 : seq }));
    expect(await verifyAuditChain(contextFor(server), chain)).toMatchObject({ ok: false, seq: 3 });
  });

  it('reports a fork when a later chain no longer contains the head verified before', async () => {
    const { server } = await setup();
    server.checkpoints = [];
    const heads = createMemoryAuditHeadStore();
    expect((await verifyAuditChain(contextFor(server, heads), chain)).ok).toBe(true);
    server.events = await buildEvents(6, (seq) => ({ n: seq === 4 ? 0 : seq }));
    const result = await verifyAuditChain(contextFor(server, heads), chain);
    expect(result).toMatchObject({ ok: false, seq: 5 });
    expect(result.ok === false && result.reason).toMatch(/fork/);
  });

  it('accepts a chain that grew past the head verified before', async () => {
    const { server } = await setup();
    const heads = createMemoryAuditHeadStore();
    await verifyAuditChain(contextFor(server, heads), chain);
    server.events = await buildEvents(8);
    expect(await verifyAuditChain(contextFor(server, heads), chain)).toMatchObject({
      ok: true,
      events: 8,
    });
    expect(await heads.get(`http://server|${chain}`)).toEqual({
      seq: 8,
      hash: server.events[7]?.hash,
    });
  });
});
