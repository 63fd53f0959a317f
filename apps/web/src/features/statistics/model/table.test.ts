import { describe, expect, it } from 'vitest';
import { yearByMethod } from './fixtures.test-helpers';
import { figureKey, rowsByMeasure, tableOf } from './table';

describe('the table behind a chart', () => {
  it('reads cells and the server’s distinct totals for the measure chosen, 0 for empty cells', () => {
    const t = tableOf(yearByMethod, 'incidents', 'year', 'method');
    expect(t.cell('2024', '030101000000')).toBe(1);
    expect(t.cell('2024', null)).toBe(0);
    expect(t.cell(null, null)).toBe(1);
    expect(t.rowTotal('2025')).toBe(2);
    expect(t.columnTotal('030101000000')).toBe(2);
    expect(t.total).toBe(4);
    expect(t.maxCell).toBe(1);
    const victims = tableOf(yearByMethod, 'victims', 'year', 'method');
    expect(victims.rowTotal('2025')).toBe(1);
    expect(victims.total).toBe(2);
  });

  it('has no columns when asked for one dimension', () => {
    const t = tableOf(yearByMethod, 'incidents', 'year');
    expect(t.columns).toEqual([]);
    expect(t.columnDimension).toBeUndefined();
  });

  it('orders other dimensions by the measure shown, unknown last, and time by time', () => {
    const answer = {
      ...yearByMethod,
      rows: ['a', 'b', null],
      rowTotals: [
        { row: 'a', column: null, incidents: 3, victims: 1 },
        { row: 'b', column: null, incidents: 2, victims: 2 },
        { row: null, column: null, incidents: 9, victims: 9 },
      ],
    };
    expect(rowsByMeasure(tableOf(answer, 'incidents', 'method'), false)).toEqual(['a', 'b', null]);
    expect(rowsByMeasure(tableOf(answer, 'victims', 'method'), false)).toEqual(['b', 'a', null]);
    expect(rowsByMeasure(tableOf(yearByMethod, 'victims', 'year'), true)).toEqual([
      '2024',
      '2025',
      null,
    ]);
  });

  it('tells a figure on the unknown value from a total over every value', () => {
    expect(figureKey({ row: null })).not.toBe(figureKey({}));
    expect(figureKey({ row: 'null' })).not.toBe(figureKey({ row: null }));
    expect(figureKey({ column: 'a' })).not.toBe(figureKey({ row: 'a' }));
  });
});
