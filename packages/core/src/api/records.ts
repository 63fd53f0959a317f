import { z } from 'zod';
import { recordEnvelopeSchema } from '../encoding';
import { accountIdSchema, isUuid, vaultIdSchema } from '../ids';
import { RECORD_KINDS, recordKindSchema, type RecordKind } from '../records/kinds';
import { DEFAULT_RECORD_SETTINGS, recordWireSchema, type RecordSettings } from '../records/schema';
import { keyVersionSchema } from './vaults';

/** Any record's id (client-generated UUIDv7, lower case); the kind says which branded id it is. */
export const anyRecordIdSchema = z.string().refine(isUuid, 'must be a lower-case UUID');

export const recordParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  recordId: anyRecordIdSchema,
});

/** A record version number: 1 at creation, one more at every change. */
export const recordVersionSchema = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);

/** A record's request body, whichever kind: what the use cases receive after validation. */
export interface RecordBody {
  readonly kind: RecordKind;
  readonly record: Readonly<Record<string, unknown>> & {
    readonly sealed: string;
    readonly keyVersion: number;
    readonly nameIndexes?: readonly string[];
  };
}

export type CreateRecordRequest = RecordBody & { readonly id: string };
export type UpdateRecordRequest = RecordBody & { readonly expectedVersion: number };

const byKind = <S extends z.ZodRawShape>(settings: RecordSettings, extra: S) =>
  z.discriminatedUnion(
    'kind',
    RECORD_KINDS.map((kind) =>
      z.strictObject({
        kind: z.literal(kind),
        /** The record in wire form: coded fields, the sealed envelope and its key version. */
        record: recordWireSchema(kind, settings),
        ...extra,
      }),
    ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  );

/**
 * Create a record. The client made the id (it is in the envelope's AAD), split the record with
 * `splitRecord` and sealed the sealed part under the vault key version given.
 */
export const createRecordRequestSchema = (
  settings: RecordSettings = DEFAULT_RECORD_SETTINGS,
): z.ZodType<CreateRecordRequest> =>
  // One object per kind; the union's inferred type is too wide to be useful, RecordBody says it.
  byKind(settings, { id: anyRecordIdSchema }) as unknown as z.ZodType<CreateRecordRequest>;

/** Replace a record with a new version; refused (409 conflict) unless `expectedVersion` is current. */
export const updateRecordRequestSchema = (
  settings: RecordSettings = DEFAULT_RECORD_SETTINGS,
): z.ZodType<UpdateRecordRequest> =>
  byKind(settings, {
    expectedVersion: recordVersionSchema,
  }) as unknown as z.ZodType<UpdateRecordRequest>;

/** What each list request may ask for: one kind or all, soft-deleted records left out by default. */
export const recordListQuerySchema = z.strictObject({
  kind: recordKindSchema.optional(),
  /** `exclude` (default) leaves deleted records out, `include` adds them, `only` lists them alone. */
  deleted: z.enum(['exclude', 'include', 'only']).default('exclude'),
  /** Records with ids after this one (ids are UUIDv7: creation order). */
  after: anyRecordIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type RecordListQuery = z.infer<typeof recordListQuerySchema>;

/** One record as stored: the coded part in plaintext, the rest sealed. */
export const storedRecordSchema = z.object({
  id: anyRecordIdSchema,
  vaultId: vaultIdSchema,
  kind: recordKindSchema,
  version: recordVersionSchema,
  /** The coded fields and relation ids (join with the opened envelope via `joinRecord`). */
  coded: z.record(z.string(), z.unknown()),
  sealed: recordEnvelopeSchema,
  keyVersion: keyVersionSchema,
  deleted: z.boolean(),
  createdAt: z.string(),
  createdBy: accountIdSchema,
  updatedAt: z.string(),
  updatedBy: accountIdSchema,
});
export type StoredRecord = z.infer<typeof storedRecordSchema>;

export const recordListResponseSchema = z.object({
  records: z.array(storedRecordSchema),
  /** The `after` value for the next page, or null when this was the last. */
  next: anyRecordIdSchema.nullable(),
});

/** One version of a record, kept for ever (sealed part too). */
export const recordVersionEntrySchema = z.object({
  version: recordVersionSchema,
  change: z.enum(['create', 'update', 'delete', 'restore']),
  coded: z.record(z.string(), z.unknown()),
  sealed: recordEnvelopeSchema,
  keyVersion: keyVersionSchema,
  deleted: z.boolean(),
  changedAt: z.string(),
  changedBy: accountIdSchema,
});
export type RecordVersionEntry = z.infer<typeof recordVersionEntrySchema>;

export const recordHistoryResponseSchema = z.object({
  id: anyRecordIdSchema,
  kind: recordKindSchema,
  versions: z.array(recordVersionEntrySchema),
});
