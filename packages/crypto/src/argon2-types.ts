/** Inputs of one raw Argon2id computation (version 0x13, no secret, no associated data). */
export interface Argon2idInput {
  readonly password: Uint8Array;
  readonly salt: Uint8Array;
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly hashLength: number;
}

/** Computes raw Argon2id output bytes. */
export type Argon2id = (input: Argon2idInput) => Promise<Uint8Array>;
