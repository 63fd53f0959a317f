import type { ErrorCode, FieldError } from '@vigil/core';

/**
 * Errors that arise in the client itself, never sent by a server: the request could not be sent,
 * the answer did not match its schema, the keys are locked, or something failed to decrypt.
 */
export const ClientErrorCode = {
  networkError: 'network_error',
  badServerResponse: 'bad_server_response',
  locked: 'locked',
  decryptFailed: 'decrypt_failed',
  /** Bytes opened fine but are not what was signed (an evidence file against its intake). */
  integrityFailed: 'integrity_failed',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** Every code an ApiError can carry: the server's closed set plus the client's own. */
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/**
 * The one error the client throws. `status` is the HTTP status, or 0 when nothing reached the
 * server (client-side validation, network failure, locked keys). Messages never carry e-mails,
 * names, passwords, keys or tokens, so they are safe to show and log.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

/** True when the value is an ApiError, optionally with the given code. */
export const isApiError = (value: unknown, code?: ApiErrorCode): value is ApiError =>
  value instanceof ApiError && (code === undefined || value.code === code);

/** The error for a use of secret keys while the client is locked. */
export const lockedError = (): ApiError =>
  new ApiError(0, ClientErrorCode.locked, 'The keys are locked: unlock with the password first.');
