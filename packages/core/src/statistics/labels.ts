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
  if (dimension === 'facility') return facilityNames?.get(value) ?? value;
  return value;
};
