import { useCallback } from 'react';
import { en, type MessageId } from '../../../app/i18n/en';
import { useLocale, useT } from '../../../app/i18n/LocaleProvider';

type Values = Record<string, string | number | Date>;

/** True when a computed key (field, enum value, part) is in the catalogs. */
export const isMessageId = (id: string): id is MessageId => Object.hasOwn(en, id);

/**
 * A translator for keys built from the field tables (`form.field.<kind>.<name>` …). A key the
 * catalog lacks gives `fallback` (the table's English doc or the code) rather than the raw key;
 * messages.test.ts keeps that from happening for shipped fields.
 */
export function useFormText(): (id: string, fallback: string, values?: Values) => string {
  const t = useT();
  return useCallback(
    (id: string, fallback: string, values?: Values) => (isMessageId(id) ? t(id, values) : fallback),
    [t],
  );
}

/** The user's locale, for vocabulary labels and dates. */
export function useFormLocale(): string {
  return useLocale().locale;
}

/** The DOM id of a field's (or a row's or part's) control, as the error summary links to it. */
export const domIdOf = (path: string): string => `rf-${path.replace(/[^A-Za-z0-9]/g, '-')}`;
