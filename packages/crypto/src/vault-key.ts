import { checkKeyVersion } from './envelope';
import { CryptoError } from './errors';
import { randomBytes } from './random';
import type { VaultKey } from './types';

/** Wraps checked bytes as a VaultKey (the only place the brand is applied). */
export const vaultKeyFromBytes = (version: number, bytes: Uint8Array): VaultKey => {
  checkKeyVersion(version);
  if (bytes.length !== 32) throw new CryptoError('bad_key', 'vault key must be 32 bytes');
  return Object.freeze({ version, bytes: bytes.slice() }) as VaultKey;
};

/** A new random 32-byte vault key with the given version (1 for a new vault, n+1 on rotation). */
export const generateVaultKey = (version = 1): VaultKey =>
  vaultKeyFromBytes(version, randomBytes(32));
