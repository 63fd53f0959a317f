import type { RecordData } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { displayName, linkagePerson, personCard } from './people';

const person = (data: Record<string, unknown>) => data as RecordData<'person'>;

describe('a person record for the linkage', () => {
  it('takes every name once, original names first, and the coded facts', () => {
    const card = personCard(
      'r1',
      person({
        names: ['Иван Петров', ' '],
        namesAsWritten: ['Ivan Petrov', 'Иван Петров'],
        aliases: ['Vanya'],
        birthDate: { precision: 'month', value: '1980-05' },
        sex: 'male',
        citizenship: ['RU', 'UA'],
        groups: ['journalist'],
      }),
    );
    expect(linkagePerson(card)).toEqual({
      id: 'r1',
      names: ['Иван Петров', 'Ivan Petrov', 'Vanya'],
      birthDate: '1980-05',
      birthYear: 1980,
      sex: 'male',
      citizenship: 'RU',
    });
    expect(displayName(card)).toBe('Иван Петров');
  });

  it('treats an unknown date and an unknown sex as missing', () => {
    const card = personCard(
      'r2',
      person({ aliases: ['X'], birthDate: { precision: 'unknown' }, sex: 'unknown' }),
    );
    expect(linkagePerson(card)).toEqual({
      id: 'r2',
      names: ['X'],
      birthDate: null,
      birthYear: null,
      sex: null,
      citizenship: null,
    });
    expect(displayName(card)).toBe('X');
    expect(displayName(personCard('r3', person({})))).toBeNull();
  });

  it('keeps a recorded birth year over the one of the date', () => {
    const card = personCard('r4', person({ names: ['A'], birthYear: 1979 }));
    expect(linkagePerson(card).birthYear).toBe(1979);
  });
});
