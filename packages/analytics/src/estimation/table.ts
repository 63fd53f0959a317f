import { EstimationError, EstimationErrorCode } from './errors';

/**
 * People counted by the combination of lists they appear on. Pattern p is a bit mask: bit j set
 * means "on list j". `counts[p]` is the number of people with exactly that pattern, for every
 * p from 1 to 2^J − 1; `counts[0]`, the people on no list, is unknown and always 0 here.
 */
export interface CaptureTable {
  /** List names in column order; bit j of a pattern stands for `lists[j]`. */
  readonly lists: readonly string[];
  /** Length 2^J, indexed by pattern; index 0 is 0. */
  readonly counts: readonly number[];
}

/** One row of a pattern table as read: a 0/1 flag per list and how many people have it. */
export interface PatternRow {
  readonly pattern: readonly (0 | 1)[];
  readonly count: number;
}

/** The most lists a table may have (2^20 patterns); the methods themselves allow fewer. */
export const MAX_LISTS = 20;

const invalid = (message: string) => new EstimationError(EstimationErrorCode.invalidTable, message);

/** The pattern of a row as "1,0,1" for messages. */
const patternText = (pattern: readonly number[]): string => pattern.join(',');

/**
 * Builds a table from rows. Refuses rows that mark no list (the unobserved cell is what is
 * estimated), patterns that appear twice, counts that are not whole numbers ≥ 0, and rows of
 * the wrong width. Patterns not given count 0.
 */
export const captureTable = (
  lists: readonly string[],
  rows: readonly PatternRow[],
): CaptureTable => {
  const J = lists.length;
  if (J < 1) throw invalid('a pattern table needs at least one list column');
  if (J > MAX_LISTS) throw invalid(`a pattern table may have at most ${MAX_LISTS} lists, got ${J}`);
  if (new Set(lists).size !== J) throw invalid('two list columns have the same name');
  const counts = new Array<number>(2 ** J).fill(0);
  const seen = new Set<number>();
  rows.forEach((row, i) => {
    const where = `row ${i + 1}`;
    if (row.pattern.length !== J) {
      throw invalid(`${where} has ${row.pattern.length} list flags, the table has ${J} lists`);
    }
    if (!Number.isInteger(row.count) || row.count < 0) {
      throw invalid(`${where}: the count must be a whole number ≥ 0, got ${row.count}`);
    }
    let p = 0;
    row.pattern.forEach((flag, j) => {
      if (flag === 1) p |= 1 << j;
    });
    if (p === 0) {
      throw new EstimationError(
        EstimationErrorCode.allZeroPattern,
        `${where} (${patternText(row.pattern)}) marks no list: leave out the people on no list, they are what is estimated`,
      );
    }
    if (seen.has(p)) {
      throw new EstimationError(
        EstimationErrorCode.duplicatePattern,
        `${where}: the pattern ${patternText(row.pattern)} appears twice (if each row is one person, read the file without a count column)`,
      );
    }
    seen.add(p);
    counts[p] = row.count;
  });
  return { lists: [...lists], counts };
};

/** The number of lists J. */
export const listCount = (table: CaptureTable): number => table.lists.length;

/** Everyone observed: the sum over all patterns. */
export const observedTotal = (table: CaptureTable): number => {
  let n = 0;
  for (const c of table.counts) n += c;
  return n;
};

/** The number of lists set in a pattern. */
export const bitCount = (p: number): number => {
  let x = p - ((p >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** People on each list (the column sums). */
export const listSizes = (table: CaptureTable): number[] =>
  table.lists.map((_, j) => table.counts.reduce((sum, c, p) => ((p >>> j) & 1 ? sum + c : sum), 0));

/** People on two lists or more. */
export const overlapTotal = (table: CaptureTable): number =>
  table.counts.reduce((sum, c, p) => (bitCount(p) >= 2 ? sum + c : sum), 0);

/** A table of the given strata summed cell by cell (same lists in the same order). */
export const sumTables = (tables: readonly CaptureTable[]): CaptureTable => {
  const first = tables[0];
  if (first === undefined) throw invalid('no tables to add up');
  const counts = new Array<number>(first.counts.length).fill(0);
  for (const t of tables) t.counts.forEach((c, p) => (counts[p] = (counts[p] ?? 0) + c));
  return { lists: first.lists, counts };
};
