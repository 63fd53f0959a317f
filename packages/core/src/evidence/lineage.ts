import { z } from 'zod';
import { evidenceIdSchema } from '../records/kinds';

/** How a working copy was made from its original; the original itself is never altered. */
export const WORKING_COPY_OPERATIONS = [
  'strip-metadata',
  'redact',
  'transcode',
  'excerpt',
] as const;
export type WorkingCopyOperation = (typeof WORKING_COPY_OPERATIONS)[number];
export const workingCopyOperationSchema = z.enum(WORKING_COPY_OPERATIONS);

/** Where a working copy comes from (sealed with the copy's metadata, like the rest of it). */
export const evidenceLineageSchema = z.strictObject({
  /** The evidence item this copy was made from (an original or another working copy). */
  derivedFrom: evidenceIdSchema,
  /** What was done to it. */
  operation: workingCopyOperationSchema,
  /** Free text from the person who made it, e.g. which faces were blurred and why. */
  note: z.string().max(2000).optional(),
});
export type EvidenceLineage = z.infer<typeof evidenceLineageSchema>;
