import { dateValueSchema, type DateValue, type KnownDate } from './partial-date';

/** The outcome of reading a date typed or imported as text. */
export type DateTextResult =
  | { readonly ok: true; readonly value: DateValue }
  | { readonly ok: false; readonly message: string };

const precisionOf = (text: string): KnownDate['precision'] | undefined =>
  /^\d{4}$/.test(text)
    ? 'year'
    : /^\d{4}-\d{2}$/.test(text)
      ? 'month'
      : /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? 'day'
        : undefined;

const OPEN = new Set(['', '..']);
const UNKNOWN = new Set(['?', 'unknown']);

const shapeError = (text: string): string =>
  `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, a range as FROM/TO (an open end as ..), or ? when unknown`;

/**
 * Reads the text form of a date value (CSV import, CLI, search boxes): `2024-03-05`, `2024-03`,
 * `2024`, `?` for unknown, and ranges `FROM/TO` as in ISO 8601-2, an open end written `..` or
 * left empty (`2022-03/..`, `/2023`). The value is then checked exactly like `dateValueSchema`
 * checks it, with the same messages.
 */
export const parseDateText = (input: string): DateTextResult => {
  const text = input.trim();
  let candidate: unknown;
  if (UNKNOWN.has(text.toLowerCase())) {
    candidate = { precision: 'unknown' };
  } else if (text.includes('/')) {
    const parts = text.split('/').map((p) => p.trim());
    if (parts.length !== 2) return { ok: false, message: shapeError(input) };
    const ends: Record<string, { precision: string; value: string }> = {};
    for (const [key, part] of [
      ['from', parts[0] ?? ''],
      ['to', parts[1] ?? ''],
    ] as const) {
      if (OPEN.has(part)) continue;
      const precision = precisionOf(part);
      if (precision === undefined) return { ok: false, message: shapeError(input) };
      ends[key] = { precision, value: part };
    }
    candidate = { precision: 'range', ...ends };
  } else {
    const precision = precisionOf(text);
    if (precision === undefined) return { ok: false, message: shapeError(input) };
    candidate = { precision, value: text };
  }
  const parsed = dateValueSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
};

/** The text form `parseDateText` reads back to the same value. */
export const formatDateText = (value: DateValue): string => {
  switch (value.precision) {
    case 'unknown':
      return '?';
    case 'range':
      return `${value.from?.value ?? '..'}/${value.to?.value ?? '..'}`;
    default:
      return value.value;
  }
};
