import { INDICATORS, type IndicatorValue } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { labellerFor } from '../../records/shared/labeller.test-helpers';
import { en } from '../../../app/i18n/en';
import { formatIndicatorValue, indicatorSeries } from './indicators';

const value = (over: Partial<IndicatorValue>): IndicatorValue => ({
  indicator: 'incidents',
  period: '2024-Q1',
  value: 1,
  basis: 1,
  records: [],
  more: 0,
  ...over,
});

describe('indicator series', () => {
  it('keep only indicators with data, in core’s order, each over the same axis with gaps as null', () => {
    const series = indicatorSeries(
      [
        value({ indicator: 'space-per-person', period: '2024-Q3', value: 2.5 }),
        value({ indicator: 'incidents', period: '2024-Q1', value: 4 }),
        value({ indicator: 'incidents', period: null, value: 2 }),
      ],
      'quarter',
    );
    expect(series.map((s) => s.indicator)).toEqual(['incidents', 'space-per-person']);
    const incidents = series[0];
    expect(incidents?.points.map((p) => [p.period, p.value?.value ?? null])).toEqual([
      ['2024-Q1', 4],
      ['2024-Q2', null],
      ['2024-Q3', null],
    ]);
    expect(incidents?.undated?.value).toBe(2);
    expect(series[1]?.unit).toBe('square metres');
  });

  it('keep a real zero as a value, distinct from a missing period', () => {
    const [deaths] = indicatorSeries(
      [value({ indicator: 'deaths-recorded', period: '2024', value: 0, basis: 3 })],
      'year',
      '2023-01-01',
    );
    expect(deaths?.points.map((p) => p.value?.value ?? null)).toEqual([null, 0]);
  });
});

describe('indicator values in words', () => {
  it('show shares in per cent, areas in square metres and counts as whole numbers', () => {
    const l = labellerFor('en');
    expect(formatIndicatorValue(l, 0.375, 'share')).toBe('38%');
    expect(formatIndicatorValue(l, 2.25, 'square metres')).toBe('2.3 m²');
    expect(formatIndicatorValue(l, 1200, 'count')).toBe('1,200');
    expect(formatIndicatorValue(labellerFor('ru'), 2.25, 'square metres')).toBe('2,3 м²');
  });

  it('explain each indicator with core’s own method, word for word in English', () => {
    for (const [id, spec] of Object.entries(INDICATORS)) {
      expect(en[`monitoring.method.${id}` as keyof typeof en]).toBe(spec.method);
      expect(en[`monitoring.indicator.${id}` as keyof typeof en]).toBeTruthy();
    }
  });
});
