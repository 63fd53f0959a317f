import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  statsQueryOf,
  swapped,
  viewFromParams,
  viewToParams,
  withColumns,
  withFilterValue,
  withoutFilterValue,
  withPeriod,
  withRows,
  type StatsView,
} from './view';

describe('the statistics view in the address', () => {
  it('round-trips dimensions, measure, period and filters, keeping the vault', () => {
    const view: StatsView = {
      rows: 'year',
      columns: 'method',
      measure: 'victims',
      from: '2024-01-01',
      to: '2024-12-31',
      filter: { region: ['RU-MOW', 'RU-SPE'], sex: [null] },
    };
    const params = viewToParams(view, new URLSearchParams('vault=abc&rows=month&f.group=x'));
    expect(params.get('vault')).toBe('abc');
    expect(params.getAll('f.group')).toEqual([]);
    expect(params.toString()).toBe(
      'vault=abc&rows=year&cols=method&measure=victims&from=2024-01-01&to=2024-12-31&f.region=RU-MOW&f.region=RU-SPE&f.sex=%7E',
    );
    expect(viewFromParams(params)).toEqual({ view, reversed: false });
  });

  it('starts with incidents by year and leaves the default measure out of the address', () => {
    expect(viewFromParams(new URLSearchParams()).view).toEqual(DEFAULT_VIEW);
    expect(viewToParams(DEFAULT_VIEW, new URLSearchParams()).toString()).toBe('rows=year');
  });

  it('takes nothing from the address that is not a code: no names, no free text', () => {
    const { view } = viewFromParams(
      new URLSearchParams(
        'rows=nonsense&cols=year&measure=people&f.region=Ivan Sokolov&f.facility=Иван&f.victim=x&f.method=031800000000&f.age-band=65%2B',
      ),
    );
    expect(view.rows).toBe('year');
    // Columns equal to the rows say nothing and are dropped.
    expect(view.columns).toBeUndefined();
    expect(view.measure).toBe('incidents');
    expect(view.filter).toEqual({ method: ['031800000000'], 'age-band': ['65+'] });
    const out = viewToParams(
      { ...DEFAULT_VIEW, filter: { region: ['a b', 'RU-MOW'], facility: ['x@y'] } },
      new URLSearchParams(),
    );
    expect(out.getAll('f.region')).toEqual(['RU-MOW']);
    expect(out.has('f.facility')).toBe(false);
  });

  it('drops a period that ends before it starts, and days that are not days', () => {
    const reversed = viewFromParams(new URLSearchParams('from=2025-01-01&to=2024-01-01'));
    expect(reversed.reversed).toBe(true);
    expect(reversed.view.from).toBe('2025-01-01');
    expect(reversed.view.to).toBeUndefined();
    expect(viewFromParams(new URLSearchParams('from=2024-13-01')).view.from).toBeUndefined();
  });

  it('makes the server query without the measure and without empty filters', () => {
    expect(
      statsQueryOf({
        rows: 'region',
        measure: 'victims',
        filter: { method: ['031800000000'], sex: [] },
        to: '2025-01-01',
      }),
    ).toEqual({ rows: 'region', filter: { method: ['031800000000'] }, to: '2025-01-01' });
  });

  it('changes rows, columns and period without leaving a dimension against itself', () => {
    const v: StatsView = { ...DEFAULT_VIEW, columns: 'method' };
    expect(withRows(v, 'method').columns).toBeUndefined();
    expect(withRows(v, 'region')).toMatchObject({ rows: 'region', columns: 'method' });
    expect(withColumns(v, 'year').columns).toBeUndefined();
    expect(withColumns(v, undefined)).toEqual(DEFAULT_VIEW);
    expect(swapped(v)).toMatchObject({ rows: 'method', columns: 'year' });
    expect(swapped(DEFAULT_VIEW)).toBe(DEFAULT_VIEW);
    expect(withPeriod(v, '2024-01-01')).toEqual({ ...v, from: '2024-01-01' });
    expect(withPeriod({ ...v, from: '2024-01-01' })).toEqual(v);
  });

  it('adds a filter value once and removes a dimension with its last value', () => {
    const one = withFilterValue({}, 'region', 'RU-MOW');
    expect(withFilterValue(one, 'region', 'RU-MOW')).toBe(one);
    const two = withFilterValue(one, 'region', null);
    expect(two).toEqual({ region: ['RU-MOW', null] });
    expect(withoutFilterValue(two, 'region', null)).toEqual({ region: ['RU-MOW'] });
    expect(withoutFilterValue(one, 'region', 'RU-MOW')).toEqual({});
  });
});
