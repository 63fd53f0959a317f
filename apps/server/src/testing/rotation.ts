// Test-only: vault key rotations built the way an admin's client builds them.
import { memberListResponseSchema, vaultSummarySchema } from '@vigil/core';
import {
  chainVaultKey,
  fromBase64Url,
  generateVaultKey,
  seal,
  utf8,
  wrapVaultKey,
} from '@vigil/crypto';
import type { FastifyInstance } from 'fastify';
import { call, expectStatus, type TestSession, type TestVault } from './fixture';

/** The body of the next rotation of `vault` (every current member gets the new key). */
export const rotationFor = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
): Promise<{ body: Record<string, unknown>; vault: TestVault }> => {
  const res = await call(app, 'GET', `/api/vaults/${vault.id}/members`, { session });
  const { members } = memberListResponseSchema.parse(res.json());
  const next = generateVaultKey(vault.key.version + 1);
  const sealUnder = (kind: string, recordId: string, text: string) =>
    seal(next, { vaultId: vault.id, kind, recordId }, utf8(text));
  return {
    body: {
      keyVersion: next.version,
      name: await sealUnder('vault', vault.id, 'Case files'),
      previousKey: await chainVaultKey(next, vault.id, vault.key),
      members: await Promise.all(
        members.map(async (m) => ({
          accountId: m.accountId,
          wrappedKey: await wrapVaultKey(fromBase64Url(m.encryptionPublicKey), vault.id, next),
          profile: await sealUnder('member', m.accountId, `member ${m.accountId}`),
        })),
      ),
    },
    vault: { id: vault.id, key: next },
  };
};

/** Rotates through the API (expects success) and answers the vault with its new key. */
export const rotate = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
): Promise<TestVault> => {
  const { body, vault: rotated } = await rotationFor(app, session, vault);
  expectStatus(await call(app, 'POST', `/api/vaults/${vault.id}/rotate`, { session, body }), 200);
  return rotated;
};

/** Whether the vault waits for a rotation, and its current key version, as the server says. */
export const keyState = async (
  app: FastifyInstance,
  session: TestSession,
  vaultId: string,
): Promise<{ keyVersion: number; rotationRequired: boolean }> => {
  const summary = vaultSummarySchema.parse(
    (await call(app, 'GET', `/api/vaults/${vaultId}`, { session })).json(),
  );
  return { keyVersion: summary.keyVersion, rotationRequired: summary.rotationRequired };
};
