import { describe, expect, it } from 'vitest';
import { factTableOf, type IncidentFact } from './fact-table';
import { recordsBehind, sortById } from './records-behind';

const FACTS: IncidentFact[] = [
  { incident: 'i3', victim: 'p2', day: '2024-04-01', values: { method: ['shock'], region: ['B'] } },
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
  { incident: 'i4', victim: null, day: null, values: { region: ['A'] } },
];
const table = factTableOf(FACTS);
const query = { rows: 'region', columns: 'method' } as const;

describe('recordsBehind', () => {
  it('lists the incidents of a cell in order of id', () => {
    expect(recordsBehind(table, query, { row: 'A', column: 'beating' })).toEqual({
      ids: ['i1', 'i2'],
      total: 2,
    });
  });

  it('lists the incidents with an unknown value for null', () => {
    expect(recordsBehind(table, query, { row: 'A', column: null })).toEqual({
      ids: ['i4'],
      total: 1,
    });
  });

  it('lists a row total, a column total and the grand total, each incident once', () => {
    expect(recordsBehind(table, query, { row: 'A' }).ids).toEqual(['i1', 'i2', 'i4']);
    expect(recordsBehind(table, query, { column: 'shock' }).ids).toEqual(['i1', 'i3']);
    expect(recordsBehind(table, query, {})).toEqual({ ids: ['i1', 'i2', 'i3', 'i4'], total: 4 });
  });

  it('applies the query filter and period', () => {
    const filtered = { ...query, filter: { region: ['A'] }, from: '2024-01-01' };
    expect(recordsBehind(table, filtered, {}).ids).toEqual(['i1', 'i2']);
  });

  it('finds time buckets by their labels', () => {
    expect(recordsBehind(table, { rows: 'quarter' }, { row: '2024-Q1' }).ids).toEqual(['i1', 'i2']);
    expect(recordsBehind(table, { rows: 'quarter' }, { row: null }).ids).toEqual(['i4']);
  });

  it('gives one page of the list and the total of the figure', () => {
    expect(recordsBehind(table, query, {}, { offset: 1, limit: 2 })).toEqual({
      ids: ['i2', 'i3'],
      total: 4,
    });
    expect(recordsBehind(table, query, {}, { offset: 10, limit: 2 })).toEqual({
      ids: [],
      total: 4,
    });
  });

  it('finds nothing behind a value no incident holds', () => {
    expect(recordsBehind(table, query, { row: 'Z' })).toEqual({ ids: [], total: 0 });
    expect(recordsBehind(table, { rows: 'year' }, { row: '1999' })).toEqual({ ids: [], total: 0 });
  });

  it('treats the column of a one-way table as null', () => {
    expect(recordsBehind(table, { rows: 'region' }, { row: 'B', column: null }).ids).toEqual([
      'i3',
    ]);
    expect(recordsBehind(table, { rows: 'region' }, { row: 'B', column: 'shock' }).total).toBe(0);
  });

  it('orders by id the same way whether it sorts the records or looks up a table-wide ranking', () => {
    const many = factTableOf(
      Array.from({ length: 200 }, (_, i) => ({
        incident: `i${(i * 7919) % 1000}`,
        victim: `p${i % 13}`,
        day: null,
        values: {},
      })),
    );
    const rows = Int32Array.from({ length: 120 }, (_, i) => (i * 37) % 200);
    expect([...sortById(many, rows.slice(), 0)]).toEqual([...sortById(many, rows.slice())]);
  });

  it('gives nothing for a negative limit and starts at 0 for a negative offset', () => {
    expect(recordsBehind(table, query, {}, { offset: 0, limit: -1 })).toEqual({
      ids: [],
      total: 4,
    });
    expect(recordsBehind(table, query, {}, { offset: -3, limit: 1 }).ids).toEqual(['i1']);
  });
});
