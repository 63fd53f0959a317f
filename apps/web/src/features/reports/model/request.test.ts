import { describe, expect, it } from 'vitest';
import { localDay, periodOf, reportFileName, requestProblem, type ReportRequest } from './request';

const base: ReportRequest = {
  kind: 'annex',
  lang: 'en',
  from: '',
  to: '',
  person: '',
  facility: '',
};

describe('requestProblem', () => {
  it('accepts an annex over all dates', () => {
    expect(requestProblem(base)).toBeNull();
  });

  it('refuses a period that ends before it starts, or a day that is not YYYY-MM-DD', () => {
    expect(requestProblem({ ...base, from: '2025-01-01', to: '2024-01-01' })).toBe('reversed');
    expect(requestProblem({ ...base, from: '1.1.2024' })).toBe('badDay');
  });

  it('needs a person for a communication and a facility for a facility report', () => {
    expect(requestProblem({ ...base, kind: 'communication' })).toBe('person');
    expect(requestProblem({ ...base, kind: 'facility' })).toBe('facility');
    expect(requestProblem({ ...base, kind: 'facility', facility: 'f' })).toBeNull();
  });
});

describe('periodOf', () => {
  it('leaves empty ends out', () => {
    expect(periodOf({ ...base, from: '2024-01-01' })).toEqual({ from: '2024-01-01' });
  });
});

describe('reportFileName', () => {
  it('names the kind, day and language, and nobody', () => {
    expect(reportFileName('communication', 'ru', '2025-06-01', 'pdf')).toBe(
      'vigil-communication-2025-06-01-ru.pdf',
    );
  });
});

describe('localDay', () => {
  it('writes the local calendar day', () => {
    expect(localDay(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});
