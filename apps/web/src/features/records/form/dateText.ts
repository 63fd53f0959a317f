import { parseDateText, type DateValue, type KnownDate } from '@vigil/core';

/** A known date as a person reads it, with the precision it was given in. */
export interface DateReading {
  readonly text: string;
  readonly precision: KnownDate['precision'];
}

/** What the form understood from a typed date, so the documenter sees it before saving. */
export type DateUnderstanding =
  | { readonly status: 'empty' }
  | { readonly status: 'invalid' }
  /** A range typed where one date is expected. */
  | { readonly status: 'noRange' }
  | { readonly status: 'unknown'; readonly value: DateValue }
  | { readonly status: 'single'; readonly value: DateValue; readonly reading: DateReading }
  | {
      readonly status: 'range';
      readonly value: DateValue;
      readonly from?: DateReading;
      readonly to?: DateReading;
    };

/**
 * A known date in the user's language at its own precision: "5 March 2024", "March 2024" or
 * "2024" — never a made-up day. Computed in UTC so no time zone shifts the day.
 */
export const readDate = (date: KnownDate, locale: string): DateReading => {
  if (date.precision === 'year') return { text: date.value, precision: 'year' };
  const [y, m, d] = date.value.split('-').map(Number);
  const when = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'day'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return { text: new Intl.DateTimeFormat(locale, options).format(when), precision: date.precision };
};

/**
 * Reads a typed date (`2024-03-05`, `2024-03`, `2024`, `?`, ranges `2022-03/..`) as
 * `parseDateText` does, and says what it means in the user's language. `single` refuses ranges.
 */
export const understandDate = (
  input: string,
  mode: 'single' | 'value',
  locale: string,
): DateUnderstanding => {
  if (input.trim() === '') return { status: 'empty' };
  const parsed = parseDateText(input);
  if (!parsed.ok) return { status: 'invalid' };
  const value = parsed.value;
  switch (value.precision) {
    case 'unknown':
      return { status: 'unknown', value };
    case 'range':
      if (mode === 'single') return { status: 'noRange' };
      return {
        status: 'range',
        value,
        ...(value.from === undefined ? {} : { from: readDate(value.from, locale) }),
        ...(value.to === undefined ? {} : { to: readDate(value.to, locale) }),
      };
    default:
      return { status: 'single', value, reading: readDate(value, locale) };
  }
};
