import { recordTables, type RecordKind } from '@vigil/core';
import { codeLabel, type Labeller } from '../../records/shared/labels';

/** The label of a coded value of a record field (the records pages' own labels). */
export const enumText = (l: Labeller, kind: RecordKind, field: string, code: string): string => {
  const spec = (recordTables[kind] as Record<string, Parameters<typeof codeLabel>[3]>)[field];
  return spec === undefined ? code : codeLabel(l, kind, field, spec, code);
};

/** An ISO day in the reader's language ("12 May 2024"), as recorded (UTC, no time). */
export const dayText = (l: Labeller, day: string): string =>
  new Intl.DateTimeFormat(l.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** A span of days: "12 May 2024 – 30 Jun 2024", "since 12 May 2024", "until …", or "Undated". */
export const spanText = (l: Labeller, from: string | null, to: string | null): string =>
  from !== null && to !== null
    ? from === to
      ? dayText(l, from)
      : l.t('monitoring.span.between', { day: dayText(l, from), value: dayText(l, to) })
    : from !== null
      ? l.t('monitoring.span.since', { day: dayText(l, from) })
      : to !== null
        ? l.t('monitoring.span.until', { day: dayText(l, to) })
        : l.t('monitoring.period.undated');
