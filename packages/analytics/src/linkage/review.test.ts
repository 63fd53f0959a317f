import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LinkageError } from './errors';
import { syntheticPeople } from './fixtures';
import { pairKey } from './labels';
import { linkRecords, type LinkageResult } from './link';
import { binaryEntropy, explainPairOf, reviewQueue, type ReviewItem } from './review';
import type { LinkageSource } from './types';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof LinkageError ? error.code : 'not a LinkageError';
  }
  return undefined;
};

/** FEBRL dataset 3 (bench/data/febrl, BSD-3-Clause): 5,000 records with their duplicates. */
const febrl3 = (): LinkageSource => {
  const path = fileURLToPath(
    new URL('../../../../bench/data/febrl/febrl_dataset3.csv', import.meta.url),
  );
  const [header = '', ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = header.split(',').map((h) => h.trim());
  const rows = lines.map((l) => l.split(',').map((c) => c.trim()));
  const columns: Record<string, string[]> = {};
  names.forEach((name, c) => {
    if (name !== 'rec_id') columns[name] = rows.map((r) => r[c] ?? '');
  });
  return { ids: rows.map((r) => r[0] ?? ''), columns };
};

const sorted = (items: readonly ReviewItem[]): boolean =>
  items.every((item, k) => {
    const prev = items[k - 1];
    return (
      prev === undefined ||
      prev.uncertainty > item.uncertainty ||
      (prev.uncertainty === item.uncertainty && prev.key < item.key)
    );
  });

describe('review queue', () => {
  const people = syntheticPeople(400, 3);
  const result = linkRecords([people.source]);

  it('lists the compared pairs of the band around the threshold, most uncertain first', () => {
    const queue = reviewQueue(result);
    expect(queue.length).toBeGreaterThan(0);
    expect(sorted(queue)).toBe(true);
    for (const item of queue) {
      expect(item.probability).toBeGreaterThanOrEqual(0.1 - 1e-12);
      expect(item.probability).toBeLessThanOrEqual(0.9 + 1e-12);
      expect(item.uncertainty).toBeCloseTo(binaryEntropy(item.probability), 12);
      expect(item.key).toBe(pairKey(item.right, item.left));
    }
    // Every compared pair in the band is listed.
    let inBand = 0;
    for (const w of result.weights) {
      const p = 1 / (1 + 2 ** -w);
      if (p >= 0.1 && p <= 0.9) inBand += 1;
    }
    expect(queue).toHaveLength(inBand);
  });

  it('takes another band and a limit, keeping the most uncertain', () => {
    const all = reviewQueue(result, { lower: 0, upper: 1 });
    expect(all).toHaveLength(result.weights.length);
    const top = reviewQueue(result, { lower: 0, upper: 1, limit: 5 });
    expect(top).toEqual(all.slice(0, 5));
    const narrow = reviewQueue(result, { lower: 0.99, upper: 1 });
    for (const item of narrow) expect(item.probability).toBeGreaterThanOrEqual(0.99);
    expect(codeOf(() => reviewQueue(result, { lower: 0.9, upper: 0.1 }))).toBe('invalid_config');
    expect(codeOf(() => reviewQueue(result, { limit: 1.5 }))).toBe('invalid_config');
  });

  it('leaves out decided pairs and pairs the run had labels for', () => {
    const all = reviewQueue(result, { lower: 0, upper: 1 });
    const decided = new Set(all.slice(0, 3).map((i) => i.key));
    const rest = reviewQueue(result, { lower: 0, upper: 1, decided });
    expect(rest).toEqual(all.slice(3));
    const [first] = all as [ReviewItem];
    const labelled = linkRecords(
      [people.source],
      {},
      {
        labels: [{ a: first.left, b: first.right, decision: 'non-match' }],
      },
    );
    expect(reviewQueue(labelled, { lower: 0, upper: 1 }).map((i) => i.key)).not.toContain(
      first.key,
    );
  });

  it('gives the same queue on every run, and breaks ties by pair key', () => {
    const again = linkRecords([people.source]);
    expect(reviewQueue(again)).toEqual(reviewQueue(result));
    const twins: Pick<LinkageResult, 'data' | 'model' | 'pairs' | 'weights'> = {
      ...result,
      weights: new Float64Array(result.weights.length).fill(result.model.thresholdWeight),
    };
    const tied = reviewQueue(twins, { limit: 50 });
    expect(tied.map((i) => i.key)).toEqual(tied.map((i) => i.key).sort());
  });

  it('is not empty and sorted on FEBRL dataset 3', () => {
    // Datasets 1 and 2 are linked so surely that no pair falls between 0.1 and 0.9.
    const febrl = linkRecords([febrl3()]);
    const queue = reviewQueue(febrl);
    expect(queue.length).toBeGreaterThan(0);
    expect(sorted(queue)).toBe(true);
  });
});

describe('explanation of any two records', () => {
  const people = syntheticPeople(200, 5);
  const result = linkRecords([people.source]);

  it('explains a compared pair as the run scored it', () => {
    const k = Math.floor(result.pairs.left.length / 3);
    const left = { source: 0, id: result.data.ids[result.pairs.left[k] ?? 0] ?? '' };
    const right = { source: 0, id: result.data.ids[result.pairs.right[k] ?? 0] ?? '' };
    const e = explainPairOf(result, right, left);
    expect(e.compared).toBe(true);
    expect(e.left).toEqual(right);
    expect(e.matchWeight).toBeCloseTo(result.weights[k] ?? NaN, 9);
  });

  it('compares two records on demand exactly as the run would have', () => {
    const k = Math.floor(result.pairs.left.length / 2);
    const left = { source: 0, id: result.data.ids[result.pairs.left[k] ?? 0] ?? '' };
    const right = { source: 0, id: result.data.ids[result.pairs.right[k] ?? 0] ?? '' };
    const none = new Int32Array(0);
    const uncompared = { ...result, pairs: { ...result.pairs, left: none, right: none } };
    const fresh = explainPairOf(uncompared, left, right);
    expect(fresh.compared).toBe(false);
    expect({ ...fresh, compared: true }).toEqual(explainPairOf(result, left, right));
  });

  it('explains two records of one cluster that blocking never compared', () => {
    const small = linkRecords([people.source], { blocking: [['surname'], ['given_name']] });
    const seen = new Set<string>();
    for (let k = 0; k < small.pairs.left.length; k += 1) {
      seen.add(`${small.pairs.left[k]}-${small.pairs.right[k]}`);
    }
    const cl = small.clusters.clusterOf;
    let found = false;
    for (let i = 0; i < cl.length && !found; i += 1) {
      for (let j = i + 1; j < cl.length && !found; j += 1) {
        if (cl[i] !== cl[j] || seen.has(`${i}-${j}`)) continue;
        const e = explainPairOf(
          small,
          { source: 0, id: small.data.ids[i] ?? '' },
          { source: 0, id: small.data.ids[j] ?? '' },
        );
        expect(e.compared).toBe(false);
        expect(e.sameCluster).toBe(true);
        const sum = e.comparisons.reduce((s, c) => s + c.weight, e.priorWeight);
        expect(sum).toBeCloseTo(e.matchWeight, 9);
        found = true;
      }
    }
    expect(found).toBe(true);
  });

  it('refuses records no source holds', () => {
    expect(
      codeOf(() => explainPairOf(result, { source: 0, id: 'r1' }, { source: 0, id: 'nobody' })),
    ).toBe('unknown_record');
    expect(
      codeOf(() => explainPairOf(result, { source: 3, id: 'r1' }, { source: 0, id: 'r2' })),
    ).toBe('unknown_record');
  });
});
