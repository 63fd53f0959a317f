// A small dense simplex method, enough to bound one suppressed value of a published table:
// minimise c·x subject to A·x = b, x ≥ 0. Two phases (artificial variables find a first vertex,
// which is then reused for every objective) and Bland's rule, which cannot cycle — tables with
// margins are highly degenerate, and a cycling solver would hang the publication.
//
// Table constraints (cells adding up to margins) are network matrices, so every vertex is integral
// and every tableau entry stays in {−1, 0, 1} times whole numbers: floating point is exact here,
// and EPSILON only absorbs the rounding of other inputs.

const EPSILON = 1e-9;

/** The minimum of a linear program, or that there is none. */
export type LpResult =
  { readonly kind: 'optimal'; readonly value: number } | { readonly kind: 'unbounded' };

/** A tableau: `rows` constraint rows of `width` coefficients then the right-hand side. */
interface Tableau {
  readonly rows: Float64Array[];
  readonly basis: number[];
  readonly width: number;
}

/** Pivots the tableau (and the objective row, if given) on row r, column j. */
const pivot = (t: Tableau, objective: Float64Array | null, r: number, j: number): void => {
  const pivotRow = t.rows[r] as Float64Array;
  const scale = pivotRow[j] as number;
  for (let k = 0; k <= t.width; k++) pivotRow[k] = (pivotRow[k] as number) / scale;
  const eliminate = (row: Float64Array): void => {
    const factor = row[j] as number;
    if (factor === 0) return;
    for (let k = 0; k <= t.width; k++)
      row[k] = (row[k] as number) - factor * (pivotRow[k] as number);
  };
  t.rows.forEach((row, i) => i !== r && eliminate(row));
  if (objective) eliminate(objective);
  t.basis[r] = j;
};

/**
 * Runs the simplex method on a tableau with reduced costs in `objective` (last entry: minus the
 * objective value), over the columns below `columns`. Bland's rule: lowest entering column, and
 * among tied ratios the row whose basic variable is lowest.
 */
const solve = (t: Tableau, objective: Float64Array, columns: number): 'optimal' | 'unbounded' => {
  for (;;) {
    let entering = -1;
    for (let j = 0; j < columns && entering < 0; j++) {
      if ((objective[j] as number) < -EPSILON) entering = j;
    }
    if (entering < 0) return 'optimal';
    let leaving = -1;
    let best = Infinity;
    t.rows.forEach((row, i) => {
      const a = row[entering] as number;
      if (a <= EPSILON) return;
      const ratio = (row[t.width] as number) / a;
      if (
        ratio < best - EPSILON ||
        (ratio <= best + EPSILON && (t.basis[i] as number) < (t.basis[leaving] as number))
      ) {
        best = Math.min(best, ratio);
        leaving = i;
      }
    });
    if (leaving < 0) return 'unbounded';
    pivot(t, objective, leaving, entering);
  }
};

/** The set {x ≥ 0 : A·x = b} with a vertex found, over which objectives can be minimised. */
export class Polyhedron {
  private constructor(
    private readonly tableau: Tableau,
    readonly variables: number,
  ) {}

  /**
   * The polyhedron of A·x = b, x ≥ 0 (A given as rows of `variables` coefficients), or null when
   * it is empty.
   */
  static of(
    a: readonly (readonly number[])[],
    b: readonly number[],
    variables: number,
  ): Polyhedron | null {
    const m = a.length;
    // Phase 1: one artificial variable per row (columns variables … variables + m − 1).
    const width = variables + m;
    const rows = a.map((coefficients, i) => {
      const sign = (b[i] as number) < 0 ? -1 : 1;
      const row = new Float64Array(width + 1);
      coefficients.forEach((v, j) => (row[j] = sign * v));
      row[variables + i] = 1;
      row[width] = sign * (b[i] as number);
      return row;
    });
    const tableau: Tableau = { rows, basis: rows.map((_, i) => variables + i), width };
    // Minimise the sum of artificials: reduced cost of column j is −(sum of the column).
    const objective = new Float64Array(width + 1);
    for (const row of rows) {
      for (let j = 0; j < variables; j++)
        objective[j] = (objective[j] as number) - (row[j] as number);
      objective[width] = (objective[width] as number) - (row[width] as number);
    }
    solve(tableau, objective, width);
    if (-(objective[width] as number) > EPSILON) return null;
    // Drive artificials out of the basis; a row where that is impossible repeats the others.
    for (let i = rows.length - 1; i >= 0; i--) {
      if ((tableau.basis[i] as number) < variables) continue;
      const row = rows[i] as Float64Array;
      let j = 0;
      while (j < variables && Math.abs(row[j] as number) <= EPSILON) j++;
      if (j < variables) pivot(tableau, null, i, j);
      else {
        rows.splice(i, 1);
        tableau.basis.splice(i, 1);
      }
    }
    // Artificial columns stay in the arrays but are never chosen again (solve stops at `variables`).
    return new Polyhedron(tableau, variables);
  }

  /** The value of variable j at the vertex found (0 unless it is basic). */
  valueAt(j: number): number {
    const row = this.tableau.basis.indexOf(j);
    return row < 0 ? 0 : (this.tableau.rows[row]?.[this.tableau.width] ?? 0);
  }

  /** The minimum of c·x over the polyhedron, or unbounded. */
  minimize(c: readonly number[]): LpResult {
    const { rows, basis, width } = this.tableau;
    const tableau: Tableau = { rows: rows.map((r) => r.slice()), basis: [...basis], width };
    const objective = new Float64Array(width + 1);
    for (let j = 0; j < this.variables; j++) objective[j] = c[j] ?? 0;
    tableau.rows.forEach((row, i) => {
      const cost = c[tableau.basis[i] as number] ?? 0;
      if (cost === 0) return;
      for (let k = 0; k <= width; k++)
        objective[k] = (objective[k] as number) - cost * (row[k] as number);
    });
    return solve(tableau, objective, this.variables) === 'unbounded'
      ? { kind: 'unbounded' }
      : // 0 − x, not −x: an optimum of 0 is +0, never −0.
        { kind: 'optimal', value: 0 - (objective[width] as number) };
  }
}
