import { S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config';

/** The S3 settings of the configuration. */
export type S3Settings = Pick<
  Config,
  | 's3Endpoint'
  | 's3Bucket'
  | 's3Region'
  | 's3AccessKeyId'
  | 's3SecretAccessKey'
  | 's3ForcePathStyle'
>;

/**
 * An S3 client for our bucket. Credentials come only from the configuration: the SDK's default
 * chain would look further (shared files, instance metadata), which we do not want implied.
 * Checksums only where S3 requires them: several S3-compatible servers reject the SDK's newer
 * default checksum headers, and our own SHA-256 (checked at put and by scrub) covers integrity.
 */
export const s3ClientFrom = (settings: S3Settings): S3Client =>
  new S3Client({
    ...(settings.s3Endpoint === undefined ? {} : { endpoint: settings.s3Endpoint }),
    region: settings.s3Region,
    forcePathStyle: settings.s3ForcePathStyle,
    credentials: {
      accessKeyId: settings.s3AccessKeyId ?? '',
      secretAccessKey: settings.s3SecretAccessKey ?? '',
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
