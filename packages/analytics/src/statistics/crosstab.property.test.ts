import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBy } from './count';
import { parsePeriod } from './days';
import { crossTab, type Cell } from './crosstab';
import { isTimeDimension } from './dimensions';
import { factTableOf } from './fact-table';
import { keysOf } from './keys';
import { selectionOf } from './query';
import { recordsBehind, type Figure } from './records-behind';
import {
  arbFacts,
  arbQuery,
  passes,
  referenceCount,
  valuesOf,
} from './statistics.test-arbitraries';

const RUNS = { numRuns: 300 };

describe('crossTab against counting by the definition', () => {
  it('has a grand total of the facts that pass the filter and their distinct victims', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        const { incidents, victims } = referenceCount(facts, query);
        expect(crossTab(factTableOf(facts), query).total).toEqual({ incidents, victims });
        expect(incidents).toBe(facts.filter((f) => passes(f, query)).length);
      }),
      RUNS,
    );
  });

  it('gives every cell, row total and column total the incidents and distinct victims holding its values', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        const tab = crossTab(factTableOf(facts), query);
        const check = (c: Cell, row?: string | null, column?: string | null) => {
          const expected = referenceCount(facts, query, row, column);
          expect({ incidents: c.incidents, victims: c.victims }).toEqual({
            incidents: expected.incidents,
            victims: expected.victims,
          });
        };
        for (const c of tab.cells) check(c, c.row, query.columns && c.column);
        for (const c of tab.rowTotals) check(c, c.row);
        for (const c of tab.columnTotals) check(c, undefined, c.column);
      }),
      RUNS,
    );
  });

  it('leaves out no pair of values that some passing incident holds', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        const tab = crossTab(factTableOf(facts), query);
        const shown = new Set(tab.cells.map((c) => JSON.stringify([c.row, c.column])));
        for (const f of facts.filter((f) => passes(f, query))) {
          for (const row of valuesOf(f, query.rows)) {
            const columns = query.columns ? valuesOf(f, query.columns) : [null];
            for (const column of columns) expect(shown).toContain(JSON.stringify([row, column]));
          }
        }
      }),
      RUNS,
    );
  });

  it('adds cells up to the totals when a dimension holds one value per incident', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        const tab = crossTab(factTableOf(facts), query);
        const sum = (cells: readonly Cell[]) => cells.reduce((s, c) => s + c.incidents, 0);
        if (!tab.multiValued.includes(query.rows)) {
          expect(sum(tab.rowTotals)).toBe(tab.total.incidents);
          for (const column of tab.columnTotals) {
            expect(sum(tab.cells.filter((c) => c.column === column.column))).toBe(column.incidents);
          }
        }
        if (query.columns && !tab.multiValued.includes(query.columns)) {
          expect(sum(tab.columnTotals)).toBe(tab.total.incidents);
          for (const row of tab.rowTotals) {
            expect(sum(tab.cells.filter((c) => c.row === row.row))).toBe(row.incidents);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same table transposed when rows and columns are swapped', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        if (query.columns === undefined) return;
        const table = factTableOf(facts);
        const tab = crossTab(table, query);
        const swapped = crossTab(table, { ...query, rows: query.columns, columns: query.rows });
        expect(swapped.rows).toEqual(tab.columns);
        expect(swapped.columns).toEqual(tab.rows);
        const transpose = (c: Cell): Cell => ({ ...c, row: c.column, column: c.row });
        const byRowThenColumn = (cells: Cell[]) =>
          cells.sort(
            (a, b) =>
              tab.rows.indexOf(a.row) - tab.rows.indexOf(b.row) ||
              tab.columns.indexOf(a.column) - tab.columns.indexOf(b.column),
          );
        expect(byRowThenColumn(swapped.cells.map(transpose))).toEqual(tab.cells);
        expect(swapped.rowTotals.map(transpose)).toEqual(tab.columnTotals);
        expect(swapped.columnTotals.map(transpose)).toEqual(tab.rowTotals);
        expect(swapped.total).toEqual(tab.total);
      }),
      RUNS,
    );
  });

  it('does not depend on the order the facts were added in', () => {
    fc.assert(
      fc.property(
        arbFacts.chain((facts) =>
          fc.tuple(fc.constant(facts), fc.shuffledSubarray(facts, { minLength: facts.length })),
        ),
        arbQuery,
        ([facts, shuffled], query) => {
          expect(crossTab(factTableOf(shuffled), query)).toEqual(
            crossTab(factTableOf(facts), query),
          );
          expect(recordsBehind(factTableOf(shuffled), query, {})).toEqual(
            recordsBehind(factTableOf(facts), query, {}),
          );
        },
      ),
      RUNS,
    );
  });

  it('orders periods by time without gaps, other values by incidents then value, unknown last', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        const tab = crossTab(factTableOf(facts), query);
        const known = tab.rowTotals.filter((c) => c.row !== null);
        expect(tab.rows.indexOf(null)).toBeOneOf([-1, tab.rows.length - 1]);
        if (isTimeDimension(query.rows)) {
          const bucket = query.rows;
          const periods = known.map((c) => parsePeriod(c.row as string, bucket) as number);
          expect(periods).toEqual(periods.map((_, i) => (periods[0] as number) + i));
        } else {
          for (let i = 1; i < known.length; i++) {
            const [a, b] = [known[i - 1] as Cell, known[i] as Cell];
            expect(
              a.incidents > b.incidents ||
                (a.incidents === b.incidents && (a.row as string) < (b.row as string)),
            ).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('recordsBehind against counting by the definition', () => {
  it('lists, in order of id, exactly the incidents a cell, a total or the grand total counts', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        const table = factTableOf(facts);
        const tab = crossTab(table, query);
        const figures: Figure[] = [
          ...tab.cells.map((c) => ({ row: c.row, column: query.columns && c.column })),
          ...tab.rowTotals.map((c) => ({ row: c.row })),
          ...tab.columnTotals.map((c) => ({ column: c.column })),
          {},
        ];
        for (const figure of figures) {
          const behind = recordsBehind(table, query, figure);
          const expected = referenceCount(facts, query, figure.row, figure.column);
          expect(behind).toEqual({ ids: expected.ids, total: expected.incidents });
        }
        for (const c of tab.cells) {
          expect(recordsBehind(table, query, { row: c.row, column: c.column }).total).toBe(
            c.incidents,
          );
        }
      }),
      RUNS,
    );
  });

  it('pages through the same list', () => {
    fc.assert(
      fc.property(
        arbFacts,
        arbQuery,
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 20 }),
        (facts, query, offset, limit) => {
          const table = factTableOf(facts);
          const all = recordsBehind(table, query, {});
          expect(recordsBehind(table, query, {}, { offset, limit })).toEqual({
            ids: all.ids.slice(offset, offset + limit),
            total: all.total,
          });
        },
      ),
      RUNS,
    );
  });
});

describe('counting cells in arrays or in a map', () => {
  it('gives the same counts either way', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, (facts, query) => {
        if (query.columns === undefined) return;
        const table = factTableOf(facts);
        const selected = selectionOf(table, query);
        const rows = keysOf(table, query.rows);
        const columns = keysOf(table, query.columns);
        const dense = countBy(table, selected, rows, columns);
        const sparse = countBy(table, selected, rows, columns, 0);
        for (let r = 0; r < rows.cardinality; r++) {
          for (let c = 0; c < columns.cardinality; c++) {
            expect(sparse.cells?.get(r, c)).toEqual(dense.cells?.get(r, c));
          }
        }
      }),
      RUNS,
    );
  });
});

describe('crossTab within a subset of the rows', () => {
  it('counts exactly as a table of only the incidents kept would, and so does recordsBehind', () => {
    fc.assert(
      fc.property(arbFacts, arbQuery, fc.func(fc.boolean()), (facts, query, keep) => {
        const table = factTableOf(facts);
        const kept = new Set(facts.filter((f) => keep(f.incident)).map((f) => f.incident));
        const within = Uint8Array.from(table.incidents, (id) => (kept.has(id) ? 1 : 0));
        const subset = factTableOf(facts.filter((f) => kept.has(f.incident)));
        const tab = crossTab(table, { ...query, within });
        const expected = crossTab(subset, query);
        expect(tab.total).toEqual(expected.total);
        expect(tab.cells).toEqual(expected.cells);
        expect(recordsBehind(table, { ...query, within }, {}, { offset: 0, limit: 1000 })).toEqual(
          recordsBehind(subset, query, {}, { offset: 0, limit: 1000 }),
        );
      }),
      RUNS,
    );
  });

  it('refuses a subset that does not fit the table', () => {
    const table = factTableOf([{ incident: 'i1', victim: null, day: null, values: {} }]);
    expect(() => crossTab(table, { rows: 'year', within: new Uint8Array(2) })).toThrow(RangeError);
  });
});
