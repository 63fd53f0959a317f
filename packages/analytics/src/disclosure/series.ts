// One-way lists of counts with a published total (incidents per year on a public page, say). One
// suppressed count would be the total minus the rest, so a second one — or the total — goes too.
import { auditModel } from './audit-model';
import { DisclosureError, DisclosureErrorCode } from './errors';
import { checkCounts, checkThreshold, type LinearModel } from './model';
import { suppress } from './suppress';
import { DEFAULT_K, type DisclosureOptions } from './table';

/** The position of the total in a series' primary, complementary and problem lists. */
export const SERIES_TOTAL = -1;

/** A series as it may be published: suppressed figures are null. */
export interface ProtectedSeries {
  readonly labels: readonly string[];
  /** The counts, null where suppressed. */
  readonly values: readonly (number | null)[];
  readonly total: number | null;
  /** Indexes suppressed as counts from 1 to k − 1; SERIES_TOTAL for the total. */
  readonly primary: readonly number[];
  /** Indexes suppressed so that the primary ones cannot be worked out; SERIES_TOTAL for the total. */
  readonly complementary: readonly number[];
}

/** The auditor's verdict on a series; `index` is SERIES_TOTAL for the total. */
export interface SeriesAuditResult {
  readonly safe: boolean;
  readonly problems: readonly {
    readonly index: number;
    readonly lower: number;
    readonly upper: number;
    readonly reason: string;
  }[];
}

const modelOf = (values: readonly number[]): LinearModel => {
  checkCounts(values);
  const members = values.map((_, i) => i);
  return {
    values: [...values, values.reduce((s, v) => s + v, 0)],
    equations: [{ members, total: values.length }],
  };
};

const indexOf = (entry: number, length: number): number =>
  entry === length ? SERIES_TOTAL : entry;

/**
 * The series with every count from 1 to k − 1 suppressed, the total too when it is one, and a
 * second figure (the smallest other non-zero count, else the total) when one suppressed count could
 * be recovered from the total. Throws a DisclosureError when labels and values differ in length.
 */
export const protectSeries = (
  values: readonly number[],
  labels: readonly string[],
  options: DisclosureOptions = {},
): ProtectedSeries => {
  const k = options.k ?? DEFAULT_K;
  checkThreshold(k);
  if (labels.length !== values.length) {
    throw new DisclosureError(DisclosureErrorCode.shapeMismatch, 'one label per value');
  }
  const model = modelOf(values);
  const { primary, complementary } = suppress(model, k);
  const hidden = new Set([...primary, ...complementary]);
  const n = values.length;
  return {
    labels: [...labels],
    values: values.map((v, i) => (hidden.has(i) ? null : v)),
    total: hidden.has(n) ? null : (model.values[n] as number),
    primary: primary.map((e) => indexOf(e, n)),
    complementary: complementary.map((e) => indexOf(e, n)),
  };
};

/** Checks a published series against the original counts, as auditTable does for tables. */
export const auditSeries = (
  original: readonly number[],
  published: ProtectedSeries,
  options: DisclosureOptions = {},
): SeriesAuditResult => {
  const k = options.k ?? DEFAULT_K;
  checkThreshold(k);
  if (published.values.length !== original.length) {
    throw new DisclosureError(
      DisclosureErrorCode.shapeMismatch,
      'the publication does not have the length of the original',
    );
  }
  const problems = auditModel(modelOf(original), [...published.values, published.total], k).map(
    ({ entry, lower, upper, reason }) => ({
      index: indexOf(entry, original.length),
      lower,
      upper,
      reason,
    }),
  );
  return { safe: problems.length === 0, problems };
};
