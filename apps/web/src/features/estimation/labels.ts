import type { ListBy, PatternStratum, StatDimension } from '@vigil/core';
import { useCallback } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { useLabeller } from '../records/shared/useLabeller';
import { vocabLabel } from '../records/shared/labels';
import { useValueLabel } from '../statistics/useValueLabel';

/** The vocabulary whose codes a kind of list is; organisations are the vault's own codes. */
const LIST_VOCABULARIES: Partial<Record<ListBy, string>> = {
  materialType: 'source-material-types',
  connection: 'source-connections',
};

/** The statistics dimension a stratum's values are values of (for their labels). */
const STRATUM_DIMENSIONS: Record<Exclude<PatternStratum, 'none'>, StatDimension> = {
  year: 'year',
  sex: 'sex',
  ageBand: 'age-band',
  region: 'region',
  facilityType: 'facility-type',
};

/** A list's name: its vocabulary term in the reader's language, or the organisation's code. */
export function useListLabel(): (listBy: ListBy, code: string) => string {
  const l = useLabeller();
  return useCallback(
    (listBy, code) => {
      const vocab = LIST_VOCABULARIES[listBy];
      return vocab === undefined ? code : vocabLabel(l, vocab, code);
    },
    [l],
  );
}

/**
 * A stratum's name: its value in the statistics pages' words ("2024", "Female", "Rostov
 * Oblast"), "All people" without strata, the total's name for the total.
 */
export function useStratumLabel(): (
  stratumBy: PatternStratum,
  stratum: string | null,
  total?: boolean,
) => string {
  const t = useT();
  const value = useValueLabel();
  return useCallback(
    (stratumBy, stratum, total = false) => {
      if (total) return t('estimation.stratumValue.total');
      if (stratumBy === 'none') return t('estimation.stratumValue.all');
      return value(STRATUM_DIMENSIONS[stratumBy], stratum);
    },
    [t, value],
  );
}
