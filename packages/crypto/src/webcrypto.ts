import { CryptoError } from './errors';

/** The WebCrypto API: the same object in browsers and Node ≥ 20. */
export const subtle = globalThis.crypto.subtle;

/**
 * Copies into a fresh ArrayBuffer-backed view. WebCrypto's types refuse views over
 * SharedArrayBuffer, and a copy also keeps callers' later mutations out of in-flight operations.
 */
export const buf = (b: Uint8Array): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(b.length);
  out.set(b);
  return out;
};

/** Runs a key import, turning the engine's error (whose text varies by platform) into 'bad_key'. */
export const importOrBadKey = async <T>(op: () => Promise<T>): Promise<T> => {
  try {
    return await op();
  } catch {
    throw new CryptoError('bad_key', 'key could not be imported');
  }
};

type GeneratedKey = Awaited<ReturnType<typeof subtle.generateKey>>;
type KeyPair = Extract<GeneratedKey, { publicKey: unknown }>;

/** Narrows generateKey's result for asymmetric algorithms, which always return a pair. */
export const asKeyPair = (k: GeneratedKey): KeyPair => {
  if (!('publicKey' in k)) throw new CryptoError('bad_key', 'expected a key pair');
  return k;
};
