import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync } from 'node:crypto';
import { CryptoError } from './errors';
import type { Symmetric } from './symmetric-types';

const TAG = 16;

/** The Node cipher for an AES key length, as WebCrypto's importKey accepts them. */
const gcmCipher = (key: Uint8Array): 'aes-128-gcm' | 'aes-192-gcm' | 'aes-256-gcm' => {
  if (key.length === 16) return 'aes-128-gcm';
  if (key.length === 24) return 'aes-192-gcm';
  if (key.length === 32) return 'aes-256-gcm';
  throw new CryptoError('bad_key', 'key could not be imported');
};

const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** AES-GCM's output as OpenSSL gives it: ciphertext (GCM's final adds none) and the tag. */
const gcmSeal = (
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Uint8Array[] => {
  const cipher = createCipheriv(gcmCipher(key), key, nonce, { authTagLength: TAG });
  cipher.setAAD(aad);
  const head = cipher.update(plaintext);
  const tail = cipher.final();
  const tag = cipher.getAuthTag();
  return tail.length === 0 ? [view(head), view(tag)] : [view(head), view(tail), view(tag)];
};

/**
 * Node's symmetric primitives (the default condition of `#symmetric`: server and CLI), straight
 * on OpenSSL. WebCrypto in Node costs about 40 µs of JavaScript per call around the same OpenSSL
 * work (argument normalisation, key objects, a thread-pool hop), and sealing a record takes four
 * calls: on an import of 100,000 records that overhead was most of the client's time (ADR 13).
 * These run synchronously; their inputs are a record or one file chunk (at most a few MiB).
 */
export const symmetric: Symmetric = {
  aesGcmEncrypt: async (key, nonce, aad, plaintext) => {
    const pieces = gcmSeal(key, nonce, aad, plaintext);
    const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const piece of pieces) {
      out.set(piece, offset);
      offset += piece.length;
    }
    return out;
  },
  aesGcmEncryptPieces: async (key, nonce, aad, plaintext) => gcmSeal(key, nonce, aad, plaintext),
  aesGcmDecrypt: async (key, nonce, aad, ciphertext) => {
    const algorithm = gcmCipher(key);
    if (ciphertext.length < TAG) throw new CryptoError('decrypt_failed', 'decryption failed');
    try {
      const decipher = createDecipheriv(algorithm, key, nonce, { authTagLength: TAG });
      decipher.setAAD(aad);
      decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG));
      const head = decipher.update(ciphertext.subarray(0, ciphertext.length - TAG));
      const tail = decipher.final();
      if (tail.length === 0) return view(head);
      const out = new Uint8Array(head.length + tail.length);
      out.set(head, 0);
      out.set(tail, head.length);
      return out;
    } catch {
      throw new CryptoError('decrypt_failed', 'decryption failed');
    }
  },
  hkdfBytes: async (ikm, salt, info, length) =>
    new Uint8Array(hkdfSync('sha256', ikm, salt, info, length)),
  hmacSha256: async (key, message) => {
    if (key.length === 0) throw new CryptoError('bad_key', 'key could not be imported');
    return view(createHmac('sha256', key).update(message).digest());
  },
  sha256Stream: async () => {
    const hash = createHash('sha256');
    return {
      update: (data) => {
        hash.update(data);
      },
      digest: () => view(hash.digest()),
    };
  },
};
