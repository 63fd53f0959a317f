import { z } from 'zod';
import { sealedEnvelopeSchema } from '../encoding';
import { accountIdSchema, isUuid, vaultIdSchema } from '../ids';
import { isoDaySchema } from '../dates/partial-date';
import {
  facilityIdSchema,
  RECORD_KINDS,
  recordKindSchema,
  regionCodeSchema,
  type RecordKind,
} from '../records/kinds';
import { CODE_FILTER_VOCABS } from '../records/search';
import type { VocabularyId } from '../vocab/ids';
import { resolveTerm } from '../vocab/registry';
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

/** Coded filters of a record list; every given filter must hold (AND); list-valued ones match any of their values. */
export interface RecordFilter {
  /** 'YYYY-MM-DD': the record's main date may fall on or after this day. */
  from?: string;
  /** 'YYYY-MM-DD': the record's main date may fall on or before this day (overlap semantics). */
  to?: string;
  /** Facility id (UUID) named by the record's facility fields. */
  facility?: string;
  /** ISO 3166-2 code (incident.region). */
  region?: string;
  /** violence-methods codes (incident.methods), any of. */
  methods?: string[];
  /** perpetrator-agencies codes (incident.perpetrators[].agency), any of. */
  agencies?: string[];
  /** groups-at-risk codes in the person's coded group fields, any of. */
  groups?: string[];
  /** A record id: records whose relation fields name it (e.g. a person's incidents). */
  linkedTo?: string;
}

/** List order: by creation (id, UUIDv7) or by main date (NULLs last, id as tie-break); `-` = descending. */
export const RECORD_SORTS = ['created', '-created', 'date', '-date'] as const;
export type RecordSort = (typeof RECORD_SORTS)[number];

/** Codes of one vocabulary, in a query string as repeated parameters or comma-separated. */
const codeListSchema = (vocab: VocabularyId) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',') : v),
    z
      .array(
        z
          .string()
          .max(64)
          .refine((code) => resolveTerm(vocab, code) !== undefined, `not a code of ${vocab}`),
      )
      .min(1)
      .max(100),
  );

/** What each list request may ask for: one kind or all, coded filters, an order and a cursor. */
export const recordListQuerySchema = z
  .strictObject({
    kind: recordKindSchema.optional(),
    /** `exclude` (default) leaves deleted records out, `include` adds them, `only` lists them alone. */
    deleted: z.enum(['exclude', 'include', 'only']).default('exclude'),
    sort: z.enum(RECORD_SORTS).default('created'),
    /** The previous page's `next`: an opaque cursor, valid with the sort it was made for. */
    after: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    from: isoDaySchema.optional(),
    to: isoDaySchema.optional(),
    facility: facilityIdSchema.optional(),
    region: regionCodeSchema.optional(),
    methods: codeListSchema(CODE_FILTER_VOCABS.methods).optional(),
    agencies: codeListSchema(CODE_FILTER_VOCABS.agencies).optional(),
    groups: codeListSchema(CODE_FILTER_VOCABS.groups).optional(),
    linkedTo: anyRecordIdSchema.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
  });
export type RecordListQuery = z.infer<typeof recordListQuerySchema>;

/** Person name lookup: blind indexes of the name's match keys (made on the client), in the body. */
export const recordNameLookupRequestSchema = z.strictObject({
  indexes: z
    .array(z.string().regex(/^[0-9a-f]{16}$/, 'must be a blind index (16 hex digits)'))
    .min(1)
    .max(64),
  limit: z.number().int().min(1).max(200).default(50),
});
export type RecordNameLookupRequest = z.infer<typeof recordNameLookupRequestSchema>;

/** One record as stored: the coded part in plaintext, the rest sealed. */
export const storedRecordSchema = z.object({
  id: anyRecordIdSchema,
  vaultId: vaultIdSchema,
  kind: recordKindSchema,
  version: recordVersionSchema,
  /** The coded fields and relation ids (join with the opened envelope via `joinRecord`). */
  coded: z.record(z.string(), z.unknown()),
  sealed: sealedEnvelopeSchema,
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
  next: z.string().min(1).max(200).nullable(),
});

/** People matching some of the indexes, most matched first (then by id); deleted people left out. */
export const recordNameLookupResponseSchema = z.object({
  matches: z.array(
    z.object({
      record: storedRecordSchema,
      /** How many of the given indexes the person's name indexes hold. */
      matched: z.number().int().min(1),
    }),
  ),
});
export type RecordNameLookupResponse = z.infer<typeof recordNameLookupResponseSchema>;

/** One version of a record, kept for ever (sealed part too). */
export const recordVersionEntrySchema = z.object({
  version: recordVersionSchema,
  change: z.enum(['create', 'update', 'delete', 'restore']),
  coded: z.record(z.string(), z.unknown()),
  sealed: sealedEnvelopeSchema,
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
