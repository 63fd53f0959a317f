import { RECORD_KINDS, recordSchema } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import {
  emptyValues,
  type GroupRow,
  isBlank,
  sectionsOf,
  tableOf,
  toRecordData,
  valuesFromDraft,
  valuesFromRecord,
  widgetOf,
} from './model';
import { validateForm } from './validate';

const VICTIM = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('toRecordData', () => {
  it('leaves out every empty field, so an empty form is an empty record', () => {
    for (const kind of RECORD_KINDS) {
      expect(toRecordData(kind, emptyValues(kind))).toEqual({ data: {}, problems: [] });
      expect(isBlank(kind, emptyValues(kind))).toBe(true);
    }
  });

  it('turns typed person fields into a valid record', () => {
    const values = {
      ...emptyValues('person'),
      names: ['  Иван Петров ', ''],
      sex: 'male',
      birthYear: '1984',
      citizenship: ['ua', ''],
      groups: ['journalist'],
      birthDate: '1984-03',
    };
    const { data, problems } = toRecordData('person', values);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      names: ['Иван Петров'],
      sex: 'male',
      birthYear: 1984,
      citizenship: ['UA'],
      groups: ['journalist'],
      birthDate: { precision: 'month', value: '2024-03'.replace('2024', '1984') },
    });
    expect(recordSchema('person').safeParse(data).success).toBe(true);
  });

  it('builds periods, date values and perpetrator rows of an incident', () => {
    const values = {
      ...emptyValues('incident'),
      victim: VICTIM,
      actType: '',
      date: '2022-03/..',
      region: 'ru-mos',
      perpetrators: [{ agency: 'fsb', type: '' }, { type: '' }] as GroupRow[],
    };
    const { data } = toRecordData('incident', values);
    expect(data.date).toEqual({
      precision: 'range',
      from: { precision: 'month', value: '2022-03' },
    });
    expect(data.region).toBe('RU-MOS');
    expect(data.perpetrators).toEqual([{ agency: 'fsb' }]);
    const detention = toRecordData('detention', {
      ...emptyValues('detention'),
      period: { from: '2023-05-02', to: '' },
    });
    expect(detention.data.period).toEqual({
      precision: 'range',
      from: { precision: 'day', value: '2023-05-02' },
    });
  });

  it('reports numbers and dates it cannot read, at their field', () => {
    const { problems } = toRecordData('person', {
      ...emptyValues('person'),
      birthYear: 'about 1980',
      birthDate: '2022/2023',
    });
    expect(problems).toEqual([
      { path: 'birthYear', reason: 'integer' },
      { path: 'birthDate', reason: 'dateNoRange' },
    ]);
    const range = toRecordData('detention', {
      ...emptyValues('detention'),
      period: { from: 'spring', to: '2023' },
    });
    expect(range.problems).toEqual([{ path: 'period.from', reason: 'dateRangeEnd' }]);
  });
});

describe('valuesFromRecord', () => {
  it('gives back the same record when converted again', () => {
    const record = {
      victim: VICTIM,
      actType: '020000000000',
      date: { precision: 'range', from: { precision: 'year', value: '2022' } },
      methods: ['010100000000'],
      perpetrators: [{ agency: 'fsb' }],
      narrative: 'Он сказал…',
      quotes: ['«Молчи»'],
    };
    const values = valuesFromRecord('incident', record);
    expect(toRecordData('incident', values).data).toEqual(record);
    const detention = {
      person: VICTIM,
      period: { precision: 'range', to: { precision: 'month', value: '2024-01' } },
    };
    expect(toRecordData('detention', valuesFromRecord('detention', detention)).data).toEqual(
      detention,
    );
  });
});

describe('valuesFromDraft', () => {
  it('keeps inputs of the right shape and drops the rest', () => {
    const values = valuesFromDraft('person', {
      names: ['Ива', 3],
      sex: 'female',
      birthYear: 1984,
      unknownField: 'x',
    });
    expect(values.names).toEqual(['Ива']);
    expect(values.sex).toBe('female');
    expect(values.birthYear).toBe('');
    expect('unknownField' in values).toBe(false);
    expect(valuesFromDraft('incident', null)).toEqual(emptyValues('incident'));
  });
});

describe('validateForm', () => {
  it('accepts a minimal valid incident', () => {
    const check = validateForm('incident', {
      ...emptyValues('incident'),
      victim: VICTIM,
      actType: '020000000000',
    });
    expect(check.ok).toBe(true);
  });

  it('names every missing required field, in table order, with a catalog message', () => {
    const check = validateForm('incident', emptyValues('incident'));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => [p.path, p.message])).toEqual([
      ['victim', 'form.problem.required'],
      ['actType', 'form.problem.required'],
    ]);
  });

  it('explains bad codes, bad ids, out-of-range numbers and wrong terms', () => {
    const check = validateForm('person', {
      ...emptyValues('person'),
      citizenship: ['RUS'],
      birthYear: '1850',
      groups: ['lgbtq'],
      photo: 'not-an-id',
    });
    if (check.ok) throw new Error('expected problems');
    const byPath = Object.fromEntries(check.problems.map((p) => [p.path, p]));
    expect(byPath['citizenship.0']?.message).toBe('form.problem.code.country');
    expect(byPath.birthYear).toMatchObject({
      message: 'form.problem.range',
      values: { min: 1900, count: 2100 },
    });
    expect(byPath['groups.0']?.message).toBe('form.problem.term');
    expect(byPath.photo?.message).toBe('form.problem.id');
  });

  it('reports an unreadable date once, not again as a schema problem', () => {
    const check = validateForm('source', { ...emptyValues('source'), date: 'yesterday' });
    if (check.ok) throw new Error('expected problems');
    expect(check.problems).toEqual([{ field: 'date', path: 'date', message: 'form.problem.date' }]);
  });
});

describe('the form layout', () => {
  it('places every field of every kind in exactly one section, with a widget', () => {
    for (const kind of RECORD_KINDS) {
      const placed = sectionsOf(kind).flatMap((s) => s.fields.map(([name]) => name));
      expect(placed.sort()).toEqual(
        tableOf(kind)
          .map(([name]) => name)
          .sort(),
      );
      for (const [, spec] of tableOf(kind)) expect(widgetOf(spec)).toBeTruthy();
    }
  });

  it('puts free text first and sensitive groups in an encrypted section of their own', () => {
    const section = (id: string) =>
      sectionsOf('person')
        .find((s) => s.id === id)
        ?.fields.map(([n]) => n);
    // Names open the person form: the interview starts with who it is about.
    expect(section('sealed')?.[0]).toBe('names');
    expect(section('sensitive')).toEqual([
      'groupsEthnicity',
      'groupsReligion',
      'groupsLgbtq',
      'groupsDisability',
    ]);
    expect(section('coded')).toContain('groups');
  });
});
