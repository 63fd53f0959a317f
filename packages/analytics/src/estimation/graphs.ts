// Decomposable (chordal) graphs on J ≤ 5 lists, with the cliques and separators of a junction
// tree: the models over which dga averages. Vertex sets are bit masks (bit j = list j).
import { bitCount } from './table';

/** A decomposable graph: its edges, maximal cliques and (non-empty) separators as bit masks. */
export interface DecomposableGraph {
  /** Edges as [i, j] with i < j. */
  readonly edges: readonly (readonly [number, number])[];
  /** The maximal cliques. */
  readonly cliques: readonly number[];
  /** Separators of a junction tree; empty separators (between components) are left out. */
  readonly separators: readonly number[];
}

const isClique = (set: number, adjacency: readonly number[]): boolean => {
  for (let v = 0; set >>> v !== 0; v++) {
    if ((set >>> v) & 1 && (set & ~(1 << v) & ~(adjacency[v] ?? 0)) !== 0) return false;
  }
  return true;
};

/** True when repeatedly removing a vertex whose neighbours form a clique empties the graph. */
const isChordal = (J: number, adjacency: readonly number[]): boolean => {
  let left = (1 << J) - 1;
  while (left !== 0) {
    let removed = false;
    for (let v = 0; v < J; v++) {
      if (((left >>> v) & 1) === 0) continue;
      if (isClique((adjacency[v] ?? 0) & left, adjacency)) {
        left &= ~(1 << v);
        removed = true;
        break;
      }
    }
    if (!removed) return false;
  }
  return true;
};

const maximalCliques = (J: number, adjacency: readonly number[]): number[] => {
  const cliques: number[] = [];
  for (let s = 1; s < 1 << J; s++) if (isClique(s, adjacency)) cliques.push(s);
  return cliques.filter((s) => !cliques.some((t) => t !== s && (s & t) === s));
};

/**
 * Separators of a junction tree: the intersections along a maximum-weight spanning tree of the
 * clique graph (weight = size of the intersection), found by Prim's algorithm.
 */
const separatorsOf = (cliques: readonly number[]): number[] => {
  const inTree = [0];
  const separators: number[] = [];
  while (inTree.length < cliques.length) {
    let best = -1;
    let bestWeight = -1;
    let bestSet = 0;
    for (let c = 0; c < cliques.length; c++) {
      if (inTree.includes(c)) continue;
      for (const t of inTree) {
        const set = (cliques[c] ?? 0) & (cliques[t] ?? 0);
        const w = bitCount(set);
        if (w > bestWeight) {
          best = c;
          bestWeight = w;
          bestSet = set;
        }
      }
    }
    inTree.push(best);
    if (bestSet !== 0) separators.push(bestSet);
  }
  return separators;
};

const cache = new Map<number, readonly DecomposableGraph[]>();

/**
 * Every decomposable graph on J vertices (J from 1 to 5): 8 for three lists, 61 for four, 822
 * for five. Ordered by number of edges, then by edge bits; the first is the independence graph.
 */
export const decomposableGraphs = (J: number): readonly DecomposableGraph[] => {
  const hit = cache.get(J);
  if (hit) return hit;
  const pairs: [number, number][] = [];
  for (let i = 0; i < J; i++) for (let j = i + 1; j < J; j++) pairs.push([i, j]);
  const graphs: { bits: number; graph: DecomposableGraph }[] = [];
  for (let bits = 0; bits < 2 ** pairs.length; bits++) {
    const adjacency = new Array<number>(J).fill(0);
    const edges: [number, number][] = [];
    pairs.forEach(([i, j], e) => {
      if ((bits >>> e) & 1) {
        adjacency[i] = (adjacency[i] ?? 0) | (1 << j);
        adjacency[j] = (adjacency[j] ?? 0) | (1 << i);
        edges.push([i, j]);
      }
    });
    if (!isChordal(J, adjacency)) continue;
    const cliques = maximalCliques(J, adjacency);
    graphs.push({ bits, graph: { edges, cliques, separators: separatorsOf(cliques) } });
  }
  graphs.sort((a, b) => a.graph.edges.length - b.graph.edges.length || a.bits - b.bits);
  const out = graphs.map((g) => g.graph);
  cache.set(J, out);
  return out;
};
