// Rates per 100,000 of a population (prisoners of a region, say), for comparing places of
// different size. A missing or zero denominator gives no rate rather than a misleading 0.
import type { CrossTab } from './crosstab';
import type { Measure } from './dimensions';

/** One rate of a rate table. */
export interface Rate {
  readonly row: string | null;
  readonly column: string | null;
  /** Per 100,000 of the row's denominator; null when the denominator is missing or not positive. */
  readonly rate: number | null;
}

const PER = 100_000;

/**
 * Rates per 100,000 of a denominator per row value, for every row × column of the table (empty
 * cells have rate 0 where the denominator is known), or every row when it has no columns. Null
 * where the denominator is missing, zero, negative or not finite — never 0 — and for the unknown row.
 */
export const ratesOf = (
  tab: CrossTab,
  denominators: ReadonlyMap<string, number>,
  measure: Measure,
): Rate[] => {
  const count = new Map<string, number>();
  const keyOf = (row: string | null, column: string | null): string =>
    JSON.stringify([row, column]);
  for (const c of tab.cells) count.set(keyOf(c.row, c.column), c[measure]);
  const columns = tab.columns.length === 0 ? [null] : tab.columns;
  return tab.rows.flatMap((row) => {
    const denominator = row === null ? undefined : denominators.get(row);
    const usable = denominator !== undefined && Number.isFinite(denominator) && denominator > 0;
    return columns.map((column) => ({
      row,
      column,
      // Multiply first: whole counts times 100,000 are exact, so 3 in 20,000 is 15, not 14.999….
      rate: usable ? ((count.get(keyOf(row, column)) ?? 0) * PER) / denominator : null,
    }));
  });
};
