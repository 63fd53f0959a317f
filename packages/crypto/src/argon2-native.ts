import type { Argon2id } from './argon2-types';

// The package declares these as `const enum`s, which tsx/esbuild cannot inline from a .d.ts.
const ARGON2ID = 2; // Algorithm.Argon2id
const VERSION_0X13 = 1; // Version.V0x13

/**
 * Argon2id in native code (@node-rs/argon2, the reference algorithm in Rust): Node's
 * implementation, about three times faster than WebAssembly and run on libuv's thread pool, so a
 * login on the server does not stall its event loop (SECURITY.md: "native (Node), off the main
 * thread"). Tests check it agrees bit for bit with the WebAssembly build the browser uses.
 */
export const argon2id: Argon2id = async (input) => {
  // Loaded on first use: commands that never derive a key (evidence add/get with a session)
  // keep the native module's ~10 MB out of memory.
  const { hashRaw } = await import('@node-rs/argon2');
  return new Uint8Array(
    await hashRaw(input.password, {
      algorithm: ARGON2ID,
      version: VERSION_0X13,
      salt: input.salt,
      memoryCost: input.memoryKiB,
      timeCost: input.iterations,
      parallelism: input.parallelism,
      outputLen: input.hashLength,
    }),
  );
};
