// Cross-tabulation of incidents by one or two dimensions, with distinct victims and totals that
// count each incident (and each victim) once, however many values it holds.
import { dayNumberOf, monthIndexOf, periodIndexOf, periodLabel } from './days';
import { isTimeDimension, type Dimension } from './dimensions';
import type { FactTable } from './fact-table';
import { countBy, type Margin } from './count';
import { keysOf, type Keys } from './keys';
import { selectionOf, type StatsQuery } from './query';

/** One figure: incidents and distinct victims for a row value and a column value. */
export interface Cell {
  /** The row value; null is "unknown" (or, in column totals, every row). */
  readonly row: string | null;
  /** The column value; null is "unknown" (or, in row totals and one-way tables, every column). */
  readonly column: string | null;
  readonly incidents: number;
  /** Distinct victims: a person in several incidents of the figure counts once. */
  readonly victims: number;
}

/** A table of counts, its totals and the caveats to show with it. */
export interface CrossTab {
  /**
   * Row values: time buckets in order of time, every period from the first to the last (or from
   * `from` to `to` when given) so charts have continuous axes, empty ones with zero totals; other
   * dimensions by incidents, most first, then by value. Unknown (null) last, when any.
   */
  readonly rows: readonly (string | null)[];
  /** Column values, ordered like rows; [] when the query has no column dimension. */
  readonly columns: readonly (string | null)[];
  /** Non-empty cells, in row then column order; without columns, one per row with column null. */
  readonly cells: readonly Cell[];
  /** One per row (column null), distinct over the row: not the sum of its cells. */
  readonly rowTotals: readonly Cell[];
  /** One per column (row null), distinct over the column; [] without a column dimension. */
  readonly columnTotals: readonly Cell[];
  readonly total: { readonly incidents: number; readonly victims: number };
  /**
   * The query's dimensions in which some incident holds several values: their cells may add up
   * to more than the totals, and the interface says so.
   */
  readonly multiValued: readonly Dimension[];
}

interface AxisEntry {
  readonly label: string | null;
  /** The key of the value, or -1 for a period no incident of the table falls in. */
  readonly code: number;
}

/** The values of one axis that the table shows, in display order. */
const axisOf = (keys: Keys, margin: Margin, query: StatsQuery): AxisEntry[] => {
  const present = (code: number): boolean => (margin.incidents[code] as number) > 0;
  const entries: AxisEntry[] = [];
  if (keys.time) {
    const { bucket, first } = keys.time;
    const periodOfDay = (day: string): number => periodIndexOf(monthIndexOf(day), bucket);
    let lo = Infinity;
    let hi = -Infinity;
    for (let code = 0; code < keys.unknown; code++) {
      if (!present(code)) continue;
      lo = Math.min(lo, first + code);
      hi = Math.max(hi, first + code);
    }
    if (query.from !== undefined) lo = periodOfDay(query.from);
    if (query.to !== undefined) hi = periodOfDay(query.to);
    for (let period = lo; period <= hi; period++) {
      const code = period - first;
      entries.push({
        label: periodLabel(period, bucket),
        code: code >= 0 && code < keys.unknown ? code : -1,
      });
    }
  } else {
    for (let code = 0; code < keys.unknown; code++) {
      if (present(code)) entries.push({ label: keys.labelOf(code), code });
    }
    entries.sort((a, b) => {
      const byCount = (margin.incidents[b.code] as number) - (margin.incidents[a.code] as number);
      if (byCount !== 0) return byCount;
      return (a.label as string) < (b.label as string) ? -1 : 1;
    });
  }
  if (present(keys.unknown)) entries.push({ label: null, code: keys.unknown });
  return entries;
};

const totalsOf = (axis: AxisEntry[], margin: Margin, side: 'row' | 'column'): Cell[] =>
  axis.map(({ label, code }) => {
    const incidents = code < 0 ? 0 : (margin.incidents[code] as number);
    const victims = code < 0 ? 0 : (margin.victims[code] as number);
    return side === 'row'
      ? { row: label, column: null, incidents, victims }
      : { row: null, column: label, incidents, victims };
  });

const isMultiValued = (table: FactTable, d: Dimension): boolean =>
  !isTimeDimension(d) && table.coded[d].offsets !== null;

/** Counts the incidents a query selects by its row dimension and, when given, its column dimension. */
export const crossTab = (table: FactTable, query: StatsQuery): CrossTab => {
  // Validate the period first: a bad day is an error even when the table is empty.
  if (query.from !== undefined) dayNumberOf(query.from);
  if (query.to !== undefined) dayNumberOf(query.to);
  const selected = selectionOf(table, query);
  const rowKeys = keysOf(table, query.rows);
  const columnKeys = query.columns === undefined ? null : keysOf(table, query.columns);
  const counts = countBy(table, selected, rowKeys, columnKeys);
  const rowAxis = axisOf(rowKeys, counts.rows, query);
  const rowTotals = totalsOf(rowAxis, counts.rows, 'row');
  const dimensions = query.columns === undefined ? [query.rows] : [query.rows, query.columns];
  const multiValued = [...new Set(dimensions)].filter((d) => isMultiValued(table, d));
  if (columnKeys === null || counts.columns === null || counts.cells === null) {
    return {
      rows: rowAxis.map((e) => e.label),
      columns: [],
      cells: rowTotals.filter((c) => c.incidents > 0),
      rowTotals,
      columnTotals: [],
      total: counts.total,
      multiValued,
    };
  }
  const columnAxis = axisOf(columnKeys, counts.columns, query);
  const cells: Cell[] = [];
  for (const r of rowAxis) {
    if (r.code < 0) continue;
    for (const c of columnAxis) {
      const figure = c.code < 0 ? null : counts.cells.get(r.code, c.code);
      if (figure) cells.push({ row: r.label, column: c.label, ...figure });
    }
  }
  return {
    rows: rowAxis.map((e) => e.label),
    columns: columnAxis.map((e) => e.label),
    cells,
    rowTotals,
    columnTotals: totalsOf(columnAxis, counts.columns, 'column'),
    total: counts.total,
    multiValued,
  };
};
