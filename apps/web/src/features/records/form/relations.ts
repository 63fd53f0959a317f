import {
  formatDateText,
  getVocabulary,
  nameMatchKeys,
  nameTokens,
  normaliseLabel,
  termLabel,
  type DateValue,
  type VocabularyId,
} from '@vigil/core';
import type { RecordView } from '@vigil/client';
import type { PickerOption } from './vocabSearch';

/** The label of an enum value (`kind.field`, value) in the user's language. */
export type EnumLabel = (field: string, value: string) => string;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const vocabLabel = (list: VocabularyId, code: unknown, locale: string): string | undefined => {
  if (typeof code !== 'string') return undefined;
  const term = getVocabulary(list)?.terms.find((t) => t.code === code);
  return term === undefined ? undefined : termLabel(term, locale);
};

const dateOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null ? formatDateText(value as DateValue) : undefined;

/**
 * What identifies a record in a picker, opened on this device only: a person's first name, a
 * source's giver, or for other kinds their coded summary (type and date). Empty when nothing is
 * known; the picker then shows the id.
 */
export const recordLabel = (
  view: RecordView,
  locale: string,
  enumLabel: EnumLabel = (_field, value) => value,
): string => {
  const d = view.data as Readonly<Record<string, unknown>>;
  const en = (field: string): string | undefined => {
    const value = d[field];
    return typeof value === 'string' ? enumLabel(`${view.kind}.${field}`, value) : undefined;
  };
  const ens = (field: string): string =>
    strings(d[field])
      .map((value) => enumLabel(`${view.kind}.${field}`, value))
      .join(', ');
  const join = (...parts: (string | undefined)[]) =>
    parts.filter((p): p is string => p !== undefined && p !== '').join(' · ');
  switch (view.kind) {
    case 'person':
      return [...strings(d.names), ...strings(d.namesAsWritten), ...strings(d.aliases)][0] ?? '';
    case 'source':
      return join(typeof d.who === 'string' ? d.who : undefined, dateOf(d.date));
    case 'incident':
      return join(vocabLabel('act-types', d.actType, locale), dateOf(d.date));
    case 'detention':
      return join(dateOf(d.period), vocabLabel('legal-statuses', d.legalStatus, locale));
    case 'intervention':
      return join(vocabLabel('intervention-kinds', d.kind, locale), dateOf(d.submittedDate));
    case 'medical-finding':
      return join(en('findingType'));
    case 'reprisal':
      return join(en('target'), dateOf(d.date));
    case 'monitoring-report':
      return join(dateOf(d.period), ens('methods'));
    case 'monitoring-finding':
      return join(en('heading'), en('followUp'));
  }
};

/**
 * Picker options for records of a vault, searchable by label, by every name of a person (as
 * written, other spellings, aliases) and by the start of the id. Newest first.
 */
export const recordOptions = (
  views: readonly RecordView[],
  locale: string,
  unnamed: (shortId: string) => string,
  enumLabel?: EnumLabel,
): PickerOption[] =>
  [...views]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((view) => {
      const label = recordLabel(view, locale, enumLabel);
      const d = view.data as Readonly<Record<string, unknown>>;
      const names =
        view.kind === 'person'
          ? [...strings(d.names), ...strings(d.namesAsWritten), ...strings(d.aliases)]
          : [];
      return {
        value: view.id,
        label: label === '' ? unnamed(view.id.slice(0, 8)) : label,
        level: 0,
        retired: view.deleted,
        search: {
          own: normaliseLabel(label),
          others: names.map(normaliseLabel),
          code: view.id,
          ...(view.kind === 'person'
            ? { folded: [...new Set(names.flatMap(nameTokens).flatMap((w) => nameMatchKeys(w)))] }
            : {}),
        },
      };
    });
