import { z } from 'zod';

const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/** Number of bytes a base64url string (no padding) decodes to, or -1 if its length is impossible. */
export const base64UrlByteLength = (value: string): number => {
  const rem = value.length % 4;
  if (rem === 1) return -1;
  return Math.floor(value.length / 4) * 3 + (rem === 0 ? 0 : rem - 1);
};

/**
 * Base64url (RFC 4648 §5, no padding) text carrying binary data: keys, envelopes, signatures.
 * `min`/`max` bound the decoded size in bytes so oversized blobs are refused at the boundary.
 */
export const base64Url = (min: number, max: number) =>
  z
    .string()
    .regex(base64UrlPattern, 'must be base64url without padding')
    .refine((s) => {
      const n = base64UrlByteLength(s);
      return n >= min && n <= max;
    }, `must decode to between ${min} and ${max} bytes`);

/** A sealed envelope (SECURITY.md "Formats"), base64url. At most 64 KiB of ciphertext here. */
export const sealedEnvelopeSchema = base64Url(1 + 4 + 12 + 16, 64 * 1024).brand<'SealedEnvelope'>();
export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

/**
 * The largest record envelope, in bytes: every sealed field of a kind at its longest (a source's
 * testimony is up to 200,000 characters, 400 kB in Cyrillic UTF-8) fits with room to spare.
 */
export const RECORD_ENVELOPE_MAX_BYTES = 4 * 1024 * 1024;
/** A record's sealed envelope: same format as `sealedEnvelopeSchema`, larger limit. */
export const recordEnvelopeSchema = base64Url(
  1 + 4 + 12 + 16,
  RECORD_ENVELOPE_MAX_BYTES,
).brand<'SealedEnvelope'>();

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The plaintext header of an envelope (format byte and key version, SECURITY.md "Formats"), read
 * without any key so the server can refuse an envelope that contradicts its record; undefined
 * when the text is too short or not base64url.
 */
export const envelopeHeader = (
  envelope: string,
): { readonly format: number; readonly keyVersion: number } | undefined => {
  if (envelope.length < 8) return undefined;
  let bits = 0n;
  for (const char of envelope.slice(0, 8)) {
    const value = B64URL.indexOf(char);
    if (value < 0) return undefined;
    bits = (bits << 6n) | BigInt(value);
  }
  // 8 characters = 48 bits = 6 bytes: format(1) ‖ key version(4, big-endian) ‖ first nonce byte.
  return { format: Number(bits >> 40n), keyVersion: Number((bits >> 8n) & 0xffffffffn) };
};

/** A value sealed to an X25519 public key (ephemeral key ‖ nonce ‖ ciphertext), base64url. */
export const sealedBoxSchema = base64Url(1 + 32 + 12 + 16, 4 * 1024).brand<'SealedBox'>();
export type SealedBox = z.infer<typeof sealedBoxSchema>;

/** A raw 32-byte public key (X25519 or Ed25519), base64url. */
export const publicKeySchema = base64Url(32, 32).brand<'PublicKey'>();
export type PublicKey = z.infer<typeof publicKeySchema>;

/** An Ed25519 signature (64 bytes), base64url. */
export const signatureSchema = base64Url(64, 64).brand<'Signature'>();
export type Signature = z.infer<typeof signatureSchema>;

/** SHA-256 digest as 64 lower-case hex characters. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
