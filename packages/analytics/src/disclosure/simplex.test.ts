import { describe, expect, it } from 'vitest';
import { Polyhedron } from './simplex';

const region = (a: number[][], b: number[]) => {
  const p = Polyhedron.of(a, b, a[0]?.length ?? 0);
  if (p === null) throw new Error('expected a non-empty region');
  return p;
};

describe('the simplex method', () => {
  it('finds both ends of a variable on a segment', () => {
    const p = region([[1, 1]], [4]);
    expect(p.minimize([1, 0])).toEqual({ kind: 'optimal', value: 0 });
    expect(p.minimize([-1, 0])).toEqual({ kind: 'optimal', value: -4 });
  });

  it('reports an objective without a lower bound as unbounded', () => {
    const p = region([[1, -1]], [0]);
    expect(p.minimize([-1, 0])).toEqual({ kind: 'unbounded' });
    expect(p.minimize([1, 0])).toEqual({ kind: 'optimal', value: 0 });
  });

  it('reports an empty region as null', () => {
    expect(Polyhedron.of([[1, 1]], [-1], 2)).toBeNull();
    expect(
      Polyhedron.of(
        [
          [1, 0],
          [1, 0],
        ],
        [1, 2],
        2,
      ),
    ).toBeNull();
  });

  it('copes with repeated and negated constraints', () => {
    const p = region(
      [
        [1, 1, 0],
        [2, 2, 0],
        [-1, -1, 0],
        [0, 1, 1],
      ],
      [4, 8, -4, 5],
    );
    // y ≤ 4 from the first, so z = 5 − y ≥ 1; x = 4 − y ≤ 4.
    expect(p.minimize([0, 0, 1])).toEqual({ kind: 'optimal', value: 1 });
    expect(p.minimize([-1, 0, 0])).toEqual({ kind: 'optimal', value: -4 });
  });

  it('solves a degenerate transportation problem without cycling', () => {
    // A 3 × 3 table of unknown cells with margins 1, 1, 1: every vertex is degenerate.
    const a: number[][] = [];
    for (let i = 0; i < 3; i++)
      a.push(Array.from({ length: 9 }, (_, j) => (Math.floor(j / 3) === i ? 1 : 0)));
    for (let c = 0; c < 3; c++) a.push(Array.from({ length: 9 }, (_, j) => (j % 3 === c ? 1 : 0)));
    const p = region(a, [1, 1, 1, 1, 1, 1]);
    const cost = [3, 1, 2, 2, 3, 1, 1, 2, 3];
    // The cheapest permutation: 1 + 1 + 1 on (0,1), (1,2), (2,0).
    expect(p.minimize(cost)).toEqual({ kind: 'optimal', value: 3 });
    expect(p.minimize(cost.map((v) => -v))).toEqual({ kind: 'optimal', value: -9 });
  });

  it('can be asked many objectives from the same vertex', () => {
    const p = region([[1, 1, 1]], [6]);
    for (let j = 0; j < 3; j++) {
      const c = [0, 0, 0];
      c[j] = -1;
      expect(p.minimize(c)).toEqual({ kind: 'optimal', value: -6 });
    }
  });
});
