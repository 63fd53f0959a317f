/**
 * The closed set of object-store failures. Callers branch on `code`, never on message text.
 *   - `not_found`: no object under the key (get).
 *   - `exists`: put on a key that already holds an object; originals are never altered.
 *   - `hash_mismatch`: the bytes put did not hash to `expectedSha256`; nothing was stored.
 *   - `bad_key`: a key or prefix outside the allowed alphabet (see keys.ts).
 *   - `bad_range`: a range that is malformed or starts at or past the end of the object.
 *   - `io`: the disk or the S3 service failed; `cause` keeps the underlying error for logs.
 */
export const storageErrorCodes = [
  'not_found',
  'exists',
  'hash_mismatch',
  'bad_key',
  'bad_range',
  'io',
] as const;

export type StorageErrorCode = (typeof storageErrorCodes)[number];

// Fixed messages: they never quote a key, a path or a provider's answer.
const messages: Record<StorageErrorCode, string> = {
  not_found: 'No object is stored under this key.',
  exists: 'An object is already stored under this key.',
  hash_mismatch: 'The object did not match its expected SHA-256; nothing was stored.',
  bad_key: 'The object key is not valid.',
  bad_range: 'The byte range is not valid for this object.',
  io: 'The object store failed.',
};

/** A failure of the object store, with a stable code. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, options?: { cause?: unknown }) {
    super(messages[code], options);
    this.code = code;
  }
}

/** True when `error` is a StorageError, optionally with the given code. */
export const isStorageError = (error: unknown, code?: StorageErrorCode): error is StorageError =>
  error instanceof StorageError && (code === undefined || error.code === code);

/** Passes StorageErrors through and wraps anything else as `io`. */
export const asStorageError = (error: unknown): StorageError =>
  error instanceof StorageError ? error : new StorageError('io', { cause: error });
