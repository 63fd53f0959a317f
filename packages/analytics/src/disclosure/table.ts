// Two-way tables of counts with row, column and grand totals, as published on dashboards and in
// statistical annexes: protection by cell suppression, and the audit that proves it.
import { auditModel } from './audit-model';
import { DisclosureError, DisclosureErrorCode } from './errors';
import { checkCounts, checkThreshold, isSensitive, type Equation, type LinearModel } from './model';
import { suppress } from './suppress';

/** Counts, rows × columns, non-negative integers. */
export interface Table2D {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/**
 * Where a figure sits in the table with its margins: [row, column] for a cell, [row, −1] for a
 * row total, [−1, column] for a column total and [−1, −1] for the grand total.
 */
export type TablePosition = readonly [row: number, column: number];

/** A table as it may be published: suppressed figures are null, with why each was suppressed. */
export interface ProtectedTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** The counts, null where suppressed. */
  readonly values: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly columnTotals: readonly (number | null)[];
  readonly total: number | null;
  /** Figures suppressed because they are counts from 1 to k − 1 (cells and totals). */
  readonly primary: readonly TablePosition[];
  /** Figures suppressed so that the primary ones cannot be worked out from the rest. */
  readonly complementary: readonly TablePosition[];
}

/**
 * How many distinct people each figure of a table of other counts (e.g. incidents) is about. A
 * figure about 1 to k − 1 people is sensitive however large its own count: five incidents of
 * one victim describe one person.
 */
export interface PeopleCounts {
  readonly values: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly total: number;
}

/** Settings of protection and audit. */
export interface DisclosureOptions {
  /** The threshold: counts from 1 to k − 1 are not published. Default 5. */
  readonly k?: number;
  /**
   * People behind each figure, when the table counts something else: figures about 1 to k − 1
   * people are suppressed too, and must not be recoverable exactly.
   */
  readonly people?: PeopleCounts;
}

/** Model entries (cells row by row, row totals, column totals, total) about too few people. */
const flaggedBy = (people: PeopleCounts | undefined, k: number, m: number, n: number) => {
  const flagged = new Set<number>();
  if (people === undefined) return flagged;
  const counts = [
    ...people.values.flat(),
    ...people.rowTotals,
    ...people.columnTotals,
    people.total,
  ];
  if (counts.length !== m * n + m + n + 1) {
    throw new DisclosureError(
      DisclosureErrorCode.shapeMismatch,
      'people counts must have the shape of the table',
    );
  }
  counts.forEach((c, i) => {
    if (isSensitive(c, k)) flagged.add(i);
  });
  return flagged;
};

/** A figure the publication gives away, and what can be inferred about it. */
export interface AuditProblem {
  readonly cell: TablePosition;
  /** The range of values the figure can take given everything published. */
  readonly lower: number;
  readonly upper: number;
  readonly reason: string;
}

/** The auditor's verdict: safe when there is no problem. */
export interface AuditResult {
  readonly safe: boolean;
  readonly problems: readonly AuditProblem[];
}

/** The threshold when none is given: counts from 1 to 4 are not published. */
export const DEFAULT_K = 5;

/**
 * The table as a linear model. Entries: cells row by row, then row totals, column totals and the
 * grand total; equations: each row, each column, and the grand total as the sum of the row totals
 * and of the column totals.
 */
const modelOf = (table: Table2D): LinearModel => {
  const m = table.rows.length;
  const n = table.columns.length;
  if (table.values.length !== m || table.values.some((row) => row.length !== n)) {
    throw new DisclosureError(DisclosureErrorCode.shapeMismatch, 'values must be rows × columns');
  }
  const cells = table.values.flat();
  checkCounts(cells);
  const rowTotals = table.values.map((row) => row.reduce((s, v) => s + v, 0));
  const columnTotals = table.columns.map((_, j) =>
    table.values.reduce((s, row) => s + (row[j] as number), 0),
  );
  const total = rowTotals.reduce((s, v) => s + v, 0);
  const range = (length: number, from: number): number[] =>
    Array.from({ length }, (_, i) => from + i);
  const rowTotal = m * n;
  const columnTotal = rowTotal + m;
  const grand = columnTotal + n;
  const equations: Equation[] = [
    ...range(m, 0).map((i) => ({ members: range(n, i * n), total: rowTotal + i })),
    ...range(n, 0).map((j) => ({
      members: range(m, 0).map((i) => i * n + j),
      total: columnTotal + j,
    })),
    { members: range(m, rowTotal), total: grand },
    { members: range(n, columnTotal), total: grand },
  ];
  return { values: [...cells, ...rowTotals, ...columnTotals, total], equations };
};

const positionOf = (entry: number, m: number, n: number): TablePosition => {
  if (entry < m * n) return [Math.floor(entry / n), entry % n];
  if (entry < m * n + m) return [entry - m * n, -1];
  if (entry < m * n + m + n) return [-1, entry - m * n - m];
  return [-1, -1];
};

/** The published figures of a protected table, in model order. */
const publicationOf = (table: ProtectedTable): (number | null)[] => [
  ...table.values.flat(),
  ...table.rowTotals,
  ...table.columnTotals,
  table.total,
];

/**
 * The table with every count from 1 to k − 1 suppressed (totals too), and enough other figures
 * suppressed that none of those can be worked out; zeros are published. The auditor always
 * accepts the result. Throws a DisclosureError for a table that is not rows × columns of whole
 * non-negative counts, or a threshold that is not a whole number of at least 1.
 */
export const protectTable = (table: Table2D, options: DisclosureOptions = {}): ProtectedTable => {
  const k = options.k ?? DEFAULT_K;
  checkThreshold(k);
  const model = modelOf(table);
  const m = table.rows.length;
  const n = table.columns.length;
  const { primary, complementary } = suppress(model, k, flaggedBy(options.people, k, m, n));
  const hidden = new Set([...primary, ...complementary]);
  const shown = model.values.map((v, i) => (hidden.has(i) ? null : v));
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    values: Array.from({ length: m }, (_, i) => shown.slice(i * n, (i + 1) * n)),
    rowTotals: shown.slice(m * n, m * n + m),
    columnTotals: shown.slice(m * n + m, m * n + m + n),
    total: shown[m * n + m + n] ?? null,
    primary: primary.map((e) => positionOf(e, m, n)),
    complementary: complementary.map((e) => positionOf(e, m, n)),
  };
};

/**
 * Checks a publication against the original table. For each suppressed figure whose true count is
 * from 1 to k − 1, the exact range of values consistent with everything published (whole,
 * non-negative counts; computed by linear programming) must reach 0 or k: a range within 1 … k − 1
 * — a single recovered value above all — shows a small group is there. Also reports published
 * small counts and published figures that differ from the original.
 */
export const auditTable = (
  original: Table2D,
  published: ProtectedTable,
  options: DisclosureOptions = {},
): AuditResult => {
  const k = options.k ?? DEFAULT_K;
  checkThreshold(k);
  const model = modelOf(original);
  const m = original.rows.length;
  const n = original.columns.length;
  if (
    published.values.length !== m ||
    published.values.some((row) => row.length !== n) ||
    published.rowTotals.length !== m ||
    published.columnTotals.length !== n
  ) {
    throw new DisclosureError(
      DisclosureErrorCode.shapeMismatch,
      'the publication does not have the shape of the original',
    );
  }
  const flagged = flaggedBy(options.people, k, m, n);
  const problems = auditModel(model, publicationOf(published), k, flagged).map(
    ({ entry, lower, upper, reason }) => ({ cell: positionOf(entry, m, n), lower, upper, reason }),
  );
  return { safe: problems.length === 0, problems };
};
