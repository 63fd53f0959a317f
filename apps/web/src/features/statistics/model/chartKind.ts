import type { StatDimension } from '@vigil/core';
import { isTimeDimension } from './view';

/**
 * Which chart a table is drawn as:
 * - one time dimension: bars along a continuous time axis;
 * - one other dimension: horizontal bars, largest first;
 * - time and a dimension with one value per incident and few values: bars stacked by that
 *   dimension along the time axis (the stack adds up to the period's total);
 * - anything else with two dimensions: a heat map, rows down and columns across, which never
 *   suggests that cells add up (an incident with two methods is in two cells).
 */
export type ChartKind =
  | { readonly kind: 'time' }
  | { readonly kind: 'bars' }
  | { readonly kind: 'stacked'; readonly time: 'rows' | 'columns' }
  | { readonly kind: 'heat-map' };

/** Most values a stack can colour apart; with more, the heat map is easier to read. */
export const MAX_STACKED = 8;

/** The chart for a query's dimensions and what the server said about them. */
export const chartKindOf = (
  rows: StatDimension,
  columns: StatDimension | undefined,
  answer: {
    readonly multiValued: readonly StatDimension[];
    readonly rows: readonly unknown[];
    readonly columns: readonly unknown[];
  },
): ChartKind => {
  if (columns === undefined) return { kind: isTimeDimension(rows) ? 'time' : 'bars' };
  const rowsTime = isTimeDimension(rows);
  const columnsTime = isTimeDimension(columns);
  if (rowsTime === columnsTime) return { kind: 'heat-map' };
  const other = rowsTime ? columns : rows;
  const values = rowsTime ? answer.columns.length : answer.rows.length;
  if (answer.multiValued.includes(other) || values > MAX_STACKED) return { kind: 'heat-map' };
  return { kind: 'stacked', time: rowsTime ? 'rows' : 'columns' };
};
