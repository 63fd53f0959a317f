import { statValueLabel, type StatDimension } from '@vigil/core';
import type { MessageId } from '../../../app/i18n/en';
import { messageIdOf, type Labeller } from '../../records/shared/labels';
import { periodLabel } from '../../monitoring/model/periods';
import { isTimeDimension } from './view';

/** The name of a dimension ("Method of violence"). */
export const dimensionLabel = (l: Labeller, d: StatDimension): string =>
  l.t(`statistics.dimension.${d}` satisfies MessageId);

/**
 * Values the vocabularies do not cover are labelled with the app's own words: sex and age band
 * as the records pages say them, facility types as the register does.
 */
const CATALOG_PREFIX: Partial<Record<StatDimension, string>> = {
  sex: 'records.enum.person.sex.',
  'age-band': 'records.enum.person.ageBand.',
  'facility-type': 'facilities.type.',
};

/**
 * A value of a dimension in the reader's words: a period ("Q2 2024", "May 2024"), a vocabulary
 * term, a region, a facility's name from the register (`facilityNames`), a sex or age band; null
 * is "Undated" for time and "Unknown" (or "None recorded" for interventions) otherwise.
 */
export const valueLabel = (
  l: Labeller,
  d: StatDimension,
  value: string | null,
  facilityNames?: ReadonlyMap<string, string>,
): string => {
  if (isTimeDimension(d)) {
    return value === null
      ? l.t('statistics.value.undated')
      : periodLabel(value, l.locale, (quarter, year) =>
          l.t('statistics.period.quarter', { quarter: String(quarter), year: String(year) }),
        );
  }
  // Core's words for null are lower case, for use inside a sentence; here they head rows.
  if (value === null) {
    return l.t(d === 'intervention-outcome' ? 'statistics.value.none' : 'statistics.value.unknown');
  }
  const prefix = CATALOG_PREFIX[d];
  if (prefix !== undefined) {
    const id = messageIdOf(`${prefix}${value}`);
    if (id !== undefined) return l.t(id);
  }
  return statValueLabel(d, value, l.locale, facilityNames);
};
