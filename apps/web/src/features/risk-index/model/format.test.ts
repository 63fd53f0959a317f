import { describe, expect, it } from 'vitest';
import {
  intervalText,
  MISSING,
  orderSensitivity,
  orderUnits,
  rawValue,
  scoreText,
  unitName,
} from './format';

const unit = (name: string, score: number | null) => ({
  unit: name,
  score,
  interval: null,
  coverage: 1,
  pillars: [],
  missing: [],
});

describe('numbers of the index', () => {
  it('shows a missing score or interval as a dash, a zero as zero', () => {
    expect(scoreText('en', null)).toBe(MISSING);
    expect(scoreText('en', 0)).toBe('0.00');
    expect(scoreText('ru', 0.625)).toBe('0,63');
    expect(intervalText('en', [0.1, 0.25])).toBe('0.10–0.25');
    expect(intervalText('en', null)).toBe(MISSING);
  });

  it('reads raw values by what they measure', () => {
    expect(rawValue('en', 'severe-methods-share', 0.5)).toMatchObject({
      kind: 'share',
      value: '50 %',
    });
    expect(rawValue('en', 'incident-rate', 12.345)).toMatchObject({ kind: 'rate', value: '12.3' });
    expect(rawValue('en', 'deaths-in-custody', 2)).toMatchObject({ kind: 'perYear', value: '2.0' });
    expect(rawValue('en', 'monitoring-access', 1)).toEqual({ kind: 'scale', value: '1', max: '4' });
    expect(rawValue('en', 'monitoring-access', null).kind).toBe('missing');
  });
});

describe('units and indicators in order', () => {
  it('draws the highest score first and units without a score last, by name', () => {
    const name = (u: string) => u;
    expect(
      orderUnits([unit('c', null), unit('b', 0.2), unit('a', null), unit('d', 0.7)], name).map(
        (u) => u.unit,
      ),
    ).toEqual(['d', 'b', 'a', 'c']);
  });

  it('orders indicators by their effect, those compared on no unit last', () => {
    const s = (indicator: string, effect: number, units: number) => ({
      indicator,
      pillar: 'impunity' as const,
      effect,
      rankShift: 0,
      correlation: null,
      units,
    });
    expect(
      orderSensitivity([s('a', 0.1, 3), s('b', 0, 0), s('c', 0.3, 3)]).map((x) => x.indicator),
    ).toEqual(['c', 'a', 'b']);
  });

  it('names countries, regions and facilities in the reader’s language', () => {
    expect(unitName('country', 'RU', 'uk')).toBe('Росія');
    expect(unitName('region', 'RU-ROS', 'ru')).toBe('Ростовская область');
    const facilities = new Map([['f', { names: { en: 'IK-6', ru: 'ИК-6' } }]]);
    expect(unitName('facility', 'f', 'ru', facilities)).toBe('ИК-6');
    expect(unitName('facility', 'g', 'ru', facilities)).toBe('g');
  });
});
