import { ratesOf, type CrossTab, type Measure } from '@vigil/analytics';
import {
  RATE_DIMENSIONS,
  RATE_UNITS,
  rateDenominatorLabel,
  type RateBasis,
  type RateFigure,
  type StatDimension,
  type StatsResponse,
  type statsQuerySchema,
} from '@vigil/core';
import type { z } from 'zod';

type Query = z.output<typeof statsQuerySchema>;

/**
 * What a denominator is made of: a facility of the register with its capacity, or a documented
 * detention with its facility and days. Type and region are the facility's (null when unknown).
 */
export interface DenominatorUnit {
  readonly facility: string | null;
  readonly type: string | null;
  readonly region: string | null;
  /** Places for capacity (null when the register states none), 1 for a detention. */
  readonly weight: number | null;
  /** First and last ISO day of a detention (null: not known, or ongoing for the end). */
  readonly start?: string | null;
  readonly end?: string | null;
}

const ALL = '\u0000';
const keyOf = (row: string, column: string): string => JSON.stringify([row, column]);

/** First and last ISO day of a period label of a time dimension. */
const boundsOf = (label: string): readonly [string, string] => {
  if (/^\d{4}$/.test(label)) return [`${label}-01-01`, `${label}-12-31`];
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  const [year, first, last] =
    quarter !== null
      ? [Number(quarter[1]), Number(quarter[2]) * 3 - 2, Number(quarter[2]) * 3]
      : [Number(label.slice(0, 4)), Number(label.slice(5, 7)), Number(label.slice(5, 7))];
  const days = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(days)}`];
};

const isTime = (d: StatDimension): boolean => d === 'month' || d === 'quarter' || d === 'year';

/** Whether a unit's days reach into [from, to]; a unit with no day at all reaches none. */
const overlaps = (u: DenominatorUnit, from: string, to: string): boolean => {
  const start = u.start ?? null;
  const end = u.end ?? null;
  if (start === null && end === null) return false;
  return (start === null || start <= to) && (end === null || end >= from);
};

const placeOf = (u: DenominatorUnit, d: StatDimension): string | null =>
  d === 'facility' ? u.facility : d === 'facility-type' ? u.type : u.region;

/**
 * The denominators of a query, summed once over the units: by row value and, when the column
 * dimension divides the denominator too, by column value; with the totals of each. Units are
 * kept to the query's place filters (facility, type, region) and, for detentions, to its period
 * and time filters; other filters (method, sex, …) narrow only the counts.
 */
const denominatorsOf = (
  tab: CrossTab,
  query: Query,
  basis: RateBasis,
  units: DenominatorUnit[],
) => {
  const dims = RATE_DIMENSIONS[basis];
  const columnsUsed = query.columns !== undefined && dims.includes(query.columns);
  const axes = new Map<StatDimension, { label: string; from: string; to: string }[]>();
  const axisOf = (d: StatDimension, labels: readonly (string | null)[]) => {
    if (isTime(d)) {
      axes.set(
        d,
        labels.flatMap((label) => {
          if (label === null) return [];
          const [from, to] = boundsOf(label);
          return [{ label, from, to }];
        }),
      );
    }
  };
  axisOf(query.rows, tab.rows);
  if (columnsUsed && query.columns !== undefined) axisOf(query.columns, tab.columns);
  const valuesOf = (u: DenominatorUnit, d: StatDimension): (string | null)[] => {
    const axis = axes.get(d);
    if (axis === undefined) return [placeOf(u, d)];
    return axis.filter((p) => overlaps(u, p.from, p.to)).map((p) => p.label);
  };
  const filters = Object.entries(query.filter ?? {}).filter(([d]) =>
    dims.includes(d as StatDimension),
  ) as [StatDimension, (string | null)[]][];
  const passes = (u: DenominatorUnit): boolean => {
    if ((query.from !== undefined || query.to !== undefined) && basis === 'detentions') {
      if (!overlaps(u, query.from ?? '0000-01-01', query.to ?? '9999-12-31')) return false;
    }
    return filters.every(([d, listed]) => {
      if (!isTime(d)) return listed.includes(placeOf(u, d));
      return listed.some((label) =>
        label === null
          ? (u.start ?? null) === null && (u.end ?? null) === null
          : overlaps(u, ...boundsOf(label)),
      );
    });
  };
  const sums = new Map<string, { sum: number; missing: number }>();
  for (const u of units) {
    if (!passes(u)) continue;
    const rows = [...valuesOf(u, query.rows).filter((v) => v !== null), ALL] as string[];
    const columns =
      columnsUsed && query.columns !== undefined
        ? ([...valuesOf(u, query.columns).filter((v) => v !== null), ALL] as string[])
        : [ALL];
    for (const r of rows) {
      for (const c of columns) {
        const key = keyOf(r, c);
        const entry = sums.get(key) ?? { sum: 0, missing: 0 };
        if (u.weight === null) entry.missing += 1;
        else entry.sum += u.weight;
        sums.set(key, entry);
      }
    }
  }
  /** The denominator and the units lacking one, for a row and column value (ALL for every). */
  return (row: string | null, column: string | null): { sum?: number; missing: number } => {
    const r = row;
    const c = columnsUsed ? column : ALL;
    if (r === null || c === null) return { missing: 0 };
    const entry = sums.get(keyOf(r, c));
    if (entry === undefined) return { missing: 0 };
    return entry.sum > 0 ? { sum: entry.sum, missing: entry.missing } : { missing: entry.missing };
  };
};

/** Incidents and distinct victims per unit of the denominator for every figure of a table. */
export const rateTableOf = (
  tab: CrossTab,
  query: Query,
  basis: RateBasis,
  units: DenominatorUnit[],
): NonNullable<StatsResponse['rate']> => {
  const per = RATE_UNITS[basis];
  const lookup = denominatorsOf(tab, query, basis, units);
  const figures = (
    table: CrossTab,
    at: (row: string | null, column: string | null) => { sum?: number; missing: number },
  ): RateFigure[] => {
    const rateOf = (measure: Measure) =>
      ratesOf(table, (row, column) => at(row, column).sum, measure, { per });
    const victims = rateOf('victims');
    return rateOf('incidents').map((r, i) => {
      const d = at(r.row, r.column);
      return {
        row: r.row,
        column: r.column,
        denominator: d.sum ?? null,
        incidents: r.rate,
        victims: victims[i]?.rate ?? null,
        missing: d.missing,
      };
    });
  };
  const byRow: CrossTab = { ...tab, columns: [], cells: tab.rowTotals };
  const byColumn: CrossTab = {
    ...tab,
    rows: tab.columns,
    columns: [],
    cells: tab.columnTotals.map((c) => ({ ...c, row: c.column, column: null })),
  };
  const all = lookup(ALL, ALL);
  const share = (n: number) => (all.sum === undefined ? null : (n * per) / all.sum);
  return {
    per: basis,
    unit: per,
    label: rateDenominatorLabel(basis, 'en'),
    cells: figures(tab, lookup),
    rowTotals: figures(byRow, (row) => lookup(row, ALL)),
    columnTotals:
      tab.columns.length === 0
        ? []
        : figures(byColumn, (column) => lookup(ALL, column)).map((f) => ({
            ...f,
            row: null,
            column: f.row,
          })),
    total: {
      row: null,
      column: null,
      denominator: all.sum ?? null,
      incidents: share(tab.total.incidents),
      victims: share(tab.total.victims),
      missing: all.missing,
    },
  };
};
