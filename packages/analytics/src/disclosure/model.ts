// A published table as a linear model: entries (cells and totals) and the equations that tie
// them — each total is the sum of its members. Two-way tables with margins and one-way series
// with a total are both such models, so one auditor and one suppression routine serve both.
import { DisclosureError, DisclosureErrorCode } from './errors';

/** One published sum: the entry `total` equals the sum of the entries `members`. */
export interface Equation {
  readonly members: readonly number[];
  readonly total: number;
}

/** Entries and the published sums over them. */
export interface LinearModel {
  /** The true value of each entry. */
  readonly values: readonly number[];
  readonly equations: readonly Equation[];
}

/** The values of a model's entries, null where suppressed. */
export type Publication = readonly (number | null)[];

/** The equations each entry takes part in, as a member or as the total. */
export const equationsByEntry = (model: LinearModel): number[][] => {
  const byEntry: number[][] = model.values.map(() => []);
  model.equations.forEach((e, index) => {
    for (const entry of [...e.members, e.total]) byEntry[entry]?.push(index);
  });
  return byEntry;
};

/** Throws a DisclosureError unless the threshold is a whole number of at least 1. */
export const checkThreshold = (k: number): void => {
  if (!Number.isInteger(k) || k < 1) {
    throw new DisclosureError(
      DisclosureErrorCode.invalidThreshold,
      `k must be a whole number ≥ 1, not ${k}`,
    );
  }
};

/** Throws a DisclosureError unless every count is a non-negative whole number. */
export const checkCounts = (values: readonly number[]): void => {
  for (const v of values) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new DisclosureError(
        DisclosureErrorCode.invalidCount,
        `counts are whole numbers ≥ 0, not ${v}`,
      );
    }
  }
};

/** Whether a true value must not be published: a count from 1 to k − 1. */
export const isSensitive = (value: number, k: number): boolean => value >= 1 && value < k;
