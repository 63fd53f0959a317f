// Test-only: evidence uploads the way a client makes them, with opaque bytes standing in for the
// ciphertext (the server never opens it) and custody entries whose sealed part is a real envelope.
import { CUSTODY_GENESIS, PART_SHA256_HEADER } from '@vigil/core';
import { randomBytes, seal, sha256Hex, utf8, uuidv7 } from '@vigil/crypto';
import type { FastifyInstance } from 'fastify';
import { call, expectStatus, type TestSession, type TestVault } from '../../testing/fixture';

export const PART = 64 * 1024;

export { sha256Hex };

/** A sealed stand-in for the item's metadata or a signed custody event. */
export const sealedFor = (vault: TestVault, id: string, what: string): Promise<string> =>
  seal(vault.key, { vaultId: vault.id, kind: 'evidence', recordId: id }, utf8(what));

export const startBody = async (
  vault: TestVault,
  o: { id?: string; size?: number; links?: string[]; derivedFrom?: string } = {},
) => {
  const id = o.id ?? uuidv7();
  return {
    id,
    kind: 'photo',
    size: o.size ?? 3 * PART + 100,
    partSize: PART,
    sealed: await sealedFor(vault, id, 'metadata'),
    keyVersion: vault.key.version,
    links: o.links ?? [],
    ...(o.derivedFrom === undefined ? {} : { derivedFrom: o.derivedFrom }),
  };
};

/** A custody entry at `seq` after `prev` (a random hash stands for the signed event's). */
export const custodyEntry = async (
  vault: TestVault,
  id: string,
  o: { seq?: number; prev?: string; action?: string } = {},
) => {
  const seq = o.seq ?? 0;
  return {
    seq,
    action: o.action ?? (seq === 0 ? 'intake' : 'view'),
    prev: o.prev ?? CUSTODY_GENESIS,
    hash: await sha256Hex(randomBytes(32)),
    sealed: await sealedFor(vault, id, `custody ${seq}`),
    keyVersion: vault.key.version,
  };
};

export const partUrl = (vault: TestVault, id: string, index: number) =>
  `/api/vaults/${vault.id}/evidence/${id}/parts/${index}`;

/** Sends one part as raw bytes with its hash. */
export const putPart = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
  id: string,
  index: number,
  bytes: Uint8Array,
  sha256?: string,
) =>
  call(app, 'PUT', partUrl(vault, id, index), {
    session,
    body: Buffer.from(bytes),
    headers: {
      'content-type': 'application/octet-stream',
      [PART_SHA256_HEADER]: sha256 ?? (await sha256Hex(bytes)),
    },
  });

/** The parts of `bytes` cut at PART. */
export const partsOf = (bytes: Uint8Array): Uint8Array[] => {
  const out: Uint8Array[] = [];
  for (let i = 0; i < Math.max(1, bytes.length); i += PART) out.push(bytes.subarray(i, i + PART));
  return out;
};

/** Uploads `bytes` as a new stored item (start, every part, complete); returns its id. */
export const storeEvidence = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
  o: { bytes?: Uint8Array; links?: string[] } = {},
): Promise<{ id: string; bytes: Uint8Array; intakeHash: string }> => {
  const bytes = o.bytes ?? randomBytes(2 * PART + 10);
  const body = await startBody(vault, {
    size: bytes.length,
    ...(o.links === undefined ? {} : { links: o.links }),
  });
  expectStatus(await call(app, 'POST', `/api/vaults/${vault.id}/evidence`, { session, body }), 201);
  for (const [i, part] of partsOf(bytes).entries()) {
    expectStatus(await putPart(app, session, vault, body.id, i, part), 200);
  }
  const intake = await custodyEntry(vault, body.id);
  expectStatus(
    await call(app, 'POST', `/api/vaults/${vault.id}/evidence/${body.id}/complete`, {
      session,
      body: { intake },
    }),
    200,
  );
  return { id: body.id, bytes, intakeHash: intake.hash };
};
