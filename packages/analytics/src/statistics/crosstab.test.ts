import { describe, expect, it } from 'vitest';
import { crossTab } from './crosstab';
import { factTableOf, type IncidentFact } from './fact-table';

// Five incidents, counted by hand below. p1 was beaten twice; i4 is undated, with no method and
// no known victim; i5 has no region.
const FACTS: IncidentFact[] = [
  {
    incident: 'i1',
    victim: 'p1',
    day: '2024-01-10',
    values: { method: ['beating', 'shock'], region: ['A'] },
  },
  {
    incident: 'i2',
    victim: 'p1',
    day: '2024-02-05',
    values: { method: ['beating'], region: ['A'] },
  },
  { incident: 'i3', victim: 'p2', day: '2024-04-01', values: { method: ['shock'], region: ['B'] } },
  { incident: 'i4', victim: null, day: null, values: { method: [], region: ['A'] } },
  { incident: 'i5', victim: 'p3', day: '2024-05-20', values: { method: ['beating', 'isolation'] } },
];
const table = factTableOf(FACTS);

describe('crossTab by one dimension', () => {
  it('counts incidents and distinct victims per value, most incidents first, unknown last', () => {
    const tab = crossTab(table, { rows: 'method' });
    expect(tab.rows).toEqual(['beating', 'shock', 'isolation', null]);
    expect(tab.columns).toEqual([]);
    expect(tab.rowTotals).toEqual([
      { row: 'beating', column: null, incidents: 3, victims: 2 },
      { row: 'shock', column: null, incidents: 2, victims: 2 },
      { row: 'isolation', column: null, incidents: 1, victims: 1 },
      // The incident without a victim counts as an incident but adds no victim.
      { row: null, column: null, incidents: 1, victims: 0 },
    ]);
    expect(tab.cells).toEqual(tab.rowTotals);
    expect(tab.columnTotals).toEqual([]);
  });

  it('counts each incident and victim once in the total, though the cells add up to more', () => {
    const tab = crossTab(table, { rows: 'method' });
    expect(tab.total).toEqual({ incidents: 5, victims: 3 });
    expect(tab.cells.reduce((sum, c) => sum + c.incidents, 0)).toBe(7);
    expect(tab.multiValued).toEqual(['method']);
  });

  it('counts a victim of several incidents in one period once', () => {
    const tab = crossTab(table, { rows: 'year' });
    expect(tab.rowTotals).toEqual([
      { row: '2024', column: null, incidents: 4, victims: 3 },
      { row: null, column: null, incidents: 1, victims: 0 },
    ]);
    expect(tab.multiValued).toEqual([]);
  });

  it('orders periods by time and keeps empty periods between the first and the last, with zero totals', () => {
    const tab = crossTab(table, { rows: 'month' });
    expect(tab.rows).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', null]);
    expect(tab.rowTotals[2]).toEqual({ row: '2024-03', column: null, incidents: 0, victims: 0 });
    expect(tab.cells.map((c) => c.row)).toEqual(['2024-01', '2024-02', '2024-04', '2024-05', null]);
  });

  it('orders values with equal counts by value', () => {
    const tab = crossTab(table, { rows: 'region', filter: { method: ['shock'] } });
    expect(tab.rows).toEqual(['A', 'B']);
  });

  it('shows no unknown row when every incident has a value', () => {
    expect(crossTab(table, { rows: 'region', filter: { region: ['A', 'B'] } }).rows).toEqual([
      'A',
      'B',
    ]);
  });
});

describe('crossTab by two dimensions', () => {
  const tab = crossTab(table, { rows: 'region', columns: 'method' });

  it('counts every pair of values an incident holds, unknown values included', () => {
    expect(tab.rows).toEqual(['A', 'B', null]);
    expect(tab.columns).toEqual(['beating', 'shock', 'isolation', null]);
    expect(tab.cells).toEqual([
      { row: 'A', column: 'beating', incidents: 2, victims: 1 },
      { row: 'A', column: 'shock', incidents: 1, victims: 1 },
      { row: 'A', column: null, incidents: 1, victims: 0 },
      { row: 'B', column: 'shock', incidents: 1, victims: 1 },
      { row: null, column: 'beating', incidents: 1, victims: 1 },
      { row: null, column: 'isolation', incidents: 1, victims: 1 },
    ]);
  });

  it('gives row totals distinct over the row, not the sum of its cells', () => {
    expect(tab.rowTotals).toEqual([
      { row: 'A', column: null, incidents: 3, victims: 1 },
      { row: 'B', column: null, incidents: 1, victims: 1 },
      { row: null, column: null, incidents: 1, victims: 1 },
    ]);
  });

  it('gives column totals distinct over the column', () => {
    expect(tab.columnTotals).toEqual([
      { row: null, column: 'beating', incidents: 3, victims: 2 },
      { row: null, column: 'shock', incidents: 2, victims: 2 },
      { row: null, column: 'isolation', incidents: 1, victims: 1 },
      { row: null, column: null, incidents: 1, victims: 0 },
    ]);
    expect(tab.total).toEqual({ incidents: 5, victims: 3 });
    expect(tab.multiValued).toEqual(['method']);
  });

  it('names a multi-valued dimension once when it is both rows and columns', () => {
    const same = crossTab(table, { rows: 'method', columns: 'method' });
    expect(same.multiValued).toEqual(['method']);
    expect(same.cells).toContainEqual({
      row: 'beating',
      column: 'shock',
      incidents: 1,
      victims: 1,
    });
  });
});

describe('filters and periods', () => {
  it('keeps incidents holding any listed value of each filtered dimension', () => {
    const tab = crossTab(table, { rows: 'region', filter: { method: ['isolation', 'shock'] } });
    expect(tab.total).toEqual({ incidents: 3, victims: 3 });
    expect(tab.rows).toEqual(['A', 'B', null]);
  });

  it('selects the unknown value with null', () => {
    const tab = crossTab(table, { rows: 'method', filter: { region: [null] } });
    expect(tab.total.incidents).toBe(1);
    expect(tab.rows).toEqual(['beating', 'isolation']);
  });

  it('filters on periods by their labels, and undated incidents with null', () => {
    expect(crossTab(table, { rows: 'region', filter: { quarter: ['2024-Q2'] } }).total).toEqual({
      incidents: 2,
      victims: 2,
    });
    expect(crossTab(table, { rows: 'region', filter: { year: [null] } }).rows).toEqual(['A']);
  });

  it('requires every filtered dimension to match', () => {
    const tab = crossTab(table, {
      rows: 'region',
      filter: { method: ['beating'], region: ['A'] },
    });
    expect(tab.total).toEqual({ incidents: 2, victims: 1 });
  });

  it('selects nothing for a value no incident holds or an empty list', () => {
    expect(crossTab(table, { rows: 'region', filter: { method: ['drowning'] } }).total).toEqual({
      incidents: 0,
      victims: 0,
    });
    expect(crossTab(table, { rows: 'region', filter: { method: [] } }).rows).toEqual([]);
  });

  it('keeps incidents from and to the given days, inclusive, and leaves undated ones out', () => {
    const tab = crossTab(table, { rows: 'month', from: '2024-02-05', to: '2024-04-01' });
    expect(tab.total).toEqual({ incidents: 2, victims: 2 });
    expect(tab.rows).toEqual(['2024-02', '2024-03', '2024-04']);
  });

  it('runs the time axis over the whole period asked for, even where nothing happened', () => {
    const tab = crossTab(table, { rows: 'quarter', from: '2023-10-01', to: '2024-12-31' });
    expect(tab.rows).toEqual(['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(tab.rowTotals.map((c) => c.incidents)).toEqual([0, 2, 2, 0, 0]);
  });

  it('refuses a period bound that is not an ISO day', () => {
    expect(() => crossTab(table, { rows: 'year', from: '2024-1-1' })).toThrow(
      expect.objectContaining({ code: 'invalid_day' }),
    );
  });
});

describe('an empty table', () => {
  it('has no rows, no cells and zero totals', () => {
    const tab = crossTab(factTableOf([]), { rows: 'month', columns: 'method' });
    expect(tab).toEqual({
      rows: [],
      columns: [],
      cells: [],
      rowTotals: [],
      columnTotals: [],
      total: { incidents: 0, victims: 0 },
      multiValued: [],
    });
  });
});
