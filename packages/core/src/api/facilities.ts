import { z } from 'zod';
import { facilityIdSchema, regionCodeSchema } from '../records/kinds';
import { facilityInputSchema, facilitySchema, facilityTypeSchema } from '../facilities/schema';

/** Facilities a list request may ask for, by region, type or a word of a name. */
export const facilityListQuerySchema = z.strictObject({
  region: regionCodeSchema.optional(),
  type: facilityTypeSchema.optional(),
  /** Also list facilities merged into others (hidden by default). */
  merged: z.enum(['include', 'exclude']).default('exclude'),
  /** The previous page's `next`. */
  after: facilityIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(500),
});
export type FacilityListQuery = z.input<typeof facilityListQuerySchema>;

export const facilityListResponseSchema = z.strictObject({
  facilities: z.array(facilitySchema),
  next: facilityIdSchema.nullable(),
});
export type FacilityListResponse = z.infer<typeof facilityListResponseSchema>;

export const facilityParamsSchema = z.strictObject({ facilityId: facilityIdSchema });

/** A new facility; the client may choose its id (UUIDv7), so that a retried create is one facility. */
export const facilityCreateBodySchema = z.strictObject({
  id: facilityIdSchema.optional(),
  facility: facilityInputSchema,
  /** Create it even though the register has a facility that looks the same. */
  allowDuplicate: z.boolean().default(false),
});
export type FacilityCreateBody = z.input<typeof facilityCreateBodySchema>;

/** A change: the whole facility as it should be now, and the version it was read at. */
export const facilityUpdateBodySchema = z.strictObject({
  version: z.number().int().min(1),
  facility: facilityInputSchema,
});
export type FacilityUpdateBody = z.input<typeof facilityUpdateBodySchema>;

/** Folds one facility into another: names become aliases, sources and units are joined. */
export const facilityMergeBodySchema = z.strictObject({
  into: facilityIdSchema,
});
export type FacilityMergeBody = z.input<typeof facilityMergeBodySchema>;

/** The most facilities one import takes (the register of a country is a few thousand). */
export const FACILITY_IMPORT_MAX = 5000;

/** What to do with an imported facility that looks like one already in the register. */
export const DUPLICATE_POLICIES = ['refuse', 'skip', 'create'] as const;

export const facilityImportBodySchema = z.strictObject({
  facilities: z
    .array(z.strictObject({ id: facilityIdSchema.optional(), facility: facilityInputSchema }))
    .min(1, 'the file has no facilities')
    .max(FACILITY_IMPORT_MAX),
  onDuplicate: z.enum(DUPLICATE_POLICIES).default('refuse'),
  /** Check everything and report, store nothing. */
  dryRun: z.boolean().default(false),
});
export type FacilityImportBody = z.input<typeof facilityImportBodySchema>;

export const facilityDuplicateSchema = z.strictObject({
  /** Position of the imported facility (0-based), or null for a create. */
  index: z.number().int().nullable(),
  /** The facility already in the register (or earlier in the same file) it looks like. */
  existing: facilityIdSchema,
  similarity: z.number(),
});
export type FacilityDuplicate = z.infer<typeof facilityDuplicateSchema>;

export const facilityImportResponseSchema = z.strictObject({
  dryRun: z.boolean(),
  /** Ids of the facilities created (or that would be). */
  created: z.array(facilityIdSchema),
  /** Ids given in the file that the register already holds: left as they are. */
  unchanged: z.array(facilityIdSchema),
  /** Positions skipped as possible duplicates (with `onDuplicate: skip`). */
  skipped: z.array(z.number().int()),
  duplicates: z.array(facilityDuplicateSchema),
});
export type FacilityImportResponse = z.infer<typeof facilityImportResponseSchema>;
