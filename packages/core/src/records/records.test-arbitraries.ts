// Random valid records, generated from the field tables themselves (for property tests).
import fc from 'fast-check';
import type { z } from 'zod';
import { arbDateRange, arbDateValue, arbPartialDate } from '../dates/dates.test-arbitraries';
import { getVocabulary } from '../vocab/registry';
import type { FieldSpec, PartSpec } from './field';
import { countryCodeSchema, languageCodeSchema, regionCodeSchema, type RecordKind } from './kinds';
import { fieldsOf, SENSITIVE_FIELDS, type RecordSettings } from './schema';
import { organisationCodeSchema } from './tables/source';

/** Every text value starts with this, so a leak of sealed text is easy to spot. */
export const SEALED_MARK = 'SEALED⟨';

const codesOf = (vocab: string): string[] => getVocabulary(vocab)?.terms.map((t) => t.code) ?? [];

const arbText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom('Иван Петров', 'Тарас Шевченко', 'Olha Petrenko', 'ИК-6 Мелехово'),
  )
  .map((s) => `${SEALED_MARK}${s}⟩`);

const arbCode = (schema: z.ZodType): fc.Arbitrary<string> => {
  if (schema === countryCodeSchema) return fc.constantFrom('RU', 'UA', 'BY', 'KZ', 'XX');
  if (schema === regionCodeSchema) return fc.constantFrom('RU-MOS', 'RU-TA', 'UA-43', 'UA-14');
  if (schema === languageCodeSchema) return fc.constantFrom('ru', 'uk', 'en', 'crh');
  if (schema === organisationCodeSchema) {
    return fc.oneof(
      fc.constantFrom('memorial', 'ovd-info', 'zmina', 'crimean-solidarity'),
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,31}$/),
    );
  }
  throw new Error('no generator for this code schema');
};

const arbPart = (p: PartSpec): fc.Arbitrary<string> => fc.constantFrom(...codesOf(p.vocab ?? ''));

/** One value of a field (one element of a multi-valued field). */
export const arbFieldValue = (spec: FieldSpec): fc.Arbitrary<unknown> => {
  switch (spec.type) {
    case 'vocab':
      return fc.constantFrom(...(spec.terms ?? codesOf(spec.vocab ?? '')));
    case 'enum':
      return fc.constantFrom(...(spec.value as z.ZodEnum).options);
    case 'integer': {
      const n = spec.value as z.ZodNumber;
      return fc.integer({ min: n.minValue ?? 0, max: n.maxValue ?? 0 });
    }
    case 'code':
      return arbCode(spec.value);
    case 'text':
      return arbText;
    case 'date':
      return arbPartialDate;
    case 'date-value':
      return arbDateValue;
    case 'date-range':
      return arbDateRange;
    case 'relation':
      return fc.uuid({ version: 7 });
    case 'group': {
      const parts = Object.fromEntries(
        Object.entries(spec.parts ?? {}).map(([k, p]) => [k, arbPart(p)]),
      );
      return fc.record(parts, { requiredKeys: [] }).filter((v) => Object.keys(v).length > 0);
    }
  }
};

const arbField = (spec: FieldSpec): fc.Arbitrary<unknown> =>
  spec.multi
    ? fc.uniqueArray(arbFieldValue(spec), {
        minLength: spec.required ? 1 : 0,
        maxLength: Math.min(spec.maxItems, 4),
        selector: (v) => JSON.stringify(v),
      })
    : arbFieldValue(spec);

/** A random valid record of a kind: required fields always, others now and then. */
export const arbRecord = (kind: RecordKind): fc.Arbitrary<Record<string, unknown>> => {
  const fields = fieldsOf(kind);
  return fc.record(Object.fromEntries(fields.map(([name, spec]) => [name, arbField(spec)])), {
    requiredKeys: fields.filter(([, spec]) => spec.required).map(([name]) => name),
  });
};

/** Random vault settings: any subset of the sensitive fields exposed as coded. */
export const arbSettings: fc.Arbitrary<RecordSettings> = fc
  .subarray([...SENSITIVE_FIELDS])
  .map((codedSensitiveFields) => ({ codedSensitiveFields }));
