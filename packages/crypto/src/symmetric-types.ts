/**
 * The symmetric primitives sealing leans on, one implementation per platform (`#symmetric`):
 * WebCrypto in the browser, node:crypto in Node (ADR 13). Both give identical bytes and the same
 * CryptoError codes; symmetric.test.ts holds them to it.
 */
export interface Symmetric {
  /** AES-GCM (key of 16, 24 or 32 bytes) with a 128-bit tag; returns ciphertext ‖ tag. */
  aesGcmEncrypt(
    key: Uint8Array,
    nonce: Uint8Array,
    aad: Uint8Array,
    plaintext: Uint8Array,
  ): Promise<Uint8Array>;
  /**
   * aesGcmEncrypt's bytes in pieces as they come (ciphertext, then tag), not copied into one:
   * for a file encrypted chunk by chunk that saves a megabyte of new memory per chunk.
   */
  aesGcmEncryptPieces(
    key: Uint8Array,
    nonce: Uint8Array,
    aad: Uint8Array,
    plaintext: Uint8Array,
  ): Promise<Uint8Array[]>;
  /** Inverse of aesGcmEncrypt; every failure is CryptoError 'decrypt_failed'. */
  aesGcmDecrypt(
    key: Uint8Array,
    nonce: Uint8Array,
    aad: Uint8Array,
    ciphertext: Uint8Array,
  ): Promise<Uint8Array>;
  /** HKDF-SHA256 (RFC 5869); `length` in bytes. */
  hkdfBytes(
    ikm: Uint8Array,
    salt: Uint8Array,
    info: Uint8Array,
    length: number,
  ): Promise<Uint8Array>;
  /** HMAC-SHA256; an empty key is CryptoError 'bad_key'. */
  hmacSha256(key: Uint8Array, message: Uint8Array): Promise<Uint8Array>;
  /** An incremental SHA-256, for files hashed piece by piece. */
  sha256Stream(): Promise<IncrementalSha256>;
}

/** Feed pieces with update, then take the 32-byte digest once. */
export interface IncrementalSha256 {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
}
