import {
  isoDaySchema,
  RATE_BASES,
  rateApplies,
  STAT_DIMENSIONS,
  type RateBasis,
  type StatDimension,
  type StatsQuery,
} from '@vigil/core';

/**
 * What the statistics page shows, as it lives in the address: dimension names, ISO days and
 * codes only (`rows`, `cols`, `measure`, `from`, `to`, `f.<dimension>` once per value). Values
 * that do not look like a code are dropped on the way in and on the way out, so no name or
 * free text can end up in an address, a bookmark or a server log.
 */

/** What a figure counts. */
export const MEASURES = ['incidents', 'victims'] as const;
export type Measure = (typeof MEASURES)[number];

/** Per dimension, the values an incident must have one of (null: unknown / none recorded). */
export type StatsFilter = Readonly<Partial<Record<StatDimension, readonly (string | null)[]>>>;

export interface StatsView {
  readonly rows: StatDimension;
  readonly columns?: StatDimension;
  readonly measure: Measure;
  readonly from?: string;
  readonly to?: string;
  readonly filter: StatsFilter;
  /**
   * Show as a rate per 1,000 places of capacity or per 100 documented detentions; kept while the
   * rows change, asked for only where it applies (`rateApplies`).
   */
  readonly rate?: RateBasis;
}

/** The rate of a view when its rows allow it, else undefined (counts). */
export const rateOfView = (view: StatsView): RateBasis | undefined =>
  view.rate !== undefined && rateApplies(view.rate, view.rows) ? view.rate : undefined;

/** Incidents by year: where the page starts. */
export const DEFAULT_VIEW: StatsView = { rows: 'year', measure: 'incidents', filter: {} };

/** The time buckets: a continuous axis, in order of time. */
export const TIME_DIMENSIONS: ReadonlySet<StatDimension> = new Set(['month', 'quarter', 'year']);

/** True for month, quarter and year. */
export const isTimeDimension = (d: StatDimension): boolean => TIME_DIMENSIONS.has(d);

/** True when the text names a dimension. */
export const isDimension = (text: string): text is StatDimension =>
  (STAT_DIMENSIONS as readonly string[]).includes(text);

const isMeasure = (text: string): text is Measure => (MEASURES as readonly string[]).includes(text);

const isDay = (text: string): boolean => isoDaySchema.safeParse(text).success;

/**
 * What a value of a dimension may look like: vocabulary codes, region codes, register ids,
 * periods, age bands ("65+"). Anything else (spaces, Cyrillic, '@') is not a code.
 */
const CODE = /^[A-Za-z0-9._:+-]{1,64}$/;

/** True when a filter value is a code (or null, "unknown"). */
export const isCodeValue = (value: string | null): boolean => value === null || CODE.test(value);

/** How "unknown" (null) is written in the address: not a code, so it cannot collide with one. */
const UNKNOWN_TOKEN = '~';

const FILTER_PREFIX = 'f.';

/** The view in the address; anything that is not one is left out. A reversed period is dropped. */
export const viewFromParams = (params: URLSearchParams): { view: StatsView; reversed: boolean } => {
  const rowsText = params.get('rows') ?? '';
  const rows = isDimension(rowsText) ? rowsText : DEFAULT_VIEW.rows;
  const colsText = params.get('cols') ?? '';
  const columns = isDimension(colsText) && colsText !== rows ? colsText : undefined;
  const measureText = params.get('measure') ?? '';
  const rate = RATE_BASES.find((b) => b === params.get('rate'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const reversed = isDay(from) && isDay(to) && to < from;
  const filter: Partial<Record<StatDimension, (string | null)[]>> = {};
  for (const [key, raw] of params) {
    if (!key.startsWith(FILTER_PREFIX)) continue;
    const dimension = key.slice(FILTER_PREFIX.length);
    if (!isDimension(dimension)) continue;
    const value = raw === UNKNOWN_TOKEN ? null : raw;
    if (!isCodeValue(value)) continue;
    const list = filter[dimension] ?? [];
    if (!list.includes(value)) list.push(value);
    filter[dimension] = list;
  }
  return {
    view: {
      rows,
      ...(columns === undefined ? {} : { columns }),
      measure: isMeasure(measureText) ? measureText : DEFAULT_VIEW.measure,
      ...(isDay(from) ? { from } : {}),
      ...(isDay(to) && !reversed ? { to } : {}),
      filter,
      ...(rate === undefined ? {} : { rate }),
    },
    reversed,
  };
};

const OWN_KEYS = ['rows', 'cols', 'measure', 'from', 'to', 'rate'];

/** Writes the view into the address, keeping every other parameter (the vault). */
export const viewToParams = (view: StatsView, params: URLSearchParams): URLSearchParams => {
  const next = new URLSearchParams();
  for (const [key, value] of params) {
    if (!OWN_KEYS.includes(key) && !key.startsWith(FILTER_PREFIX)) next.append(key, value);
  }
  next.set('rows', view.rows);
  if (view.columns !== undefined && view.columns !== view.rows) next.set('cols', view.columns);
  if (view.measure !== DEFAULT_VIEW.measure) next.set('measure', view.measure);
  if (view.from !== undefined && isDay(view.from)) next.set('from', view.from);
  if (view.to !== undefined && isDay(view.to)) next.set('to', view.to);
  if (view.rate !== undefined) next.set('rate', view.rate);
  for (const dimension of STAT_DIMENSIONS) {
    for (const value of view.filter[dimension] ?? []) {
      if (isCodeValue(value)) next.append(`${FILTER_PREFIX}${dimension}`, value ?? UNKNOWN_TOKEN);
    }
  }
  return next;
};

/** The server's query for a view (the measure is chosen among the figures it answers with). */
export const statsQueryOf = (view: StatsView): StatsQuery => {
  const filter = Object.fromEntries(
    STAT_DIMENSIONS.flatMap((d) => {
      const values = view.filter[d];
      return values === undefined || values.length === 0 ? [] : [[d, [...values]]];
    }),
  );
  return {
    rows: view.rows,
    ...(view.columns === undefined ? {} : { columns: view.columns }),
    ...(Object.keys(filter).length === 0 ? {} : { filter }),
    ...(view.from === undefined ? {} : { from: view.from }),
    ...(view.to === undefined ? {} : { to: view.to }),
    ...(rateOfView(view) === undefined ? {} : { rate: { per: rateOfView(view) as RateBasis } }),
  };
};

/** The view without columns (a one-way table). */
const oneWay = (view: StatsView): StatsView => ({
  rows: view.rows,
  measure: view.measure,
  filter: view.filter,
  ...(view.from === undefined ? {} : { from: view.from }),
  ...(view.to === undefined ? {} : { to: view.to }),
  ...(view.rate === undefined ? {} : { rate: view.rate }),
});

/** Sets the rows; columns equal to the new rows are dropped (a dimension against itself says nothing). */
export const withRows = (view: StatsView, rows: StatDimension): StatsView =>
  view.columns === undefined || view.columns === rows
    ? { ...oneWay(view), rows }
    : { ...view, rows };

/** Sets or clears the columns. */
export const withColumns = (view: StatsView, columns: StatDimension | undefined): StatsView =>
  columns === undefined || columns === view.rows ? oneWay(view) : { ...view, columns };

/** Sets the period (either end may be left open). */
export const withPeriod = (view: StatsView, from?: string, to?: string): StatsView => {
  const base: StatsView = {
    rows: view.rows,
    measure: view.measure,
    filter: view.filter,
    ...(view.columns === undefined ? {} : { columns: view.columns }),
    ...(view.rate === undefined ? {} : { rate: view.rate }),
  };
  return { ...base, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
};

/** Shows counts (undefined) or rates per a denominator. */
export const withRate = (view: StatsView, rate: RateBasis | undefined): StatsView => {
  const rest: StatsView = {
    rows: view.rows,
    measure: view.measure,
    filter: view.filter,
    ...(view.columns === undefined ? {} : { columns: view.columns }),
    ...(view.from === undefined ? {} : { from: view.from }),
    ...(view.to === undefined ? {} : { to: view.to }),
  };
  return rate === undefined ? rest : { ...rest, rate };
};

/** Rows become columns and columns rows; a one-way view stays as it is. */
export const swapped = (view: StatsView): StatsView =>
  view.columns === undefined ? view : { ...view, rows: view.columns, columns: view.rows };

/** The filter with one more value of a dimension (a value already there is not added twice). */
export const withFilterValue = (
  filter: StatsFilter,
  dimension: StatDimension,
  value: string | null,
): StatsFilter => {
  const list = filter[dimension] ?? [];
  return list.includes(value) ? filter : { ...filter, [dimension]: [...list, value] };
};

/** The filter without one value of a dimension (the dimension goes when it has none left). */
export const withoutFilterValue = (
  filter: StatsFilter,
  dimension: StatDimension,
  value: string | null,
): StatsFilter => {
  const list = (filter[dimension] ?? []).filter((v) => v !== value);
  const rest = Object.fromEntries(Object.entries(filter).filter(([d]) => d !== dimension));
  return list.length === 0 ? rest : { ...rest, [dimension]: list };
};

/** Every (dimension, value) of a filter, in the order of the dimensions. */
export const filterEntries = (
  filter: StatsFilter,
): { dimension: StatDimension; value: string | null }[] =>
  STAT_DIMENSIONS.flatMap((dimension) =>
    (filter[dimension] ?? []).map((value) => ({ dimension, value })),
  );
