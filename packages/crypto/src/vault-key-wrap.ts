import { checkKeyVersion, open, seal } from './envelope';
import { CryptoError } from './errors';
import { openSealedBox, sealToPublicKey } from './sealed-box';
import type { VaultKey } from './types';
import { vaultKeyFromBytes } from './vault-key';

/** The sealed-box context for one version of one vault's key (docs/dev/contracts.md). */
const wrapContext = (vaultId: string, version: number): string =>
  `vigil/v1|vault-key|vault:${vaultId}|kv:${version}`;

/** Seals a vault key to a member's X25519 public key; bound to the vault id and key version. */
export const wrapVaultKey = (
  recipientPublicKey: Uint8Array,
  vaultId: string,
  key: VaultKey,
): Promise<string> =>
  sealToPublicKey(recipientPublicKey, key.bytes, wrapContext(vaultId, key.version));

/**
 * Opens a wrapped vault key. A key wrapped for another vault or version fails with
 * 'decrypt_failed'; a payload that is not 32 bytes is 'bad_format'.
 */
export const unwrapVaultKey = async (
  recipient: { publicKey: Uint8Array; privateKey: Uint8Array },
  vaultId: string,
  version: number,
  wrapped: string,
): Promise<VaultKey> => {
  checkKeyVersion(version);
  const bytes = await openSealedBox(recipient, wrapped, wrapContext(vaultId, version));
  if (bytes.length !== 32)
    throw new CryptoError('bad_format', 'wrapped vault key has a bad length');
  return vaultKeyFromBytes(version, bytes);
};

/** The envelope context of an older vault key kept under the next one (the key chain). */
const chainContext = (vaultId: string, olderVersion: number) => ({
  vaultId,
  kind: 'vault-key-chain',
  recordId: String(olderVersion),
});

/**
 * Seals the previous vault key under the new one at rotation, so that whoever holds the newest
 * key (members who stay, and members invited later) can open every older version, and nobody
 * else. Only the immediately previous version may be chained ('bad_key' otherwise).
 */
export const chainVaultKey = async (
  newer: VaultKey,
  vaultId: string,
  older: VaultKey,
): Promise<string> => {
  if (older.version + 1 !== newer.version) {
    throw new CryptoError('bad_key', 'only the previous key version can be chained');
  }
  return seal(newer, chainContext(vaultId, older.version), older.bytes);
};

/**
 * Opens the vault key of `olderVersion` from its chain envelope under `newer` (its next version).
 * A chain envelope of another vault or version fails with 'decrypt_failed'.
 */
export const unchainVaultKey = async (
  newer: VaultKey,
  vaultId: string,
  olderVersion: number,
  sealed: string,
): Promise<VaultKey> => {
  checkKeyVersion(olderVersion);
  if (olderVersion + 1 !== newer.version) {
    throw new CryptoError('wrong_key_version', 'a chained key opens with the next version only');
  }
  const bytes = await open(newer, chainContext(vaultId, olderVersion), sealed);
  if (bytes.length !== 32)
    throw new CryptoError('bad_format', 'chained vault key has a bad length');
  return vaultKeyFromBytes(olderVersion, bytes);
};
