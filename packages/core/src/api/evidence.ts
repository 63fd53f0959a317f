import { z } from 'zod';
import { sealedEnvelopeSchema } from '../encoding';
import { accountIdSchema, vaultIdSchema } from '../ids';
import { custodyActionSchema } from '../evidence/custody';
import { evidenceKindSchema } from '../evidence/kind';
import { evidenceIdSchema } from '../records/kinds';
import { keyVersionSchema } from './key-version';

/** Ciphertext bytes per uploaded part: each part is one request, resumable on its own. */
export const EVIDENCE_PART_SIZE = 8 * 1024 * 1024;
export const MIN_EVIDENCE_PART_SIZE = 64 * 1024;
export const MAX_EVIDENCE_PART_SIZE = 16 * 1024 * 1024;
/** The body limit of a part upload: the largest part. */
export const EVIDENCE_PART_BODY_LIMIT = MAX_EVIDENCE_PART_SIZE;
/** How many records one item may document. */
export const MAX_EVIDENCE_LINKS = 100;

/** Parts of an upload of `size` ciphertext bytes in parts of `partSize` (an empty file: one). */
export const partCount = (size: number, partSize: number): number =>
  Math.max(1, Math.ceil(size / partSize));

/** Bytes of part `index` of an upload. */
export const partLength = (size: number, partSize: number, index: number): number =>
  Math.max(0, Math.min(partSize, size - index * partSize));

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const recordIdSchema = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'must be a lower-case UUID',
  );

export const evidenceParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  evidenceId: evidenceIdSchema,
});
export const evidencePartParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  evidenceId: evidenceIdSchema,
  index: z.coerce.number().int().min(0).max(1_000_000),
});

/**
 * Opens an upload. The client made the id (it is in the AAD of every chunk), encrypted the file
 * and knows the ciphertext's size; `sealed` holds what only members may read: file name, media
 * type, plaintext SHA-256, extracted metadata and the file key.
 */
export const startEvidenceUploadRequestSchema = z.strictObject({
  id: evidenceIdSchema,
  kind: evidenceKindSchema,
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  partSize: z.number().int().min(MIN_EVIDENCE_PART_SIZE).max(MAX_EVIDENCE_PART_SIZE),
  sealed: sealedEnvelopeSchema,
  keyVersion: keyVersionSchema,
  links: z.array(recordIdSchema).max(MAX_EVIDENCE_LINKS).default([]),
  derivedFrom: evidenceIdSchema.optional(),
});
export type StartEvidenceUploadRequest = z.input<typeof startEvidenceUploadRequestSchema>;

/** Where an upload stands: which parts arrived (a resumed upload sends the others). */
export const evidenceUploadStatusSchema = z.object({
  id: evidenceIdSchema,
  state: z.enum(['uploading', 'stored']),
  size: z.number().int(),
  partSize: z.number().int(),
  parts: z.number().int(),
  received: z.array(z.number().int()),
  expiresAt: z.string().nullable(),
  /** The sealed metadata sent at start: it holds the file key a resumed upload needs again. */
  sealed: z.string(),
  keyVersion: z.number().int(),
});
export type EvidenceUploadStatus = z.infer<typeof evidenceUploadStatusSchema>;

/** The header carrying a part's ciphertext SHA-256 (hex); a part that does not match is refused. */
export const PART_SHA256_HEADER = 'x-vigil-sha256';

export const evidencePartResponseSchema = z.object({
  index: z.number().int(),
  size: z.number().int(),
  sha256: hex64,
});

/**
 * A custody event as the server holds it: its place in the chain in the clear, the signed event
 * sealed (it names the file's plaintext hash). The client checks that both agree.
 */
export const custodyEntryRequestSchema = z
  .strictObject({
    seq: z.number().int().min(0).max(1_000_000),
    action: custodyActionSchema,
    prev: hex64,
    hash: hex64,
    sealed: sealedEnvelopeSchema,
    keyVersion: keyVersionSchema,
  })
  .refine((e) => (e.seq === 0) === (e.action === 'intake'), {
    path: ['action'],
    message: 'intake is the first event, only',
  });
export type CustodyEntryRequest = z.infer<typeof custodyEntryRequestSchema>;

export const custodyEntrySchema = z.object({
  seq: z.number().int(),
  action: custodyActionSchema,
  prev: hex64,
  hash: hex64,
  sealed: z.string(),
  keyVersion: z.number().int(),
  actor: accountIdSchema,
  recordedAt: z.string(),
});
export type CustodyEntry = z.infer<typeof custodyEntrySchema>;

export const custodyListResponseSchema = z.object({
  events: z.array(custodyEntrySchema),
  /**
   * The signing public key (raw Ed25519, base64url) the server holds for each account that acted
   * in the chain, members since removed included: the member list no longer names them, and a
   * chain they signed must still verify (and an evidence package still carry their keys).
   */
  signers: z.record(z.uuid(), z.string().regex(/^[A-Za-z0-9_-]{43}$/)),
});

/** Completes an upload once every part arrived: the intake event opens the custody chain. */
export const completeEvidenceUploadRequestSchema = z.strictObject({
  intake: custodyEntryRequestSchema,
  /**
   * The final sealed metadata, now with the file's plaintext SHA-256 (known only once the whole
   * file was read); under the same key version as the intake.
   */
  sealed: sealedEnvelopeSchema.optional(),
});

export const evidenceItemSchema = z.object({
  id: evidenceIdSchema,
  vaultId: vaultIdSchema,
  kind: evidenceKindSchema,
  state: z.enum(['uploading', 'stored']),
  size: z.number().int(),
  partSize: z.number().int(),
  parts: z.number().int(),
  sealed: z.string(),
  keyVersion: z.number().int(),
  derivedFrom: evidenceIdSchema.nullable(),
  links: z.array(z.string()),
  createdAt: z.string(),
  createdBy: accountIdSchema,
  storedAt: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const evidenceListQuerySchema = z.strictObject({
  linkedTo: recordIdSchema.optional(),
  kind: evidenceKindSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The last id of the previous page (ids are UUIDv7: time-ordered). */
  after: evidenceIdSchema.optional(),
});
export type EvidenceListQuery = z.input<typeof evidenceListQuerySchema>;

export const evidenceListResponseSchema = z.object({
  items: z.array(evidenceItemSchema),
  next: evidenceIdSchema.nullable(),
});
