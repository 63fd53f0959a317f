import type { StatsResponse } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { rateChartTable, rateCsvRows, roundRate, type RateLabels } from './rates';
import { rateOfView, statsQueryOf, viewFromParams, viewToParams, withRate, withRows } from './view';

/** Incidents by facility type per 1,000 places: sizo 3 in 1,500; ik 2 with no capacity known. */
const byType: StatsResponse = {
  rows: ['sizo', 'penal-colony-general'],
  columns: [],
  cells: [
    { row: 'sizo', column: null, incidents: 3, victims: 2 },
    { row: 'penal-colony-general', column: null, incidents: 2, victims: 2 },
  ],
  rowTotals: [
    { row: 'sizo', column: null, incidents: 3, victims: 2 },
    { row: 'penal-colony-general', column: null, incidents: 2, victims: 2 },
  ],
  columnTotals: [],
  total: { incidents: 5, victims: 3 },
  multiValued: [],
  basis: { incidents: 5 },
  people: { linkRun: null },
  rate: {
    per: 'capacity',
    unit: 1000,
    label: 'places',
    cells: [],
    rowTotals: [
      {
        row: 'sizo',
        column: null,
        denominator: 1500,
        incidents: 2,
        victims: 4 / 3,
        missing: 1,
      },
      {
        row: 'penal-colony-general',
        column: null,
        denominator: null,
        incidents: null,
        victims: null,
        missing: 2,
      },
    ],
    columnTotals: [],
    total: {
      row: null,
      column: null,
      denominator: 1500,
      incidents: 10 / 3,
      victims: 2,
      missing: 3,
    },
  },
};

const labels: RateLabels = {
  dimension: (d) => d,
  value: (_d, v) => v ?? 'unknown',
  measure: 'Incidents',
  unit: 'per 1,000 places',
  denominator: 'Places',
  missing: 'Facilities without capacity',
  noDenominator: 'no denominator',
  total: 'Total',
};

describe('rates on the statistics page', () => {
  it('write counts, denominators and rates to CSV, "no denominator" where there is none, never 0', () => {
    expect(rateCsvRows(byType, 'incidents', 'facility-type', undefined, labels)).toEqual([
      [
        'facility-type',
        'Incidents',
        'Places',
        'Incidents per 1,000 places',
        'Facilities without capacity',
      ],
      ['sizo', 3, 1500, 2, 1],
      ['penal-colony-general', 2, 'no denominator', 'no denominator', 2],
      ['Total', 5, 1500, 3.33, 3],
    ]);
    expect(rateCsvRows(byType, 'victims', 'facility-type', undefined, labels)[1]).toEqual([
      'sizo',
      2,
      1500,
      1.33,
      1,
    ]);
  });

  it('chart only the rows with a denominator, and name the others', () => {
    const chart = rateChartTable(byType, 'incidents', 'facility-type');
    expect(chart?.table.rows).toEqual(['sizo']);
    expect(chart?.table.rowTotal('sizo')).toBe(2);
    expect(chart?.withoutDenominator).toEqual(['penal-colony-general']);
    expect(rateChartTable({ ...byType, rate: undefined }, 'incidents', 'facility-type')).toBeNull();
    expect(roundRate(10 / 3)).toBe(3.33);
  });

  it('keep the rate in the address and ask for it only by dimensions it divides into', () => {
    const view = withRate(viewFromParams(new URLSearchParams('rows=region')).view, 'capacity');
    expect(viewToParams(view, new URLSearchParams()).get('rate')).toBe('capacity');
    expect(viewFromParams(new URLSearchParams('rows=region&rate=capacity')).view.rate).toBe(
      'capacity',
    );
    expect(viewFromParams(new URLSearchParams('rows=region&rate=prisoners')).view.rate).toBe(
      undefined,
    );
    expect(statsQueryOf(view).rate).toEqual({ per: 'capacity' });
    const byYear = withRows(view, 'year');
    expect(byYear.rate).toBe('capacity');
    expect(rateOfView(byYear)).toBeUndefined();
    expect(statsQueryOf(byYear).rate).toBeUndefined();
    expect(statsQueryOf(withRate(byYear, 'detentions')).rate).toEqual({ per: 'detentions' });
    expect(withRate(view, undefined).rate).toBeUndefined();
  });
});
