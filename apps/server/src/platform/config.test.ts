import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { configSchema, loadConfig, settings } from './config';

const s3Env = {
  VIGIL_STORAGE: 's3',
  VIGIL_S3_BUCKET: 'vigil-evidence',
  VIGIL_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  VIGIL_S3_SECRET_ACCESS_KEY: 'a-very-secret-value',
};

const issuesOf = (fn: () => unknown): { path: string; message: string }[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZodError) {
      return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    }
    throw error;
  }
  throw new Error('expected a ZodError');
};

describe('the server configuration', () => {
  it('documents exactly the settings the schema reads', () => {
    expect(Object.keys(settings).sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('keeps evidence files in the local data directory unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.storage).toBe('local');
    expect(config.s3Region).toBe('us-east-1');
    expect(config.s3ForcePathStyle).toBe(false);
  });

  it('reads the S3 settings from their environment variables', () => {
    const config = loadConfig({
      ...s3Env,
      VIGIL_S3_ENDPOINT: 'http://127.0.0.1:9000',
      VIGIL_S3_REGION: 'eu-central-1',
      VIGIL_S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config).toMatchObject({
      storage: 's3',
      s3Endpoint: 'http://127.0.0.1:9000',
      s3Bucket: 'vigil-evidence',
      s3Region: 'eu-central-1',
      s3AccessKeyId: 'AKIDEXAMPLE',
      s3SecretAccessKey: 'a-very-secret-value',
      s3ForcePathStyle: true,
    });
  });

  it('refuses S3 storage without a bucket and credentials, naming each missing variable', () => {
    const issues = issuesOf(() => loadConfig({ VIGIL_STORAGE: 's3' }));
    expect(issues.map((i) => i.path).sort()).toEqual([
      's3AccessKeyId',
      's3Bucket',
      's3SecretAccessKey',
    ]);
    expect(issues.map((i) => i.message).join(' ')).toContain('VIGIL_S3_BUCKET');
  });

  it('refuses an unknown storage kind and a malformed endpoint without echoing the secret', () => {
    expect(issuesOf(() => loadConfig({ VIGIL_STORAGE: 'ftp' }))[0]?.path).toBe('storage');
    const issues = issuesOf(() => loadConfig({ ...s3Env, VIGIL_S3_ENDPOINT: 'not a url' }));
    expect(issues.map((i) => i.path)).toEqual(['s3Endpoint']);
    expect(JSON.stringify(issues)).not.toContain('a-very-secret-value');
  });
});
