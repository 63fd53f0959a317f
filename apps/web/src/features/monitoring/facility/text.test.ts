import { describe, expect, it } from 'vitest';
import { labellerFor } from '../../records/shared/labeller.test-helpers';
import { dayText, enumText, spanText } from './enumText';
import { periodText } from './periodText';

describe('periods, spans and codes in words', () => {
  it('name quarters in each language, and say “Undated” for records without a date', () => {
    expect(periodText(labellerFor('en'), '2024-Q2')).toBe('Q2 2024');
    expect(periodText(labellerFor('ru'), '2024-Q2')).toBe('2 кв. 2024');
    expect(periodText(labellerFor('uk'), null)).toBe('Без дати');
  });

  it('say a span of days with its open ends', () => {
    const l = labellerFor('en');
    expect(dayText(l, '2025-03-01')).toBe('Mar 1, 2025');
    expect(spanText(l, '2025-01-01', '2025-03-31')).toBe('Jan 1, 2025 – Mar 31, 2025');
    expect(spanText(l, '2025-01-01', '2025-01-01')).toBe('Jan 1, 2025');
    expect(spanText(l, '2025-01-01', null)).toBe('since Jan 1, 2025');
    expect(spanText(l, null, '2025-01-01')).toBe('until Jan 1, 2025');
    expect(spanText(l, null, null)).toBe('Undated');
  });

  it('label coded values of monitoring records with the records pages’ labels', () => {
    const l = labellerFor('en');
    expect(enumText(l, 'monitoring-finding', 'followUp', 'no-response')).toBe('No response');
    expect(enumText(l, 'monitoring-report', 'methods', 'lawyer-visit')).toBe("Lawyer's visit");
    expect(enumText(l, 'monitoring-finding', 'nonsense', 'x')).toBe('x');
  });
});
