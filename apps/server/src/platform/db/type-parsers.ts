import pg from 'pg';
import type { ParserOptions } from '@electric-sql/pglite';

// Type OIDs whose JS representation we pin so both engines return the same values.
const INT8 = 20;
const DATE = 1082;

const keepText = (value: string): string => value;

/**
 * pg's parsers, except `date`, kept as 'YYYY-MM-DD' text: pg would turn it into a Date at local
 * midnight, which shifts with the server's time zone. int8 stays a string (pg's default),
 * timestamptz becomes a Date, jsonb is parsed.
 */
export const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE
      ? keepText
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * PGlite's parsers already give Date for timestamptz and parsed jsonb; it returns int8 as a
 * number (unsafe beyond 2^53) where pg returns a string, so int8 and date are kept as text.
 */
export const pgliteParsers: ParserOptions = {
  [INT8]: keepText,
  [DATE]: keepText,
};
