import { describe, expect, it } from 'vitest';
import { isLocale, localeFromLanguages } from './locale';

describe('localeFromLanguages', () => {
  it('picks the first supported language, ignoring the region', () => {
    expect(localeFromLanguages(['de-DE', 'uk-UA', 'ru-RU'])).toBe('uk');
    expect(localeFromLanguages(['RU'])).toBe('ru');
  });

  it('falls back to English when no preferred language is translated', () => {
    expect(localeFromLanguages(['de', 'fr-CA'])).toBe('en');
    expect(localeFromLanguages([])).toBe('en');
  });
});

describe('isLocale', () => {
  it('accepts only the translated languages', () => {
    expect(isLocale('uk')).toBe(true);
    expect(isLocale('ua')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
