import type { z } from 'zod';
import type { FieldError } from '../errors';
import type { FieldSpec } from './field';
import type { RecordKind } from './kinds';
import {
  DEFAULT_RECORD_SETTINGS,
  fieldClassOf,
  fieldsOf,
  recordSchema,
  type RecordData,
  type RecordSettings,
} from './schema';

/** A record's values by field name, as the server or the envelope hands them over. */
export type FieldValues = Record<string, unknown>;

/** A record cut along the classes: `coded` goes to the server as is, `sealed` into one envelope. */
export interface SplitRecord {
  readonly coded: FieldValues;
  readonly sealed: FieldValues;
}

/** The outcome of checking a record: the value, or every problem by field path. */
export type RecordResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly fields: FieldError[] };

const problems = (kind: RecordKind, error: z.ZodError): FieldError[] =>
  error.issues.map((i) => ({
    path: i.path.length === 0 ? kind : i.path.map(String).join('.'),
    message: i.message,
  }));

/**
 * Validates a record of a kind and cuts it into its coded and sealed parts for this vault's
 * settings. A field left out of the record is left out of both parts.
 */
export const splitRecord = <K extends RecordKind>(
  kind: K,
  record: unknown,
  settings: RecordSettings = DEFAULT_RECORD_SETTINGS,
): RecordResult<SplitRecord> => {
  const parsed = recordSchema(kind).safeParse(record);
  if (!parsed.success) return { ok: false, fields: problems(kind, parsed.error) };
  const values = parsed.data as FieldValues;
  const coded: FieldValues = {};
  const sealed: FieldValues = {};
  for (const [name, spec] of fieldsOf(kind)) {
    if (!(name in values) || values[name] === undefined) continue;
    const part = fieldClassOf(kind, spec, name, settings) === 'coded' ? coded : sealed;
    part[name] = values[name];
  }
  return { ok: true, value: { coded, sealed } };
};

/**
 * Puts a record back together from the coded part the server returned and the opened sealed
 * payload, and validates it. A field may come from one part only, and a field whose table class
 * is sealed must come from the sealed part (a sensitive field may come from either: the vault may
 * have exposed it after the record was saved).
 */
export const joinRecord = <K extends RecordKind>(
  kind: K,
  coded: FieldValues,
  sealedPayload: FieldValues,
): RecordResult<RecordData<K>> => {
  const fields: FieldError[] = [];
  const specs = new Map<string, FieldSpec>(fieldsOf(kind));
  for (const name of Object.keys(coded)) {
    const spec = specs.get(name);
    if (spec?.class === 'sealed') {
      fields.push({
        path: name,
        message: `${kind}.${name} is sealed and may not come in plaintext`,
      });
    }
    if (name in sealedPayload) {
      fields.push({ path: name, message: `${kind}.${name} is in both the coded and sealed parts` });
    }
  }
  for (const name of Object.keys(sealedPayload)) {
    const spec = specs.get(name);
    if (spec?.class === 'coded' && !spec.sensitive) {
      fields.push({
        path: name,
        message: `${kind}.${name} is coded and belongs in the coded part`,
      });
    }
  }
  if (fields.length > 0) return { ok: false, fields };
  const parsed = recordSchema(kind).safeParse({ ...coded, ...sealedPayload });
  if (!parsed.success) return { ok: false, fields: problems(kind, parsed.error) };
  return { ok: true, value: parsed.data };
};
