import { openEnvelopeBytes, sealEnvelopeBytes } from './envelope';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './encoding';
import { CryptoError } from './errors';
import { constantTimeEqual } from './hash';
import { randomBytes } from './random';
import { generateSigningKeyPair } from './signatures';
import type { EnvelopeContext, KeyPairBytes, UserKeys, WrapKey } from './types';
import { asKeyPair, buf, importOrBadKey, subtle } from './webcrypto';

/** Account private keys use the vault envelope with this fixed context (docs/dev/contracts.md). */
const accountContext = (accountId: string): EnvelopeContext => ({
  vaultId: 'account',
  kind: 'account-keys',
  recordId: accountId,
});

/** A user's X25519 (encryption) and Ed25519 (signing) key pairs; public raw, private PKCS#8. */
export const generateUserKeys = async (): Promise<UserKeys> => {
  const x = asKeyPair(await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']));
  return {
    encryption: {
      publicKey: new Uint8Array(await subtle.exportKey('raw', x.publicKey)),
      privateKey: new Uint8Array(await subtle.exportKey('pkcs8', x.privateKey)),
    },
    signing: await generateSigningKeyPair(),
  };
};

/** Payload v1 inside the envelope: JSON with base64url fields, versioned on its own. */
interface KeysPayload {
  v: 1;
  encryption: { publicKey: string; privateKey: string };
  signing: { publicKey: string; privateKey: string };
}

const encodePair = (p: KeyPairBytes) => ({
  publicKey: toBase64Url(p.publicKey),
  privateKey: toBase64Url(p.privateKey),
});

/** Seals both private keys (and their public halves) with the wrap key; base64url envelope v1. */
export const sealPrivateKeys = async (
  wrap: WrapKey,
  accountId: string,
  keys: UserKeys,
): Promise<string> => {
  const payload: KeysPayload = {
    v: 1,
    encryption: encodePair(keys.encryption),
    signing: encodePair(keys.signing),
  };
  const sealed = await sealEnvelopeBytes(
    wrap,
    1,
    accountContext(accountId),
    utf8(JSON.stringify(payload)),
    randomBytes(12),
  );
  return toBase64Url(sealed);
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads one pair from the payload, refusing anything but two base64url strings. */
const decodePair = (v: unknown): KeyPairBytes => {
  if (!isRecord(v) || typeof v.publicKey !== 'string' || typeof v.privateKey !== 'string') {
    throw new CryptoError('bad_format', 'sealed keys payload is malformed');
  }
  const publicKey = fromBase64Url(v.publicKey);
  if (publicKey.length !== 32) throw new CryptoError('bad_format', 'public key must be 32 bytes');
  return { publicKey, privateKey: fromBase64Url(v.privateKey) };
};

/** Proves the private key belongs to the public key: a mismatch would silently break sharing or signing. */
const checkPair = async (pair: KeyPairBytes, algorithm: 'X25519' | 'Ed25519'): Promise<void> => {
  const usages: ('deriveBits' | 'sign')[] = algorithm === 'X25519' ? ['deriveBits'] : ['sign'];
  const key = await importOrBadKey(() =>
    subtle.importKey('pkcs8', buf(pair.privateKey), { name: algorithm }, true, usages),
  );
  const jwk = await subtle.exportKey('jwk', key);
  if (typeof jwk.x !== 'string' || !constantTimeEqual(fromBase64Url(jwk.x), pair.publicKey)) {
    throw new CryptoError('bad_key', 'private key does not match its public key');
  }
};

/**
 * Opens the sealed private keys. Throws CryptoError: 'decrypt_failed' (wrong password-derived key,
 * other account, altered bytes), 'bad_format' (malformed payload), 'bad_key' (keys do not match).
 */
export const openPrivateKeys = async (
  wrap: WrapKey,
  accountId: string,
  envelope: string,
): Promise<UserKeys> => {
  const bytes = await openEnvelopeBytes(wrap, 1, accountContext(accountId), envelope);
  let payload: unknown;
  try {
    payload = JSON.parse(fromUtf8(bytes)) as unknown;
  } catch {
    throw new CryptoError('bad_format', 'sealed keys payload is not JSON');
  }
  if (!isRecord(payload) || payload.v !== 1) {
    throw new CryptoError('bad_format', 'sealed keys payload has an unknown version');
  }
  const keys: UserKeys = {
    encryption: decodePair(payload.encryption),
    signing: decodePair(payload.signing),
  };
  await checkPair(keys.encryption, 'X25519');
  await checkPair(keys.signing, 'Ed25519');
  return keys;
};
