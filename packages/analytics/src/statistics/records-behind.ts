// Drill-down: every figure of a cross-tab traces back to the incident records it counts.
import { dayNumberOf } from './days';
import { holds, keysOf } from './keys';
import { selectionOf, type StatsQuery } from './query';
import type { FactTable } from './fact-table';

/** Which figure: a cell (row and column), a row or column total (one of them), or the grand total (neither). */
export interface Figure {
  readonly row?: string | null;
  readonly column?: string | null;
}

/** A window of a list: skip `offset` records, then give at most `limit`. */
export interface Page {
  readonly offset: number;
  readonly limit: number;
}

/** Every record when no page is asked for. */
const ALL: Page = { offset: 0, limit: Infinity };

/** Code-unit order, not localeCompare: the same order in every runtime and locale. */
const byId =
  (ids: readonly string[]) =>
  (a: number, b: number): number => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** Above this many records, sorting them by id costs more than looking up a table-wide ranking. */
const RANKED = 50_000;

interface Ranking {
  /** Rows in ascending order of incident id. */
  readonly rows: Int32Array;
  /** The position of each row in `rows`. */
  readonly rank: Int32Array;
}

const rankings = new WeakMap<FactTable, Ranking>();

/**
 * Every row ranked by incident id, made on the first large drill-down into a table and kept: the
 * table itself is grouped by victim for counting, and lists must not depend on that.
 */
const rankingOf = (table: FactTable): Ranking => {
  let ranking = rankings.get(table);
  if (!ranking) {
    const rows = Int32Array.from(table.incidents, (_, i) => i).sort(byId(table.incidents));
    const rank = new Int32Array(rows.length);
    rows.forEach((row, position) => (rank[row] = position));
    ranking = { rows, rank };
    rankings.set(table, ranking);
  }
  return ranking;
};

/** The rows in ascending order of incident id (in place when few). */
export const sortById = (table: FactTable, rows: Int32Array, rankAbove = RANKED): Int32Array => {
  if (rows.length <= rankAbove) return rows.sort(byId(table.incidents));
  const { rows: ranked, rank } = rankingOf(table);
  // Typed-array sort without a comparator is numeric and native: fast for a million ranks.
  return rows
    .map((row) => rank[row] as number)
    .sort()
    .map((position) => ranked[position] as number);
};

/**
 * The incident ids behind one figure (a cell, a row or column total, or the grand total), in
 * stable order (ascending id), paged; `total` is the figure's incident count.
 */
export const recordsBehind = (
  table: FactTable,
  query: StatsQuery,
  cell: Figure,
  page: Page = ALL,
): { ids: string[]; total: number } => {
  if (query.from !== undefined) dayNumberOf(query.from);
  if (query.to !== undefined) dayNumberOf(query.to);
  const selected = selectionOf(table, query);
  const wanted: { keys: ReturnType<typeof keysOf>; code: number }[] = [];
  if (cell.row !== undefined) {
    const keys = keysOf(table, query.rows);
    wanted.push({ keys, code: keys.codeOf(cell.row) });
  }
  if (cell.column !== undefined && query.columns !== undefined) {
    const keys = keysOf(table, query.columns);
    wanted.push({ keys, code: keys.codeOf(cell.column) });
  } else if (cell.column !== undefined && cell.column !== null) {
    // A one-way table has only the column null; a named column holds nothing.
    return { ids: [], total: 0 };
  }
  if (wanted.some((w) => w.code < 0)) return { ids: [], total: 0 };
  const matching: number[] = [];
  for (let i = 0; i < table.size; i++) {
    if (selected[i] === 1 && wanted.every((w) => holds(w.keys, i, w.code))) matching.push(i);
  }
  const rows = sortById(table, Int32Array.from(matching));
  const start = Math.max(0, page.offset);
  const shown = rows.subarray(start, Math.max(start, Math.min(rows.length, start + page.limit)));
  return { ids: Array.from(shown, (row) => table.incidents[row] as string), total: rows.length };
};
