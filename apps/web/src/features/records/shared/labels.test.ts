import type { DateValue } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { labellerFor } from './labeller.test-helpers';
import {
  fieldLabel,
  formatDateValue,
  formatValue,
  messageIdOf,
  requiredLabelIds,
  vocabLabel,
} from './labels';
import { recordTables } from '@vigil/core';

describe('record labels', () => {
  it('cover every field, enum value and group part of every record kind in the catalogs', () => {
    const missing = requiredLabelIds().filter((id) => messageIdOf(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('label a field in each language, not by its code', () => {
    expect(fieldLabel(labellerFor('en'), 'incident', 'actType')).toBe('Type of act');
    expect(fieldLabel(labellerFor('ru'), 'incident', 'actType')).toBe('Вид действия');
    expect(fieldLabel(labellerFor('uk'), 'incident', 'actType')).toBe('Вид дії');
  });

  it('label vocabulary codes from the vocabulary data in the user language', () => {
    const ru = vocabLabel(labellerFor('ru'), 'perpetrator-agencies', 'fsb');
    expect(ru).not.toBe('fsb');
    expect(ru).toMatch(/\p{Script=Cyrillic}/u);
    expect(vocabLabel(labellerFor('en'), 'perpetrator-agencies', 'no-such-code')).toBe(
      'no-such-code',
    );
  });

  it('label enum values and group parts', () => {
    const l = labellerFor('uk');
    expect(formatValue(l, 'person', 'sex', recordTables.person.sex, 'female')).toBe('Жіноча');
    const group = formatValue(l, 'incident', 'perpetrators', recordTables.incident.perpetrators, {
      agency: 'fsb',
    });
    expect(group.startsWith('Відомство: ')).toBe(true);
  });
});

describe('dates shown at their own precision', () => {
  const en = labellerFor('en');
  it('shows a day, a month, a year and unknown', () => {
    const day = { precision: 'day', value: '2024-03-05' } as DateValue;
    const month = { precision: 'month', value: '2024-03' } as DateValue;
    const year = { precision: 'year', value: '2024' } as DateValue;
    expect(formatDateValue(en, day)).toBe('Mar 5, 2024');
    expect(formatDateValue(en, month)).toBe('March 2024');
    expect(formatDateValue(en, year)).toBe('2024');
    expect(formatDateValue(en, { precision: 'unknown' })).toBe('date unknown');
  });

  it('shows an open-ended period with an ellipsis, in Russian month names', () => {
    const range = {
      precision: 'range',
      from: { precision: 'month', value: '2022-03' },
    } as DateValue;
    expect(formatDateValue(labellerFor('ru'), range)).toBe('март 2022 г. – …');
  });
});
