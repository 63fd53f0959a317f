import type { StatDimension } from '../api/statistics';
import { regionByCode } from '../facilities/regions';
import { resolveTerm, termLabel, vocabLocaleOf } from '../vocab/registry';

/** The vocabulary the values of a dimension are codes of. */
export const STAT_VOCABULARIES: Partial<Record<StatDimension, string>> = {
  method: 'violence-methods',
  'act-type': 'act-types',
  'perpetrator-agency': 'perpetrator-agencies',
  group: 'groups-at-risk',
  'intervention-outcome': 'intervention-outcomes',
};

const UNKNOWN = { en: 'unknown', ru: 'неизвестно', uk: 'невідомо' } as const;
const SEXES: Record<string, { en: string; ru: string; uk: string }> = {
  female: { en: 'female', ru: 'женщины', uk: 'жінки' },
  male: { en: 'male', ru: 'мужчины', uk: 'чоловіки' },
  other: { en: 'other', ru: 'другое', uk: 'інше' },
  unknown: UNKNOWN,
};
const NONE = { en: 'none recorded', ru: 'не записано', uk: 'не записано' } as const;

/**
 * What to show for a value of a statistic: a vocabulary label, a region's name, a facility's name
 * (from `facilityNames`, which the caller reads from the register) or the value itself. Null is
 * "unknown", or "none recorded" for what an incident may simply not have (an intervention).
 */
export const statValueLabel = (
  dimension: StatDimension,
  value: string | null,
  locale?: string,
  facilityNames?: ReadonlyMap<string, string>,
): string => {
  const lang = vocabLocaleOf(locale);
  if (value === null) {
    return (dimension === 'intervention-outcome' ? NONE : UNKNOWN)[lang];
  }
  const list = STAT_VOCABULARIES[dimension];
  if (list !== undefined) {
    const term = resolveTerm(list, value);
    return term === undefined ? value : termLabel(term, lang);
  }
  if (dimension === 'region') return regionByCode(value)?.names[lang] ?? value;
  if (dimension === 'sex') return SEXES[value]?.[lang] ?? value;
  if (dimension === 'facility') return facilityNames?.get(value) ?? value;
  return value;
};

const DIMENSION_LABELS: Record<StatDimension, { en: string; ru: string; uk: string }> = {
  month: { en: 'month', ru: 'месяц', uk: 'місяць' },
  quarter: { en: 'quarter', ru: 'квартал', uk: 'квартал' },
  year: { en: 'year', ru: 'год', uk: 'рік' },
  region: { en: 'region', ru: 'регион', uk: 'регіон' },
  facility: { en: 'facility', ru: 'учреждение', uk: 'установа' },
  'facility-type': { en: 'type of facility', ru: 'тип учреждения', uk: 'тип установи' },
  method: { en: 'method', ru: 'метод', uk: 'метод' },
  'perpetrator-agency': {
    en: 'perpetrators’ agency',
    ru: 'ведомство исполнителей',
    uk: 'відомство виконавців',
  },
  'act-type': { en: 'type of act', ru: 'тип деяния', uk: 'тип діяння' },
  group: { en: 'group at risk', ru: 'группа риска', uk: 'група ризику' },
  sex: { en: 'sex', ru: 'пол', uk: 'стать' },
  'age-band': { en: 'age', ru: 'возраст', uk: 'вік' },
  'intervention-outcome': {
    en: 'outcome of interventions',
    ru: 'итог обращений',
    uk: 'результат звернень',
  },
};

/** The name of a dimension in a language (en, ru, uk; others fall back to en). */
export const statDimensionLabel = (dimension: StatDimension, locale?: string): string =>
  DIMENSION_LABELS[dimension][vocabLocaleOf(locale)];
