import { describe, expect, it } from 'vitest';
import { toHex } from './encoding';
import { DEFAULT_KDF, deriveAuthKey, deriveMasterKey, deriveWrapKey } from './kdf';
import { expectCryptoError } from './test-support';
import type { MasterKey } from './types';

const salt = Uint8Array.from({ length: 16 }, (_, i) => i);

describe('password KDF and account keys', () => {
  it('derives master, auth and wrap keys equal to an independent implementation', async () => {
    // Reference values from pyca/cryptography (test-vectors/reference.py), Argon2id m=64 MiB t=3 p=1.
    const master = await deriveMasterKey('correct horse battery staple', salt, DEFAULT_KDF);
    expect(toHex(master)).toBe('0d1a3c6523c8f06e4e0af9c515aa5b5448cfebd6838f2d52c3d8b6ef8ddc3c2e');
    expect(toHex(await deriveAuthKey(master))).toBe(
      '3676856d25da1bd7039ec3c9539d6c28d21cb510411dc83e9c52aa1fef6354f3',
    );
    expect(toHex(await deriveWrapKey(master))).toBe(
      '47e8a0efaeee6352fc7e0200baa520ead553ac8fd45f75a46b3f2a206c26f7fd',
    );
  });

  it('gives the same key for composed and decomposed spellings of a password', async () => {
    const light = { ...DEFAULT_KDF, memoryKiB: 8192, iterations: 1 };
    const composed = await deriveMasterKey('пароль-й-é', salt, light);
    const decomposed = await deriveMasterKey('пароль-й-é'.normalize('NFD'), salt, light);
    expect(toHex(decomposed)).toBe(toHex(composed));
    expect(toHex(await deriveMasterKey('пароль-и-é', salt, light))).not.toBe(toHex(composed));
  });

  it('keeps auth and wrap keys apart from each other and from the master key', async () => {
    const master = new Uint8Array(32).fill(9) as MasterKey;
    const auth = toHex(await deriveAuthKey(master));
    const wrap = toHex(await deriveWrapKey(master));
    expect(new Set([auth, wrap, toHex(master)]).size).toBe(3);
  });

  it('refuses weak or absurd parameters and short salts with bad_format', async () => {
    const bad = [
      { ...DEFAULT_KDF, memoryKiB: 1024 },
      { ...DEFAULT_KDF, memoryKiB: 4 * 1024 * 1024 },
      { ...DEFAULT_KDF, iterations: 0 },
      { ...DEFAULT_KDF, parallelism: 9 },
      { ...DEFAULT_KDF, iterations: 1.5 },
    ];
    for (const params of bad) {
      await expectCryptoError(deriveMasterKey('pw', salt, params), ['bad_format']);
    }
    await expectCryptoError(deriveMasterKey('pw', salt.subarray(0, 15), DEFAULT_KDF), [
      'bad_format',
    ]);
  });
});
