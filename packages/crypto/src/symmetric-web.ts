import { createSHA256 } from 'hash-wasm';
import { CryptoError } from './errors';
import type { Symmetric } from './symmetric-types';
import { buf, importOrBadKey, subtle } from './webcrypto';

/** The browser's symmetric primitives (the `browser` condition of `#symmetric`): WebCrypto. */
export const symmetric: Symmetric = {
  aesGcmEncrypt: async (key, nonce, aad, plaintext) => {
    const k = await importOrBadKey(() =>
      subtle.importKey('raw', buf(key), 'AES-GCM', false, ['encrypt']),
    );
    const out = await subtle.encrypt(
      { name: 'AES-GCM', iv: buf(nonce), additionalData: buf(aad), tagLength: 128 },
      k,
      buf(plaintext),
    );
    return new Uint8Array(out);
  },
  aesGcmEncryptPieces: async (key, nonce, aad, plaintext) => [
    await symmetric.aesGcmEncrypt(key, nonce, aad, plaintext),
  ],
  aesGcmDecrypt: async (key, nonce, aad, ciphertext) => {
    const k = await importOrBadKey(() =>
      subtle.importKey('raw', buf(key), 'AES-GCM', false, ['decrypt']),
    );
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
  },
  hkdfBytes: async (ikm, salt, info, length) => {
    const k = await importOrBadKey(() =>
      subtle.importKey('raw', buf(ikm), 'HKDF', false, ['deriveBits']),
    );
    const bits = await subtle.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: buf(salt), info: buf(info) },
      k,
      length * 8,
    );
    return new Uint8Array(bits);
  },
  hmacSha256: async (key, message) => {
    const k = await importOrBadKey(() =>
      subtle.importKey('raw', buf(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    );
    return new Uint8Array(await subtle.sign('HMAC', k, buf(message)));
  },
  // WebCrypto's digest only takes the whole input at once: hash-wasm hashes piece by piece.
  sha256Stream: async () => {
    const h = await createSHA256();
    h.init();
    return {
      update: (data) => {
        h.update(data);
      },
      digest: () => h.digest('binary'),
    };
  },
};
