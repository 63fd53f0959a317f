import { aesGcmDecrypt, aesGcmEncrypt } from './aead';
import { concatBytes, fromBase64Url, toBase64Url, utf8 } from './encoding';
import { CryptoError } from './errors';
import { hkdf } from './hash';
import { randomBytes } from './random';
import type { KeyPairBytes } from './types';
import { asKeyPair, buf, importOrBadKey, subtle } from './webcrypto';

/** Sealed box v1: format(1) ‖ ephemeral X25519 public key(32) ‖ nonce(12) ‖ ciphertext ‖ tag(16). */
const FORMAT_V1 = 0x01;
const HEADER = 1 + 32 + 12;
const TAG = 16;

const importPublic = (raw: Uint8Array) => {
  if (raw.length !== 32) throw new CryptoError('bad_key', 'X25519 public key must be 32 bytes');
  return importOrBadKey(() => subtle.importKey('raw', buf(raw), { name: 'X25519' }, true, []));
};

const importPrivate = (pkcs8: Uint8Array) =>
  importOrBadKey(() =>
    subtle.importKey('pkcs8', buf(pkcs8), { name: 'X25519' }, false, ['deriveBits']),
  );

/**
 * AES key and AAD for one box. Both public keys go into the HKDF salt and the AAD, so a box cannot
 * be re-targeted or have its ephemeral key swapped (X25519 ignores the top bit of a public key; the
 * AAD does not), and the context string separates purposes.
 */
const boxKey = async (
  shared: Uint8Array,
  ephemeralPublic: Uint8Array,
  recipientPublic: Uint8Array,
  context: string,
): Promise<{ key: Uint8Array; aad: Uint8Array }> => {
  // An all-zero secret means a small-order public key: refuse instead of using a known key.
  if (shared.every((b) => b === 0)) throw new CryptoError('decrypt_failed', 'decryption failed');
  const salt = concatBytes(ephemeralPublic, recipientPublic);
  const key = await hkdf(shared, `vigil/v1/sealed-box|${context}`, salt);
  return { key, aad: concatBytes(salt, utf8(context)) };
};

/** X25519 shared secret; engines throw on some invalid points, which is a failed open. */
const x25519 = async (
  privateKey: Awaited<ReturnType<typeof importPrivate>>,
  publicKey: Awaited<ReturnType<typeof importPublic>>,
): Promise<Uint8Array> => {
  try {
    return new Uint8Array(
      await subtle.deriveBits({ name: 'X25519', public: publicKey }, privateKey, 256),
    );
  } catch {
    throw new CryptoError('decrypt_failed', 'decryption failed');
  }
};

/** Internal: seals with a given ephemeral key pair and nonce (for fixed regression vectors). */
export const sealToPublicKeyWith = async (
  recipientPublicKey: Uint8Array,
  plaintext: Uint8Array,
  context: string,
  ephemeral: KeyPairBytes,
  nonce: Uint8Array,
): Promise<Uint8Array> => {
  const recipient = await importPublic(recipientPublicKey);
  const shared = await x25519(await importPrivate(ephemeral.privateKey), recipient);
  const { key, aad } = await boxKey(shared, ephemeral.publicKey, recipientPublicKey, context);
  const header = concatBytes(new Uint8Array([FORMAT_V1]), ephemeral.publicKey, nonce);
  return concatBytes(header, await aesGcmEncrypt(key, nonce, aad, plaintext));
};

/** Seals bytes to an X25519 public key (ephemeral key agreement → HKDF → AES-256-GCM); base64url. */
export const sealToPublicKey = async (
  recipientPublicKey: Uint8Array,
  plaintext: Uint8Array,
  context: string,
): Promise<string> => {
  const pair = asKeyPair(await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']));
  const ephemeral = {
    publicKey: new Uint8Array(await subtle.exportKey('raw', pair.publicKey)),
    privateKey: new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey)),
  };
  return toBase64Url(
    await sealToPublicKeyWith(recipientPublicKey, plaintext, context, ephemeral, randomBytes(12)),
  );
};

/**
 * Opens a sealed box with the recipient's key pair and the same context string. Throws CryptoError:
 * 'bad_encoding', 'unsupported_version', 'bad_format' (too short), 'bad_key' (unusable recipient
 * key), 'decrypt_failed' (wrong recipient, wrong context, or any altered byte).
 */
export const openSealedBox = async (
  recipient: { publicKey: Uint8Array; privateKey: Uint8Array },
  sealed: string,
  context: string,
): Promise<Uint8Array> => {
  const bytes = fromBase64Url(sealed);
  if (bytes.length < 1) throw new CryptoError('bad_format', 'sealed box is empty');
  if (bytes[0] !== FORMAT_V1) throw new CryptoError('unsupported_version', 'unknown box format');
  if (bytes.length < HEADER + TAG) throw new CryptoError('bad_format', 'sealed box is too short');
  const ephemeralPublic = bytes.subarray(1, 33);
  const nonce = bytes.subarray(33, HEADER);
  const privateKey = await importPrivate(recipient.privateKey);
  const shared = await x25519(privateKey, await importPublic(ephemeralPublic));
  const { key, aad } = await boxKey(shared, ephemeralPublic, recipient.publicKey, context);
  return aesGcmDecrypt(key, nonce, aad, bytes.subarray(HEADER));
};
