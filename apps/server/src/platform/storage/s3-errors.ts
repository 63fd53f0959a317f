import { S3ServiceException } from '@aws-sdk/client-s3';
import { StorageError, type StorageErrorCode } from './errors';

/** The HTTP status of an S3 failure, when the service answered. */
export const s3Status = (error: unknown): number | undefined =>
  error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;

const byName: Record<string, StorageErrorCode> = {
  NoSuchKey: 'not_found',
  NotFound: 'not_found',
  PreconditionFailed: 'exists',
  // Two conditional writes of one key raced; the other one takes the key.
  ConditionalRequestConflict: 'exists',
  InvalidRange: 'bad_range',
};

const byStatus: Record<number, StorageErrorCode> = {
  404: 'not_found',
  412: 'exists',
  416: 'bad_range',
};

/**
 * Maps an S3 failure to our closed set. 412 is what a put with `If-None-Match: *` gets when the
 * key was taken meanwhile. The provider's message is kept only as `cause`, never shown.
 */
export const fromS3Error = (error: unknown): StorageError => {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error ? error.name : '';
  const status = s3Status(error);
  const code = byName[name] ?? (status === undefined ? undefined : byStatus[status]) ?? 'io';
  return new StorageError(code, { cause: error });
};
