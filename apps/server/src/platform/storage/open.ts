import type { Config } from '../config';
import { LocalDirStore } from './local-dir-store';
import type { ObjectStore } from './types';

/**
 * Opens the configured object store: `<dataDir>/objects/` (local) or the S3 bucket. The S3 SDK
 * (about 20 MB of resident memory once loaded) loads only when S3 is configured.
 */
export const openObjectStore = async (config: Config, dataDir: string): Promise<ObjectStore> => {
  if (config.storage === 'local') return LocalDirStore.open(dataDir);
  if (config.s3Bucket === undefined) throw new Error('VIGIL_S3_BUCKET is required');
  const [{ S3Store }, { s3ClientFrom }] = await Promise.all([
    import('./s3-store'),
    import('./s3-client'),
  ]);
  return new S3Store(s3ClientFrom(config), { bucket: config.s3Bucket });
};
