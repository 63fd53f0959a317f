import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { hashAuthKey, verifyAuthKey } from './auth-hash';
import { CryptoError } from './errors';
import { randomBytes } from './random';

describe('auth key hashing', () => {
  it('matches the Argon2 reference implementation test vector (argon2id, t=2, m=64 MiB, p=1)', async () => {
    // From the phc-winner-argon2 test suite (src/test.c), version 0x13.
    const hex = await argon2id({
      password: 'password',
      salt: 'somesalt',
      iterations: 2,
      memorySize: 65536,
      parallelism: 1,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(hex).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('refuses a PHC string whose salt is shorter than 16 bytes, even a valid reference hash', async () => {
    // The reference vector's salt "somesalt" is 8 bytes: below what we ever store.
    const phc =
      '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';
    await expect(verifyAuthKey(new TextEncoder().encode('password'), phc)).rejects.toMatchObject({
      code: 'bad_format',
    });
  });

  it('verifies the right key and rejects a wrong one', async () => {
    const key = randomBytes(32);
    const phc = await hashAuthKey(key);
    expect(phc).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    expect(await verifyAuthKey(key, phc)).toBe(true);
    const other = key.slice();
    other[31] = (other[31] as number) ^ 1;
    expect(await verifyAuthKey(other, phc)).toBe(false);
  });

  it('uses a fresh salt each time so equal keys give different hashes', async () => {
    const key = randomBytes(32);
    expect(await hashAuthKey(key)).not.toBe(await hashAuthKey(key));
  });

  it('refuses malformed or out-of-range PHC strings with bad_format', async () => {
    const phc = await hashAuthKey(randomBytes(32));
    for (const bad of [
      '',
      phc.replace('argon2id', 'argon2i'),
      phc.replace('m=19456', 'm=99999999'),
      phc.replace('t=2', 't=99'),
      phc.slice(0, -10),
    ]) {
      await expect(verifyAuthKey(randomBytes(32), bad)).rejects.toBeInstanceOf(CryptoError);
    }
  });
});
