import { z } from 'zod';

/**
 * Dates as documenters know them (DATA-MODEL.md: "Dates carry a precision (day, month, year,
 * unknown) and may be ranges"). A survivor remembers "March 2022" or "the winter of 2023"; the
 * record keeps exactly that, never a made-up first of the month.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** An ISO calendar day `YYYY-MM-DD` that exists (no 2023-02-29, no month 13). */
export type IsoDay = string & z.$brand<'IsoDay'>;

/** Earliest and latest year Vigil accepts: four digits, and no detention record predates 1900. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** True in the proleptic Gregorian calendar. */
export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Number of days in a month (1–12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Why a year is not acceptable, or undefined. */
const yearProblem = (year: number): string | undefined =>
  year < MIN_YEAR || year > MAX_YEAR
    ? `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`
    : undefined;

/** Why `YYYY-MM` is not a month, or undefined. */
const monthProblem = (year: number, month: number): string | undefined =>
  yearProblem(year) ??
  (month < 1 || month > 12
    ? `month ${String(month).padStart(2, '0')} does not exist (months are 01–12)`
    : undefined);

/** Why `YYYY-MM-DD` is not a day, or undefined. */
const dayProblem = (year: number, month: number, day: number): string | undefined => {
  const m = monthProblem(year, month);
  if (m !== undefined) return m;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const name = MONTH_NAMES[month - 1] ?? String(month);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} does not exist: ${name} ${year} has ${last} days`;
  }
  return undefined;
};

const yearText = z
  .string()
  .regex(/^\d{4}$/, { error: 'a year is written YYYY', abort: true })
  .superRefine((s, ctx) => {
    const p = yearProblem(Number(s));
    if (p !== undefined) ctx.addIssue({ code: 'custom', message: p });
  });

const monthText = z
  .string()
  .regex(/^\d{4}-\d{2}$/, { error: 'a month is written YYYY-MM', abort: true })
  .superRefine((s, ctx) => {
    const p = monthProblem(Number(s.slice(0, 4)), Number(s.slice(5, 7)));
    if (p !== undefined) ctx.addIssue({ code: 'custom', message: p });
  });

/** A calendar day that exists, `YYYY-MM-DD`. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a day is written YYYY-MM-DD', abort: true })
  .superRefine((s, ctx) => {
    const p = dayProblem(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
    if (p !== undefined) ctx.addIssue({ code: 'custom', message: p });
  })
  .brand<'IsoDay'>();

/** A date known to the day. */
export const dayDateSchema = z.strictObject({
  precision: z.literal('day'),
  /** `YYYY-MM-DD`, a day that exists. */
  value: isoDaySchema,
});
/** A date known to the month. */
export const monthDateSchema = z.strictObject({
  precision: z.literal('month'),
  /** `YYYY-MM`. */
  value: monthText,
});
/** A date known to the year. */
export const yearDateSchema = z.strictObject({
  precision: z.literal('year'),
  /** `YYYY`. */
  value: yearText,
});
/** A date that happened but is not known at all (distinct from "not asked": the field left out). */
export const unknownDateSchema = z.strictObject({ precision: z.literal('unknown') });

/** A date known to the day, month or year: what a range end may be. */
export const knownDateSchema = z.discriminatedUnion('precision', [
  dayDateSchema,
  monthDateSchema,
  yearDateSchema,
]);
export type KnownDate = z.infer<typeof knownDateSchema>;

/** A single date with its precision, possibly unknown. */
export const partialDateSchema = z.discriminatedUnion('precision', [
  dayDateSchema,
  monthDateSchema,
  yearDateSchema,
  unknownDateSchema,
]);
export type PartialDate = z.infer<typeof partialDateSchema>;

/** The day a partial date can begin at the earliest; undefined when the date is unknown. */
export const earliestDay = (d: PartialDate): IsoDay | undefined => {
  switch (d.precision) {
    case 'day':
      return d.value;
    case 'month':
      return `${d.value}-01` as IsoDay;
    case 'year':
      return `${d.value}-01-01` as IsoDay;
    case 'unknown':
      return undefined;
  }
};

/** The last day a partial date can fall on; undefined when the date is unknown. */
export const latestDay = (d: PartialDate): IsoDay | undefined => {
  switch (d.precision) {
    case 'day':
      return d.value;
    case 'month': {
      const last = daysInMonth(Number(d.value.slice(0, 4)), Number(d.value.slice(5, 7)));
      return `${d.value}-${String(last).padStart(2, '0')}` as IsoDay;
    }
    case 'year':
      return `${d.value}-12-31` as IsoDay;
    case 'unknown':
      return undefined;
  }
};

/**
 * A period. Either end may be left out (open: "since March 2022", "until 2023", or simply not
 * known); at least one end is given. The ends may have different precisions; `to` may not lie
 * wholly before `from` (2024-03 … 2024-03-05 is fine, 2024-03 … 2024-02 is not).
 */
export const dateRangeSchema = z
  .strictObject({
    precision: z.literal('range'),
    /** First day of the period, to the precision known; left out when open or not known. */
    from: knownDateSchema.optional(),
    /** Last day of the period (ongoing or not known when left out). */
    to: knownDateSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.from === undefined && r.to === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a date range needs a start, an end or both' });
      return;
    }
    if (r.from === undefined || r.to === undefined) return;
    const start = earliestDay(r.from);
    const end = latestDay(r.to);
    if (start !== undefined && end !== undefined && end < start) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `the range ends (${r.to.value}) before it starts (${r.from.value})`,
      });
    }
  });
export type DateRange = z.infer<typeof dateRangeSchema>;

/**
 * A date or a period: what record fields such as an incident's date hold. `precision: "range"`
 * marks a period, so one discriminator gives each input one specific error message.
 */
export const dateValueSchema = z.discriminatedUnion('precision', [
  dayDateSchema,
  monthDateSchema,
  yearDateSchema,
  unknownDateSchema,
  dateRangeSchema,
]);
export type DateValue = z.infer<typeof dateValueSchema>;
