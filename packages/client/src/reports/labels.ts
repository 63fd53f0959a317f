import {
  ENUM_LABELS,
  facilityName,
  regionByCode,
  resolveTerm,
  termLabel,
  type DateRange,
  type DateValue,
  type Facility,
  type KnownDate,
  type PartialDate,
  type VocabularyId,
} from '@vigil/core';

/** The languages reports are written in. */
export const REPORT_LANGS = ['en', 'ru', 'uk'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

/** A language code as a report language (English for anything else). */
export const reportLangOf = (value: string | undefined): ReportLang =>
  REPORT_LANGS.find((l) => l === value) ?? 'en';

/** Groups of coded values labelled by ENUM_LABELS. */
export type EnumGroup = keyof (typeof ENUM_LABELS)['en'];

/** The label of a coded value no vocabulary covers; the code itself when it has none. */
export const enumLabel = (lang: ReportLang, group: EnumGroup, code: string): string =>
  (ENUM_LABELS[lang][group] as Readonly<Record<string, string>>)[code] ?? code;

/** The label of a vocabulary code (a retired term keeps its label); the code when unknown. */
export const vocabLabel = (lang: ReportLang, list: VocabularyId, code: string): string => {
  const term = resolveTerm(list, code);
  return term === undefined ? code : termLabel(term, lang);
};

/** A region's name in the language, or its code. */
export const regionLabel = (lang: ReportLang, code: string): string =>
  regionByCode(code)?.names[lang] ?? code;

/** A facility's name in the language, or its id when the register does not have it. */
export const facilityLabel = (
  lang: ReportLang,
  id: string,
  facilities: ReadonlyMap<string, Facility>,
): string => {
  const f = facilities.get(id);
  return f === undefined ? id : facilityName(f.names, lang);
};

const UNKNOWN_DATE: Record<ReportLang, string> = {
  en: 'date unknown',
  ru: 'дата неизвестна',
  uk: 'дата невідома',
};
const ONGOING: Record<ReportLang, string> = { en: 'ongoing', ru: 'по сей день', uk: 'досі' };
const SINCE: Record<ReportLang, string> = { en: 'since', ru: 'с', uk: 'з' };

const knownText = (d: KnownDate): string => d.value;

/** A date as written in reports: ISO to the precision known ("2024-03", "2024"). */
export const partialDateText = (lang: ReportLang, d: PartialDate): string =>
  d.precision === 'unknown' ? UNKNOWN_DATE[lang] : knownText(d);

/** A period: "2022-03 – 2023-01", "since 2022-03 (ongoing)". */
export const rangeText = (lang: ReportLang, r: DateRange): string => {
  if (r.from !== undefined && r.to !== undefined)
    return `${knownText(r.from)} – ${knownText(r.to)}`;
  if (r.from !== undefined) return `${SINCE[lang]} ${knownText(r.from)} (${ONGOING[lang]})`;
  return `… – ${r.to === undefined ? '' : knownText(r.to)}`;
};

/** A date or a period. */
export const dateValueText = (lang: ReportLang, v: DateValue): string =>
  v.precision === 'range' ? rangeText(lang, v) : partialDateText(lang, v);

/** A period given as ISO days, either end open. */
export const periodText = (lang: ReportLang, from?: string, to?: string): string => {
  const all: Record<ReportLang, string> = { en: 'all dates', ru: 'все даты', uk: 'усі дати' };
  if (from === undefined && to === undefined) return all[lang];
  return `${from ?? '…'} – ${to ?? '…'}`;
};
