import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignClusterIds } from './cluster-ids';
import { LinkageError } from './errors';

const counter = (prefix: string): (() => string) => {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
};

/** Records of one cluster share an id; different clusters have different ids. */
const checkPartition = (clusterOf: Int32Array, ids: readonly string[]): void => {
  const idOfCluster = new Map<number, string>();
  const clusterOfId = new Map<string, number>();
  clusterOf.forEach((c, r) => {
    const id = ids[r] as string;
    expect(idOfCluster.get(c) ?? id).toBe(id);
    expect(clusterOfId.get(id) ?? c).toBe(c);
    idOfCluster.set(c, id);
    clusterOfId.set(id, c);
  });
};

const clustering = fc
  .array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 40 })
  .map((a) => Int32Array.from(a));

describe('stable cluster ids', () => {
  it('gives one id per cluster and different ids to different clusters, reusing old ids at most once', () => {
    fc.assert(
      fc.property(clustering, clustering, (before, after) => {
        const n = Math.min(before.length, after.length);
        const records = Array.from({ length: n }, (_, r) => `rec${r}`);
        const first = assignClusterIds(records, before.slice(0, n), new Map(), counter('a'));
        checkPartition(before.slice(0, n), first);
        const previous = new Map(records.map((r, k) => [r, first[k] as string]));
        const second = assignClusterIds(records, after.slice(0, n), previous, counter('b'));
        checkPartition(after.slice(0, n), second);
        // Each new cluster with old records holding a majority-winning id keeps an old id.
        const old = new Set(first);
        const reused = new Set(second.filter((id) => old.has(id)));
        const clustersOfReused = new Set(
          second.flatMap((id, r) => (old.has(id) ? [after[r] as number] : [])),
        );
        expect(clustersOfReused.size).toBe(reused.size);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('gives exactly the previous ids when the same clustering is assigned again', () => {
    fc.assert(
      fc.property(clustering, (clusterOf) => {
        const records = Array.from(clusterOf, (_, r) => `id-${(r * 7919) % 1000}-${r}`);
        const first = assignClusterIds(records, clusterOf, new Map(), counter('x'));
        const previous = new Map(records.map((r, k) => [r, first[k] as string]));
        // Renumbered clusters (the numbering is arbitrary) keep their ids too.
        const renumbered = Int32Array.from(clusterOf, (c) => 100 - c);
        const again = assignClusterIds(records, renumbered, previous, () => {
          throw new Error('no new id is needed');
        });
        expect(again).toEqual(first);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('lets the cluster holding most of an old id keep it, and gives the rest new ids', () => {
    const records = ['a', 'b', 'c', 'd', 'e'];
    const previous = new Map([
      ['a', 'P'],
      ['b', 'P'],
      ['c', 'P'],
      ['d', 'Q'],
    ]);
    // {a} and {b, c} split from P; {d, e} grows from Q.
    const ids = assignClusterIds(records, Int32Array.from([1, 2, 2, 3, 3]), previous, counter('n'));
    expect(ids).toEqual(['n1', 'P', 'P', 'Q', 'Q']);
    // A tie in overlap goes to the cluster with the smallest record id holding the old id.
    const tie = assignClusterIds(
      ['b', 'a'],
      Int32Array.from([1, 2]),
      new Map([
        ['a', 'P'],
        ['b', 'P'],
      ]),
      counter('n'),
    );
    expect(tie).toEqual(['n1', 'P']);
    // A merge takes the id most of its records held.
    const merged = assignClusterIds(
      records,
      Int32Array.from([1, 1, 1, 1, 1]),
      previous,
      counter('n'),
    );
    expect(merged).toEqual(['P', 'P', 'P', 'P', 'P']);
  });

  it('never hands out an id in use, and refuses records and clusters that do not line up', () => {
    const previous = new Map([['a', 'n1']]);
    const ids = assignClusterIds(['a', 'b'], Int32Array.from([1, 2]), previous, counter('n'));
    expect(ids).toEqual(['n1', 'n2']);
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        return e instanceof LinkageError ? e.code : 'other';
      }
      return undefined;
    };
    expect(
      code(() => assignClusterIds(['a'], Int32Array.from([1, 2]), new Map(), counter('n'))),
    ).toBe('invalid_cluster_ids');
    expect(
      code(() => assignClusterIds(['a', 'a'], Int32Array.from([1, 2]), new Map(), counter('n'))),
    ).toBe('invalid_cluster_ids');
    expect(
      code(() => assignClusterIds(['a', 'b'], Int32Array.from([1, 2]), previous, () => 'n1')),
    ).toBe('invalid_cluster_ids');
  });
});
