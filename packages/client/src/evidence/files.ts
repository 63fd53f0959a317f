import {
  CUSTODY_GENESIS,
  EVIDENCE_PART_SIZE,
  PART_SHA256_HEADER,
  type EvidenceItem,
  type EvidenceKind,
  type EvidenceUploadStatus,
  type VaultId,
} from '@vigil/core';
import {
  createSha256,
  decryptFile,
  encryptFile,
  FILE_CHUNK_SIZE,
  fromBase64Url,
  generateFileKey,
  openJson,
  sealJson,
  toBase64Url,
  toHex,
  uuidv7,
} from '@vigil/crypto';
import { z } from 'zod';
import type { ClientContext } from '../context';
import { ApiError } from '../errors';
import { currentKeyFor, keyringById } from '../vault-keys';
import { recordCustody, signedEntry } from './custody';
import { metadataContext } from './sealing';

/**
 * A file to upload: its plaintext size, and a way to read it from the start (again to resume).
 * `open()` may hand out the same buffer for every piece, overwritten once the next piece is asked
 * for: pieces are hashed and encrypted in place, and only what is left of one is copied.
 */
export interface EvidenceSource {
  readonly size: number;
  open(): AsyncIterable<Uint8Array>;
}

export interface AddEvidenceInput {
  readonly kind: EvidenceKind;
  readonly fileName?: string;
  readonly mediaType?: string;
  /** What was extracted from the file on this device (EXIF, PDF, duration…): sealed. */
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly links?: readonly string[];
  /** For a working copy: the original it was made from (never altered). */
  readonly derivedFrom?: string;
  readonly note?: string;
}

export interface EvidenceProgress {
  readonly phase: 'uploading' | 'completing';
  /** Plaintext bytes read so far. */
  readonly done: number;
  readonly total: number;
}

export interface AddEvidenceOptions {
  readonly onProgress?: (p: EvidenceProgress) => void;
  readonly signal?: AbortSignal;
  /** Continue this upload (its id): parts the server holds are not sent again. */
  readonly resume?: string;
  /** Told the id as soon as the upload exists, so a caller can resume it after a failure. */
  readonly onStarted?: (id: string) => void;
  /** Ciphertext bytes per part (tests use small ones). */
  readonly partSize?: number;
}

/**
 * Part requests at once. A request spends most of its time after its bytes were sent, while the
 * server stores them durably (fsync, then a commit), so requests outnumber part buffers: the
 * server's waits overlap each other while this process's memory stays at PART_BUFFERS parts.
 */
const UPLOADS_IN_FLIGHT = 6;
/** Part buffers (8 MiB each): one being filled, two on their way to the server. */
const PART_BUFFERS = 3;

/** What only members read about a file; the file key opens its content. */
export const evidenceMetaSchema = z.object({
  v: z.literal(1),
  fileKey: z.string(),
  size: z.number().int().min(0),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  fileName: z.string().max(1000).optional(),
  mediaType: z.string().max(200).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  note: z.string().max(10000).optional(),
});
export type EvidenceMeta = z.infer<typeof evidenceMetaSchema>;

/** Ciphertext bytes of a file of `size` plaintext bytes (packages/crypto file format v1). */
export const ciphertextSize = (size: number): number => {
  const chunks = size === 0 ? 1 : Math.ceil(size / FILE_CHUNK_SIZE);
  return 5 + size + 16 * chunks;
};

/**
 * At most `count` part buffers, handed back once a part's bytes are sent (allocating 8 MiB per
 * part kept the collector busy). `take` waits while all of them are out.
 */
const partBuffers = (size: number, count: number) => {
  const free: Uint8Array[] = [];
  const waiting: ((buffer: Uint8Array) => void)[] = [];
  let made = 0;
  return {
    take: async (): Promise<Uint8Array> => {
      const buffer = free.pop();
      if (buffer !== undefined) return buffer;
      if (made < count) {
        made++;
        return new Uint8Array(size);
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give: (buffer: Uint8Array): void => {
      const next = waiting.shift();
      if (next === undefined) free.push(buffer);
      else next(buffer);
    },
  };
};

/**
 * Cuts a byte stream into parts of exactly `size` bytes (the last one shorter), hashing each part
 * as it fills (one pass over the bytes, no copy for the hash). Each part's `buffer` comes from
 * `buffers` and goes back there once the part is sent.
 */
async function* cut(
  source: AsyncIterable<Uint8Array>,
  size: number,
  buffers: ReturnType<typeof partBuffers>,
): AsyncGenerator<{ bytes: Uint8Array; buffer: Uint8Array; sha256: string }> {
  let buffer = await buffers.take();
  let filled = 0;
  let hasher = await createSha256();
  for await (const piece of source) {
    let offset = 0;
    while (offset < piece.length) {
      const n = Math.min(size - filled, piece.length - offset);
      const slice = piece.subarray(offset, offset + n);
      buffer.set(slice, filled);
      hasher.update(slice);
      filled += n;
      offset += n;
      if (filled === size) {
        yield { bytes: buffer, buffer, sha256: toHex(hasher.digest()) };
        buffer = await buffers.take();
        filled = 0;
        hasher = await createSha256();
      }
    }
  }
  if (filled > 0) {
    yield { bytes: buffer.subarray(0, filled), buffer, sha256: toHex(hasher.digest()) };
  }
}

const openMeta = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
  sealed: string,
  keyVersion: number,
): Promise<EvidenceMeta> => {
  const keys = await keyringById(ctx, vaultId, [keyVersion]);
  const parsed = evidenceMetaSchema.safeParse(
    await openJson(keys, metadataContext(vaultId, id), sealed),
  );
  if (!parsed.success) {
    throw new ApiError(0, 'bad_server_response', 'The sealed metadata of this item is malformed.');
  }
  return parsed.data;
};

/**
 * Encrypts a file on this device and uploads it in parts, resumably; hashes the plaintext on
 * the way and signs the intake custody event with it. Memory holds one part and one chunk,
 * whatever the file's size. Returns the item's id and the file's SHA-256 (hex).
 */
export const addEvidence = async (
  ctx: ClientContext,
  vaultId: VaultId,
  file: EvidenceSource,
  input: AddEvidenceInput,
  options: AddEvidenceOptions = {},
): Promise<{ id: string; sha256: string; item: EvidenceItem }> => {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const summary = await ctx.transport.call('vaultGet', { params: { vaultId } });
  const key = await currentKeyFor(ctx, summary);
  let status: EvidenceUploadStatus;
  let meta: EvidenceMeta;
  if (options.resume !== undefined) {
    status = await ctx.transport.call('evidenceUploadStatus', {
      params: { vaultId, evidenceId: options.resume },
    });
    meta = await openMeta(ctx, vaultId, status.id, status.sealed, status.keyVersion);
    if (meta.size !== file.size) {
      throw new ApiError(0, 'validation_failed', 'This is not the file of that upload (size).');
    }
  } else {
    const id = uuidv7();
    meta = {
      v: 1,
      fileKey: toBase64Url(generateFileKey()),
      size: file.size,
      ...(input.fileName === undefined ? {} : { fileName: input.fileName }),
      ...(input.mediaType === undefined ? {} : { mediaType: input.mediaType }),
      ...(input.metadata === undefined ? {} : { metadata: { ...input.metadata } }),
      ...(input.note === undefined ? {} : { note: input.note }),
    };
    status = await ctx.transport.call('evidenceUploadStart', {
      params: { vaultId },
      body: {
        id,
        kind: input.kind,
        size: ciphertextSize(file.size),
        partSize: options.partSize ?? EVIDENCE_PART_SIZE,
        sealed: await sealJson(key, metadataContext(vaultId, id), meta),
        keyVersion: key.version,
        links: [...(input.links ?? [])],
        ...(input.derivedFrom === undefined ? {} : { derivedFrom: input.derivedFrom }),
      },
    });
  }
  const id = status.id;
  options.onStarted?.(id);
  const received = new Set(status.received);
  const hasher = await createSha256();
  let read = 0;
  const changed = () =>
    new ApiError(0, 'validation_failed', `The file changed while it was read (${read} bytes).`);
  const plaintext = async function* () {
    for await (const piece of file.open()) {
      signal?.throwIfAborted();
      hasher.update(piece);
      read += piece.length;
      if (read > file.size) throw changed();
      yield piece;
    }
    if (read !== file.size) throw changed();
  };
  const fileKey = fromBase64Url(meta.fileKey);
  // Up to UPLOADS_IN_FLIGHT parts travel while the next is encrypted: the server's disk work
  // overlaps ours. Memory: PART_BUFFERS parts, whatever the number of requests.
  const inFlight = new Set<Promise<void>>();
  let failed: unknown = null;
  let index = 0;
  const buffers = partBuffers(status.partSize, PART_BUFFERS);
  try {
    for await (const part of cut(
      encryptFile(fileKey, id, plaintext(), file.size),
      status.partSize,
      buffers,
    )) {
      if (failed !== null) break;
      if (received.has(index)) {
        buffers.give(part.buffer);
      } else {
        while (inFlight.size >= UPLOADS_IN_FLIGHT) await Promise.race(inFlight);
        if (failed !== null) break;
        const sending: Promise<void> = (async () => {
          await ctx.transport.upload('evidencePartPut', {
            params: { vaultId, evidenceId: id, index },
            body: part.bytes,
            headers: { [PART_SHA256_HEADER]: part.sha256 },
            // Its bytes are no longer read: the buffer takes the next part while this one is stored.
            onSent: () => buffers.give(part.buffer),
          });
        })()
          .catch((error: unknown) => {
            failed ??= error;
          })
          .finally(() => {
            inFlight.delete(sending);
          });
        inFlight.add(sending);
      }
      index++;
      onProgress?.({ phase: 'uploading', done: read, total: file.size });
    }
  } finally {
    // Never leave parts travelling behind a failure: a resume must see what they stored.
    await Promise.all(inFlight);
  }
  if (failed !== null) throw failed;
  fileKey.fill(0);
  const sha256 = toHex(hasher.digest());
  onProgress?.({ phase: 'completing', done: read, total: file.size });
  const { entry } = await signedEntry(ctx, key, vaultId, id, {
    seq: 0,
    prev: CUSTODY_GENESIS,
    action: 'intake',
    file: { sha256, size: file.size },
    ...(input.note === undefined ? {} : { note: input.note }),
  });
  const item = await ctx.transport.call('evidenceUploadComplete', {
    params: { vaultId, evidenceId: id },
    body: {
      intake: entry,
      sealed: await sealJson(key, metadataContext(vaultId, id), { ...meta, sha256 }),
    },
  });
  if (input.derivedFrom !== undefined) {
    await recordCustody(ctx, vaultId, input.derivedFrom, 'derive', {
      derived: id,
      file: { sha256, size: file.size },
    });
  }
  return { id, sha256, item };
};

/** An item with its sealed metadata opened. */
export interface EvidenceView {
  readonly item: EvidenceItem;
  readonly meta: EvidenceMeta;
}

/** One item, its metadata opened on this device. */
export const getEvidence = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
): Promise<EvidenceView> => {
  const item = await ctx.transport.call('evidenceGet', { params: { vaultId, evidenceId: id } });
  return { item, meta: await openMeta(ctx, vaultId, id, item.sealed, item.keyVersion) };
};

/** A page of the vault's items, their metadata opened. */
export const listEvidence = async (
  ctx: ClientContext,
  vaultId: VaultId,
  query: { linkedTo?: string; kind?: EvidenceKind; after?: string; limit?: number } = {},
): Promise<{ items: EvidenceView[]; next: string | null }> => {
  const page = await ctx.transport.call('evidenceList', { params: { vaultId }, query });
  const items = await Promise.all(
    page.items.map(async (item) => ({
      item,
      meta: await openMeta(ctx, vaultId, item.id, item.sealed, item.keyVersion),
    })),
  );
  return { items, next: page.next };
};

/**
 * Downloads and decrypts an item into `sink`, chunk by chunk, after signing a custody event
 * (`download` by default). The bytes are authenticated as they come, but a truncated file is only
 * known at the end: write to a temporary place and keep it only when this resolves. Resolves with
 * the SHA-256 of what was written, checked against the item's metadata.
 */
export const downloadEvidence = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
  sink: (chunk: Uint8Array) => Promise<void> | void,
  options: { action?: 'download' | 'view' | 'copy' | 'export'; signal?: AbortSignal } = {},
): Promise<{ sha256: string; size: number; meta: EvidenceMeta }> => {
  const { meta } = await getEvidence(ctx, vaultId, id);
  await recordCustody(ctx, vaultId, id, options.action ?? 'download');
  const body = await ctx.transport.download('evidenceContent', {
    params: { vaultId, evidenceId: id },
  });
  const hasher = await createSha256();
  let size = 0;
  const fileKey = fromBase64Url(meta.fileKey);
  try {
    for await (const chunk of decryptFile(fileKey, id, body)) {
      options.signal?.throwIfAborted();
      hasher.update(chunk);
      size += chunk.length;
      await sink(chunk);
    }
  } finally {
    fileKey.fill(0);
  }
  const sha256 = toHex(hasher.digest());
  if (meta.sha256 !== undefined && meta.sha256 !== sha256) {
    throw new ApiError(0, 'decrypt_failed', 'The file does not match the hash it was stored with.');
  }
  return { sha256, size, meta };
};
