import {
  fieldsOf,
  RECORD_KINDS,
  resolveTerm,
  termLabel,
  type DateValue,
  type FieldSpec,
  type PartSpec,
  type RecordKind,
} from '@vigil/core';
import { en, type MessageId } from '../../../app/i18n/en';

/** What labelling needs: the translator of the current locale and the locale itself. */
export interface Labeller {
  readonly t: (id: MessageId, values?: Record<string, string | number | Date>) => string;
  readonly locale: string;
}

/** The message id if the catalogs have it (keys built from field tables are checked at run time). */
export const messageIdOf = (id: string): MessageId | undefined =>
  Object.hasOwn(en, id) ? (id as MessageId) : undefined;

const labelOr = (l: Labeller, id: string, fallback: string): string => {
  const known = messageIdOf(id);
  return known === undefined ? fallback : l.t(known);
};

/** A record kind's name (singular). */
export const kindLabel = (l: Labeller, kind: RecordKind): string =>
  labelOr(l, `records.kind.${kind}`, kind);

/** A record kind's name (plural, for list headings). */
export const kindsLabel = (l: Labeller, kind: RecordKind): string =>
  labelOr(l, `records.kinds.${kind}`, kind);

/** A field's label in the user's language; its name when the catalog lacks it. */
export const fieldLabel = (l: Labeller, kind: RecordKind, name: string): string =>
  labelOr(l, `records.field.${kind}.${name}`, name);

/** A group part's label (an incident perpetrator's type, agency, involvement). */
export const partLabel = (l: Labeller, part: string): string =>
  labelOr(l, `records.part.${part}`, part);

/** A vocabulary term's label in the user's language (retired terms too); the code if unknown. */
export const vocabLabel = (l: Labeller, list: string, code: string): string => {
  const term = resolveTerm(list, code);
  return term === undefined ? code : termLabel(term, l.locale);
};

/** The label of one coded value of a field: vocabulary term, enum value or the code itself. */
export const codeLabel = (
  l: Labeller,
  kind: RecordKind,
  name: string,
  spec: FieldSpec | PartSpec,
  code: string,
): string => {
  if (spec.vocab !== undefined) return vocabLabel(l, spec.vocab, code);
  return labelOr(l, `records.enum.${kind}.${name}.${code}`, code);
};

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A partial date or period in the user's language, at its own precision (never more precise). */
export const formatDateValue = (l: Labeller, value: DateValue): string => {
  switch (value.precision) {
    case 'unknown':
      return l.t('records.date.unknown');
    case 'year':
      return value.value;
    case 'month':
      return new Intl.DateTimeFormat(l.locale, {
        year: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(utcDay(`${value.value}-01`));
    case 'day':
      return new Intl.DateTimeFormat(l.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        utcDay(value.value),
      );
    case 'range': {
      const from =
        value.from === undefined ? l.t('records.date.open') : formatDateValue(l, value.from);
      const to = value.to === undefined ? l.t('records.date.open') : formatDateValue(l, value.to);
      return `${from} – ${to}`;
    }
  }
};

const isDateValue = (value: unknown): value is DateValue =>
  typeof value === 'object' && value !== null && 'precision' in value;

/**
 * One value of a non-relation field as text: codes labelled, dates at their precision, group
 * values as "part: label" pairs. Relation ids are left to the caller, which links them.
 */
export const formatValue = (
  l: Labeller,
  kind: RecordKind,
  name: string,
  spec: FieldSpec,
  value: unknown,
): string => {
  switch (spec.type) {
    case 'vocab':
    case 'enum':
      return typeof value === 'string' ? codeLabel(l, kind, name, spec, value) : String(value);
    case 'date':
    case 'date-value':
    case 'date-range':
      return isDateValue(value) ? formatDateValue(l, value) : String(value);
    case 'group': {
      if (typeof value !== 'object' || value === null) return String(value);
      const parts = spec.parts ?? {};
      return Object.entries(value as Record<string, unknown>)
        .map(([part, code]) => {
          const partSpec = parts[part];
          const text =
            partSpec !== undefined && typeof code === 'string'
              ? codeLabel(l, kind, part, partSpec, code)
              : String(code);
          return `${partLabel(l, part)}: ${text}`;
        })
        .join(', ');
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
};

/** The values of a field as a list (a single value becomes a list of one; absent, empty). */
export const valuesOf = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every message id the field tables need (labels.test.ts checks each exists in the catalogs). */
export const requiredLabelIds = (): string[] =>
  RECORD_KINDS.flatMap((kind) =>
    fieldsOf(kind).flatMap(([name, spec]) => {
      const ids = [`records.field.${kind}.${name}`];
      if (spec.type === 'enum') {
        const options = (spec.value as { options?: readonly string[] }).options ?? [];
        ids.push(...options.map((o) => `records.enum.${kind}.${name}.${o}`));
      }
      for (const part of Object.keys(spec.parts ?? {})) ids.push(`records.part.${part}`);
      return ids;
    }),
  );
