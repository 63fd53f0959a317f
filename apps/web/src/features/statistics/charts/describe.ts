import { useCallback } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import type { Measure } from '../model/view';

/** The words of a figure with its count and measure ("2024, Beating: 3 incidents. Show the records."). */
export function useDescribe(measure: Measure): (name: string, count: number) => string {
  const t = useT();
  return useCallback(
    (name, count) =>
      t(measure === 'incidents' ? 'statistics.figure.incidents' : 'statistics.figure.victims', {
        name,
        count,
      }),
    [t, measure],
  );
}

/** "2024, Beating": a cell in words. */
export function usePairLabel(): (row: string, column: string) => string {
  const t = useT();
  return useCallback(
    (row, column) => t('statistics.figure.pair', { name: row, value: column }),
    [t],
  );
}
