import { argon2id as wasmArgon2id } from 'hash-wasm';
import type { Argon2id } from './argon2-types';

/**
 * Argon2id in WebAssembly (hash-wasm): the browser's implementation. Runs on the calling thread,
 * so the browser calls it inside argon2-worker.ts; the `browser` condition of `#argon2` selects
 * the worker's client, argon2-worker-client.ts.
 */
export const argon2id: Argon2id = async (input) =>
  wasmArgon2id({
    password: input.password,
    salt: input.salt,
    memorySize: input.memoryKiB,
    iterations: input.iterations,
    parallelism: input.parallelism,
    hashLength: input.hashLength,
    outputType: 'binary',
  });
