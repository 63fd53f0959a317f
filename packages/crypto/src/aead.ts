import { symmetric } from '#symmetric';

/** AES-256-GCM encryption; returns ciphertext ‖ 16-byte tag. */
export const aesGcmEncrypt = (
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> => symmetric.aesGcmEncrypt(key, nonce, aad, plaintext);

/** aesGcmEncrypt's bytes in pieces (ciphertext, then tag) without copying them into one. */
export const aesGcmEncryptPieces = (
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array[]> => symmetric.aesGcmEncryptPieces(key, nonce, aad, plaintext);

/**
 * AES-256-GCM decryption. Every failure (wrong key, wrong AAD, any changed byte) is the same
 * 'decrypt_failed', so callers cannot become an oracle for which part was wrong.
 */
export const aesGcmDecrypt = (
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> => symmetric.aesGcmDecrypt(key, nonce, aad, ciphertext);
