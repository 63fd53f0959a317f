import type { EstimateFigure, EstimateResult, StratumResult } from './run';

/**
 * The figures of a run as the page, the chart and the results CSV show them: whole people, the
 * interval widened outwards (never narrower than computed), the undocumented as what the
 * estimate adds to the documented. Pure.
 */

/** A figure in whole people: estimate rounded, interval floored and ceiled; Infinity kept. */
export interface RoundedFigure {
  readonly documented: number;
  readonly estimate: number;
  readonly interval: readonly [number, number];
  /** Estimated people no list documented, with its interval (never below 0). */
  readonly undocumented: number;
  readonly undocumentedInterval: readonly [number, number];
}

const up = (x: number): number => (Number.isFinite(x) ? Math.ceil(x) : Infinity);

export const roundFigure = (figure: EstimateFigure): RoundedFigure => {
  const documented = figure.observed;
  const estimate = Math.round(figure.estimate);
  const lo = Math.floor(figure.interval[0]);
  const hi = up(figure.interval[1]);
  return {
    documented,
    estimate,
    interval: [lo, hi],
    undocumented: Math.max(0, estimate - documented),
    undocumentedInterval: [Math.max(0, lo - documented), Math.max(0, hi - documented)],
  };
};

/** A whole number in the reader's locale; Infinity as ∞. */
export const formatCount = (locale: string, x: number): string =>
  Number.isFinite(x) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(x) : '∞';

/** "1,203–1,590". */
export const formatInterval = (locale: string, interval: readonly [number, number]): string =>
  `${formatCount(locale, interval[0])}–${formatCount(locale, interval[1])}`;

/** A share as a percentage, e.g. 0.372 → "37 %" (locale's own spacing). */
export const formatShare = (locale: string, share: number): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** One bar group of the chart: the documented, and the estimate with its interval if there is one. */
export interface ChartRow {
  readonly key: string;
  readonly stratum: string | null;
  /** True for the row that adds the estimated strata up. */
  readonly total: boolean;
  readonly documented: number;
  readonly figure: RoundedFigure | null;
}

/**
 * The chart's rows: each stratum in the answer's order (an estimate or documented only, when it
 * was skipped or failed), and, when more than one stratum was estimated, their total last.
 */
export const chartRows = (result: EstimateResult): ChartRow[] => {
  const rows: ChartRow[] = result.strata.map((s: StratumResult, i) => ({
    key: `s${i}`,
    stratum: s.stratum,
    total: false,
    documented: s.status === 'estimated' ? s.figure.observed : s.observed,
    figure: s.status === 'estimated' ? roundFigure(s.figure) : null,
  }));
  if (result.total !== null && result.strata.length > 1) {
    rows.push({
      key: 'total',
      stratum: null,
      total: true,
      documented: result.total.observed,
      figure: roundFigure(result.total),
    });
  }
  return rows;
};

/** The largest value the chart must reach: the highest finite upper end, or estimate, or count. */
export const chartMax = (rows: readonly ChartRow[]): number =>
  Math.max(
    1,
    ...rows.map((r) =>
      Math.max(
        r.documented,
        r.figure?.estimate ?? 0,
        Number.isFinite(r.figure?.interval[1]) ? (r.figure?.interval[1] ?? 0) : 0,
      ),
    ),
  );

/** Words for the results CSV, in the reader's language. */
export interface ResultCsvLabels {
  readonly stratum: string;
  readonly documented: string;
  readonly estimate: string;
  readonly lower: string;
  readonly upper: string;
  readonly undocumented: string;
  readonly status: string;
  readonly stratumLabel: (stratum: string | null, total: boolean) => string;
  readonly statusLabel: (row: ChartRow) => string;
}

/** The chart's table as CSV rows: one per row of the chart, figures in whole people; ∞ as "Inf". */
export const resultCsvRows = (
  rows: readonly ChartRow[],
  labels: ResultCsvLabels,
): (string | number)[][] => {
  const n = (x: number | undefined): string | number =>
    x === undefined ? '' : Number.isFinite(x) ? x : 'Inf';
  return [
    [
      labels.stratum,
      labels.documented,
      labels.estimate,
      labels.lower,
      labels.upper,
      labels.undocumented,
      labels.status,
    ],
    ...rows.map((r) => [
      labels.stratumLabel(r.stratum, r.total),
      r.documented,
      n(r.figure?.estimate),
      n(r.figure?.interval[0]),
      n(r.figure?.interval[1]),
      n(r.figure?.undocumented),
      labels.statusLabel(r),
    ]),
  ];
};

/**
 * A log-linear model's generating class with list names for codes: "[A,B][C]" with
 * "Interview, Court records" for "A,B". Anything that is not a bracketed list is kept.
 */
export const modelNameWith = (name: string, label: (code: string) => string): string =>
  name.replace(
    /\[([^\]]*)\]/g,
    (_, inner: string) =>
      `[${inner
        .split(',')
        .map((code) => label(code))
        .join(' × ')}]`,
  );
