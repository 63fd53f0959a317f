import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseLists, overlapCaptureTable, overlapPatterns, type OverlapPerson } from './overlap';

const CODES = ['a', 'b', 'c', 'd', 'e'] as const;
const STRATA = [null, '2022', '2023', '2024'] as const;

const arbPerson: fc.Arbitrary<OverlapPerson> = fc.record({
  strata: fc.array(
    fc.record({
      stratum: fc.constantFrom(...STRATA),
      lists: fc.array(fc.constantFrom(...CODES, 'unchosen'), { maxLength: 4 }),
    }),
    { maxLength: 4 },
  ),
});
const arbPeople = fc.array(arbPerson, { maxLength: 60 });
const arbLists = fc.shuffledSubarray<string>([...CODES], { minLength: 1 });

/** Distinct people on at least one chosen list in the stratum, counted the plain way. */
const onSomeList = (
  people: readonly OverlapPerson[],
  lists: readonly string[],
  stratum: string | null,
) =>
  people.filter((p) =>
    p.strata.some((s) => s.stratum === stratum && s.lists.some((l) => lists.includes(l))),
  ).length;

describe('the overlap pattern of lists', () => {
  it('counts three people on two lists into the patterns one would write by hand', () => {
    const table = overlapPatterns(
      [
        { strata: [{ stratum: null, lists: ['memorial', 'ovd-info'] }] },
        { strata: [{ stratum: null, lists: ['memorial'] }] },
        { strata: [{ stratum: null, lists: ['zmina'] }] },
        { strata: [{ stratum: null, lists: [] }] },
      ],
      ['memorial', 'ovd-info'],
    );
    expect(table.strata).toEqual([
      {
        stratum: null,
        people: 2,
        patterns: [
          { pattern: '10', count: 1 },
          { pattern: '11', count: 1 },
        ],
      },
    ]);
    expect(table.listPeople).toEqual([2, 1]);
    expect(table.peopleWithoutList).toBe(2);
  });

  it('puts a person in each stratum of their incidents with the lists of that stratum only', () => {
    const table = overlapPatterns(
      [
        {
          strata: [
            { stratum: '2023', lists: ['a'] },
            { stratum: '2024', lists: ['b'] },
            { stratum: '2024', lists: ['c'] },
          ],
        },
      ],
      ['a', 'b', 'c'],
    );
    expect(table.strata).toEqual([
      { stratum: '2023', people: 1, patterns: [{ pattern: '100', count: 1 }] },
      { stratum: '2024', people: 1, patterns: [{ pattern: '011', count: 1 }] },
    ]);
  });

  it('has pattern counts that sum, per stratum, to the distinct people on at least one list there', () => {
    fc.assert(
      fc.property(arbPeople, arbLists, (people, lists) => {
        const table = overlapPatterns(people, lists);
        for (const stratum of STRATA) {
          const row = table.strata.find((s) => s.stratum === stratum);
          const expected = onSomeList(people, lists, stratum);
          expect(row?.people ?? 0).toBe(expected);
          expect((row?.patterns ?? []).reduce((n, p) => n + p.count, 0)).toBe(expected);
        }
        // Everyone is either in the table somewhere or without a list, never both.
        const inTable = people.filter((p) =>
          p.strata.some((s) => s.lists.some((l) => lists.includes(l))),
        ).length;
        expect(table.peopleWithoutList).toBe(people.length - inTable);
      }),
    );
  });

  it('gives the same table whatever the order of people, their strata and their lists', () => {
    fc.assert(
      fc.property(arbPeople, arbLists, fc.integer(), (people, lists, seed) => {
        const shuffle = <T>(xs: readonly T[], salt: number): T[] =>
          xs
            .map((x, i) => ({ x, k: Math.sin(seed + salt * 31 + i * 7919) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const permuted = shuffle(people, 1).map((p, i) => ({
          strata: shuffle(p.strata, i + 2).map((s, j) => ({
            stratum: s.stratum,
            lists: shuffle(s.lists, i * 13 + j + 3),
          })),
        }));
        expect(overlapPatterns(permuted, lists)).toEqual(overlapPatterns(people, lists));
      }),
    );
  });

  it('writes each pattern with one digit per list, never all zeros, each pattern once', () => {
    fc.assert(
      fc.property(arbPeople, arbLists, (people, lists) => {
        for (const s of overlapPatterns(people, lists).strata) {
          const seen = new Set<string>();
          for (const p of s.patterns) {
            expect(p.pattern).toMatch(new RegExp(`^[01]{${lists.length}}$`));
            expect(p.pattern).not.toMatch(/^0+$/);
            expect(p.count).toBeGreaterThan(0);
            expect(seen.has(p.pattern)).toBe(false);
            seen.add(p.pattern);
          }
        }
      }),
    );
  });

  it('turns a stratum into the capture table the estimation methods take', () => {
    const lists = ['a', 'b', 'c'];
    const table = overlapPatterns(
      [
        { strata: [{ stratum: null, lists: ['a'] }] },
        { strata: [{ stratum: null, lists: ['a', 'c'] }] },
        { strata: [{ stratum: null, lists: ['a', 'c'] }] },
      ],
      lists,
    );
    const capture = overlapCaptureTable(lists, table.strata[0] ?? { patterns: [] });
    // Bit j is list j: 'a' = 1, 'a'+'c' = 1 + 4.
    expect(capture.counts[1]).toBe(1);
    expect(capture.counts[5]).toBe(2);
    expect(capture.counts.reduce((n, c) => n + c, 0)).toBe(3);
  });

  it('chooses by default the lists with most people, ties by code, and names the rest', () => {
    const people: OverlapPerson[] = [
      { strata: [{ stratum: null, lists: ['b', 'c', 'c'] }] },
      { strata: [{ stratum: null, lists: ['c'] }] },
      { strata: [{ stratum: null, lists: ['a'] }] },
    ];
    expect(chooseLists(people, 2)).toEqual({ lists: ['c', 'a'], omitted: ['b'] });
  });

  it('refuses no lists and a list named twice', () => {
    expect(() => overlapPatterns([], [])).toThrow(RangeError);
    expect(() => overlapPatterns([], ['a', 'a'])).toThrow(RangeError);
  });
});
