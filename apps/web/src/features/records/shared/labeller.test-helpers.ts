import { createIntl } from 'react-intl';
import type { MessageId } from '../../../app/i18n/en';
import { catalogs, type Locale } from '../../../app/i18n/locale';
import type { Labeller } from './labels';

/** A labeller over the real catalogs of a locale (for tests of the pure label helpers). */
export const labellerFor = (locale: Locale): Labeller => {
  const intl = createIntl({ locale, messages: catalogs[locale] });
  return { locale, t: (id: MessageId, values) => intl.formatMessage({ id }, values) };
};
