import type { StatDimension, StatsResponse } from '@vigil/core';
import type { Measure } from './view';

/**
 * The answer of the server as the chart and the table read it: one number per cell, row total,
 * column total and in all, for the measure chosen. Totals are the server's distinct counts,
 * never sums of cells (an incident with two methods is in two cells and counts once in a total).
 */
export interface StatsTable {
  readonly measure: Measure;
  readonly rowDimension: StatDimension;
  /** Undefined for a one-way table. */
  readonly columnDimension?: StatDimension;
  readonly rows: readonly (string | null)[];
  /** [] for a one-way table. */
  readonly columns: readonly (string | null)[];
  /** A cell's figure; 0 for an empty cell. In a one-way table the column is null. */
  readonly cell: (row: string | null, column: string | null) => number;
  readonly rowTotal: (row: string | null) => number;
  /** 0 for any column of a one-way table. */
  readonly columnTotal: (column: string | null) => number;
  readonly total: number;
  /** Dimensions whose cells may add up to more than their totals. */
  readonly multiValued: readonly StatDimension[];
  /** The greatest figure of a cell (for scales). */
  readonly maxCell: number;
}

/** A figure of the table: a cell (row and column), a row or column total, or the total (neither). */
export interface Figure {
  readonly row?: string | null;
  readonly column?: string | null;
}

/** A key for a pair of values that keeps null apart from the text "null". */
export const pairKey = (row: string | null, column: string | null): string =>
  JSON.stringify([row, column]);

/** A key naming a figure (for the one selected). */
export const figureKey = (figure: Figure): string =>
  JSON.stringify([
    figure.row === undefined ? '*' : figure.row,
    figure.column === undefined ? '*' : figure.column,
  ]);

/** The table of a response for a measure and the dimensions it was asked for. */
export const tableOf = (
  response: StatsResponse,
  measure: Measure,
  rowDimension: StatDimension,
  columnDimension?: StatDimension,
): StatsTable => {
  const cells = new Map(response.cells.map((c) => [pairKey(c.row, c.column), c[measure]]));
  const rowTotals = new Map(response.rowTotals.map((c) => [JSON.stringify(c.row), c[measure]]));
  const columnTotals = new Map(
    response.columnTotals.map((c) => [JSON.stringify(c.column), c[measure]]),
  );
  return {
    measure,
    rowDimension,
    ...(columnDimension === undefined ? {} : { columnDimension }),
    rows: response.rows,
    columns: columnDimension === undefined ? [] : response.columns,
    cell: (row, column) => cells.get(pairKey(row, column)) ?? 0,
    rowTotal: (row) => rowTotals.get(JSON.stringify(row)) ?? 0,
    columnTotal: (column) => columnTotals.get(JSON.stringify(column)) ?? 0,
    total: response.total[measure],
    multiValued: response.multiValued,
    maxCell: Math.max(0, ...response.cells.map((c) => c[measure])),
  };
};

/**
 * The rows in the order a chart lists them: time in order of time; other values largest first
 * by the measure shown (the server orders by incidents), "unknown" last.
 */
export const rowsByMeasure = (table: StatsTable, time: boolean): (string | null)[] => {
  if (time) return [...table.rows];
  const known = table.rows.filter((r): r is string => r !== null);
  const sorted = known
    .map((row, i) => ({ row, i, n: table.rowTotal(row) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.row);
  return table.rows.includes(null) ? [...sorted, null] : sorted;
};
