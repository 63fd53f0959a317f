import { describe, expect, it } from 'vitest';
import { chartKindOf, MAX_STACKED } from './chartKind';

const answer = (rows: number, columns: number, multiValued: ('method' | 'sex')[] = []) => ({
  rows: Array.from({ length: rows }),
  columns: Array.from({ length: columns }),
  multiValued,
});

describe('the chart a query is drawn as', () => {
  it('draws one time dimension along a time axis and any other as sorted bars', () => {
    expect(chartKindOf('month', undefined, answer(12, 0))).toEqual({ kind: 'time' });
    expect(chartKindOf('method', undefined, answer(5, 0, ['method']))).toEqual({ kind: 'bars' });
  });

  it('stacks a single-valued dimension with few values along time, on either side', () => {
    expect(chartKindOf('year', 'sex', answer(3, 4))).toEqual({ kind: 'stacked', time: 'rows' });
    expect(chartKindOf('sex', 'quarter', answer(4, 8))).toEqual({
      kind: 'stacked',
      time: 'columns',
    });
  });

  it('uses a heat map when cells may overlap, values are many, or neither or both are time', () => {
    expect(chartKindOf('year', 'method', answer(2, 3, ['method']))).toEqual({ kind: 'heat-map' });
    expect(chartKindOf('year', 'facility', answer(2, MAX_STACKED + 1))).toEqual({
      kind: 'heat-map',
    });
    expect(chartKindOf('method', 'facility-type', answer(3, 3))).toEqual({ kind: 'heat-map' });
    expect(chartKindOf('year', 'month', answer(2, 24))).toEqual({ kind: 'heat-map' });
  });
});
