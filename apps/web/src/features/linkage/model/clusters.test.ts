import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedClusters,
  clusterNumbersOf,
  foldForSearch,
  groupsOf,
  peopleCount,
  searchGroups,
} from './clusters';

describe('clusters of a run', () => {
  it('group record ids by cluster number in input order', () => {
    expect(groupsOf(['a', 'b', 'c', 'd'], Int32Array.from([1, 2, 1, 3]))).toEqual([
      ['a', 'c'],
      ['b'],
      ['d'],
    ]);
    expect(peopleCount(Int32Array.from([1, 2, 1, 3]))).toBe(3);
  });

  it('count as changed only the clusters whose members differ', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const before = { ids, clusterOf: Int32Array.from([1, 1, 2, 3, 4]) };
    expect(changedClusters(before, before)).toBe(0);
    // d joins c: one new cluster {c, d}; a–b and e unchanged.
    expect(changedClusters(before, { ids, clusterOf: Int32Array.from([5, 5, 6, 6, 7]) })).toBe(1);
    // a split from b: two new clusters.
    expect(changedClusters(before, { ids, clusterOf: Int32Array.from([1, 2, 3, 4, 5]) })).toBe(2);
  });

  it('see no change when only the cluster numbers are renamed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 1000 }),
        (numbers, shift) => {
          const ids = numbers.map((_, i) => `r${i}`);
          const before = { ids, clusterOf: Int32Array.from(numbers) };
          const renamed = { ids, clusterOf: Int32Array.from(numbers.map((n) => n * 7 + shift)) };
          expect(changedClusters(before, renamed)).toBe(0);
        },
      ),
    );
  });

  it('number stored cluster ids per record, every unassigned record alone', () => {
    const numbers = clusterNumbersOf(
      ['a', 'b', 'c', 'd'],
      new Map([
        ['a', 'P-AAAAAAAAAAAA'],
        ['c', 'P-AAAAAAAAAAAA'],
        ['d', 'P-BBBBBBBBBBBB'],
      ]),
    );
    expect([...numbers]).toEqual([1, 2, 1, 3]);
    expect(peopleCount(numbers)).toBe(3);
  });
});

describe('searching clusters', () => {
  const names: Record<string, string[]> = {
    a: ['Иван Петров'],
    b: ['Ivan Petrov'],
    c: ['Ольга Сидоренко'],
    d: ['Olha Sydorenko', 'Оля'],
    e: ['Alone'],
    f: ['Marta'],
    g: ['Marta K.'],
  };
  const groups = [['a', 'b'], ['c', 'd'], ['e'], ['f', 'g', 'x']];
  const namesOf = (id: string) => names[id] ?? [];

  it('lists clusters of more than one record, the largest first, without a query', () => {
    expect(searchGroups(groups, namesOf, '  ')).toEqual([
      ['f', 'g', 'x'],
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('finds a cluster by every word of any of its names, case and accents aside', () => {
    expect(searchGroups(groups, namesOf, 'petrov')).toEqual([['a', 'b']]);
    expect(searchGroups(groups, namesOf, 'ОЛЯ syd')).toEqual([['c', 'd']]);
    expect(searchGroups(groups, namesOf, 'alone')).toEqual([]);
    expect(searchGroups(groups, namesOf, 'alone', 1)).toEqual([['e']]);
    expect(foldForSearch('  Ёлка   Élan ')).toBe('елка elan');
  });
});
