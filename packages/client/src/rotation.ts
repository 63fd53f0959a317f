import type { VaultId } from '@vigil/core';
import { chainVaultKey, fromBase64Url, generateVaultKey, wrapVaultKey } from '@vigil/crypto';
import type { ClientContext } from './context';
import { ApiError } from './errors';
import {
  RecordKind,
  memberProfilePayloadSchema,
  openPayload,
  sealPayload,
  vaultNamePayloadSchema,
} from './payloads';
import { keyringFor } from './vault-keys';

/**
 * Makes the vault's next key (SECURITY.md "Vault life cycle"): wraps it for every member still
 * in the vault (invitations too), seals the vault name and each profile again under it, and seals
 * the current key under it for the key chain. Only owners and admins may; after a removal the
 * vault accepts nothing new until this is done. Answers the new key version.
 */
export const rotateVaultKey = async (ctx: ClientContext, vaultId: VaultId): Promise<number> => {
  ctx.keys.userKeys();
  const summary = await ctx.transport.call('vaultGet', { params: { vaultId } });
  const ring = await keyringFor(ctx, summary);
  const current = ring.get(summary.keyVersion);
  if (current === undefined) {
    throw new ApiError(0, 'stale_key_version', 'This member does not hold the current vault key.');
  }
  const { members } = await ctx.transport.call('memberList', { params: { vaultId } });
  const { name } = await openPayload(
    vaultNamePayloadSchema,
    ring,
    { vaultId, kind: RecordKind.vault, recordId: vaultId },
    summary.name,
  );
  const next = generateVaultKey(current.version + 1);
  ctx.observe('vault-key', next.bytes);
  const sealedMembers = [];
  for (const member of members) {
    const ctxOf = { vaultId, kind: RecordKind.member, recordId: member.accountId };
    const profile = await openPayload(memberProfilePayloadSchema, ring, ctxOf, member.profile);
    sealedMembers.push({
      accountId: member.accountId,
      wrappedKey: await wrapVaultKey(fromBase64Url(member.encryptionPublicKey), vaultId, next),
      profile: await sealPayload(memberProfilePayloadSchema, next, ctxOf, profile),
    });
  }
  const body = {
    keyVersion: next.version,
    name: await sealPayload(
      vaultNamePayloadSchema,
      next,
      { vaultId, kind: RecordKind.vault, recordId: vaultId },
      { name },
    ),
    previousKey: await chainVaultKey(next, vaultId, current),
    members: sealedMembers,
  };
  await ctx.transport.call('vaultRotate', { params: { vaultId }, body });
  ctx.keys.addVaultKey(vaultId, next);
  return next.version;
};
