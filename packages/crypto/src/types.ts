declare const brand: unique symbol;

/** Nominal typing: a Brand<T, 'X'> is a T the compiler will not confuse with another brand. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** The 32-byte Argon2id output; never leaves the client, never stored. */
export type MasterKey = Brand<Uint8Array, 'MasterKey'>;

/** The 32-byte key that seals a user's private keys (HKDF from the master key). */
export type WrapKey = Brand<Uint8Array, 'WrapKey'>;

/** One version of a vault's 32-byte symmetric key. */
export type VaultKey = Brand<{ readonly version: number; readonly bytes: Uint8Array }, 'VaultKey'>;

/** A single vault key, or all known versions by number (envelopes name the version they need). */
export type VaultKeyring = VaultKey | ReadonlyMap<number, VaultKey>;

/** Where a sealed envelope belongs; all three are bound into the key derivation and the AAD. */
export interface EnvelopeContext {
  readonly vaultId: string;
  readonly kind: string;
  readonly recordId: string;
}

/** An asymmetric key pair: public key raw (32 bytes), private key PKCS#8. */
export interface KeyPairBytes {
  readonly publicKey: Uint8Array;
  readonly privateKey: Uint8Array;
}

/** A user's long-term keys: X25519 to receive vault keys, Ed25519 to sign. */
export interface UserKeys {
  readonly encryption: KeyPairBytes;
  readonly signing: KeyPairBytes;
}
