// Dates as people write them in lists: complete or partial (year, or month and year), in ISO,
// compact (YYYYMMDD) or Russian (DD.MM.YYYY) order. Values are kept as written in digits, valid
// or not, because a corrupted date (month 13) still carries evidence.

/** A parsed date; 0 marks an unknown month or day. */
export interface PartialDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `YYYYMMDD` with `00` for unknown parts: the string typo distances are measured on. */
  readonly digits: string;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

const make = (year: number, month: number, day: number): PartialDate | undefined => {
  if (year < 1000 || year > 2999 || month > 99 || day > 99) return undefined;
  if (month === 0 && day !== 0) return undefined;
  return { year, month, day, digits: `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}` };
};

const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));

/**
 * Reads `YYYYMMDD`, `YYYY-MM-DD` (also `/` or `.`), `DD.MM.YYYY` (also `/` or `-`), `YYYY-MM`,
 * `MM.YYYY` or `YYYY`; a time after the date is ignored. Undefined when it is none of these.
 */
export const parsePartialDate = (cell: string): PartialDate | undefined => {
  const s = cell.trim().replace(/[T ].*$/, '');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return make(num(m[1]), num(m[2]), num(m[3]));
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s);
  if (m) return make(num(m[1]), num(m[2]), num(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return make(num(m[3]), num(m[2]), num(m[1]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return make(num(m[2]), num(m[1]), 0);
  m = /^(\d{4})$/.exec(s);
  if (m) return make(num(m[1]), 0, 0);
  return undefined;
};
