import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from './encoding';
import { argon2id as nativeArgon2id } from './argon2-native';
import type { Argon2idInput } from './argon2-types';
import { argon2id as wasmArgon2id } from './argon2-wasm';

// RFC 9106 test vectors need a secret and associated data, which Vigil never uses; this one is
// from the reference implementation's CLI (phc-winner-argon2, `argon2 somesalt -id -t 2 -m 16
// -p 1 -l 32` on "password"), the vector most libraries check against.
const reference: Argon2idInput = {
  password: utf8('password'),
  salt: utf8('somesalt'),
  memoryKiB: 65536,
  iterations: 2,
  parallelism: 1,
  hashLength: 32,
};
const referenceHex = '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7';

describe('Argon2id in both implementations', () => {
  it('gives the reference output natively (Node) and in WebAssembly (browser)', async () => {
    expect(toHex(await nativeArgon2id(reference))).toBe(referenceHex);
    expect(toHex(await wasmArgon2id(reference))).toBe(referenceHex);
  });

  it('agrees bit for bit on random passwords, salts and parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        // hash-wasm refuses an empty password; Vigil never hashes one.
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.uint8Array({ minLength: 16, maxLength: 32 }),
        fc.integer({ min: 8, max: 64 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 16, max: 64 }),
        async (password, salt, memoryUnits, iterations, parallelism, hashLength) => {
          const input = {
            password,
            salt,
            memoryKiB: memoryUnits * 64 * parallelism,
            iterations,
            parallelism,
            hashLength,
          };
          expect(toHex(await nativeArgon2id(input))).toBe(toHex(await wasmArgon2id(input)));
        },
      ),
      { numRuns: 25 },
    );
  });
});
