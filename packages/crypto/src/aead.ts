import { CryptoError } from './errors';
import { buf, subtle } from './webcrypto';

/** AES-256-GCM encryption; returns ciphertext ‖ 16-byte tag. */
export const aesGcmEncrypt = async (
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> => {
  const k = await subtle.importKey('raw', buf(key), 'AES-GCM', false, ['encrypt']);
  const out = await subtle.encrypt(
    { name: 'AES-GCM', iv: buf(nonce), additionalData: buf(aad), tagLength: 128 },
    k,
    buf(plaintext),
  );
  return new Uint8Array(out);
};

/**
 * AES-256-GCM decryption. Every failure (wrong key, wrong AAD, any changed byte) is the same
 * 'decrypt_failed', so callers cannot become an oracle for which part was wrong.
 */
export const aesGcmDecrypt = async (
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> => {
  const k = await subtle.importKey('raw', buf(key), 'AES-GCM', false, ['decrypt']);
  try {
    const out = await subtle.decrypt(
      { name: 'AES-GCM', iv: buf(nonce), additionalData: buf(aad), tagLength: 128 },
      k,
      buf(ciphertext),
    );
    return new Uint8Array(out);
  } catch {
    throw new CryptoError('decrypt_failed', 'decryption failed');
  }
};
