import { useMemo } from 'react';
import { useLocale, useT } from '../../../app/i18n/LocaleProvider';
import type { Labeller } from './labels';

/** The labeller of the current locale, for the pure label and summary helpers. */
export function useLabeller(): Labeller {
  const t = useT();
  const { locale } = useLocale();
  return useMemo(() => ({ t, locale }), [t, locale]);
}
