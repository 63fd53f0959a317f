import type { StatsTable } from './table';

/**
 * The table behind a chart as CSV (RFC 4180: comma, CRLF, quotes doubled). Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * labels come from the shared register, which any member can edit.
 */

/** One cell of CSV: numbers as they are, text quoted when it must be and defused as a formula. */
export const csvCell = (value: string | number): string => {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows of cells as CSV text, each line ended by CRLF. */
export const csvText = (rows: readonly (readonly (string | number)[])[]): string =>
  rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');

/** The words the CSV needs, in the reader's language. */
export interface CsvLabels {
  /** The name of a dimension ("Year"). */
  readonly dimension: (d: NonNullable<StatsTable['columnDimension']>) => string;
  /** A value of a dimension ("2024", "Beating", "unknown"). */
  readonly value: (d: NonNullable<StatsTable['columnDimension']>, v: string | null) => string;
  /** What is counted ("Incidents"). */
  readonly measure: string;
  readonly total: string;
}

/**
 * The rows of a table as CSV rows: a header naming what is counted, one row per value with its
 * total, and the totals last. Totals are the distinct counts, as on screen.
 */
export const tableRows = (table: StatsTable, labels: CsvLabels): (string | number)[][] => {
  const rowName = labels.dimension(table.rowDimension);
  const rowLabel = (r: string | null) => labels.value(table.rowDimension, r);
  const columns = table.columnDimension;
  if (columns === undefined) {
    return [
      [rowName, labels.measure],
      ...table.rows.map((r) => [rowLabel(r), table.rowTotal(r)]),
      [labels.total, table.total],
    ];
  }
  return [
    [
      `${labels.measure}: ${rowName} \\ ${labels.dimension(columns)}`,
      ...table.columns.map((c) => labels.value(columns, c)),
      labels.total,
    ],
    ...table.rows.map((r) => [
      rowLabel(r),
      ...table.columns.map((c) => table.cell(r, c)),
      table.rowTotal(r),
    ]),
    [labels.total, ...table.columns.map((c) => table.columnTotal(c)), table.total],
  ];
};
