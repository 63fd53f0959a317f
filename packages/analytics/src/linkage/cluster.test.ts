import { describe, expect, it } from 'vitest';
import { connectedComponents, constrainedComponents } from './cluster';

describe('clustering', () => {
  // Records 0–1 and 1–2 link; 0 and 2 were compared and judged different people.
  const left = Int32Array.from([0, 1, 0, 3]);
  const right = Int32Array.from([1, 2, 2, 4]);
  const weights = Float64Array.from([12, 5, -20, 8]);

  it('joins records linked at or above the threshold into components numbered by first record', () => {
    const c = connectedComponents(6, left, right, weights, 0);
    expect(Array.from(c.clusterOf)).toEqual([1, 1, 1, 2, 2, 3]);
    expect(c.count).toBe(3);
  });

  it('does not chain two records the model judged different through a third', () => {
    const c = constrainedComponents(6, left, right, weights, 0, -10);
    // The stronger link 0–1 is made first; 1–2 would put 2 with 0, which scored −20.
    expect(Array.from(c.clusterOf)).toEqual([1, 1, 2, 3, 3, 4]);
  });

  it('is plain connected components when no compared pair is a known non-match', () => {
    const c = constrainedComponents(6, left, right, weights, 0, -Infinity);
    expect(Array.from(c.clusterOf)).toEqual(
      Array.from(connectedComponents(6, left, right, weights, 0).clusterOf),
    );
  });
});
