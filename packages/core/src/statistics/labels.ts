import type { ConsentExclusion, RateBasis, StatDimension } from '../api/statistics';
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

type Words = { en: string; ru: string; uk: string };

const RATE_UNIT_LABELS: Record<RateBasis, Words> = {
  capacity: { en: 'per 1,000 places', ru: 'на 1000 мест', uk: 'на 1000 місць' },
  detentions: {
    en: 'per 100 documented detentions',
    ru: 'на 100 задокументированных задержаний',
    uk: 'на 100 задокументованих затримань',
  },
};

const RATE_DENOMINATOR_LABELS: Record<RateBasis, Words> = {
  capacity: {
    en: 'places: the capacity of the facilities in the register that state one',
    ru: 'места: вместимость учреждений реестра, для которых она указана',
    uk: 'місця: місткість установ реєстру, для яких її вказано',
  },
  detentions: {
    en: 'detentions documented in the vault that were under way in the period',
    ru: 'задержания, задокументированные в хранилище и длившиеся в этот период',
    uk: 'затримання, задокументовані в сховищі, що тривали в цей період',
  },
};

/** "per 1,000 places", "per 100 documented detentions", in a language. */
export const rateUnitLabel = (basis: RateBasis, locale?: string): string =>
  RATE_UNIT_LABELS[basis][vocabLocaleOf(locale)];

/** What the denominator of a rate is, in a language. */
export const rateDenominatorLabel = (basis: RateBasis, locale?: string): string =>
  RATE_DENOMINATOR_LABELS[basis][vocabLocaleOf(locale)];

/** What a figure without a denominator shows: never 0. */
export const noDenominatorLabel = (locale?: string): string =>
  ({ en: 'no denominator', ru: 'нет знаменателя', uk: 'немає знаменника' })[vocabLocaleOf(locale)];

const CONSENT_EXCLUSION_LABELS: Record<ConsentExclusion, Words> = {
  'no-source': {
    en: 'no source recorded for the incident',
    ru: 'у инцидента нет записанного источника',
    uk: 'в інциденту немає записаного джерела',
  },
  'no-consent': {
    en: 'no source consented to use by UN bodies or to publication',
    ru: 'ни один источник не дал согласия на использование органами ООН или публикацию',
    uk: 'жодне джерело не дало згоди на використання органами ООН чи публікацію',
  },
  confidential: {
    en: 'the incident is strictly confidential',
    ru: 'инцидент строго конфиденциален',
    uk: 'інцидент суворо конфіденційний',
  },
};

/** Why consent left incidents out of aggregate figures, in a language. */
export const consentExclusionLabel = (reason: ConsentExclusion, locale?: string): string =>
  CONSENT_EXCLUSION_LABELS[reason][vocabLocaleOf(locale)];

/**
 * What a distinct victim is in an answer (`people.linkRun` of the stats response), in a language:
 * the people of a linkage run, or person records when no linkage is saved.
 */
export const victimsCountedAsLabel = (linkRun: number | null, locale?: string): string => {
  const lang = vocabLocaleOf(locale);
  if (linkRun === null) {
    return {
      en: 'person records; no linkage saved',
      ru: 'записи о людях; связывание не сохранено',
      uk: 'записи про людей; зв’язування не збережено',
    }[lang];
  }
  return {
    en: `people after linkage run ${linkRun}`,
    ru: `люди после связывания, расчёт ${linkRun}`,
    uk: `люди після зв’язування, розрахунок ${linkRun}`,
  }[lang];
};

/** "distinct victims (people after linkage run 4)", in a language. */
export const distinctVictimsLabel = (linkRun: number | null, locale?: string): string =>
  `${{ en: 'distinct victims', ru: 'разные пострадавшие', uk: 'різні постраждалі' }[vocabLocaleOf(locale)]} (${victimsCountedAsLabel(linkRun, locale)})`;
