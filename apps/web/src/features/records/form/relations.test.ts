import type { RecordView } from '@vigil/client';
import { describe, expect, it } from 'vitest';
import { recordLabel, recordOptions } from './relations';
import { rankOptions } from './vocabSearch';

let n = 0;
const view = (kind: RecordView['kind'], data: Record<string, unknown>): RecordView =>
  ({
    id: `0190a1b2-c3d4-7e5f-8a9b-${String((n += 1)).padStart(12, '0')}`,
    vaultId: 'v',
    kind,
    version: 1,
    data,
    deleted: false,
    keyVersion: 1,
    createdAt: new Date(Date.UTC(2024, 0, n)).toISOString(),
    createdBy: 'a',
    updatedAt: '',
    updatedBy: 'a',
  }) as unknown as RecordView;

const people = [
  view('person', { names: ['Тарас Григорович Шевченко'] }),
  view('person', { names: ['Юлия Навальная'], aliases: ['Julia'] }),
  view('person', { namesAsWritten: ['Ivan Markerov'] }),
  view('person', {}),
];
const options = recordOptions(people, 'en', (id) => `Record ${id}`);
const found = (q: string) => rankOptions(options, q).map((o) => o.label);

describe('recordLabel', () => {
  it('names a person by the first name known, and other kinds by type and date', () => {
    expect(recordLabel(people[0] as RecordView, 'en')).toBe('Тарас Григорович Шевченко');
    expect(recordLabel(people[2] as RecordView, 'en')).toBe('Ivan Markerov');
    const incident = view('incident', {
      actType: '020111110000',
      date: { precision: 'month', value: '2022-03' },
    });
    expect(recordLabel(incident, 'en')).toBe('Torture · 2022-03');
    expect(recordLabel(incident, 'ru')).toMatch(/^Пытк/);
    const reprisal = view('reprisal', { target: 'witness' });
    expect(recordLabel(reprisal, 'en', (f, v) => `${f}=${v}`)).toBe('reprisal.target=witness');
  });

  it('labels a monitoring report by period and methods, a finding by heading and follow-up', () => {
    const report = view('monitoring-report', {
      period: { precision: 'range', from: { precision: 'year', value: '2024' } },
      methods: ['relatives', 'official-data'],
    });
    expect(recordLabel(report, 'en', (f, v) => `${f}=${v}`)).toBe(
      '2024/.. · monitoring-report.methods=relatives, monitoring-report.methods=official-data',
    );
    const finding = view('monitoring-finding', { heading: 'conditions.space', followUp: 'open' });
    expect(recordLabel(finding, 'en', (f, v) => `${f}=${v}`)).toBe(
      'monitoring-finding.heading=conditions.space · monitoring-finding.followUp=open',
    );
  });
});

describe('recordOptions', () => {
  it('lists the newest first and shows the id of a record with no label', () => {
    expect(options.map((o) => o.label)).toEqual([
      `Record ${(people[3] as RecordView).id.slice(0, 8)}`,
      'Ivan Markerov',
      'Юлия Навальная',
      'Тарас Григорович Шевченко',
    ]);
  });

  it('finds people by any name, in any word order, and across scripts', () => {
    expect(found('шевч')).toEqual(['Тарас Григорович Шевченко']);
    expect(found('shevchenko taras')).toEqual(['Тарас Григорович Шевченко']);
    expect(found('Yulia')).toEqual(['Юлия Навальная']);
    expect(found('julia')).toEqual(['Юлия Навальная']);
    expect(found('Маркеров')).toEqual(['Ivan Markerov']);
    expect(found('nobody')).toEqual([]);
  });

  it('finds a record by the start of its id', () => {
    const id = (people[1] as RecordView).id;
    expect(rankOptions(options, id).map((o) => o.value)).toEqual([id]);
  });
});
