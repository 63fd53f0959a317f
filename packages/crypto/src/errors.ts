/** Machine codes for every way a crypto operation can fail (docs/dev/contracts.md). */
export const cryptoErrorCodes = [
  'bad_encoding',
  'bad_format',
  'unsupported_version',
  'decrypt_failed',
  'wrong_key_version',
  'bad_key',
  'bad_signature',
  'kdf_failed',
] as const;
export type CryptoErrorCode = (typeof cryptoErrorCodes)[number];

/**
 * The only error this package throws on purpose. Messages are fixed strings chosen here and never
 * contain key material, plaintext or identifiers, so they are safe to log.
 */
export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string) {
    super(message);
    this.name = 'CryptoError';
    this.code = code;
  }
}

/** True when the value is a CryptoError, optionally with the given code. */
export const isCryptoError = (value: unknown, code?: CryptoErrorCode): value is CryptoError =>
  value instanceof CryptoError && (code === undefined || value.code === code);
