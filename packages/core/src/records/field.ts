import { z } from 'zod';
import { dateRangeSchema, dateValueSchema, partialDateSchema } from '../dates/partial-date';
import type { VocabularyId } from '../vocab/ids';
import { vocabCodeSchema } from '../vocab/schema';
import { relationIdSchemas, type RelationTarget } from './kinds';

/**
 * Where a field's value lives (SECURITY.md "Data classes"). `sealed`: encrypted on the client,
 * the server never sees it. `coded`: plaintext on the server, which filters and counts on it.
 */
export type FieldClass = 'sealed' | 'coded';

/** What kind of value a field holds; forms and import choose their widget and parser by it. */
export type FieldType =
  | 'vocab'
  | 'enum'
  | 'integer'
  | 'code'
  | 'text'
  | 'date'
  | 'date-value'
  | 'date-range'
  | 'relation'
  | 'group';

/** One part of a `group` field (e.g. a perpetrator involvement's agency). */
export interface PartSpec {
  readonly value: z.ZodType;
  readonly required: boolean;
  /** For vocabulary parts: the list the code must belong to. */
  readonly vocab?: VocabularyId;
  readonly doc: string;
}

/** One field of a record kind: everything any layer needs to know about it, declared once. */
export interface FieldSpec {
  readonly type: FieldType;
  /** Schema of one value (one element when `multi`). Vocabulary membership is checked from `vocab`. */
  readonly value: z.ZodType;
  /** The field's class; a `sensitive` coded field is sealed unless the vault exposes it. */
  readonly class: FieldClass;
  /** Coded but sealed by default: only a vault setting (`codedSensitiveFields`) makes it coded. */
  readonly sensitive: boolean;
  readonly required: boolean;
  /** An array of distinct values (at least one when required). */
  readonly multi: boolean;
  /** Largest number of values of a multi-valued field. */
  readonly maxItems: number;
  /** For vocabulary fields: the list; retired terms stay valid. */
  readonly vocab?: VocabularyId;
  /** For vocabulary fields using part of a list: the codes this field takes. */
  readonly terms?: readonly string[];
  /** For relation fields: what the ids point at. */
  readonly relation?: RelationTarget;
  /** For group fields: the parts of each value. */
  readonly parts?: Readonly<Record<string, PartSpec>>;
  /** One line for forms, import mappings and the API document. */
  readonly doc: string;
}

/** Options shared by every field builder. */
export interface FieldOptions {
  readonly doc: string;
  readonly required?: boolean;
  readonly multi?: boolean;
  readonly maxItems?: number;
}

type RelationIdSchemas = typeof relationIdSchemas;

type Flag<B> = B extends true ? true : false;

/** A field spec with the literal flags and value schema its builder was given, for typing. */
export type Field<V extends z.ZodType, O extends FieldOptions, C extends FieldClass> = FieldSpec & {
  readonly value: V;
  readonly class: C;
  readonly required: Flag<O['required']>;
  readonly multi: Flag<O['multi']>;
};

const make = <V extends z.ZodType, const O extends FieldOptions, C extends FieldClass>(
  type: FieldType,
  value: V,
  cls: C,
  o: O,
  extra: Partial<FieldSpec> = {},
): Field<V, O, C> =>
  ({
    type,
    value,
    class: cls,
    sensitive: false,
    required: o.required === true,
    multi: o.multi === true,
    maxItems: o.maxItems ?? (o.multi === true ? 100 : 1),
    doc: o.doc,
    ...extra,
  }) as Field<V, O, C>;

/** Builders for field specs: one call per field in a kind's table. */
export const field = {
  /** A code from a vocabulary (optionally only some of its terms). */
  vocab: <const O extends FieldOptions>(
    vocab: VocabularyId,
    o: O & { readonly terms?: readonly string[] },
  ) =>
    make('vocab', vocabCodeSchema, 'coded', o, { vocab, ...(o.terms ? { terms: o.terms } : {}) }),

  /** A coded vocabulary field that is sealed unless the vault exposes it (groups at risk…). */
  sensitiveVocab: <const O extends FieldOptions>(
    vocab: VocabularyId,
    o: O & { readonly terms: readonly string[] },
  ) => make('vocab', vocabCodeSchema, 'coded', o, { vocab, terms: o.terms, sensitive: true }),

  /** One of a short closed list that is not (yet) a vocabulary. */
  enum: <const T extends readonly [string, ...string[]], const O extends FieldOptions>(
    values: T,
    o: O,
  ) => make('enum', z.enum(values), 'coded', o),

  /** A whole number in a range (coded). */
  integer: <const O extends FieldOptions>(min: number, max: number, o: O) =>
    make('integer', z.number().int().min(min).max(max), 'coded', o),

  /** A standard code (country, region, language), given as its schema (coded). */
  code: <V extends z.ZodType, const O extends FieldOptions>(value: V, o: O) =>
    make('code', value, 'coded', o),

  /** Free text: always sealed. */
  text: <const O extends FieldOptions>(maxLength: number, o: O) =>
    make('text', z.string().min(1, 'must not be empty').max(maxLength), 'sealed', o),

  /** A single date with its precision (possibly unknown). */
  date: <const O extends FieldOptions, C extends FieldClass = 'coded'>(
    o: O & { readonly class?: C },
  ) => make('date', partialDateSchema, (o.class ?? 'coded') as C, o),

  /** A date or a period. */
  dateValue: <const O extends FieldOptions>(o: O) =>
    make('date-value', dateValueSchema, 'coded', o),

  /** A period with either end open. */
  dateRange: <const O extends FieldOptions>(o: O) =>
    make('date-range', dateRangeSchema, 'coded', o),

  /** Ids of other records (or evidence items, or facilities): coded, the server keeps the links. */
  relation: <const T extends RelationTarget, const O extends FieldOptions>(
    target: T,
    o: O,
  ): Field<RelationIdSchemas[T], O, 'coded'> =>
    // TypeScript widens the indexed schema to ZodType inside the generic; the call site is exact.
    make('relation', relationIdSchemas[target], 'coded', o, { relation: target }) as Field<
      RelationIdSchemas[T],
      O,
      'coded'
    >,

  /** A reference inside the sealed part (e.g. a person's photo): the server cannot follow it. */
  sealedRef: <const T extends RelationTarget, const O extends FieldOptions>(
    target: T,
    o: O,
  ): Field<RelationIdSchemas[T], O, 'sealed'> =>
    // TypeScript widens the indexed schema to ZodType inside the generic; the call site is exact.
    make('relation', relationIdSchemas[target], 'sealed', o, { relation: target }) as Field<
      RelationIdSchemas[T],
      O,
      'sealed'
    >,

  /** A structured coded value made of parts (e.g. a perpetrator involvement). */
  group: <const P extends Record<string, PartSpec>, const O extends FieldOptions>(
    parts: P,
    o: O,
  ) => {
    const shape = Object.fromEntries(
      Object.entries(parts).map(([k, p]) => [k, p.required ? p.value : p.value.optional()]),
    ) as {
      [K in keyof P]: P[K]['required'] extends true ? P[K]['value'] : z.ZodOptional<P[K]['value']>;
    };
    return make('group', z.strictObject(shape), 'coded', o, { parts });
  },
} as const;

/** A vocabulary part of a group field. */
export const vocabPart = <const R extends boolean>(
  vocab: VocabularyId,
  required: R,
  doc: string,
): PartSpec & { readonly value: typeof vocabCodeSchema; readonly required: R } => ({
  value: vocabCodeSchema,
  required,
  vocab,
  doc,
});
