import { z } from 'zod';
import { vocabIdSchema } from './ids';
import { vocabMetaSchema, vocabTermSchema } from './schema';

/** `GET /api/vocab/:list` path parameters: a known list id (anything else is a 400). */
export const vocabParamsSchema = z.strictObject({ list: vocabIdSchema });

/** One list in `GET /api/vocab`: metadata, its number of terms and of retired terms. */
export const vocabSummarySchema = vocabMetaSchema.extend({
  size: z.number().int().min(0),
  retired: z.number().int().min(0),
});

/** `GET /api/vocab`: every vocabulary with its version and size. */
export const vocabListResponseSchema = z.object({ vocabularies: z.array(vocabSummarySchema) });
export type VocabListResponse = z.infer<typeof vocabListResponseSchema>;

/** `GET /api/vocab/:list`: one vocabulary, every term (retired included) in all three languages. */
export const vocabGetResponseSchema = vocabMetaSchema.extend({ terms: z.array(vocabTermSchema) });
export type VocabGetResponse = z.infer<typeof vocabGetResponseSchema>;
