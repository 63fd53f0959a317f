// Test support: a real S3-compatible server (s3rver, pure JS) on a free loopback port, in a temp
// directory. See docs/adr/0014 for why s3rver and for the one operation added here.
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { s3ClientFrom } from './s3-client';

export const TEST_BUCKET = 'vigil-test';

/** A running test server and a client for it. */
export interface S3TestServer {
  readonly client: S3Client;
  readonly endpoint: string;
  /** Multipart uploads started and neither completed nor aborted. */
  danglingUploads(): Promise<string[]>;
  stop(): Promise<void>;
}

const UPLOAD_ID = /^[0-9a-f]{16,64}$/;

/**
 * s3rver 3.7 lacks AbortMultipartUpload (DELETE /bucket/key?uploadId=…). This answers it the way
 * S3 does: the upload and its parts are discarded, 204. Everything else goes to s3rver.
 */
const abortShim =
  (directory: string, s3rver: (req: IncomingMessage, res: ServerResponse) => void) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const uploadId = url.searchParams.get('uploadId');
    if (req.method !== 'DELETE' || uploadId === null) return s3rver(req, res);
    const bucket = url.pathname.split('/')[1] ?? '';
    req.resume();
    if (!UPLOAD_ID.test(uploadId) || bucket !== TEST_BUCKET) {
      res.writeHead(404).end();
      return;
    }
    void rm(join(directory, bucket, '._S3rver_uploads', uploadId), { recursive: true }).then(
      () => res.writeHead(204).end(),
      () => res.writeHead(404).end(),
    );
  };

/** Starts s3rver on 127.0.0.1 with a fresh directory and creates the test bucket through the API. */
export const startS3TestServer = async (): Promise<S3TestServer> => {
  const directory = await mkdtemp(join(tmpdir(), 'vigil-s3rver-'));
  const s3rver = new S3rver({ directory, silent: true });
  const http: Server = createServer(abortShim(directory, s3rver.callback()));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', resolve);
  });
  const { port } = http.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3ClientFrom({
    s3Endpoint: endpoint,
    s3Bucket: TEST_BUCKET,
    s3Region: 'us-east-1',
    s3AccessKeyId: 'S3RVER',
    s3SecretAccessKey: 'S3RVER',
    s3ForcePathStyle: true,
  });
  await client.send(new CreateBucketCommand({ Bucket: TEST_BUCKET }));
  return {
    client,
    endpoint,
    danglingUploads: async () =>
      readdir(join(directory, TEST_BUCKET, '._S3rver_uploads')).catch(() => []),
    stop: async () => {
      client.destroy();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await rm(directory, { recursive: true, force: true });
    },
  };
};
