import { toHex, utf8 } from './encoding';
import { symmetric } from '#symmetric';
import { buf, subtle } from './webcrypto';

/** SHA-256 digest (32 bytes). */
export const sha256 = async (data: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await subtle.digest('SHA-256', buf(data)));

/** SHA-256 as lower-case hex; a string argument is hashed as its UTF-8 bytes. */
export const sha256Hex = async (data: Uint8Array | string): Promise<string> =>
  toHex(await sha256(typeof data === 'string' ? utf8(data) : data));

/** HMAC-SHA256 (32 bytes); a string message is taken as its UTF-8 bytes. Empty keys are refused. */
export const hmacSha256 = (key: Uint8Array, data: Uint8Array | string): Promise<Uint8Array> =>
  symmetric.hmacSha256(key, typeof data === 'string' ? utf8(data) : data);

/**
 * Compares two byte strings in time that depends only on their lengths (lengths are not secret
 * here: every compared value has a fixed public size).
 */
export const constantTimeEqual = (a: Uint8Array, b: Uint8Array): boolean => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
};

/** HKDF-SHA256 (RFC 5869) over raw bytes; `length` in bytes. */
export const hkdfBytes = (
  ikm: Uint8Array,
  salt: Uint8Array,
  info: Uint8Array,
  length: number,
): Promise<Uint8Array> => symmetric.hkdfBytes(ikm, salt, info, length);

/**
 * HKDF-SHA256 to a 32-byte key with an empty salt (every input is already a uniformly random key,
 * RFC 5869 §3.1) and a UTF-8 label that names the key's single purpose.
 */
export const hkdf = (
  ikm: Uint8Array,
  info: string,
  salt: Uint8Array = new Uint8Array(0),
): Promise<Uint8Array> => hkdfBytes(ikm, salt, utf8(info), 32);
