import { argon2id } from '#argon2';
import { fromBase64, toBase64 } from './encoding';
import { CryptoError } from './errors';
import { constantTimeEqual } from './hash';
import { randomBytes } from './random';

/**
 * Server-side cost for hashing auth keys. The input is a 32-byte random key, not a password, so
 * the slow hash only has to make a leaked table useless for logging in elsewhere; these are the
 * OWASP minimum Argon2id parameters, about 30 ms per login.
 */
export const AUTH_HASH_PARAMS = { memoryKiB: 19456, iterations: 2, parallelism: 1 } as const;

const phcPattern =
  /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{22,})\$([A-Za-z0-9+/]{43,})$/;

/** Hashes an auth key with Argon2id and a fresh 16-byte salt; the PHC string records the parameters. */
export const hashAuthKey = async (authKey: Uint8Array): Promise<string> => {
  const { memoryKiB, iterations, parallelism } = AUTH_HASH_PARAMS;
  const salt = randomBytes(16);
  const hash = await argon2id({
    password: authKey,
    salt,
    memoryKiB,
    iterations,
    parallelism,
    hashLength: 32,
  });
  return `$argon2id$v=19$m=${memoryKiB},t=${iterations},p=${parallelism}$${toBase64(salt)}$${toBase64(hash)}`;
};

/**
 * Checks an auth key against a stored PHC string, comparing digests in constant time. A malformed
 * or out-of-range PHC string is a server fault, not a wrong key: it throws CryptoError 'bad_format'.
 */
export const verifyAuthKey = async (authKey: Uint8Array, phc: string): Promise<boolean> => {
  const m = phcPattern.exec(phc);
  if (!m) throw new CryptoError('bad_format', 'unrecognised password hash');
  const memorySize = Number(m[1]);
  const iterations = Number(m[2]);
  const parallelism = Number(m[3]);
  // Bounds stop a tampered row from turning a login into a memory or CPU bomb.
  if (
    memorySize < 8 * parallelism ||
    memorySize > 1048576 ||
    iterations < 1 ||
    iterations > 16 ||
    parallelism < 1 ||
    parallelism > 8
  ) {
    throw new CryptoError('bad_format', 'password hash parameters out of range');
  }
  const salt = fromBase64(m[4] as string);
  const expected = fromBase64(m[5] as string);
  if (salt.length < 16 || expected.length < 32 || expected.length > 64) {
    throw new CryptoError('bad_format', 'password hash has bad lengths');
  }
  const actual = await argon2id({
    password: authKey,
    salt,
    memoryKiB: memorySize,
    iterations,
    parallelism,
    hashLength: expected.length,
  });
  return constantTimeEqual(actual, expected);
};
