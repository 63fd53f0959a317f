import { describe, expect, it } from 'vitest';
import {
  chartMax,
  chartRows,
  formatInterval,
  modelNameWith,
  resultCsvRows,
  roundFigure,
} from './results';
import type { EstimateResult } from './run';

const result: EstimateResult = {
  method: 'loglinear',
  seed: 1,
  strata: [
    {
      status: 'estimated',
      stratum: '2023',
      figure: {
        observed: 100,
        estimate: 150.6,
        interval: [120.9, 210.2],
        pointEstimate: 'mle',
        intervalMethod: 'profile likelihood',
      },
      warnings: [],
      model: {
        method: 'loglinear',
        name: '[A][B][C]',
        criterion: 'aic',
        closeModels: 1,
        closeRange: [150, 150],
      },
    },
    {
      status: 'skipped',
      stratum: null,
      observed: 4,
      skip: { reason: 'tooFewPeople', people: 4, min: 10 },
    },
    {
      status: 'estimated',
      stratum: '2024',
      figure: {
        observed: 50,
        estimate: 80,
        interval: [60, Infinity],
        pointEstimate: 'mle',
        intervalMethod: 'profile likelihood',
      },
      warnings: [],
      model: {
        method: 'loglinear',
        name: '[A,B][C]',
        criterion: 'aic',
        closeModels: 2,
        closeRange: [70, 90],
      },
    },
  ],
  total: { observed: 150, estimate: 230.6, interval: [190.1, Infinity], strata: 2 },
};

describe('the figures of a run', () => {
  it('round the estimate and widen the interval outwards, never narrower', () => {
    expect(roundFigure({ observed: 100, estimate: 150.6, interval: [120.9, 210.2] })).toEqual({
      documented: 100,
      estimate: 151,
      interval: [120, 211],
      undocumented: 51,
      undocumentedInterval: [20, 111],
    });
  });

  it('never count fewer undocumented than none, and keep an unbounded end unbounded', () => {
    const f = roundFigure({ observed: 100, estimate: 100.2, interval: [99.5, Infinity] });
    expect(f.undocumented).toBe(0);
    expect(f.undocumentedInterval).toEqual([0, Infinity]);
    expect(formatInterval('en', f.interval)).toBe('99–∞');
    expect(formatInterval('en', [1200, 15300])).toBe('1,200–15,300');
  });

  it('chart each stratum, documented only when not estimated, and the total last', () => {
    const rows = chartRows(result);
    expect(rows.map((r) => [r.stratum, r.total, r.documented, r.figure?.estimate ?? null])).toEqual(
      [
        ['2023', false, 100, 151],
        [null, false, 4, null],
        ['2024', false, 50, 80],
        [null, true, 150, 231],
      ],
    );
    // An unbounded upper end does not stretch the axis to infinity.
    expect(chartMax(rows)).toBe(231);
  });

  it('write the chart’s table as CSV rows with Inf for an unbounded end', () => {
    const rows = resultCsvRows(chartRows(result), {
      stratum: 'Year',
      documented: 'Documented',
      estimate: 'Estimate',
      lower: 'Lower',
      upper: 'Upper',
      undocumented: 'Undocumented',
      status: 'Note',
      stratumLabel: (s, total) => (total ? 'Total' : (s ?? 'Unknown')),
      statusLabel: (r) => (r.figure === null ? 'not estimated' : ''),
    });
    expect(rows[0]).toEqual([
      'Year',
      'Documented',
      'Estimate',
      'Lower',
      'Upper',
      'Undocumented',
      'Note',
    ]);
    expect(rows[2]).toEqual(['Unknown', 4, '', '', '', '', 'not estimated']);
    expect(rows[3]).toEqual(['2024', 50, 80, 60, 'Inf', 30, '']);
    expect(rows[4]?.[0]).toBe('Total');
  });
});

describe('a log-linear model’s name', () => {
  it('names the lists in the reader’s words, interactions joined by ×', () => {
    const label = (code: string) =>
      ({ a: 'Interview', b: 'Court records', c: 'Letter' })[code] ?? code;
    expect(modelNameWith('[a,b][c]', label)).toBe('[Interview × Court records][Letter]');
    expect(modelNameWith('[a][b][c]', label)).toBe('[Interview][Court records][Letter]');
  });
});
