import { describe, expect, it } from 'vitest';
import { aFacility } from './fixtures.test-helpers';
import {
  filterFacilities,
  filterFromParams,
  filterToParams,
  isFiltered,
  noFilter,
  regionsByCountry,
  sortByName,
} from './register';

const lefortovo = aFacility({
  names: { ru: 'СИЗО «Лефортово»', en: 'Lefortovo' },
  type: 'fsb-sizo',
  region: 'RU-MOW',
});
const melekhovo = aFacility({ names: { ru: 'ИК-6' }, aliases: ['Мелехово'] });
const crimea = aFacility({ names: { uk: 'СІЗО Сімферополь' }, type: 'sizo', region: 'UA-43' });
const all = [lefortovo, melekhovo, crimea];

describe('the register filters', () => {
  it('keep only the region, the type and the names asked for', () => {
    expect(filterFacilities(all, { ...noFilter, region: 'UA-43' })).toEqual([crimea]);
    expect(filterFacilities(all, { ...noFilter, type: 'fsb-sizo' })).toEqual([lefortovo]);
    expect(filterFacilities(all, { ...noFilter, text: 'melekhovo' })).toEqual([melekhovo]);
    expect(filterFacilities(all, noFilter)).toEqual(all);
  });

  it('round-trip through the address, dropping codes Vigil does not know', () => {
    const filter = { region: 'RU-MOW', type: 'sizo', text: 'лефорт' } as const;
    expect(filterFromParams(filterToParams(filter))).toEqual(filter);
    expect(filterFromParams(new URLSearchParams('region=XX-1&type=castle'))).toEqual(noFilter);
    expect(isFiltered(noFilter)).toBe(false);
    expect(filterToParams(noFilter).toString()).toBe('');
  });
});

describe('sorting and grouping', () => {
  it('sorts names with numbers as numbers', () => {
    expect(sortByName(['ИК-10', 'ИК-2', 'ИК-1'], (s) => s, 'ru')).toEqual([
      'ИК-1',
      'ИК-2',
      'ИК-10',
    ]);
  });

  it('groups regions by country, Russia first, each sorted by name', () => {
    const groups = regionsByCountry((code) => code, 'en');
    expect(groups.map((g) => g.country)).toEqual(['RU', 'UA']);
    expect(groups[1]?.regions.some((r) => r.code === 'UA-43')).toBe(true);
    const ru = groups[0]?.regions.map((r) => r.code) ?? [];
    expect(ru).toEqual([...ru].sort());
  });
});
