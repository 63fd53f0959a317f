import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinearModel, Publication } from './model';
import { exposedRangesOf, rangesOf } from './ranges';

/** A table m × n with margins as a model: cells, row totals, column totals, grand total. */
const tableModel = (cells: number[][]): LinearModel => {
  const m = cells.length;
  const n = cells[0]?.length ?? 0;
  const flat = cells.flat();
  const rowTotals = cells.map((r) => r.reduce((s, v) => s + v, 0));
  const columnTotals = Array.from({ length: n }, (_, j) =>
    cells.reduce((s, r) => s + (r[j] as number), 0),
  );
  const range = (length: number, from: number) => Array.from({ length }, (_, i) => from + i);
  return {
    values: [...flat, ...rowTotals, ...columnTotals, rowTotals.reduce((s, v) => s + v, 0)],
    equations: [
      ...range(m, 0).map((i) => ({ members: range(n, i * n), total: m * n + i })),
      ...range(n, 0).map((j) => ({
        members: range(m, 0).map((i) => i * n + j),
        total: m * n + m + j,
      })),
      { members: range(m, m * n), total: m * n + m + n },
      { members: range(n, m * n + m), total: m * n + m + n },
    ],
  };
};

/** Ranges by trying every assignment of 0 … bound to the suppressed entries. */
const bruteForce = (model: LinearModel, publication: Publication, bound: number) => {
  const hidden = publication.flatMap((v, i) => (v === null ? [i] : []));
  const ranges = new Map(hidden.map((i) => [i, { lower: Infinity, upper: -Infinity }]));
  const values = [...publication] as number[];
  const visit = (k: number): void => {
    if (k === hidden.length) {
      const consistent = model.equations.every(
        (e) => e.members.reduce((s, i) => s + (values[i] as number), 0) === values[e.total],
      );
      if (!consistent) return;
      for (const i of hidden) {
        const r = ranges.get(i) as { lower: number; upper: number };
        r.lower = Math.min(r.lower, values[i] as number);
        r.upper = Math.max(r.upper, values[i] as number);
      }
      return;
    }
    for (let v = 0; v <= bound; v++) {
      values[hidden[k] as number] = v;
      visit(k + 1);
    }
  };
  visit(0);
  return ranges;
};

describe('rangesOf', () => {
  it('recovers a single suppressed cell exactly from its row total', () => {
    const model = tableModel([
      [20, 30],
      [15, 2],
    ]);
    const publication = model.values.map((v, i) => (i === 3 ? null : v));
    expect(rangesOf(model, publication, [3]).get(3)).toEqual({ lower: 2, upper: 2 });
  });

  it('gives a cell on a cycle of suppressed cells the slack of its neighbours', () => {
    const model = tableModel([
      [20, 30, 25],
      [15, 2, 40],
    ]);
    const publication = model.values.map((v, i) => ([0, 1, 3, 4].includes(i) ? null : v));
    // x(1,1) = 2 + t with x(0,0) = 20 + t, x(0,1) = 30 − t, x(1,0) = 15 − t: t from −2 to 15.
    expect(rangesOf(model, publication, [4]).get(4)).toEqual({ lower: 0, upper: 17 });
  });

  it('has no upper bound when the grand total and the margins around a cell are suppressed', () => {
    const model = tableModel([[3, 4]]);
    const publication: Publication = [null, 4, null, null, 4, null];
    expect(rangesOf(model, publication, [0]).get(0)).toEqual({ lower: 0, upper: Infinity });
  });

  it('agrees with trying every whole-number solution on small tables', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((m) =>
          fc.integer({ min: 1, max: 3 }).chain((n) =>
            fc.tuple(
              fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }), {
                minLength: m,
                maxLength: m,
              }),
              fc.uniqueArray(fc.integer({ min: 0, max: m * n + m + n - 1 }), { maxLength: 4 }),
            ),
          ),
        ),
        ([cells, hiddenEntries]) => {
          const model = tableModel(cells);
          const publication = model.values.map((v, i) => (hiddenEntries.includes(i) ? null : v));
          const total = model.values.at(-1) as number;
          const exact = bruteForce(model, publication, total);
          const lp = rangesOf(model, publication, hiddenEntries);
          for (const entry of hiddenEntries) expect(lp.get(entry)).toEqual(exact.get(entry));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('picks out exactly the entries whose range lies within 1 … k − 1, with their exact ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((m) =>
          fc.integer({ min: 1, max: 4 }).chain((n) =>
            fc.tuple(
              fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }), {
                minLength: m,
                maxLength: m,
              }),
              fc.uniqueArray(fc.integer({ min: 0, max: m * n + m + n }), { maxLength: 10 }),
              fc.integer({ min: 1, max: 8 }),
            ),
          ),
        ),
        ([cells, hiddenEntries, k]) => {
          const model = tableModel(cells);
          const publication = model.values.map((v, i) => (hiddenEntries.includes(i) ? null : v));
          const all = rangesOf(model, publication, hiddenEntries);
          const expected = [...all].filter(([, r]) => r.lower >= 1 && r.upper < k);
          expect(
            [...exposedRangesOf(model, publication, hiddenEntries, k)].sort((a, b) => a[0] - b[0]),
          ).toEqual(expected.sort((a, b) => a[0] - b[0]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
