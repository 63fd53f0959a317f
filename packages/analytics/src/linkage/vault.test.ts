// The vault adapter on Russian and Ukrainian names. Core's transliteration tables are imported
// here, in the test only: analytics depends on no package, the caller injects `nameVariants`
// (the CLI and the web app pass core's `cachedNameWordSpellings`; its tables run in a browser).
import { cachedNameWordSpellings, transliterate, translitSystems } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../../scripts/linkage/people';
import { pairAccuracy } from './evaluate';
import { linkRecords } from './link';
import { personLinkageSource, type VaultPerson } from './vault';

/** Synthetic vault people: each written 1–5 times in Cyrillic or a Latin transliteration. */
const syntheticVault = (records: number, seed: number) => {
  const sources = generatePeople({ records, seed }, { systems: translitSystems, transliterate });
  const people: VaultPerson[] = [];
  const truth: string[] = [];
  sources.forEach((s, k) => {
    s.ids.forEach((id, i) => {
      const name = [s.columns.given_name[i], s.columns.patronymic[i], s.columns.surname[i]]
        .filter((w) => w !== undefined && w !== '')
        .join(' ');
      people.push({ id: `${k}-${id}`, names: [name], birthDate: s.columns.birth_date[i] ?? null });
      truth.push(s.person[i] ?? '');
    });
  });
  return { people, truth };
};

/** Hand-written: the same people as Russian and Ukrainian sources and passports spell them. */
const HANDFUL: readonly (VaultPerson & { person: string })[] = [
  {
    person: 'A',
    id: 'a1',
    names: ['Олександр Петрович Коваленко'],
    birthDate: '1985-03-12',
    sex: 'm',
  },
  {
    person: 'A',
    id: 'a2',
    names: ['Oleksandr Kovalenko', 'Коваленко Олександр'],
    birthYear: 1985,
    sex: 'm',
  },
  { person: 'A', id: 'a3', names: ['Kovalenko Oleksandr'], birthDate: '12.03.1985' },
  { person: 'B', id: 'b1', names: ['Юлия Сергеевна Щербакова'], birthDate: '1990-07-01', sex: 'f' },
  { person: 'B', id: 'b2', names: ['Yuliya Shcherbakova'], birthDate: '1990-07-01', sex: 'f' },
  { person: 'B', id: 'b3', names: ['Iuliia Shcherbakova'], birthYear: 1990 },
  { person: 'C', id: 'c1', names: ['Юрий Щербаков'], birthDate: '1962-11-30', sex: 'm' },
  { person: 'C', id: 'c2', names: ['Yurii Shcherbakov', 'Юрий Щербаков'], birthDate: '1962-11-30' },
  {
    person: 'D',
    id: 'd1',
    names: ['Дмитрий Алексеевич Журавлёв'],
    birthDate: '1977-02-14',
    sex: 'm',
  },
  { person: 'D', id: 'd2', names: ['Dmitriy Zhuravlev'], birthDate: '1977-02-14', sex: 'm' },
  { person: 'E', id: 'e1', names: ['Дмитро Журавель'], birthDate: '1979-09-09', sex: 'm' },
  { person: 'F', id: 'f1', names: ['Тарас Шевчук'], birthDate: '1999-05-05', citizenship: 'UA' },
  { person: 'F', id: 'f2', names: ['Taras Shevchuk'], birthDate: '1999-05-05', citizenship: 'UA' },
];

describe('vault people as a linkage source', () => {
  const vault = syntheticVault(1500, 3);

  it('links variants of one person across scripts and systems, and keeps different people apart', () => {
    const people = [...vault.people, ...HANDFUL];
    const { source, config } = personLinkageSource(people);
    const result = linkRecords([source], config, { nameVariants: cachedNameWordSpellings() });
    const clusterOf = (id: string): number =>
      result.clusters.clusterOf[result.data.ids.indexOf(id)] ?? -1;
    for (const a of HANDFUL) {
      for (const b of HANDFUL) {
        if (a.id >= b.id) continue;
        const same = clusterOf(a.id) === clusterOf(b.id);
        expect([a.id, b.id, same]).toEqual([a.id, b.id, a.person === b.person]);
      }
    }
    const truth = [...vault.truth, ...HANDFUL.map((p) => `hand-${p.person}`)];
    const accuracy = pairAccuracy(result.clusters.clusterOf, truth);
    expect(accuracy.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('compares primary names and aliases crossed, birth dates or years, sex and citizenship', () => {
    const { source, config } = personLinkageSource(HANDFUL);
    expect(Object.keys(source.columns).sort()).toEqual(
      ['alias', 'birth', 'citizenship', 'name', 'sex'].sort(),
    );
    expect(source.columns.alias?.slice(0, 3)).toEqual([null, 'Коваленко Олександр', null]);
    expect(source.columns.birth?.slice(0, 3)).toEqual(['1985-03-12', '1985', '12.03.1985']);
    expect(config.comparisons?.find((c) => c.column === 'name')).toEqual({
      kind: 'name',
      column: 'name',
      swapWith: 'alias',
    });
    expect(config.blocking?.length).toBe(4);
  });

  it('leaves out columns no person fills', () => {
    const { source, config } = personLinkageSource([
      { id: '1', names: ['Ivan Petrov'] },
      { id: '2', names: ['Иван Петров', ' ', 'ИВАН  ПЕТРОВ'] },
    ]);
    expect(Object.keys(source.columns)).toEqual(['name']);
    expect(config.comparisons).toEqual([{ kind: 'name', column: 'name' }]);
    // So the run does not warn of columns that hold nothing.
    const result = linkRecords([source], config, { nameVariants: cachedNameWordSpellings() });
    expect(result.warnings.filter((w) => w.includes('no usable value'))).toEqual([]);
  });
});
