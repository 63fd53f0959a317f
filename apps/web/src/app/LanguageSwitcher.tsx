import { useId } from 'react';
import { useLocale, useT } from './i18n/LocaleProvider';
import { isLocale, localeNames, locales } from './i18n/locale';

/** The interface language, each option named in its own language. */
export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
        data-testid="language-select"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
