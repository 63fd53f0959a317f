import { CryptoError } from './errors';
import { asKeyPair, buf, importOrBadKey, subtle } from './webcrypto';

/** A new Ed25519 key pair: public key raw (32 bytes), private key PKCS#8. */
export const generateSigningKeyPair = async (): Promise<{
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}> => {
  const pair = asKeyPair(await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']));
  return {
    publicKey: new Uint8Array(await subtle.exportKey('raw', pair.publicKey)),
    privateKey: new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey)),
  };
};

/** Signs with an Ed25519 PKCS#8 private key; 64-byte signature. Throws CryptoError 'bad_key' for a bad key. */
export const sign = async (privateKeyPkcs8: Uint8Array, data: Uint8Array): Promise<Uint8Array> => {
  const key = await importOrBadKey(() =>
    subtle.importKey('pkcs8', buf(privateKeyPkcs8), { name: 'Ed25519' }, false, ['sign']),
  );
  return new Uint8Array(await subtle.sign({ name: 'Ed25519' }, key, buf(data)));
};

/**
 * Verifies an Ed25519 signature against a raw 32-byte public key. A wrong or malformed signature
 * is false; a malformed public key throws CryptoError 'bad_key' (that is a caller's fault).
 */
export const verifySignature = async (
  publicKeyRaw: Uint8Array,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> => {
  if (publicKeyRaw.length !== 32) throw new CryptoError('bad_key', 'public key must be 32 bytes');
  const key = await importOrBadKey(() =>
    subtle.importKey('raw', buf(publicKeyRaw), { name: 'Ed25519' }, false, ['verify']),
  );
  if (signature.length !== 64) return false;
  try {
    return await subtle.verify({ name: 'Ed25519' }, key, buf(signature), buf(data));
  } catch {
    return false;
  }
};
