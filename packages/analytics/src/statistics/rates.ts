// Rates per unit of a denominator (per 100,000 prisoners of a region, per 1,000 places of
// capacity, per 100 documented detentions), for comparing places of different size. A missing or
// zero denominator gives no rate rather than a misleading 0.
import type { CrossTab } from './crosstab';
import type { Measure } from './dimensions';

/** One rate of a rate table. */
export interface Rate {
  readonly row: string | null;
  readonly column: string | null;
  /** Per `per` of the denominator; null when the denominator is missing or not positive. */
  readonly rate: number | null;
}

/**
 * The denominators of a rate table: by row value (a map), or by row and column value (a
 * function, for tables whose both dimensions divide the denominator, e.g. region × year).
 * A row or column value with no entry, and undefined from the function, mean "no denominator".
 */
export type Denominators =
  ReadonlyMap<string, number> | ((row: string | null, column: string | null) => number | undefined);

/** The unit when none is given: per 100,000. */
export const DEFAULT_RATE_UNIT = 100_000;

/** The usable denominator of a row and column: finite and positive, else undefined. */
export const denominatorOf = (
  denominators: Denominators,
  row: string | null,
  column: string | null,
): number | undefined => {
  const value =
    typeof denominators === 'function'
      ? denominators(row, column)
      : row === null
        ? undefined
        : denominators.get(row);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
};

/**
 * Rates per `per` (default 100,000) of a denominator, for every row × column of the table (empty
 * cells have rate 0 where the denominator is known), or every row when it has no columns. Null
 * where the denominator is missing, zero, negative or not finite — never 0 — and, with a map,
 * for the unknown row.
 */
export const ratesOf = (
  tab: CrossTab,
  denominators: Denominators,
  measure: Measure,
  options: { readonly per?: number } = {},
): Rate[] => {
  const per = options.per ?? DEFAULT_RATE_UNIT;
  const count = new Map<string, number>();
  const keyOf = (row: string | null, column: string | null): string =>
    JSON.stringify([row, column]);
  for (const c of tab.cells) count.set(keyOf(c.row, c.column), c[measure]);
  const columns = tab.columns.length === 0 ? [null] : tab.columns;
  return tab.rows.flatMap((row) =>
    columns.map((column) => {
      const denominator = denominatorOf(denominators, row, column);
      return {
        row,
        column,
        // Multiply first: whole counts times the unit are exact, so 3 in 20,000 is 15, not 14.999….
        rate:
          denominator === undefined
            ? null
            : ((count.get(keyOf(row, column)) ?? 0) * per) / denominator,
      };
    }),
  );
};
