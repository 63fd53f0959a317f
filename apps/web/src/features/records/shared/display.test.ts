import type { RecordView } from '@vigil/client';
import { describe, expect, it } from 'vitest';
import { labellerFor } from './labeller.test-helpers';
import { personName, summaryParts, summaryPeople, summaryText } from './display';

const base = {
  vaultId: '0190aaaa-0000-7000-8000-000000000000',
  version: 1,
  deleted: false,
  keyVersion: 1,
  createdAt: '2024-01-01T00:00:00Z',
  createdBy: 'a',
  updatedAt: '2024-01-01T00:00:00Z',
  updatedBy: 'a',
};
const victimId = '0190aaaa-0000-7000-8000-000000000001';
const view = (kind: string, data: object): RecordView =>
  ({ ...base, id: '0190aaaa-0000-7000-8000-000000000009', kind, data }) as unknown as RecordView;

describe('display names', () => {
  it('name a person by the first of their names, else a written form, else an alias', () => {
    expect(personName({ names: ['Иван Петров', 'Ivan'] })).toBe('Иван Петров');
    expect(personName({ namesAsWritten: ['Ivan Petrov'] })).toBe('Ivan Petrov');
    expect(personName({ aliases: ['Grey'] })).toBe('Grey');
    expect(personName({})).toBeUndefined();
  });

  it('summarise an incident as date · act type · victim, labelled in the user language', () => {
    const l = labellerFor('en');
    const incident = view('incident', {
      victim: victimId,
      actType: '010101010000',
      date: { precision: 'month', value: '2023-05' },
    });
    const parts = summaryParts(l, incident);
    expect(summaryPeople(parts)).toEqual([victimId]);
    const text = summaryText(l, incident, parts, (id) => (id === victimId ? 'Anna' : undefined));
    const [date, act, who] = text.split(' · ');
    expect(date).toBe('May 2023');
    expect(act).toBe('Summary execution');
    expect(who).toBe('Anna');
  });

  it('leave out a person not yet opened instead of showing their id', () => {
    const l = labellerFor('ru');
    const finding = view('medical-finding', { person: victimId, findingType: 'bruise' });
    expect(summaryText(l, finding, summaryParts(l, finding), () => undefined)).toBe('Кровоподтёк');
  });

  it('summarise a monitoring report as period · methods', () => {
    const l = labellerFor('en');
    const report = view('monitoring-report', {
      facility: victimId,
      period: {
        precision: 'range',
        from: { precision: 'month', value: '2024-01' },
        to: { precision: 'month', value: '2024-03' },
      },
      methods: ['lawyer-visit', 'relatives'],
    });
    expect(summaryText(l, report, summaryParts(l, report), () => undefined)).toBe(
      "January 2024 – March 2024 · Lawyer's visit, Relatives",
    );
  });

  it('summarise a monitoring finding as heading · follow-up, in the user language', () => {
    const l = labellerFor('ru');
    const finding = view('monitoring-finding', {
      heading: 'discipline-segregation',
      followUp: 'no-response',
      kind: 'recommendation',
    });
    expect(summaryText(l, finding, summaryParts(l, finding), () => undefined)).toBe(
      'Дисциплина и изоляция (в том числе ШИЗО и ПКТ) · Ответа нет',
    );
  });

  it('fall back to "unnamed" for a person without any name', () => {
    const l = labellerFor('en');
    const person = view('person', { sex: 'male' });
    expect(summaryText(l, person, summaryParts(l, person), () => undefined)).toBe('Unnamed person');
  });
});
