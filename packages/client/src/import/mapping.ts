import { fieldsOf, recordKindSchema, type FieldSpec, type RecordKind } from '@vigil/core';
import { z } from 'zod';

/** How a text date is written in the source: ISO (`2024-03-05`, `2024-03`), or day first / month first. */
export const DATE_FORMATS = ['iso', 'dmy', 'mdy'] as const;
export type DateFormatHint = (typeof DATE_FORMATS)[number];

/** How vocabulary cells are matched: by a label in en/ru/uk or a code, or by code only. */
export const VOCAB_MATCH_MODES = ['label-or-code', 'code'] as const;
export type VocabMatchMode = (typeof VOCAB_MATCH_MODES)[number];

const options = {
  /** Multi-valued fields: what separates values in one cell (default `;`). */
  separator: z.string().min(1).max(5).optional(),
  /** Date fields: how the source writes dates (default ISO). */
  dateFormat: z.enum(DATE_FORMATS).optional(),
  /** Vocabulary fields: how cells are matched (default by label or code). */
  match: z.enum(VOCAB_MATCH_MODES).optional(),
  /**
   * The organisation's own words: cell text → code (vocabulary or enum), checked before anything
   * else, compared case-insensitively. E.g. `{ "ФСБ": "fsb" }`.
   */
  values: z.record(z.string().min(1), z.string().min(1)).optional(),
};

/** Where one value comes from: a column of the sheet, or the same text for every row. */
const sourceSchema = z.union([
  z.strictObject({ column: z.string().min(1), ...options }),
  z.strictObject({ constant: z.string().min(1), ...options }),
]);
export type FieldSource = z.infer<typeof sourceSchema>;

/** A group field (e.g. an incident's perpetrators): a source per part, values paired by position. */
const groupSourceSchema = z.strictObject({
  parts: z.record(z.string().min(1), sourceSchema),
  separator: z.string().min(1).max(5).optional(),
});
export type GroupSource = z.infer<typeof groupSourceSchema>;

export type FieldMapping = FieldSource | GroupSource;

/** Whether a field mapping is a group of parts. */
export const isGroupSource = (m: FieldMapping): m is GroupSource => 'parts' in m;

const specOf = (kind: RecordKind, name: string): FieldSpec | undefined =>
  fieldsOf(kind).find(([n]) => n === name)?.[1];

/**
 * A column mapping, saved as JSON and reused: the record kind, and for each field of that kind the
 * column (or constant) its value comes from, with per-field options.
 */
export const importMappingSchema = z
  .strictObject({
    version: z.literal(1),
    /** A name to find the mapping by. */
    name: z.string().max(200).optional(),
    kind: recordKindSchema,
    fields: z.record(z.string().min(1), z.union([sourceSchema, groupSourceSchema])),
  })
  .superRefine((mapping, ctx) => {
    for (const [name, source] of Object.entries(mapping.fields)) {
      const spec = specOf(mapping.kind, name);
      const path = ['fields', name];
      if (spec === undefined) {
        ctx.addIssue({ code: 'custom', path, message: `${mapping.kind} has no field "${name}"` });
        continue;
      }
      if (spec.type === 'group' && !isGroupSource(source)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${mapping.kind}.${name} is made of parts: map each part under "parts"`,
        });
      }
      if (spec.type !== 'group' && isGroupSource(source)) {
        ctx.addIssue({ code: 'custom', path, message: `${mapping.kind}.${name} has no parts` });
      }
      if (spec.type === 'group' && isGroupSource(source)) {
        for (const part of Object.keys(source.parts)) {
          if (spec.parts?.[part] === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'parts', part],
              message: `${mapping.kind}.${name} has no part "${part}"`,
            });
          }
        }
      }
    }
  });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** Reads a saved mapping (parsed JSON); the errors name the offending field. */
export const parseImportMapping = (json: unknown) => importMappingSchema.safeParse(json);

/**
 * The mapping a file needs when its columns are named after the fields (as `exports.vault`
 * writes CSV): each field reads the column of its name, compared case-insensitively; a group
 * field reads `field.part` columns. Fields without a column are left unmapped.
 */
export const mappingFromColumns = (kind: RecordKind, columns: readonly string[]): ImportMapping => {
  const byName = new Map(columns.map((c) => [c.trim().toLowerCase(), c]));
  const fields: Record<string, FieldMapping> = {};
  for (const [field, spec] of fieldsOf(kind)) {
    const name: string = field;
    if (spec.type === 'group') {
      const parts: Record<string, FieldSource> = {};
      for (const part of Object.keys(spec.parts ?? {})) {
        const column = byName.get(`${name}.${part}`.toLowerCase());
        if (column !== undefined) parts[part] = { column };
      }
      if (Object.keys(parts).length > 0) fields[name] = { parts };
      continue;
    }
    const column = byName.get(name.toLowerCase());
    if (column !== undefined) fields[name] = { column };
  }
  return { version: 1, kind, fields };
};
