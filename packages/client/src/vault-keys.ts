import type { VaultId, VaultSummary } from '@vigil/core';
import { isCryptoError, unchainVaultKey, unwrapVaultKey, type VaultKey } from '@vigil/crypto';
import type { ClientContext } from './context';
import { ApiError, ClientErrorCode } from './errors';

/**
 * The keyring of a vault, opening the member's wrapped key from a summary when this version is
 * not cached yet. Invitations work too: the key was wrapped to our public key when inviting.
 */
export const keyringFor = async (
  ctx: ClientContext,
  summary: VaultSummary,
): Promise<ReadonlyMap<number, VaultKey>> => {
  const cached = ctx.keys.vaultKeyring(summary.id);
  if (!cached.has(summary.wrappedKeyVersion)) {
    const own = ctx.keys.userKeys();
    let key: VaultKey;
    try {
      key = await unwrapVaultKey(
        own.encryption,
        summary.id,
        summary.wrappedKeyVersion,
        summary.wrappedKey,
      );
    } catch (error) {
      if (isCryptoError(error)) {
        throw new ApiError(0, ClientErrorCode.decryptFailed, 'The vault key did not open.');
      }
      throw error;
    }
    ctx.observe('vault-key', key.bytes);
    ctx.keys.addVaultKey(summary.id, key);
  }
  await openKeyChain(ctx, summary);
  return ctx.keys.vaultKeyring(summary.id);
};

/**
 * Opens the older keys of a vault from its key chain, newest first: each is sealed under the
 * next version, so the newest key opens them all (members invited after a rotation too).
 */
const openKeyChain = async (ctx: ClientContext, summary: VaultSummary): Promise<void> => {
  for (const link of summary.keyChain) {
    const ring = ctx.keys.vaultKeyring(summary.id);
    if (ring.has(link.keyVersion)) continue;
    const newer = ring.get(link.keyVersion + 1);
    if (newer === undefined) return; // a gap: older records of this vault stay closed
    let older: VaultKey;
    try {
      older = await unchainVaultKey(newer, summary.id, link.keyVersion, link.sealed);
    } catch (error) {
      if (isCryptoError(error)) {
        throw new ApiError(0, ClientErrorCode.decryptFailed, 'An older vault key did not open.');
      }
      throw error;
    }
    ctx.observe('vault-key', older.bytes);
    ctx.keys.addVaultKey(summary.id, older);
  }
};

/** The key of the vault's current version, needed to seal anything new in it. */
export const currentKeyFor = async (
  ctx: ClientContext,
  summary: VaultSummary,
): Promise<VaultKey> => {
  const key = (await keyringFor(ctx, summary)).get(summary.keyVersion);
  if (key === undefined) {
    throw new ApiError(0, 'stale_key_version', 'This member does not hold the current vault key.');
  }
  return key;
};

/** Keyring of a vault by id, fetching the member's summary only when nothing is cached. */
export const keyringById = async (
  ctx: ClientContext,
  vaultId: VaultId,
  versions: readonly number[],
): Promise<ReadonlyMap<number, VaultKey>> => {
  const cached = ctx.keys.vaultKeyring(vaultId);
  ctx.keys.userKeys();
  if (versions.every((v) => cached.has(v))) return cached;
  return keyringFor(ctx, await ctx.transport.call('vaultGet', { params: { vaultId } }));
};
