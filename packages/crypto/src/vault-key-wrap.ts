import { checkKeyVersion } from './envelope';
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
