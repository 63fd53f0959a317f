// The tables of a public statistics site, computed so that no one can be identified from them:
// counts of documented incidents, where every published figure is about at least k incidents
// and k people. Small categories are first merged into "other" (so that every total, the margins
// of every two-way table included, may be published as it is); two-way tables then get cell
// suppression with the auditor's proof, and lists of multi-valued dimensions (an incident has
// several methods) show only categories of at least k, with no total to subtract from.
import { auditTable, protectTable, type PeopleCounts } from '../disclosure/table';
import { DEFAULT_K } from '../disclosure/table';
import { crossTab } from '../statistics/crosstab';
import type { Dimension } from '../statistics/dimensions';
import type { FactTable } from '../statistics/fact-table';
import type { Filter, StatsQuery } from '../statistics/query';

/** The value standing for the categories merged because each is too small to show. */
export const OTHER = '~other';

/** A one-way table of a single-valued dimension: every figure published, small ones merged. */
export interface PublicSeries {
  readonly kind: 'series';
  readonly dimension: Dimension;
  readonly values: readonly (string | null)[];
  readonly incidents: readonly number[];
  readonly total: number;
  /** How many categories were merged into OTHER. */
  readonly merged: number;
}

/** A two-way table with suppressed cells (null); its margins are the one-way tables. */
export interface PublicCrossTable {
  readonly kind: 'cross';
  readonly rows: Dimension;
  readonly columns: Dimension;
  readonly rowValues: readonly (string | null)[];
  readonly columnValues: readonly (string | null)[];
  readonly values: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly total: number;
}

/** Categories of a multi-valued dimension with at least k incidents and k people each. */
export interface PublicList {
  readonly kind: 'list';
  readonly dimension: Dimension;
  readonly values: readonly (string | null)[];
  readonly incidents: readonly number[];
  /** How many categories were left out as too small. */
  readonly hidden: number;
}

export type PublicTable = PublicSeries | PublicCrossTable | PublicList;

/**
 * Why a table was not published (stable codes; translations key on them): too few incidents or
 * people; protecting its small cells would need a published total hidden; the audit found a
 * small cell that could be worked out.
 */
export const WITHHELD_REASONS = ['too-few', 'margin', 'audit'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/** A withheld table: its name (dimension ids, "a × b", or "everything"), code and English reason. */
export interface Withheld {
  readonly name: string;
  readonly code: WithheldReason;
  readonly reason: string;
}

const withheldOf = (name: string, code: WithheldReason, k: number): Withheld => ({
  name,
  code,
  reason:
    code === 'too-few'
      ? `fewer than ${k} incidents or people in the period`
      : code === 'margin'
        ? 'protecting its small cells would need a total hidden'
        : 'the audit found a small cell',
});

export interface Publication {
  readonly k: number;
  readonly from: string | null;
  readonly to: string | null;
  /** Documented incidents in the period; null when fewer than k (then nothing is published). */
  readonly total: number | null;
  readonly tables: readonly PublicTable[];
  /** Tables not published, and why. */
  readonly withheld: readonly Withheld[];
}

export interface PublicationOptions {
  readonly k?: number;
  readonly from?: string;
  readonly to?: string;
  readonly series?: readonly Dimension[];
  readonly crosses?: readonly (readonly [Dimension, Dimension])[];
  readonly lists?: readonly Dimension[];
}

/** What a site shows by default: single-valued dimensions, their pairs with time, and lists. */
export const DEFAULT_PUBLICATION = {
  series: ['year', 'region', 'facility-type', 'act-type', 'sex', 'age-band'],
  crosses: [
    ['year', 'region'],
    ['year', 'facility-type'],
    ['year', 'sex'],
  ],
  lists: ['method', 'perpetrator-agency', 'group'],
} as const satisfies Omit<PublicationOptions, 'k' | 'from' | 'to'>;

interface Category {
  readonly value: string | null;
  readonly incidents: number;
  readonly victims: number;
}

/** How a dimension's values are shown: itself, or OTHER when merged. */
interface Recoding {
  readonly dimension: Dimension;
  readonly shown: readonly (string | null)[];
  readonly groupOf: ReadonlyMap<string | null, string | null>;
  readonly members: ReadonlyMap<string | null, readonly (string | null)[]>;
  readonly merged: number;
}

const small = (c: { incidents: number; victims: number }, k: number) =>
  c.incidents < k || c.victims < k;

class Counter {
  constructor(
    private readonly table: FactTable,
    private readonly period: Pick<StatsQuery, 'from' | 'to'>,
  ) {}

  query(q: Omit<StatsQuery, 'from' | 'to'>) {
    return crossTab(this.table, { ...q, ...this.period });
  }

  /** Incidents and distinct victims of the incidents passing a filter. */
  count(rows: Dimension, filter: Filter): { incidents: number; victims: number } {
    return this.query({ rows, filter }).total;
  }
}

const recode = (counter: Counter, dimension: Dimension, k: number): Recoding | null => {
  const categories: Category[] = counter
    .query({ rows: dimension })
    .rowTotals.filter((c) => c.incidents > 0)
    .map((c) => ({ value: c.row, incidents: c.incidents, victims: c.victims }));
  const group = categories.filter((c) => small(c, k)).map((c) => c.value);
  const rest = categories
    .filter((c) => !small(c, k))
    .sort((a, b) => a.incidents - b.incidents || a.victims - b.victims);
  // The merged group must itself be about k incidents and k people, else its figure would be
  // the total minus the rest: grow it with the smallest categories until it is.
  while (group.length > 0) {
    const counts = counter.count(dimension, { [dimension]: group });
    if (!small(counts, k)) break;
    const next = rest.shift();
    if (next === undefined) return null;
    group.push(next.value);
  }
  const merged = new Set(group);
  const shown = categories
    .filter((c) => !merged.has(c.value))
    .map((c) => c.value)
    .concat(group.length > 0 ? [OTHER] : []);
  const groupOf = new Map<string | null, string | null>(
    categories.map((c) => [c.value, merged.has(c.value) ? OTHER : c.value]),
  );
  const members = new Map<string | null, (string | null)[]>(
    shown.map((s) => [s, s === OTHER ? group : [s]]),
  );
  return { dimension, shown, groupOf, members, merged: group.length };
};

const seriesOf = (counter: Counter, r: Recoding): PublicSeries => {
  const incidents = r.shown.map(
    (s) => counter.count(r.dimension, { [r.dimension]: r.members.get(s) ?? [] }).incidents,
  );
  return {
    kind: 'series',
    dimension: r.dimension,
    values: r.shown,
    incidents,
    total: incidents.reduce((a, b) => a + b, 0),
    merged: r.merged,
  };
};

const crossOf = (
  counter: Counter,
  a: Recoding,
  b: Recoding,
  k: number,
): PublicCrossTable | WithheldReason => {
  // One cross-tabulation gives the figures of categories shown as they are; merged ones need a
  // count of their own (distinct victims do not add up).
  const tab = counter.query({ rows: a.dimension, columns: b.dimension });
  const key = (row: string | null | undefined, column: string | null | undefined) =>
    `${String(row)}\u0000${String(column)}`;
  const known = new Map<string, { incidents: number; victims: number }>([
    ...tab.cells.map((c) => [key(c.row, c.column), c] as const),
    ...tab.rowTotals.map((c) => [key(c.row, undefined), c] as const),
    ...tab.columnTotals.map((c) => [key(undefined, c.column), c] as const),
    [key(undefined, undefined), tab.total] as const,
  ]);
  const count = (row: string | null | undefined, column: string | null | undefined) => {
    if (row !== OTHER && column !== OTHER) {
      return known.get(key(row, column)) ?? { incidents: 0, victims: 0 };
    }
    return counter.count(a.dimension, {
      ...(row !== undefined ? { [a.dimension]: a.members.get(row) ?? [] } : {}),
      ...(column !== undefined ? { [b.dimension]: b.members.get(column) ?? [] } : {}),
    });
  };
  const cells = a.shown.map((r) => b.shown.map((c) => count(r, c)));
  const rowTotals = a.shown.map((r) => count(r, undefined));
  const columnTotals = b.shown.map((c) => count(undefined, c));
  const total = count(undefined, undefined);
  const table = {
    rows: a.shown.map(String),
    columns: b.shown.map(String),
    values: cells.map((row) => row.map((c) => c.incidents)),
  };
  const people: PeopleCounts = {
    values: cells.map((row) => row.map((c) => c.victims)),
    rowTotals: rowTotals.map((c) => c.victims),
    columnTotals: columnTotals.map((c) => c.victims),
    total: total.victims,
  };
  const published = protectTable(table, { k, people });
  const marginHidden =
    published.total === null ||
    published.rowTotals.some((v) => v === null) ||
    published.columnTotals.some((v) => v === null);
  // The margins are the one-way tables, published in full: a table whose protection needs one
  // of them hidden cannot be shown next to them.
  if (marginHidden) return 'margin';
  if (!auditTable(table, published, { k, people }).safe) return 'audit';
  return {
    kind: 'cross',
    rows: a.dimension,
    columns: b.dimension,
    rowValues: a.shown,
    columnValues: b.shown,
    values: published.values,
    rowTotals: rowTotals.map((c) => c.incidents),
    columnTotals: columnTotals.map((c) => c.incidents),
    total: total.incidents,
  };
};

const listOf = (counter: Counter, dimension: Dimension, k: number): PublicList => {
  const all = counter.query({ rows: dimension }).rowTotals.filter((c) => c.incidents > 0);
  const shown = all.filter((c) => !small(c, k));
  return {
    kind: 'list',
    dimension,
    values: shown.map((c) => c.row),
    incidents: shown.map((c) => c.incidents),
    hidden: all.length - shown.length,
  };
};

/**
 * The public tables of a vault's facts for a period. Every figure counts at least k incidents of
 * at least k people, or is zero, or is a suppressed cell the auditor proves cannot be worked out.
 */
export const publicationOf = (facts: FactTable, options: PublicationOptions = {}): Publication => {
  const k = options.k ?? DEFAULT_K;
  const period = {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
  };
  const counter = new Counter(facts, period);
  const series = options.series ?? DEFAULT_PUBLICATION.series;
  const crosses = options.crosses ?? DEFAULT_PUBLICATION.crosses;
  const lists = options.lists ?? DEFAULT_PUBLICATION.lists;
  const total = counter.query({ rows: 'year' }).total;
  const base = { k, from: options.from ?? null, to: options.to ?? null, total: total.incidents };
  if (small(total, k)) {
    // Not even the total: "3 incidents" would be a figure about fewer than k people.
    return {
      ...base,
      total: null,
      tables: [],
      withheld: [withheldOf('everything', 'too-few', k)],
    };
  }
  const withheld: Withheld[] = [];
  const recodings = new Map<Dimension, Recoding>();
  const recodingOf = (d: Dimension): Recoding | null => {
    if (!recodings.has(d)) {
      const r = recode(counter, d, k);
      if (r === null) return null;
      recodings.set(d, r);
    }
    return recodings.get(d) ?? null;
  };
  const tables: PublicTable[] = [];
  for (const d of series) {
    const r = recodingOf(d);
    if (r === null) withheld.push(withheldOf(d, 'too-few', k));
    else tables.push(seriesOf(counter, r));
  }
  for (const [a, b] of crosses) {
    const ra = recodingOf(a);
    const rb = recodingOf(b);
    const cross = ra === null || rb === null ? 'too-few' : crossOf(counter, ra, rb, k);
    if (typeof cross === 'string') withheld.push(withheldOf(`${a} × ${b}`, cross, k));
    else tables.push(cross);
  }
  for (const d of lists) tables.push(listOf(counter, d, k));
  return { ...base, tables, withheld };
};
