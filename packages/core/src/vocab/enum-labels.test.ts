import { describe, expect, it } from 'vitest';
import { ENUM_LABELS } from './enum-labels';

describe('ENUM_LABELS', () => {
  it('labels the same groups and codes in en, ru and uk', () => {
    const shape = (lang: keyof typeof ENUM_LABELS) =>
      Object.entries(ENUM_LABELS[lang]).map(([group, table]) => [group, Object.keys(table)]);
    expect(shape('ru')).toEqual(shape('en'));
    expect(shape('uk')).toEqual(shape('en'));
  });

  it('gives every code a label that is not blank', () => {
    for (const tables of Object.values(ENUM_LABELS))
      for (const table of Object.values(tables))
        for (const label of Object.values(table as Readonly<Record<string, string>>))
          expect(label.trim()).not.toBe('');
  });
});
