import { z } from 'zod';

/**
 * The closed set of error codes every Vigil API answer may carry. Codes are stable: clients and
 * translations key on them, never on message text. HTTP statuses are mapped in one place
 * (apps/server platform/errors) from `errorStatus` below.
 */
export const ErrorCode = {
  validationFailed: 'validation_failed',
  malformedJson: 'malformed_json',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  notFound: 'not_found',
  unauthenticated: 'unauthenticated',
  invalidCredentials: 'invalid_credentials',
  totpRequired: 'totp_required',
  totpInvalid: 'totp_invalid',
  accountLocked: 'account_locked',
  rateLimited: 'rate_limited',
  forbidden: 'forbidden',
  csrfFailed: 'csrf_failed',
  conflict: 'conflict',
  emailTaken: 'email_taken',
  alreadyMember: 'already_member',
  lastOwner: 'last_owner',
  staleKeyVersion: 'stale_key_version',
  dataDirLocked: 'data_dir_locked',
  possibleDuplicate: 'possible_duplicate',
  /** A linkage run was saved from a run that is no longer the vault's latest. */
  staleLinkRun: 'stale_link_run',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status for each error code: the single mapping table. */
export const errorStatus: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  totp_invalid: 401,
  account_locked: 423,
  rate_limited: 429,
  forbidden: 403,
  csrf_failed: 403,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  last_owner: 409,
  stale_key_version: 409,
  data_dir_locked: 503,
  possible_duplicate: 409,
  stale_link_run: 409,
  internal_error: 500,
};

/** One problem with one input field; `path` is the dotted path into the request. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The body of every error answer: `{ error: { code, message, fields } }`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    fields: z.array(fieldErrorSchema),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A typed application error carrying a stable code; thrown by use cases, mapped to HTTP once. */
export class VigilError extends Error {
  override readonly name = 'VigilError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}
