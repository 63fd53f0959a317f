import type { KdfParams } from '@vigil/core';
import { hmacSha256, sha256Hex, toBase64Url, toHex } from '@vigil/crypto';
import type { InstanceKeys } from '../../instance/keys';

/** KDF parameters handed out for addresses without an account (SECURITY.md defaults). */
export const defaultKdf: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 65536,
  iterations: 3,
  parallelism: 1,
};

/** The keyed hash under which an (already normalised) e-mail address is stored. */
export const emailHash = async (keys: InstanceKeys, email: string): Promise<string> =>
  toHex(await hmacSha256(keys.emailKey, `vigil/v1/email|${email}`));

/**
 * A salt for an address with no account: the same every time for the same address, and
 * indistinguishable from a real random salt, so pre-login does not reveal who has an account.
 */
export const fakeSalt = async (keys: InstanceKeys, email: string): Promise<string> =>
  toBase64Url((await hmacSha256(keys.emailKey, `vigil/v1/prelogin-salt|${email}`)).slice(0, 16));

/** How recovery codes and session tokens are stored: SHA-256 hex of the normalised value. */
export const storedHash = (value: string): Promise<string> => sha256Hex(value.trim().toLowerCase());
