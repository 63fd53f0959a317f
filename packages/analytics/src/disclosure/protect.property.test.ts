import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditSeries, protectSeries, SERIES_TOTAL } from './series';
import { auditTable, protectTable, type Table2D } from './table';

/** Counts 0–30, with small ones (the interesting case) about half the time. */
const arbCount = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 }));

const arbTable: fc.Arbitrary<Table2D> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([m, n]) =>
    fc.array(fc.array(arbCount, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
  )
  .map((values) => ({
    rows: values.map((_, i) => `r${i}`),
    columns: (values[0] ?? []).map((_, j) => `c${j}`),
    values,
  }));

const arbK = fc.integer({ min: 1, max: 10 });

const isSmall = (v: number | null | undefined, k: number) => v != null && v >= 1 && v < k;

describe('protectTable on random tables', () => {
  it('gives a publication the auditor accepts', () => {
    fc.assert(
      fc.property(arbTable, arbK, (t, k) => {
        expect(auditTable(t, protectTable(t, { k }), { k })).toEqual({ safe: true, problems: [] });
      }),
      { numRuns: 400 },
    );
  });

  it('publishes every figure as it is and no count from 1 to k − 1, totals included', () => {
    fc.assert(
      fc.property(arbTable, arbK, (t, k) => {
        const p = protectTable(t, { k });
        const rowTotals = t.values.map((row) => row.reduce((s, v) => s + v, 0));
        const columnTotals = t.columns.map((_, j) =>
          t.values.reduce((s, row) => s + (row[j] as number), 0),
        );
        const total = rowTotals.reduce((s, v) => s + v, 0);
        const pairs: [number | null, number][] = [
          ...p.values.flatMap((row, i) =>
            row.map((v, j): [number | null, number] => [v, t.values[i]?.[j] as number]),
          ),
          ...p.rowTotals.map((v, i): [number | null, number] => [v, rowTotals[i] as number]),
          ...p.columnTotals.map((v, j): [number | null, number] => [v, columnTotals[j] as number]),
          [p.total, total],
        ];
        for (const [shown, value] of pairs) {
          if (shown !== null) expect(shown).toBe(value);
          if (isSmall(value, k)) expect(shown).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('lists as primary exactly the small figures, and as complementary only other suppressed ones', () => {
    fc.assert(
      fc.property(arbTable, arbK, (t, k) => {
        const p = protectTable(t, { k });
        const smallCells = t.values.flatMap((row, i) =>
          row.flatMap((v, j) => (isSmall(v, k) ? [[i, j]] : [])),
        );
        expect(p.primary.filter(([i, j]) => i >= 0 && j >= 0)).toEqual(smallCells);
        const valueAt = ([i, j]: readonly [number, number]) =>
          i >= 0 && j >= 0
            ? p.values[i]?.[j]
            : i >= 0
              ? p.rowTotals[i]
              : j >= 0
                ? p.columnTotals[j]
                : p.total;
        for (const position of [...p.primary, ...p.complementary])
          expect(valueAt(position)).toBeNull();
        const keys = (list: readonly (readonly number[])[]) => list.map((x) => x.join());
        expect(keys(p.complementary).filter((x) => keys(p.primary).includes(x))).toEqual([]);
        const suppressed = [...p.values.flat(), ...p.rowTotals, ...p.columnTotals, p.total].filter(
          (v) => v === null,
        ).length;
        expect(p.primary.length + p.complementary.length).toBe(suppressed);
      }),
      { numRuns: 300 },
    );
  });

  it('catches the publication that suppresses only the small cells, whenever it gives one away', () => {
    fc.assert(
      fc.property(arbTable, arbK, (t, k) => {
        const hideSmall = (v: number) => (isSmall(v, k) ? null : v);
        const rowTotals = t.values.map((row) => row.reduce((s, v) => s + v, 0));
        const columnTotals = t.columns.map((_, j) =>
          t.values.reduce((s, row) => s + (row[j] as number), 0),
        );
        const naive = {
          rows: t.rows,
          columns: t.columns,
          values: t.values.map((row) => row.map(hideSmall)),
          rowTotals: rowTotals.map(hideSmall),
          columnTotals: columnTotals.map(hideSmall),
          total: hideSmall(rowTotals.reduce((s, v) => s + v, 0)),
          primary: [],
          complementary: [],
        };
        // A row holding a single suppressed cell and a published total gives that cell away.
        const lone = t.values.findIndex(
          (row, i) => row.filter((v) => isSmall(v, k)).length === 1 && naive.rowTotals[i] !== null,
        );
        if (lone < 0) return;
        const j = (t.values[lone] as number[]).findIndex((v) => isSmall(v, k));
        const value = t.values[lone]?.[j] as number;
        const audit = auditTable(t, naive, { k });
        expect(audit.safe).toBe(false);
        expect(audit.problems).toContainEqual(
          expect.objectContaining({ cell: [lone, j], lower: value, upper: value }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('protectSeries on random series', () => {
  it('gives a publication the auditor accepts, every shown figure true and none small', () => {
    fc.assert(
      fc.property(fc.array(arbCount, { maxLength: 12 }), arbK, (values, k) => {
        const p = protectSeries(values, values.map(String), { k });
        expect(auditSeries(values, p, { k })).toEqual({ safe: true, problems: [] });
        const total = values.reduce((s, v) => s + v, 0);
        values.forEach((v, i) => {
          if (p.values[i] !== null) expect(p.values[i]).toBe(v);
          if (isSmall(v, k)) expect(p.values[i]).toBeNull();
        });
        if (p.total !== null) expect(p.total).toBe(total);
        if (isSmall(total, k)) expect(p.primary).toContain(SERIES_TOTAL);
      }),
      { numRuns: 400 },
    );
  });
});
