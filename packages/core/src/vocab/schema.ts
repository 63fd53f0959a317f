import { z } from 'zod';

/** The three languages every vocabulary term is labelled in. */
export const VOCAB_LOCALES = ['en', 'ru', 'uk'] as const;
export const vocabLocaleSchema = z.enum(VOCAB_LOCALES);
export type VocabLocale = z.infer<typeof vocabLocaleSchema>;

const label = z
  .string()
  .min(1)
  .max(300)
  .refine((s) => s.trim() === s && s.trim().length > 0, 'no empty label, no outer spaces');

/** A label in each language; none may be empty. */
export const vocabLabelsSchema = z.strictObject({ en: label, ru: label, uk: label });
export type VocabLabels = z.infer<typeof vocabLabelsSchema>;

/** A stable term code: a HURIDOCS `huri_code` (12 digits) or a Vigil kebab-case slug. */
export const vocabCodeSchema = z
  .string()
  .regex(/^(?:\d{12}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/, 'a 12-digit huri_code or a kebab-case slug')
  .max(64);

/** One term of a list. Retired terms stay in the data so old records still resolve. */
export const vocabTermSchema = z.strictObject({
  code: vocabCodeSchema,
  labels: vocabLabelsSchema,
  /** HURIDOCS terms only: the micro-thesaurus `huri_code`, equal to `code`. */
  huriCode: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  /** Depth in the hierarchy, 0 for top-level terms. */
  level: z.number().int().min(0).max(5),
  /** Code of the broader term in the same list, if any. */
  parent: vocabCodeSchema.optional(),
  /** Other spellings and acronyms (any language) that the label matcher also accepts. */
  aliases: z.array(label).optional(),
  retired: z.literal(true).optional(),
  /** For a retired term: the code to use instead, in the same list. */
  replacedBy: vocabCodeSchema.optional(),
});
export type VocabTerm = z.infer<typeof vocabTermSchema>;

export const VOCAB_NAMESPACES = ['huridocs', 'vigil'] as const;
export const vocabNamespaceSchema = z.enum(VOCAB_NAMESPACES);

/** What every vocabulary says about itself. */
export const vocabMetaSchema = z.strictObject({
  /** Stable list id, used in URLs, the CLI, record schemas and import mappings. */
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/),
  namespace: vocabNamespaceSchema,
  /** Raised whenever a term is added, relabelled or retired. */
  version: z.number().int().min(1),
  /** HURIDOCS micro-thesaurus number, for lists copied from HURIDOCS. */
  huridocs: z.number().int().min(1).max(99).nullable(),
  name: vocabLabelsSchema,
});
export type VocabMeta = z.infer<typeof vocabMetaSchema>;

/** A vocabulary as shipped in `data/*.json`; the checks here run when the data is loaded. */
export const vocabularySchema = vocabMetaSchema
  .extend({ terms: z.array(vocabTermSchema).min(1) })
  .superRefine((v, ctx) => {
    const codes = new Set<string>();
    for (const [i, t] of v.terms.entries()) {
      if (codes.has(t.code)) {
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'code'], message: 'duplicate code' });
      }
      codes.add(t.code);
      if (v.namespace === 'huridocs' && t.huriCode !== t.code) {
        ctx.addIssue({ code: 'custom', path: ['terms', i], message: 'huriCode must equal code' });
      }
      if (v.namespace === 'vigil' && t.huriCode !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['terms', i],
          message: 'Vigil terms have no huriCode',
        });
      }
      if (t.replacedBy !== undefined && t.retired !== true) {
        ctx.addIssue({ code: 'custom', path: ['terms', i], message: 'replacedBy needs retired' });
      }
    }
    for (const [i, t] of v.terms.entries()) {
      for (const ref of [t.parent, t.replacedBy]) {
        if (ref !== undefined && (!codes.has(ref) || ref === t.code)) {
          ctx.addIssue({ code: 'custom', path: ['terms', i], message: `unknown code ${ref}` });
        }
      }
      const replacement = v.terms.find((o) => o.code === t.replacedBy);
      if (replacement?.retired === true) {
        ctx.addIssue({ code: 'custom', path: ['terms', i], message: 'replaced by a retired term' });
      }
    }
  });
export type Vocabulary = z.infer<typeof vocabularySchema>;
