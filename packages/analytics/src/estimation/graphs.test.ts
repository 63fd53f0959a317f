import { describe, expect, it } from 'vitest';
import { decomposableGraphs } from './graphs';
import { bitCount } from './table';

describe('decomposableGraphs', () => {
  it('finds the 8, 61 and 822 decomposable graphs on 3, 4 and 5 lists', () => {
    expect(decomposableGraphs(3)).toHaveLength(8);
    expect(decomposableGraphs(4)).toHaveLength(61);
    expect(decomposableGraphs(5)).toHaveLength(822);
  });

  it('leaves out the chordless 4-cycle', () => {
    const square = decomposableGraphs(4).find(
      (g) =>
        g.edges.length === 4 &&
        JSON.stringify(g.edges) ===
          JSON.stringify([
            [0, 1],
            [0, 3],
            [1, 2],
            [2, 3],
          ]),
    );
    expect(square).toBeUndefined();
  });

  it('starts with the independence graph and ends with the complete graph', () => {
    const graphs = decomposableGraphs(4);
    expect(graphs[0]).toEqual({ edges: [], cliques: [1, 2, 4, 8], separators: [] });
    expect(graphs.at(-1)?.cliques).toEqual([15]);
  });

  it('gives cliques and separators that count every vertex once (a junction tree)', () => {
    for (const J of [3, 4, 5]) {
      for (const g of decomposableGraphs(J)) {
        // Each vertex is in (number of cliques holding it − number of separators holding it) = 1.
        for (let v = 0; v < J; v++) {
          const inCliques = g.cliques.filter((c) => (c >>> v) & 1).length;
          const inSeparators = g.separators.filter((s) => (s >>> v) & 1).length;
          expect(inCliques - inSeparators).toBe(1);
        }
        // Cliques cover every edge, and a clique's pairs are all edges.
        const edgeSet = new Set(g.edges.map(([a, b]) => (1 << a) | (1 << b)));
        for (const mask of edgeSet) expect(g.cliques.some((c) => (c & mask) === mask)).toBe(true);
        for (const c of g.cliques) {
          for (let a = 0; a < J; a++) {
            for (let b = a + 1; b < J; b++) {
              const pair = (1 << a) | (1 << b);
              if ((c & pair) === pair) expect(edgeSet.has(pair)).toBe(true);
            }
          }
        }
        expect(g.separators.every((s) => bitCount(s) >= 1)).toBe(true);
      }
    }
  });
});
