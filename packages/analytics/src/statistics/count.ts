// The counting loop behind every cross-tab: one pass over the selected rows, front to back. The
// table keeps the rows of one victim together, so a figure counts a victim when the victim differs
// from the last one it counted — exact distinct counts without a set per figure.
import { NO_VICTIM, type FactTable } from './fact-table';
import type { Keys } from './keys';

/** Incidents and distinct victims per key of one dimension. */
export interface Margin {
  readonly incidents: Int32Array;
  readonly victims: Int32Array;
}

/** Incidents and distinct victims per (row key, column key) pair that occurs. */
export interface CellCounts {
  /** Incidents and victims of a pair, or null when no selected incident holds it. */
  get(row: number, column: number): { incidents: number; victims: number } | null;
}

/** Everything one counting pass yields, by key. */
export interface Counts {
  readonly rows: Margin;
  readonly columns: Margin | null;
  readonly cells: CellCounts | null;
  readonly total: { readonly incidents: number; readonly victims: number };
}

/**
 * Above this many possible cells, cells are kept in a map (facility × facility, say); below it, in
 * flat typed arrays, which is what keeps a million-incident count within a frame budget.
 */
export const DENSE_CELL_LIMIT = 1 << 20;

class MarginCounter {
  readonly incidents: Int32Array;
  readonly victims: Int32Array;
  private readonly last: Int32Array;
  constructor(size: number) {
    this.incidents = new Int32Array(size);
    this.victims = new Int32Array(size);
    this.last = new Int32Array(size).fill(NO_VICTIM);
  }
  add(key: number, victim: number): void {
    this.incidents[key] = (this.incidents[key] as number) + 1;
    if (victim !== NO_VICTIM && this.last[key] !== victim) {
      this.last[key] = victim;
      this.victims[key] = (this.victims[key] as number) + 1;
    }
  }
}

class SparseCells implements CellCounts {
  private readonly slotOf = new Map<number, number>();
  private readonly incidents: number[] = [];
  private readonly victims: number[] = [];
  private readonly last: number[] = [];
  constructor(private readonly width: number) {}
  add(key: number, victim: number): void {
    let slot = this.slotOf.get(key);
    if (slot === undefined) {
      slot = this.incidents.length;
      this.slotOf.set(key, slot);
      this.incidents.push(0);
      this.victims.push(0);
      this.last.push(NO_VICTIM);
    }
    this.incidents[slot] = (this.incidents[slot] as number) + 1;
    if (victim !== NO_VICTIM && this.last[slot] !== victim) {
      this.last[slot] = victim;
      this.victims[slot] = (this.victims[slot] as number) + 1;
    }
  }
  get(row: number, column: number): { incidents: number; victims: number } | null {
    const slot = this.slotOf.get(row * this.width + column);
    if (slot === undefined) return null;
    return { incidents: this.incidents[slot] as number, victims: this.victims[slot] as number };
  }
}

class DenseCells implements CellCounts {
  private readonly counter: MarginCounter;
  constructor(
    private readonly width: number,
    height: number,
  ) {
    this.counter = new MarginCounter(width * height);
  }
  add(key: number, victim: number): void {
    this.counter.add(key, victim);
  }
  get(row: number, column: number): { incidents: number; victims: number } | null {
    const key = row * this.width + column;
    const incidents = this.counter.incidents[key] as number;
    return incidents === 0 ? null : { incidents, victims: this.counter.victims[key] as number };
  }
}

/** Counts the selected rows of a table by one or two dimensions. */
export const countBy = (
  table: FactTable,
  selected: Uint8Array,
  rowKeys: Keys,
  columnKeys: Keys | null,
  denseLimit = DENSE_CELL_LIMIT,
): Counts => {
  const rows = new MarginCounter(rowKeys.cardinality);
  const columns = columnKeys && new MarginCounter(columnKeys.cardinality);
  const width = columnKeys?.cardinality ?? 0;
  const cells =
    columnKeys === null
      ? null
      : rowKeys.cardinality * width <= denseLimit
        ? new DenseCells(width, rowKeys.cardinality)
        : new SparseCells(width);
  const victims = table.victims;
  const { offsets: rowOffsets, codes: rowCodes } = rowKeys;
  const columnOffsets = columnKeys?.offsets ?? null;
  const columnCodes = columnKeys?.codes ?? new Int32Array(0);
  let incidents = 0;
  let victimCount = 0;
  let lastVictim = NO_VICTIM;
  for (let i = 0; i < table.size; i++) {
    if (selected[i] === 0) continue;
    const victim = victims[i] as number;
    incidents++;
    if (victim !== NO_VICTIM && victim !== lastVictim) {
      lastVictim = victim;
      victimCount++;
    }
    const rowStart = rowOffsets === null ? i : (rowOffsets[i] as number);
    const rowEnd = rowOffsets === null ? i + 1 : (rowOffsets[i + 1] as number);
    for (let a = rowStart; a < rowEnd; a++) rows.add(rowCodes[a] as number, victim);
    if (columns === null || cells === null) continue;
    const columnStart = columnOffsets === null ? i : (columnOffsets[i] as number);
    const columnEnd = columnOffsets === null ? i + 1 : (columnOffsets[i + 1] as number);
    for (let b = columnStart; b < columnEnd; b++) columns.add(columnCodes[b] as number, victim);
    for (let a = rowStart; a < rowEnd; a++) {
      const base = (rowCodes[a] as number) * width;
      for (let b = columnStart; b < columnEnd; b++) {
        cells.add(base + (columnCodes[b] as number), victim);
      }
    }
  }
  return {
    rows,
    columns,
    cells,
    total: { incidents, victims: victimCount },
  };
};
