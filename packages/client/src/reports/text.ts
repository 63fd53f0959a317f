import type { ExclusionReason, RecordKind } from '@vigil/core';
import type { Fact, Section, TableRow } from './document';
import { enumLabel, type ReportLang } from './labels';
import { en, type ReportText } from './text-en';
import { ru } from './text-ru';
import { uk } from './text-uk';

const TEXTS: Record<ReportLang, ReportText> = { en, ru, uk };

/** The words of reports in a language. */
export const reportText = (lang: ReportLang): ReportText => TEXTS[lang];

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );

/** A record left out of a report, and why (stable reason code, words in the report's language). */
export interface ExcludedItem {
  readonly kind: RecordKind;
  readonly id: string;
  readonly reason: ExclusionReason;
}

/** The "excluded by consent" section every report ends with. */
export const excludedSection = (
  lang: ReportLang,
  id: string,
  title: string,
  purpose: string,
  excluded: readonly ExcludedItem[],
): Section => {
  const t = reportText(lang);
  if (excluded.length === 0) {
    return { id, title, blocks: [{ type: 'paragraph', text: t.excludedNone }] };
  }
  const rows: TableRow[] = excluded.map((e) => ({
    cells: [t.kinds[e.kind], e.id, t.reasons[e.reason]],
  }));
  return {
    id,
    title,
    blocks: [
      {
        type: 'paragraph',
        text: fill(t.excludedIntro, { purpose: enumLabel(lang, 'consent', purpose) }),
        note: true,
      },
      {
        type: 'table',
        caption: title,
        head: t.excludedHead,
        rows,
        numeric: [false, false, false],
      },
    ],
  };
};

/** "Label: value" lines for a field's text, leaving out lines with nothing to say. */
export const lines = (facts: readonly (Fact | undefined)[]): string =>
  facts
    .filter((f): f is Fact => f !== undefined && f.value.trim() !== '')
    .map((f) => (f.value.includes('\n') ? `${f.label}:\n${f.value}` : `${f.label}: ${f.value}`))
    .join('\n');
