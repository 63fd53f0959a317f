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

export interface Page {
  readonly offset: number;
  readonly limit: number;
}

/** Every record when no page is asked for. */
const ALL: Page = { offset: 0, limit: Infinity };

const idOrders = new WeakMap<FactTable, Int32Array>();

/**
 * The rows in ascending order of incident id, sorted on the first drill-down into a table and
 * kept: the table itself is grouped by victim for counting, and lists must not depend on that.
 */
const idOrderOf = (table: FactTable): Int32Array => {
  let order = idOrders.get(table);
  if (!order) {
    const ids = table.incidents;
    // Code-unit order, not localeCompare: the same order in every runtime and locale.
    order = Int32Array.from(ids, (_, i) => i).sort((a, b) => {
      const x = ids[a] as string;
      const y = ids[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    idOrders.set(table, order);
  }
  return order;
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
  const ids: string[] = [];
  let total = 0;
  const end = page.offset + page.limit;
  for (const i of idOrderOf(table)) {
    if (selected[i] === 0 || !wanted.every((w) => holds(w.keys, i, w.code))) continue;
    if (total >= page.offset && total < end) ids.push(table.incidents[i] as string);
    total++;
  }
  return { ids, total };
};
