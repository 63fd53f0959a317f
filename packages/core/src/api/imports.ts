import { z } from 'zod';
import { isUuid, vaultIdSchema } from '../ids';
import { DEFAULT_RECORD_SETTINGS, type RecordSettings } from '../records/schema';
import { createRecordRequestSchema, type CreateRecordRequest } from './records';

/** The most records one import may hold (the benchmark imports 100,000). */
export const MAX_IMPORT_RECORDS = 1_000_000;
/** The most records one upload request may carry. */
export const MAX_IMPORT_BATCH = 1000;

/** An import session's id (made by the server). */
export const importIdSchema = z.string().refine(isUuid, 'must be a lower-case UUID');

export const importParamsSchema = z.strictObject({
  vaultId: vaultIdSchema,
  importId: importIdSchema,
});

/** Start an import of `total` records; nothing is written to the vault until commit. */
export const startImportRequestSchema = z.strictObject({
  total: z.number().int().min(1).max(MAX_IMPORT_RECORDS),
});
export type StartImportRequest = z.infer<typeof startImportRequestSchema>;

/** An open import session: uploads and the commit must come before `expiresAt` (moved on by each upload). */
export const importSessionSchema = z.object({
  id: importIdSchema,
  total: z.number().int(),
  expiresAt: z.string(),
});
export type ImportSession = z.infer<typeof importSessionSchema>;

/** One upload: `records[i]` is row `offset + i` of the import, in the wire form of record create. */
export interface UploadImportRequest {
  readonly offset: number;
  readonly records: readonly CreateRecordRequest[];
}

/** The upload body; each record is checked exactly like a record create body. */
export const uploadImportRequestSchema = (
  settings: RecordSettings = DEFAULT_RECORD_SETTINGS,
): z.ZodType<UploadImportRequest> =>
  z.strictObject({
    offset: z
      .number()
      .int()
      .min(0)
      .max(MAX_IMPORT_RECORDS - 1),
    records: z.array(createRecordRequestSchema(settings)).min(1).max(MAX_IMPORT_BATCH),
  }) as unknown as z.ZodType<UploadImportRequest>;

export const uploadImportResponseSchema = z.object({
  /** Rows staged so far in this import. */
  received: z.number().int(),
  expiresAt: z.string(),
});

export const commitImportResponseSchema = z.object({
  /** Records written to the vault (all of the import). */
  count: z.number().int(),
});
