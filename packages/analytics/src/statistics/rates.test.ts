import { describe, expect, it } from 'vitest';
import { crossTab } from './crosstab';
import { factTableOf, type IncidentFact } from './fact-table';
import { ratesOf } from './rates';

const fact = (
  incident: string,
  victim: string,
  region: string | null,
  year: string,
): IncidentFact => ({
  incident,
  victim,
  day: `${year}-06-01`,
  values: region === null ? {} : { region: [region] },
});

const table = factTableOf([
  fact('i1', 'p1', 'RU-MOS', '2023'),
  fact('i2', 'p1', 'RU-MOS', '2024'),
  fact('i3', 'p2', 'RU-MOS', '2024'),
  fact('i4', 'p3', 'RU-TA', '2024'),
  fact('i5', 'p4', 'RU-KDA', '2024'),
  fact('i6', 'p5', null, '2024'),
]);
const prisoners = new Map([
  ['RU-MOS', 20_000],
  ['RU-TA', 0],
]);

describe('ratesOf', () => {
  it('gives incidents per 100,000 of the row value’s denominator', () => {
    const tab = crossTab(table, { rows: 'region' });
    expect(ratesOf(tab, prisoners, 'incidents')).toEqual([
      { row: 'RU-MOS', column: null, rate: 15 },
      // No rate where the denominator is zero or missing, and none for the unknown row: never 0.
      { row: 'RU-KDA', column: null, rate: null },
      { row: 'RU-TA', column: null, rate: null },
      { row: null, column: null, rate: null },
    ]);
  });

  it('gives distinct victims per 100,000 when asked', () => {
    const tab = crossTab(table, { rows: 'region' });
    expect(ratesOf(tab, prisoners, 'victims')[0]).toEqual({
      row: 'RU-MOS',
      column: null,
      rate: 10,
    });
  });

  it('gives a rate for every row and column, 0 for an empty cell with a known denominator', () => {
    const tab = crossTab(table, {
      rows: 'region',
      columns: 'year',
      filter: { region: ['RU-MOS', 'RU-TA'] },
    });
    expect(ratesOf(tab, prisoners, 'incidents')).toEqual([
      { row: 'RU-MOS', column: '2023', rate: 5 },
      { row: 'RU-MOS', column: '2024', rate: 10 },
      { row: 'RU-TA', column: '2023', rate: null },
      { row: 'RU-TA', column: '2024', rate: null },
    ]);
    expect(ratesOf(tab, new Map([['RU-TA', 10_000]]), 'incidents')[2]).toEqual({
      row: 'RU-TA',
      column: '2023',
      rate: 0,
    });
  });

  it('gives no rate for a negative or non-finite denominator', () => {
    const tab = crossTab(table, { rows: 'region', filter: { region: ['RU-MOS'] } });
    for (const bad of [-5, NaN, Infinity]) {
      expect(ratesOf(tab, new Map([['RU-MOS', bad]]), 'incidents')[0]?.rate).toBeNull();
    }
  });
});
