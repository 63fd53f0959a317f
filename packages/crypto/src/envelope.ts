import { aesGcmDecrypt, aesGcmEncrypt } from './aead';
import { concatBytes, fromBase64Url, fromUtf8, toBase64Url, utf8 } from './encoding';
import { CryptoError } from './errors';
import { hkdf } from './hash';
import { randomBytes } from './random';
import type { EnvelopeContext, VaultKey, VaultKeyring } from './types';

/** Envelope v1: format(1) ‖ key version(4, big-endian) ‖ nonce(12) ‖ AES-256-GCM ciphertext ‖ tag(16). */
const FORMAT_V1 = 0x01;
const HEADER = 1 + 4 + 12;
const TAG = 16;
const MAX_VERSION = 0xffffffff;

/** Refuses context parts that would make the '|'-separated labels ambiguous. */
const checkContext = (ctx: EnvelopeContext): void => {
  for (const part of [ctx.vaultId, ctx.kind, ctx.recordId]) {
    if (typeof part !== 'string' || part.length === 0 || part.length > 200 || part.includes('|')) {
      throw new CryptoError('bad_format', 'envelope context parts must be 1-200 chars without "|"');
    }
  }
};

/** Key versions are positive uint32 values. */
export const checkKeyVersion = (version: number): void => {
  if (!Number.isInteger(version) || version < 1 || version > MAX_VERSION) {
    throw new CryptoError('bad_format', 'key version must be an integer from 1 to 2^32-1');
  }
};

/** The additional data bound to every envelope (SECURITY.md "Formats"). */
export const envelopeAad = (ctx: EnvelopeContext, version: number): Uint8Array =>
  utf8(`vigil/v1|vault:${ctx.vaultId}|kind:${ctx.kind}|id:${ctx.recordId}|kv:${version}`);

/**
 * One AES key per (vault key, vault, kind, record): random 96-bit nonces then only ever meet the
 * few encryptions of one record, far from GCM's collision bound.
 */
const recordKey = (keyBytes: Uint8Array, ctx: EnvelopeContext): Promise<Uint8Array> =>
  hkdf(keyBytes, `vigil/v1/record|vault:${ctx.vaultId}|kind:${ctx.kind}|id:${ctx.recordId}`);

/** Internal: seals with raw key bytes and a caller-chosen nonce (regression vectors use fixed ones). */
export const sealEnvelopeBytes = async (
  keyBytes: Uint8Array,
  version: number,
  ctx: EnvelopeContext,
  plaintext: Uint8Array,
  nonce: Uint8Array,
): Promise<Uint8Array> => {
  checkContext(ctx);
  checkKeyVersion(version);
  if (keyBytes.length !== 32) throw new CryptoError('bad_key', 'key must be 32 bytes');
  if (nonce.length !== 12) throw new CryptoError('bad_format', 'nonce must be 12 bytes');
  const header = new Uint8Array(HEADER);
  header[0] = FORMAT_V1;
  new DataView(header.buffer).setUint32(1, version);
  header.set(nonce, 5);
  const key = await recordKey(keyBytes, ctx);
  return concatBytes(header, await aesGcmEncrypt(key, nonce, envelopeAad(ctx, version), plaintext));
};

interface ParsedEnvelope {
  readonly version: number;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
}

/** Splits an envelope into its parts, checking the format byte and lengths before any crypto. */
const parseEnvelope = (envelope: string): ParsedEnvelope => {
  const bytes = fromBase64Url(envelope);
  if (bytes.length < 1) throw new CryptoError('bad_format', 'envelope is empty');
  if (bytes[0] !== FORMAT_V1)
    throw new CryptoError('unsupported_version', 'unknown envelope format');
  if (bytes.length < HEADER + TAG) throw new CryptoError('bad_format', 'envelope is too short');
  const version = new DataView(bytes.buffer, bytes.byteOffset).getUint32(1);
  if (version === 0) throw new CryptoError('bad_format', 'key version 0 is invalid');
  return { version, nonce: bytes.subarray(5, HEADER), ciphertext: bytes.subarray(HEADER) };
};

/** Internal: opens with raw key bytes whose version the caller has already matched. */
export const openEnvelopeBytes = async (
  keyBytes: Uint8Array,
  expectedVersion: number,
  ctx: EnvelopeContext,
  envelope: string,
): Promise<Uint8Array> => {
  checkContext(ctx);
  const parsed = parseEnvelope(envelope);
  if (parsed.version !== expectedVersion) {
    throw new CryptoError('wrong_key_version', 'envelope needs another key version');
  }
  const key = await recordKey(keyBytes, ctx);
  return aesGcmDecrypt(key, parsed.nonce, envelopeAad(ctx, parsed.version), parsed.ciphertext);
};

/** The vault key version an envelope was sealed with (to pick a key, or find data to re-encrypt). */
export const envelopeKeyVersion = (envelope: string): number => parseEnvelope(envelope).version;

/** Seals bytes for one record of one vault with a fresh random nonce; base64url envelope v1. */
export const seal = async (
  key: VaultKey,
  ctx: EnvelopeContext,
  plaintext: Uint8Array,
): Promise<string> =>
  toBase64Url(await sealEnvelopeBytes(key.bytes, key.version, ctx, plaintext, randomBytes(12)));

/** Picks the key for a version from a single key or a keyring. */
const pickKey = (keys: VaultKeyring, version: number): VaultKey => {
  const key = 'bytes' in keys ? (keys.version === version ? keys : undefined) : keys.get(version);
  if (!key) throw new CryptoError('wrong_key_version', 'no key for the envelope key version');
  return key;
};

/**
 * Opens an envelope sealed by seal(). Throws CryptoError: 'bad_encoding' (not base64url),
 * 'unsupported_version' (format byte), 'bad_format' (too short), 'wrong_key_version' (no key for
 * the envelope's version), 'decrypt_failed' (wrong key, wrong context or any altered byte).
 */
export const open = async (
  keys: VaultKeyring,
  ctx: EnvelopeContext,
  envelope: string,
): Promise<Uint8Array> => {
  const version = envelopeKeyVersion(envelope);
  const key = pickKey(keys, version);
  return openEnvelopeBytes(key.bytes, version, ctx, envelope);
};

/** Seals a JSON value (serialised with JSON.stringify); validate it with its zod schema after openJson. */
export const sealJson = async (
  key: VaultKey,
  ctx: EnvelopeContext,
  value: unknown,
): Promise<string> => {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // BigInt values and cycles: keep the failure typed.
    throw new CryptoError('bad_format', 'value has no JSON form');
  }
  if (text === undefined) throw new CryptoError('bad_format', 'value has no JSON form');
  return seal(key, ctx, utf8(text));
};

/** Opens an envelope and parses its JSON; the result is untrusted until schema-validated. */
export const openJson = async (
  keys: VaultKeyring,
  ctx: EnvelopeContext,
  envelope: string,
): Promise<unknown> => {
  const text = fromUtf8(await open(keys, ctx, envelope));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CryptoError('bad_format', 'sealed payload is not JSON');
  }
};
