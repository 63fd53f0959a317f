import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';
import { StorageError } from './errors';
import { fromS3Error } from './s3-errors';

/** S3's smallest part (all but the last part of a multipart upload). */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
/** S3's most parts in one upload: the largest object is this many times the part size. */
export const MAX_PARTS = 10_000;

const mapped = <T>(promise: Promise<T>): Promise<T> =>
  promise.catch((error: unknown) => {
    throw fromS3Error(error);
  });

/**
 * Writes one object in parts, in bounded memory: two part buffers, one filling while the other
 * uploads. An object smaller than a part is one PutObject, sent only at `finish`; a larger one is
 * a multipart upload that becomes visible only when `finish` completes it. So the caller can
 * still refuse the bytes (hash mismatch, failed source) with `abort` and nothing is stored.
 * Both the PutObject and the completion carry `If-None-Match: *`: S3 refuses to overwrite.
 */
export class PartWriter {
  readonly #client: S3Client;
  readonly #target: { Bucket: string; Key: string };
  readonly #partSize: number;
  readonly #buffers: Buffer[] = [];
  #current = 0;
  #fill = 0;
  #uploadId: string | undefined;
  readonly #parts: CompletedPart[] = [];
  #inflight: Promise<void> = Promise.resolve();

  constructor(client: S3Client, bucket: string, key: string, partSize: number) {
    this.#client = client;
    this.#target = { Bucket: bucket, Key: key };
    this.#partSize = partSize;
  }

  /** Adds bytes; resolves when they are buffered (waiting for an upload when both buffers are full). */
  async write(chunk: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      const buffer = this.#buffer();
      const n = Math.min(this.#partSize - this.#fill, chunk.length - offset);
      buffer.set(chunk.subarray(offset, offset + n), this.#fill);
      this.#fill += n;
      offset += n;
      if (this.#fill === this.#partSize) await this.#sendPart();
    }
  }

  /** Stores what was written as the object. */
  async finish(): Promise<void> {
    if (this.#uploadId === undefined) {
      const body = this.#buffer().subarray(0, this.#fill);
      await mapped(
        this.#client.send(
          new PutObjectCommand({
            ...this.#target,
            Body: body,
            ContentLength: body.length,
            ContentType: 'application/octet-stream',
            IfNoneMatch: '*',
          }),
        ),
      );
      return;
    }
    if (this.#fill > 0) await this.#sendPart();
    await this.#inflight;
    await mapped(
      this.#client.send(
        new CompleteMultipartUploadCommand({
          ...this.#target,
          UploadId: this.#uploadId,
          MultipartUpload: {
            Parts: [...this.#parts].sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0)),
          },
          IfNoneMatch: '*',
        }),
      ),
    );
  }

  /** Drops a started multipart upload and its parts (best effort: a failure here is not the caller's). */
  async abort(): Promise<void> {
    await this.#inflight.catch(() => undefined);
    if (this.#uploadId === undefined) return;
    await this.#client
      .send(new AbortMultipartUploadCommand({ ...this.#target, UploadId: this.#uploadId }))
      .catch(() => undefined);
  }

  #buffer(): Buffer {
    // Allocated on first use: a small object never needs the second buffer.
    this.#buffers[this.#current] ??= Buffer.allocUnsafe(this.#partSize);
    return this.#buffers[this.#current] as Buffer;
  }

  /** Starts uploading the filled buffer once the previous part is done, then switches buffers. */
  async #sendPart(): Promise<void> {
    await this.#inflight; // its buffer is the one we fill next
    if (this.#uploadId === undefined) {
      const created = await mapped(
        this.#client.send(
          new CreateMultipartUploadCommand({
            ...this.#target,
            ContentType: 'application/octet-stream',
          }),
        ),
      );
      if (created.UploadId === undefined) throw new StorageError('io');
      this.#uploadId = created.UploadId;
    }
    const body = this.#buffer().subarray(0, this.#fill);
    const partNumber = this.#parts.length + 1;
    // Refuse here rather than let S3 fail the completion after the whole object was sent.
    if (partNumber > MAX_PARTS) throw new StorageError('io');
    const uploadId = this.#uploadId;
    this.#parts.push({ PartNumber: partNumber });
    this.#inflight = mapped(
      this.#client.send(
        new UploadPartCommand({
          ...this.#target,
          UploadId: uploadId,
          PartNumber: partNumber,
          Body: body,
          ContentLength: body.length,
        }),
      ),
    ).then((out) => {
      const part = this.#parts[partNumber - 1];
      if (part !== undefined) part.ETag = out.ETag;
    });
    // Its failure surfaces at the next await of #inflight, not as an unhandled rejection.
    this.#inflight.catch(() => undefined);
    this.#current = 1 - this.#current;
    this.#fill = 0;
  }
}
