import type { RateFigure, StatDimension, StatsResponse } from '@vigil/core';
import type { StatsTable } from './table';
import type { Measure } from './view';

/**
 * Rates as the page shows them (issue 6 point 1): per 1,000 places of capacity or per 100
 * documented detentions, from the server's answer. A figure without a denominator is "no
 * denominator", never 0; the chart draws only the rows that have one and the caption says which
 * do not.
 */

/** A rate to read: at most two decimals. */
export const roundRate = (rate: number): number => Math.round(rate * 100) / 100;

/** The words the rate table and its CSV need, in the reader's language. */
export interface RateLabels {
  readonly dimension: (d: StatDimension) => string;
  readonly value: (d: StatDimension, v: string | null) => string;
  /** "Incidents". */
  readonly measure: string;
  /** "per 1,000 places". */
  readonly unit: string;
  /** "Places" or "Documented detentions": the denominator's column. */
  readonly denominator: string;
  /** "Facilities without a stated capacity". */
  readonly missing: string;
  readonly noDenominator: string;
  readonly total: string;
}

const countOf = (
  answer: StatsResponse,
  measure: Measure,
  row: string | null,
  column: string | null,
): number => {
  const find =
    column === null
      ? answer.rowTotals.find((c) => c.row === row)
      : answer.cells.find((c) => c.row === row && c.column === column);
  return find?.[measure] ?? 0;
};

/** The rows of a rate answer as CSV rows: value(s), count, denominator, rate; totals last. */
export const rateCsvRows = (
  answer: StatsResponse,
  measure: Measure,
  rows: StatDimension,
  columns: StatDimension | undefined,
  labels: RateLabels,
): (string | number)[][] => {
  const rate = answer.rate;
  if (rate === undefined) return [];
  const withMissing = rate.per === 'capacity';
  const figures = (f: RateFigure, count: number): (string | number)[] => [
    count,
    f.denominator ?? labels.noDenominator,
    f[measure] === null ? labels.noDenominator : roundRate(f[measure]),
    ...(withMissing ? [f.missing] : []),
  ];
  const head = [
    labels.measure,
    labels.denominator,
    `${labels.measure} ${labels.unit}`,
    ...(withMissing ? [labels.missing] : []),
  ];
  const total = figures(rate.total, answer.total[measure]);
  if (columns === undefined) {
    return [
      [labels.dimension(rows), ...head],
      ...rate.rowTotals.map((f) => [
        labels.value(rows, f.row),
        ...figures(f, countOf(answer, measure, f.row, null)),
      ]),
      [labels.total, ...total],
    ];
  }
  return [
    [labels.dimension(rows), labels.dimension(columns), ...head],
    ...rate.cells.map((f) => [
      labels.value(rows, f.row),
      labels.value(columns, f.column),
      ...figures(f, countOf(answer, measure, f.row, f.column)),
    ]),
    ...rate.rowTotals.map((f) => [
      labels.value(rows, f.row),
      labels.total,
      ...figures(f, countOf(answer, measure, f.row, null)),
    ]),
    [labels.total, labels.total, ...total],
  ];
};

/**
 * The rates of a one-way answer as a table the bar charts draw: rows with a denominator only,
 * each figure its rate (two decimals); the rows left out are named by `withoutDenominator`.
 */
export const rateChartTable = (
  answer: StatsResponse,
  measure: Measure,
  rows: StatDimension,
): { table: StatsTable; withoutDenominator: (string | null)[] } | null => {
  const rate = answer.rate;
  if (rate === undefined) return null;
  const shown = rate.rowTotals.filter((f) => f[measure] !== null);
  const byRow = new Map(shown.map((f) => [JSON.stringify(f.row), roundRate(f[measure] ?? 0)]));
  const value = (row: string | null) => byRow.get(JSON.stringify(row)) ?? 0;
  return {
    table: {
      measure,
      rowDimension: rows,
      rows: shown.map((f) => f.row),
      columns: [],
      cell: (row) => value(row),
      rowTotal: value,
      columnTotal: () => 0,
      total: rate.total[measure] === null ? 0 : roundRate(rate.total[measure]),
      multiValued: answer.multiValued,
      maxCell: Math.max(0, ...byRow.values()),
    },
    withoutDenominator: rate.rowTotals.filter((f) => f[measure] === null).map((f) => f.row),
  };
};
