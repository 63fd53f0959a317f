import { describe, expect, it } from 'vitest';
import { labellerFor } from '../../records/shared/labeller.test-helpers';
import { dimensionLabel, valueLabel } from './labels';

describe('values of a statistic in words', () => {
  it('name periods in each language and say “Undated” for incidents without a date', () => {
    expect(valueLabel(labellerFor('en'), 'quarter', '2024-Q2')).toBe('Q2 2024');
    expect(valueLabel(labellerFor('ru'), 'quarter', '2024-Q2')).toBe('2 кв. 2024');
    expect(valueLabel(labellerFor('en'), 'year', '2024')).toBe('2024');
    expect(valueLabel(labellerFor('en'), 'month', null)).toBe('Undated');
  });

  it('label vocabulary terms, regions, sex, age bands and facility types', () => {
    const en = labellerFor('en');
    expect(valueLabel(en, 'method', '031800000000')).toBe('Isolation');
    expect(valueLabel(en, 'region', 'RU-MOW')).toMatch(/Moscow/);
    expect(valueLabel(en, 'sex', 'female')).toBe('Female');
    expect(valueLabel(en, 'age-band', '65+')).toBe('65+');
    expect(valueLabel(en, 'facility-type', 'sizo')).toBe('Pre-trial detention centre (SIZO)');
    expect(valueLabel(labellerFor('uk'), 'sex', 'male')).not.toBe('male');
  });

  it('name facilities from the register, and say what is unknown or was never recorded', () => {
    const en = labellerFor('en');
    expect(valueLabel(en, 'facility', 'f1', new Map([['f1', 'IK-7']]))).toBe('IK-7');
    expect(valueLabel(en, 'method', null)).toBe('Unknown');
    expect(valueLabel(en, 'intervention-outcome', null)).toBe('None recorded');
    expect(valueLabel(labellerFor('ru'), 'region', null)).toBe('Неизвестно');
    expect(valueLabel(en, 'sex', 'no-such-code')).toBe('no-such-code');
  });

  it('name every dimension', () => {
    expect(dimensionLabel(labellerFor('en'), 'facility-type')).toBe('Facility type');
    expect(dimensionLabel(labellerFor('ru'), 'method')).toBe('Метод насилия');
  });
});
