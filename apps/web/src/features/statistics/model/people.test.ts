import { describe, expect, it } from 'vitest';
import { en } from '../../../app/i18n/en';
import { ru } from '../../../app/i18n/ru';
import { uk } from '../../../app/i18n/uk';
import { peopleNoteOf } from './people';

describe('what a distinct victim is', () => {
  it('is a person of the linkage run the server counted by, when one is saved', () => {
    expect(peopleNoteOf({ linkRun: 4 })).toEqual({
      id: 'statistics.people.linkRun',
      values: { seq: 4 },
    });
  });

  it('is a person record when no linkage is saved', () => {
    expect(peopleNoteOf({ linkRun: null })).toEqual({
      id: 'statistics.people.records',
      values: {},
    });
  });

  it('is said in en, ru and uk, with the run number where there is one', () => {
    for (const catalog of [en, ru, uk]) {
      expect(catalog['statistics.people.linkRun']).toContain('{seq}');
      expect(catalog['statistics.people.records']).not.toContain('{seq}');
    }
  });
});
