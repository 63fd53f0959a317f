import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossTab } from './crosstab';
import { factTableOf, type IncidentFact } from './fact-table';
import { denominatorOf, ratesOf, type Denominators } from './rates';
import { arbFacts, arbQuery } from './statistics.test-arbitraries';

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

describe('ratesOf with a unit', () => {
  it('gives incidents per the unit asked, per 100 detentions say', () => {
    const tab = crossTab(table, { rows: 'region' });
    const detentions = new Map([['RU-MOS', 40]]);
    expect(ratesOf(tab, detentions, 'incidents', { per: 100 })[0]).toEqual({
      row: 'RU-MOS',
      column: null,
      rate: 7.5,
    });
    expect(ratesOf(tab, prisoners, 'incidents', { per: 1000 })[0]?.rate).toBe(0.15);
  });

  it('takes denominators by row and column from a function, none for an unknown value', () => {
    const tab = crossTab(table, { rows: 'region', columns: 'year' });
    const byCell = (row: string | null, column: string | null) =>
      row === 'RU-MOS' && column !== null ? (column === '2023' ? 10 : 20) : undefined;
    const rates = ratesOf(tab, byCell, 'incidents', { per: 100 });
    expect(rates.filter((r) => r.rate !== null)).toEqual([
      { row: 'RU-MOS', column: '2023', rate: 10 },
      { row: 'RU-MOS', column: '2024', rate: 10 },
    ]);
    expect(rates).toHaveLength(tab.rows.length * tab.columns.length);
  });
});

/** Random denominators for some of the values a table holds, some of them unusable. */
const arbDenominators = fc.array(
  fc.tuple(
    fc.constantFrom('RU-MOS', 'RU-TA', 'RU-KDA', 'beating', 'female', '2023', '2024', '2024-Q1'),
    fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(0, -3, NaN, Infinity)),
  ),
);

describe('ratesOf, for any table, denominators and unit', () => {
  it('gives back each count from its rate times its denominator over the unit, and null exactly where no positive denominator is known', () => {
    fc.assert(
      fc.property(
        arbFacts,
        arbQuery,
        arbDenominators,
        fc.constantFrom(100, 1000, 100_000),
        fc.constantFrom('incidents' as const, 'victims' as const),
        fc.boolean(),
        (facts, query, entries, per, measure, byCell) => {
          const tab = crossTab(factTableOf(facts), query);
          const map = new Map<string, number>(entries);
          const denominators: Denominators = byCell
            ? (row, column) => (row === null ? undefined : (map.get(column ?? '') ?? map.get(row)))
            : map;
          const counts = new Map(tab.cells.map((c) => [`${c.row}|${c.column}`, c[measure]]));
          const rates = ratesOf(tab, denominators, measure, { per });
          const columns = tab.columns.length === 0 ? 1 : tab.columns.length;
          expect(rates).toHaveLength(tab.rows.length * columns);
          for (const r of rates) {
            const d = denominatorOf(denominators, r.row, r.column);
            const raw =
              typeof denominators === 'function'
                ? denominators(r.row, r.column)
                : r.row === null
                  ? undefined
                  : map.get(r.row);
            const usable = raw !== undefined && Number.isFinite(raw) && raw > 0;
            expect(d).toBe(usable ? raw : undefined);
            if (d === undefined) {
              expect(r.rate).toBeNull();
              continue;
            }
            const count = counts.get(`${r.row}|${r.column}`) ?? 0;
            expect(r.rate).not.toBeNull();
            expect(((r.rate as number) * d) / per).toBeCloseTo(count, 9);
          }
        },
      ),
    );
  });
});
