import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { StorageError } from './errors';
import { bytesOf, checkExpected, checkRange, startDigest } from './hashing';
import { keyPrefix, objectKey } from './keys';
import { fromS3Error, s3Status } from './s3-errors';
import { MIN_PART_SIZE, PartWriter } from './s3-parts';
import type {
  ByteRange,
  ByteSource,
  ListedObject,
  ObjectStore,
  PutOptions,
  PutResult,
} from './types';

/** Options of an S3Store. */
export interface S3StoreOptions {
  readonly bucket: string;
  /**
   * Bytes per multipart part (at least 5 MiB); memory use of a put is about twice this, and the
   * largest object 10,000 times this (8 MiB: about 78 GiB; raise it for larger files).
   */
  readonly partSize?: number;
}

const DEFAULT_PART_SIZE = 8 * 1024 * 1024;

/**
 * Objects in an S3-compatible bucket. Puts stream in parts (see PartWriter) and are made visible
 * only after the hash was checked; a refused or failed put aborts its multipart upload. Buckets
 * should also carry a lifecycle rule that aborts incomplete multipart uploads after a day, for
 * puts cut off by a crash before they could abort.
 */
export class S3Store implements ObjectStore {
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #partSize: number;

  constructor(client: S3Client, options: S3StoreOptions) {
    const partSize = options.partSize ?? DEFAULT_PART_SIZE;
    if (!Number.isSafeInteger(partSize) || partSize < MIN_PART_SIZE) {
      throw new RangeError('partSize must be an integer of at least 5 MiB');
    }
    this.#client = client;
    this.#bucket = options.bucket;
    this.#partSize = partSize;
  }

  async put(key: string, source: ByteSource, options: PutOptions = {}): Promise<PutResult> {
    const k = objectKey(key);
    // Early refusal before streaming gigabytes; If-None-Match on the final write is the real
    // guard where the provider supports it.
    if ((await this.head(k)) !== null) throw new StorageError('exists');
    const writer = new PartWriter(this.#client, this.#bucket, k, this.#partSize);
    try {
      const digest = await startDigest();
      // Errors from the source pass through unchanged; S3's come out of the writer mapped.
      for await (const chunk of bytesOf(source)) {
        digest.update(chunk);
        await writer.write(chunk);
      }
      const result = digest.finish();
      checkExpected(result.sha256, options.expectedSha256);
      await writer.finish();
      return result;
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const k = objectKey(key);
    checkRange(range);
    const header = range === undefined ? undefined : `bytes=${range.start}-${range.end ?? ''}`;
    const out = await this.#client
      .send(new GetObjectCommand({ Bucket: this.#bucket, Key: k, Range: header }))
      .catch((error: unknown) => {
        throw fromS3Error(error);
      });
    // In Node the SDK's body is the HTTP response, a Readable.
    if (!(out.Body instanceof Readable)) throw new StorageError('io');
    return out.Body;
  }

  async head(key: string): Promise<{ size: number } | null> {
    const k = objectKey(key);
    const out = await this.#client
      .send(new HeadObjectCommand({ Bucket: this.#bucket, Key: k }))
      .catch((error: unknown) => {
        if (s3Status(error) === 404) return null;
        throw fromS3Error(error);
      });
    return out === null ? null : { size: out.ContentLength ?? 0 };
  }

  async delete(key: string): Promise<void> {
    const k = objectKey(key);
    await this.#client
      .send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: k }))
      .catch((error: unknown) => {
        if (s3Status(error) === 404) return;
        throw fromS3Error(error);
      });
  }

  async *list(prefix: string): AsyncIterable<ListedObject> {
    const wanted = keyPrefix(prefix);
    let token: string | undefined;
    do {
      const page = await this.#client
        .send(
          new ListObjectsV2Command({
            Bucket: this.#bucket,
            Prefix: wanted,
            ContinuationToken: token,
          }),
        )
        .catch((error: unknown) => {
          throw fromS3Error(error);
        });
      for (const item of page.Contents ?? []) {
        if (item.Key !== undefined) yield { key: item.Key, size: item.Size ?? 0 };
      }
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  }
}
