import { z } from 'zod';
import { keyVersionSchema } from '../api/key-version';
import { envelopeHeader, recordEnvelopeSchema } from '../encoding';
import { resolveTerm } from '../vocab/registry';
import { vocabCodeSchema } from '../vocab/schema';
import type { FieldClass, FieldSpec } from './field';
import { RECORD_KINDS, type RecordKind } from './kinds';
import { recordTables, type RecordTables } from './tables';

type Table = Readonly<Record<string, FieldSpec>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FieldValue<F extends FieldSpec> = F['multi'] extends true
  ? z.output<F['value']>[]
  : z.output<F['value']>;
type RequiredKeys<T extends Table> = {
  [K in keyof T]: T[K]['required'] extends true ? K : never;
}[keyof T];
type RecordOf<T extends Table> = Simplify<
  { -readonly [K in RequiredKeys<T>]: FieldValue<T[K]> } & {
    -readonly [K in Exclude<keyof T, RequiredKeys<T>>]?: FieldValue<T[K]>;
  }
>;

/** A record of one kind as the client holds it (decrypted): what forms and import produce. */
export type RecordData<K extends RecordKind> = RecordOf<RecordTables[K]>;
/** The name of a field of a kind. */
export type FieldName<K extends RecordKind> = keyof RecordTables[K] & string;

/** The fields of a kind, in table order. */
export const fieldsOf = <K extends RecordKind>(kind: K): [FieldName<K>, FieldSpec][] =>
  Object.entries(recordTables[kind] as Table) as [FieldName<K>, FieldSpec][];

/** `kind.field` names of every sensitive field: the values `codedSensitiveFields` may hold. */
export const SENSITIVE_FIELDS: readonly string[] = RECORD_KINDS.flatMap((kind) =>
  fieldsOf(kind)
    .filter(([, spec]) => spec.sensitive)
    .map(([name]) => `${kind}.${name}`),
);

/**
 * A vault's choice about its sensitive fields (stored with the vault's settings). Every sensitive
 * field is sealed unless listed here, in which case it becomes coded so the server can filter on it.
 */
export const recordSettingsSchema = z.strictObject({
  /** Sensitive fields (`kind.field`, e.g. `person.groupsReligion`) exposed as coded. */
  codedSensitiveFields: z
    .array(z.enum(SENSITIVE_FIELDS as [string, ...string[]]))
    .max(SENSITIVE_FIELDS.length),
});
export type RecordSettings = z.infer<typeof recordSettingsSchema>;

/** The default: every sensitive field sealed. */
export const DEFAULT_RECORD_SETTINGS: RecordSettings = { codedSensitiveFields: [] };

/**
 * Every sensitive field exposed: the widest shape a record body can take in any vault. Servers
 * check bodies with it first, then with `sensitiveFieldsSentCoded` against the vault's own settings.
 */
export const ALL_SENSITIVE_CODED: RecordSettings = { codedSensitiveFields: [...SENSITIVE_FIELDS] };

/** The sensitive fields present in a coded part although the vault keeps them sealed. */
export const sensitiveFieldsSentCoded = (
  kind: RecordKind,
  coded: Readonly<Record<string, unknown>>,
  settings: RecordSettings,
): string[] =>
  fieldsOf(kind)
    .filter(([name, spec]) => spec.sensitive && coded[name] !== undefined)
    .filter(([name]) => !settings.codedSensitiveFields.includes(`${kind}.${name}`))
    .map(([name]) => name);

/** The class a field has in a vault: its table class, or sealed for a sensitive field not exposed. */
export const fieldClassOf = (
  kind: RecordKind,
  spec: FieldSpec,
  name: string,
  settings: RecordSettings = DEFAULT_RECORD_SETTINGS,
): FieldClass =>
  spec.sensitive && !settings.codedSensitiveFields.includes(`${kind}.${name}`)
    ? 'sealed'
    : spec.class;

/** The field (other than this one) of the same table that takes a code, for a helpful message. */
const homeOf = (kind: RecordKind, spec: FieldSpec, code: string): string | undefined =>
  fieldsOf(kind).find(
    ([, other]) => other !== spec && other.vocab === spec.vocab && other.terms?.includes(code),
  )?.[0];

/** Refuses a code that is not in the field's list (retired terms are fine) or not in its part of it. */
const checkCode = (
  kind: RecordKind,
  name: string,
  vocab: string,
  terms: readonly string[] | undefined,
  spec: FieldSpec,
  code: string,
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): void => {
  if (!vocabCodeSchema.safeParse(code).success) return; // the format error is already reported
  if (resolveTerm(vocab, code) === undefined) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `${kind}.${name}: "${code}" is not a term of the ${vocab} vocabulary`,
    });
    return;
  }
  if (terms !== undefined && !terms.includes(code)) {
    const home = homeOf(kind, spec, code);
    ctx.addIssue({
      code: 'custom',
      path,
      message:
        home === undefined
          ? `${kind}.${name}: "${code}" is a ${vocab} term this field does not take`
          : `${kind}.${name}: "${code}" belongs in ${kind}.${home}`,
    });
  }
};

/** The field's one-line doc, for the OpenAPI document and generated forms. */
const described = (spec: FieldSpec, schema: z.ZodType): z.ZodType =>
  schema.meta({ description: spec.doc });

/** The schema of one field's value in a record: vocabulary checks, arrays, optionality. */
const fieldSchema = (kind: RecordKind, name: string, spec: FieldSpec): z.ZodType => {
  let one: z.ZodType = spec.value;
  const vocab = spec.vocab;
  if (vocab !== undefined) {
    one = one.superRefine((code, ctx) => {
      if (typeof code === 'string') checkCode(kind, name, vocab, spec.terms, spec, code, ctx);
    });
  }
  const parts = spec.parts;
  if (parts !== undefined) {
    one = one.superRefine((value, ctx) => {
      if (typeof value !== 'object' || value === null) return;
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0) {
        ctx.addIssue({ code: 'custom', message: `${kind}.${name}: give at least one part` });
      }
      for (const [part, code] of entries) {
        const partVocab = parts[part]?.vocab;
        if (partVocab !== undefined && typeof code === 'string') {
          checkCode(kind, `${name}.${part}`, partVocab, undefined, spec, code, ctx, [part]);
        }
      }
    });
  }
  if (!spec.multi) return described(spec, spec.required ? one : one.optional());
  let many = z
    .array(one)
    .max(spec.maxItems, `${kind}.${name}: at most ${spec.maxItems} values`)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      for (const [i, v] of values.entries()) {
        const key = JSON.stringify(v);
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', path: [i], message: `${kind}.${name}: duplicate value` });
        }
        seen.add(key);
      }
    });
  if (spec.required) many = many.min(1, `${kind}.${name}: give at least one value`);
  return described(spec, spec.required ? many : many.optional());
};

const strict = (kind: RecordKind, shape: Record<string, z.ZodType>) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${kind}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
        : undefined,
  });

const shapeOf = (kind: RecordKind, keep: (name: string, spec: FieldSpec) => boolean) =>
  Object.fromEntries(
    fieldsOf(kind)
      .filter(([name, spec]) => keep(name, spec))
      .map(([name, spec]) => [name, fieldSchema(kind, name, spec)]),
  );

const memo = new Map<string, z.ZodType>();
const cached = <S extends z.ZodType>(key: string, build: () => S): S => {
  const hit = memo.get(key);
  if (hit) return hit as S;
  const made = build();
  memo.set(key, made);
  return made;
};
const settingsKey = (s: RecordSettings) => [...s.codedSensitiveFields].sort().join(',');

/** The full record of a kind, as forms and import produce it; unknown fields are refused. */
export const recordSchema = <K extends RecordKind>(kind: K): z.ZodType<RecordData<K>> =>
  cached(`record:${kind}`, () =>
    strict(
      kind,
      shapeOf(kind, () => true),
    ),
  ) as z.ZodType<RecordData<K>>;

/** The coded part of a record in a vault: what the server stores in columns and filters on. */
export const codedSchema = (kind: RecordKind, settings: RecordSettings = DEFAULT_RECORD_SETTINGS) =>
  cached(`coded:${kind}:${settingsKey(settings)}`, () =>
    strict(
      kind,
      shapeOf(kind, (name, spec) => fieldClassOf(kind, spec, name, settings) === 'coded'),
    ),
  );

/**
 * The sealed part, validated again after decryption. It takes the sealed fields and every
 * sensitive field, whichever class the vault gives it now: records saved before a vault exposed a
 * field still hold it sealed.
 */
export const sealedPayloadSchema = (kind: RecordKind) =>
  cached(`sealed:${kind}`, () =>
    strict(
      kind,
      shapeOf(kind, (_name, spec) => spec.class === 'sealed' || spec.sensitive),
    ),
  );

/** Blind indexes of a person's name tokens (packages/crypto `blindIndex`, 16 hex characters). */
export const nameIndexSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a blind index is 16 hex digits');

/**
 * The server's schema for a record body: its coded fields and relation ids in plaintext, the
 * rest in one sealed envelope under the vault key version given. For people, the blind indexes
 * of their name tokens come along for name look-up.
 */
export const recordWireSchema = (
  kind: RecordKind,
  settings: RecordSettings = DEFAULT_RECORD_SETTINGS,
) =>
  cached(`wire:${kind}:${settingsKey(settings)}`, () =>
    strict(kind, {
      ...shapeOf(kind, (name, spec) => fieldClassOf(kind, spec, name, settings) === 'coded'),
      /** Everything not coded, as one envelope (kind = record kind, id = record id). */
      sealed: recordEnvelopeSchema,
      /** The vault key version the envelope is sealed under. */
      keyVersion: keyVersionSchema,
      ...(kind === 'person' ? { nameIndexes: z.array(nameIndexSchema).max(512).optional() } : {}),
    }).superRefine((value, ctx) => {
      // The header is plaintext: an envelope that contradicts its record is refused here, before
      // it is stored; whether it opens is for the client to find out (decrypt_failed).
      const record = value as { sealed: string; keyVersion: number };
      const header = envelopeHeader(record.sealed);
      if (header === undefined) return;
      if (header.format !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['sealed'],
          message: `${kind}: the envelope has format ${header.format}, not 1`,
        });
      } else if (header.keyVersion !== record.keyVersion) {
        ctx.addIssue({
          code: 'custom',
          path: ['sealed'],
          message: `${kind}: the envelope is sealed under key version ${header.keyVersion}, the record says ${record.keyVersion}`,
        });
      }
    }),
  );
