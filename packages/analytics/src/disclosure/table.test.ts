import { describe, expect, it } from 'vitest';
import { auditTable, protectTable, type ProtectedTable, type Table2D } from './table';

const table = (values: number[][]): Table2D => ({
  rows: values.map((_, i) => `r${i}`),
  columns: (values[0] ?? []).map((_, j) => `c${j}`),
  values,
});

/** A publication with exactly the given cells suppressed and every total shown. */
const suppressing = (t: Table2D, cells: [number, number][]): ProtectedTable => {
  const hidden = new Set(cells.map(([i, j]) => `${i},${j}`));
  return {
    rows: t.rows,
    columns: t.columns,
    values: t.values.map((row, i) => row.map((v, j) => (hidden.has(`${i},${j}`) ? null : v))),
    rowTotals: t.values.map((row) => row.reduce((s, v) => s + v, 0)),
    columnTotals: t.columns.map((_, j) => t.values.reduce((s, row) => s + (row[j] as number), 0)),
    total: t.values.flat().reduce((s, v) => s + v, 0),
    primary: cells,
    complementary: [],
  };
};

describe('protectTable', () => {
  // The textbook case: one small cell in a 3 × 3 table. Suppressing it alone gives it away (its
  // row total minus the rest), as does one partner per line; the least that holds is a rectangle.
  const single = table([
    [20, 30, 25],
    [15, 2, 40],
    [35, 28, 18],
  ]);

  it('hides a single small cell in a rectangle of four cells, keeping every total', () => {
    const p = protectTable(single);
    expect(p.primary).toEqual([[1, 1]]);
    expect(p.complementary).toHaveLength(3);
    const hidden = [...p.primary, ...p.complementary];
    expect(new Set(hidden.map(([i]) => i)).size).toBe(2);
    expect(new Set(hidden.map(([, j]) => j)).size).toBe(2);
    expect(p.values.flat().filter((v) => v === null)).toHaveLength(4);
    expect(p.rowTotals).toEqual([75, 57, 81]);
    expect(p.columnTotals).toEqual([70, 60, 83]);
    expect(p.total).toBe(213);
    expect(auditTable(single, p)).toEqual({ safe: true, problems: [] });
  });

  it('publishes every figure of a table without small counts', () => {
    const t = table([
      [5, 0, 12],
      [9, 7, 0],
    ]);
    const p = protectTable(t);
    expect(p.values).toEqual(t.values);
    expect([p.primary, p.complementary]).toEqual([[], []]);
    expect(p.total).toBe(33);
  });

  it('publishes zeros: that nobody was counted identifies no one', () => {
    const p = protectTable(
      table([
        [0, 10, 12],
        [3, 0, 9],
        [6, 8, 0],
      ]),
    );
    expect(p.values.map((row) => row.filter((v) => v === 0).length)).toEqual([1, 1, 1]);
  });

  it('suppresses the row total too when the only count of a row is small', () => {
    const t = table([
      [3, 0, 0],
      [10, 12, 8],
    ]);
    const p = protectTable(t);
    expect(p.primary).toEqual([
      [0, 0],
      [0, -1],
    ]);
    expect(p.rowTotals[0]).toBeNull();
    expect(p.values[0]).toEqual([null, 0, 0]);
    expect(auditTable(t, p).safe).toBe(true);
  });

  it('suppresses small totals, and everything when the whole table is small', () => {
    const t = table([
      [1, 1],
      [1, 1],
    ]);
    const p = protectTable(t);
    expect(p.values).toEqual([
      [null, null],
      [null, null],
    ]);
    expect([p.rowTotals, p.columnTotals, p.total]).toEqual([[null, null], [null, null], null]);
  });

  it('protects small cells sharing a row and a column', () => {
    const t = table([
      [1, 2, 30, 41],
      [3, 25, 18, 22],
      [27, 33, 4, 15],
      [16, 19, 24, 2],
    ]);
    const p = protectTable(t);
    expect(p.primary).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 2],
      [3, 3],
    ]);
    expect(auditTable(t, p)).toEqual({ safe: true, problems: [] });
  });

  it('uses the threshold given', () => {
    const t = table([
      [7, 20],
      [30, 40],
    ]);
    expect(protectTable(t).primary).toEqual([]);
    expect(protectTable(t, { k: 10 }).primary).toEqual([[0, 0]]);
    expect(protectTable(t, { k: 1 }).values).toEqual(t.values);
  });

  it('refuses tables that are not rows × columns of whole non-negative counts, and bad thresholds', () => {
    expect(() => protectTable({ rows: ['a'], columns: ['x', 'y'], values: [[1]] })).toThrow(
      expect.objectContaining({ code: 'shape_mismatch' }),
    );
    expect(() => protectTable(table([[1.5]]))).toThrow(
      expect.objectContaining({ code: 'invalid_count' }),
    );
    expect(() => protectTable(table([[-1]]))).toThrow(
      expect.objectContaining({ code: 'invalid_count' }),
    );
    expect(() => protectTable(table([[1]]), { k: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid_threshold' }),
    );
  });

  it('protects an empty table', () => {
    const p = protectTable({ rows: [], columns: [], values: [] });
    expect(p.total).toBe(0);
  });
});

describe('auditTable', () => {
  const t = table([
    [20, 30, 25],
    [15, 2, 40],
    [35, 28, 18],
  ]);

  it('catches a publication hiding only the small cell, with the value it gives away', () => {
    expect(auditTable(t, suppressing(t, [[1, 1]]))).toEqual({
      safe: false,
      problems: [
        {
          cell: [1, 1],
          lower: 2,
          upper: 2,
          reason: 'recoverable exactly (2) from the published figures',
        },
      ],
    });
  });

  it('catches one partner per line when the partners leave the cell on no cycle', () => {
    // (1,0) and (0,1) cover the row and the column of (1,1), but their own lines then hold one
    // suppressed cell each, so they are recovered first, and (1,1) after them.
    const problems = auditTable(
      t,
      suppressing(t, [
        [1, 1],
        [1, 0],
        [0, 1],
      ]),
    ).problems;
    expect(problems).toEqual([expect.objectContaining({ cell: [1, 1], lower: 2, upper: 2 })]);
  });

  it('catches a small cell narrowed to small counts without being recovered exactly', () => {
    // x(0,0) ≥ row total 4 − column total 1 = 3, and x(0,0) ≤ 4: it is 3 or 4.
    const small = table([
      [3, 1],
      [2, 0],
    ]);
    const cells: [number, number][] = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const problems = auditTable(small, suppressing(small, cells)).problems;
    expect(problems).toContainEqual({
      cell: [0, 0],
      lower: 3,
      upper: 4,
      reason: 'known from the published figures to be between 3 and 4, a count from 1 to 4',
    });
  });

  it('reports small totals that are published', () => {
    const small = table([
      [3, 0],
      [0, 30],
    ]);
    const p = suppressing(small, [[0, 0]]);
    expect(auditTable(small, p).problems).toContainEqual(
      expect.objectContaining({ cell: [0, -1], lower: 3, upper: 3 }),
    );
  });

  it('reports a published figure that differs from the original', () => {
    const p = protectTable(t);
    const altered = { ...p, total: 999 };
    expect(auditTable(t, altered).problems).toContainEqual(
      expect.objectContaining({ cell: [-1, -1], reason: 'published as 999, but the count is 213' }),
    );
  });

  it('accepts a cell whose range reaches 0, even if it cannot reach k', () => {
    const small = table([
      [2, 10],
      [10, 30],
    ]);
    // x(0,0) = 2 + t, t from −2 to 10.
    const p = suppressing(small, [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(auditTable(small, p).safe).toBe(true);
  });

  it('refuses a publication of another shape', () => {
    expect(() => auditTable(t, { ...protectTable(t), rowTotals: [1] })).toThrow(
      expect.objectContaining({ code: 'shape_mismatch' }),
    );
  });
});
