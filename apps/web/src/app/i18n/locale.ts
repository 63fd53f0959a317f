import { en, type Catalog } from './en';
import { ru } from './ru';
import { uk } from './uk';

/** The languages the interface is translated into. */
export const locales = ['en', 'ru', 'uk'] as const;
export type Locale = (typeof locales)[number];

/** One catalog per locale, each with exactly the keys of the English one. */
export const catalogs: Record<Locale, Catalog> = { en, ru, uk };

/**
 * Each language named in itself. Endonyms are deliberately not translated: a reader who does not
 * understand the current language must still find their own in the switcher.
 */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
};

const storageKey = 'vigil.locale';

/** True when the value is one of the supported locales. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/** The first supported locale among the browser's preferred languages, else English. */
export const localeFromLanguages = (languages: readonly string[]): Locale => {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
};

/** The saved choice if there is one, else the browser's preference. */
export const initialLocale = (): Locale => {
  const saved = readSaved();
  if (saved !== null) return saved;
  return localeFromLanguages(
    navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  );
};

/** Remembers the choice; only the language code is stored, nothing about the user. */
export const saveLocale = (locale: Locale): void => {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Storage may be disabled (private mode, policy); the choice then lasts for this page only.
  }
};

const readSaved = (): Locale | null => {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
};
