import { describe, expect, it } from 'vitest';
import { LinkageError } from './errors';
import { explainPair } from './explain';
import { sourceFrom, syntheticPeople } from './fixtures';
import { compareCandidates, finishLinkage, linkRecords, planLinkage, sampleLevels } from './link';
import { pairAccuracy } from './evaluate';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof LinkageError ? error.code : 'not a LinkageError';
  }
  return undefined;
};

describe('record linkage', () => {
  const people = syntheticPeople(400, 3);

  it('finds the people behind synthetic records with typos, swaps and partial dates, unsupervised', () => {
    const result = linkRecords([people.source]);
    const accuracy = pairAccuracy(result.clusters.clusterOf, people.truth);
    // A hard toy: 1,200 name pairs for 400 people, a date missing or only a year in a quarter
    // of the records. FEBRL and the transliterated names are the real measure (CLI tests).
    expect(accuracy.f1).toBeGreaterThan(0.93);
    expect(accuracy.precision).toBeGreaterThan(0.95);
    expect(result.warnings).toEqual([]);
    expect(result.model.priorMatch).toBeGreaterThan(0);
    expect(result.model.priorMatch).toBeLessThan(0.01);
  });

  it('gives the same result for the same input and seed', () => {
    const a = linkRecords([people.source], { seed: 9 });
    const b = linkRecords([people.source], { seed: 9 });
    expect(Array.from(a.clusters.clusterOf)).toEqual(Array.from(b.clusters.clusterOf));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it('gives the same result however the blocks and random pairs are split between workers', () => {
    const plan = planLinkage([people.source]);
    const whole = finishLinkage(plan, [sampleLevels(plan)], [compareCandidates(plan)]);
    const shares = [0, 1, 2].map((part) => ({ part, parts: 3 }));
    const split = finishLinkage(
      plan,
      shares.map((s) => sampleLevels(plan, s)),
      shares.map((s) => compareCandidates(plan, s)),
    );
    expect(Array.from(split.clusters.clusterOf)).toEqual(Array.from(whole.clusters.clusterOf));
    expect(split.model).toEqual(whole.model);
  });

  it('compares every pair sharing a blocking key exactly once', () => {
    const result = linkRecords([people.source], { blocking: [['surname'], ['birth_date']] });
    const seen = new Set<string>();
    const { left, right } = result.pairs;
    for (let k = 0; k < left.length; k += 1) {
      const key = `${left[k]}-${right[k]}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    const cells = people.source.columns;
    let expected = 0;
    const n = people.source.ids.length;
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        const same = (c: string) =>
          (cells[c]?.[i] ?? '') !== '' &&
          cells[c]?.[i]?.toLowerCase() === cells[c]?.[j]?.toLowerCase();
        if (same('surname') || same('birth_date')) expected += 1;
      }
    }
    expect(seen.size).toBe(expected);
  });

  it('explains every pair: the prior and the comparisons add up to its weight', () => {
    const result = linkRecords([people.source]);
    for (const k of [0, 1, Math.floor(result.pairs.left.length / 2)]) {
      const e = explainPair(result.data, result.model, result.pairs, k);
      const sum = e.comparisons.reduce((s, c) => s + c.weight, e.priorWeight);
      expect(sum).toBeCloseTo(result.weights[k] ?? NaN, 9);
      expect(e.matchWeight).toBeCloseTo(result.weights[k] ?? NaN, 9);
      for (const c of e.comparisons) expect(c.bayesFactor).toBeCloseTo(2 ** c.weight, 9);
    }
  });

  it('weighs an exact match on a rare name more than on a common one', () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        surname: 'ivanov',
        given_name: `g${i}`,
        birth_date: `19${50 + (i % 40)}-01-01`,
      })),
      { id: 'r1', surname: 'zykin', given_name: 'ivan', birth_date: '1970-05-05' },
      { id: 'r2', surname: 'zykin', given_name: 'ivan', birth_date: '1970-05-05' },
      { id: 'i1', surname: 'ivanov', given_name: 'ivan', birth_date: '1971-05-05' },
      { id: 'i2', surname: 'ivanov', given_name: 'ivan', birth_date: '1971-05-05' },
    ];
    const result = linkRecords([sourceFrom(rows)], { blocking: [['surname']] });
    const surnameWeight = (a: string, b: string): number => {
      const ia = result.data.ids.indexOf(a);
      const ib = result.data.ids.indexOf(b);
      const k = Array.from(result.pairs.left).findIndex(
        (l, x) => l === ia && result.pairs.right[x] === ib,
      );
      const e = explainPair(result.data, result.model, result.pairs, k);
      return e.comparisons.find((c) => c.column === 'surname')?.weight ?? NaN;
    };
    expect(surnameWeight('r1', 'r2')).toBeGreaterThan(surnameWeight('i1', 'i2') + 3);
  });

  it('refuses no sources, an empty source, duplicate ids and unknown settings with coded errors', () => {
    const ok = sourceFrom([
      { id: '1', surname: 'a' },
      { id: '2', surname: 'b' },
    ]);
    expect(codeOf(() => linkRecords([]))).toBe('no_records');
    expect(codeOf(() => linkRecords([ok, { ids: [], columns: {} }]))).toBe('no_records');
    expect(
      codeOf(() =>
        linkRecords([
          sourceFrom([
            { id: '1', surname: 'a' },
            { id: '1', surname: 'b' },
          ]),
        ]),
      ),
    ).toBe('duplicate_id');
    expect(codeOf(() => linkRecords([ok], { treshold: 0.5 } as never))).toBe('invalid_config');
    expect(
      codeOf(() => linkRecords([ok], { comparisons: [{ kind: 'name', column: 'nom' }] })),
    ).toBe('unknown_column');
    expect(codeOf(() => linkRecords([ok], { blocking: [['given']] }))).toBe('invalid_config');
    expect(codeOf(() => linkRecords([ok], { mode: 'link' }))).toBe('invalid_config');
    expect(codeOf(() => linkRecords([{ ids: ['1', '2'], columns: { x: ['', ' '] } }]))).toBe(
      'nothing_to_compare',
    );
  });

  it('links across sources only in link mode', () => {
    const a = sourceFrom([
      { id: '1', surname: 'ivanov', birth_date: '1970-01-01' },
      { id: '2', surname: 'ivanov', birth_date: '1970-01-01' },
    ]);
    const b = sourceFrom([{ id: '1', surname: 'ivanov', birth_date: '1970-01-01' }]);
    const result = linkRecords([a, b], { mode: 'link', priorMatch: 0.1 });
    for (let k = 0; k < result.pairs.left.length; k += 1) {
      expect(result.data.sourceOf[result.pairs.left[k] ?? 0]).not.toBe(
        result.data.sourceOf[result.pairs.right[k] ?? 0],
      );
    }
  });
});
