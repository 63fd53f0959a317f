import type { KdfParams } from '@vigil/core';
import { argon2id } from '#argon2';
import { utf8 } from './encoding';
import { CryptoError } from './errors';
import { hkdf } from './hash';
import type { MasterKey, WrapKey } from './types';

/** Protocol v1 password KDF parameters (SECURITY.md "Key hierarchy"). */
export const DEFAULT_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 65536,
  iterations: 3,
  parallelism: 1,
};

/** Same bounds as kdfParamsSchema: refuse parameters a hostile server could use to weaken or stall us. */
const checkParams = (p: KdfParams): void => {
  const ok =
    p.algorithm === 'argon2id' &&
    Number.isInteger(p.memoryKiB) &&
    p.memoryKiB >= 8 * 1024 &&
    p.memoryKiB <= 1024 * 1024 &&
    Number.isInteger(p.iterations) &&
    p.iterations >= 1 &&
    p.iterations <= 16 &&
    Number.isInteger(p.parallelism) &&
    p.parallelism >= 1 &&
    p.parallelism <= 8;
  if (!ok) throw new CryptoError('bad_format', 'KDF parameters out of range');
};

/**
 * Derives the 32-byte master key from a password with Argon2id. The password is normalised to
 * Unicode NFC first (as RFC 8265 OpaqueString does) so the same password typed on systems that
 * compose characters differently gives the same key. The computation runs off the calling thread:
 * on libuv's thread pool in Node, in a dedicated Web Worker in the browser (`#argon2`, ADR 10).
 * Throws 'bad_format' for bad parameters or a salt under 16 bytes, 'kdf_failed' when the browser's
 * worker fails.
 */
export const deriveMasterKey = async (
  password: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<MasterKey> => {
  checkParams(params);
  if (salt.length < 16) throw new CryptoError('bad_format', 'salt must be at least 16 bytes');
  const passwordBytes = utf8(password.normalize('NFC'));
  try {
    const out = await argon2id({
      password: passwordBytes,
      salt,
      memoryKiB: params.memoryKiB,
      iterations: params.iterations,
      parallelism: params.parallelism,
      hashLength: 32,
    });
    return out as MasterKey;
  } finally {
    passwordBytes.fill(0);
  }
};

/** The auth key sent at login (HKDF-SHA256, info "vigil/v1/auth"); it cannot be turned back into the master key. */
export const deriveAuthKey = (master: MasterKey): Promise<Uint8Array> =>
  hkdf(master, 'vigil/v1/auth');

/** The wrap key that seals the user's private keys (HKDF-SHA256, info "vigil/v1/wrap"). */
export const deriveWrapKey = async (master: MasterKey): Promise<WrapKey> =>
  (await hkdf(master, 'vigil/v1/wrap')) as WrapKey;
