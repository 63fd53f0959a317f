import { describe, expect, it } from 'vitest';
import { codeFilterFields, facilityFields, indexedCodesOf, indexedLinksOf } from './search';

describe('search terms from the field tables', () => {
  it('feeds each code filter from the fields of its vocabulary, group parts included', () => {
    expect(codeFilterFields('methods', 'incident')).toEqual(['methods']);
    expect(codeFilterFields('agencies', 'incident')).toEqual(['perpetrators.agency']);
    expect(codeFilterFields('region', 'incident')).toEqual(['region']);
    expect(codeFilterFields('groups', 'person')).toEqual([
      'groups',
      'groupsEthnicity',
      'groupsReligion',
      'groupsLgbtq',
      'groupsDisability',
    ]);
    expect(codeFilterFields('methods', 'person')).toEqual([]);
    expect(facilityFields('detention')).toEqual(['facility', 'transferFrom', 'transferTo']);
    expect(facilityFields()).toEqual(['facility', 'transferFrom', 'transferTo']);
  });

  it('takes the codes a record holds, deduplicated, and nothing else', () => {
    const coded = {
      region: 'RU-MOS',
      actType: '010000000000',
      methods: ['010100000000', '010200000000'],
      perpetrators: [{ agency: 'fsb', type: '010000000000' }, { agency: 'fsb' }, { type: 'x' }],
    };
    expect(indexedCodesOf('incident', coded)).toEqual([
      { field: 'region', code: 'RU-MOS' },
      { field: 'methods', code: '010100000000' },
      { field: 'methods', code: '010200000000' },
      { field: 'perpetrators.agency', code: 'fsb' },
    ]);
    expect(indexedCodesOf('person', { groups: ['journalist'], sex: 'male' })).toEqual([
      { field: 'groups', code: 'journalist' },
    ]);
  });

  it('takes every relation id, single or multi-valued', () => {
    const coded = { victim: 'v', sources: ['s1', 's2', 's1'], facility: 'f', region: 'RU-MOS' };
    expect(indexedLinksOf('incident', coded)).toEqual([
      { field: 'victim', targetId: 'v' },
      { field: 'facility', targetId: 'f' },
      { field: 'sources', targetId: 's1' },
      { field: 'sources', targetId: 's2' },
    ]);
  });
});
