import { isClusterId, newClusterId } from '@vigil/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRequestOf } from './save';

const result = {
  ids: ['a', 'b', 'c', 'd'],
  clusterOf: Int32Array.from([1, 1, 2, 3]),
  confidence: Float64Array.from([0.8, 0.8, Number.NaN, Number.NaN]),
  threshold: 0.5,
};

describe('the run a save posts', () => {
  it('gives records of one cluster one new random id, others their own, before any run', () => {
    const request = runRequestOf(result, null, newClusterId);
    expect(request.basedOn).toBeNull();
    expect(request.settings).toEqual({ threshold: 0.5 });
    const ids = request.assignments.map((a) => a.clusterId);
    expect(ids.every(isClusterId)).toBe(true);
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
    expect(request.assignments.map((a) => a.probability)).toEqual([0.8, 0.8, null, null]);
  });

  it('keeps the saved ids of unchanged people and is based on the saved run', () => {
    const saved = {
      run: { number: 4 },
      assignments: [
        { recordId: 'a', clusterId: 'P-AAAAAAAAAAAA' },
        { recordId: 'b', clusterId: 'P-AAAAAAAAAAAA' },
        { recordId: 'c', clusterId: 'P-CCCCCCCCCCCC' },
      ],
    };
    const request = runRequestOf(result, saved, () => 'P-NEWNEWNEWNEW');
    expect(request.basedOn).toBe(4);
    expect(request.assignments.map((a) => a.clusterId)).toEqual([
      'P-AAAAAAAAAAAA',
      'P-AAAAAAAAAAAA',
      'P-CCCCCCCCCCCC',
      'P-NEWNEWNEWNEW',
    ]);
  });

  it('saving the same clusters again gives exactly the saved ids', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }),
        (numbers) => {
          const r = {
            ids: numbers.map((_, i) => `r${i}`),
            clusterOf: Int32Array.from(numbers),
            confidence: new Float64Array(numbers.length).fill(Number.NaN),
            threshold: 0.5,
          };
          const first = runRequestOf(r, null, newClusterId);
          const again = runRequestOf(
            r,
            { run: { number: 1 }, assignments: first.assignments },
            newClusterId,
          );
          expect(again.assignments).toEqual(first.assignments);
        },
      ),
    );
  });
});
