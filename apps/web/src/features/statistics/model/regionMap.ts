import { NO_VALUE } from '../../facilities/map/colour';
import { heatScale, type HeatScale } from './heatmap';
import type { StatsTable } from './table';

/**
 * A count by region as a map: each region drawn from the shipped shapes takes the colour of its
 * count's class (the heat map's classes and ramp), and three things that are not a count on the
 * ramp are told apart:
 * - a region the answer lists with 0 (distinct victims of incidents without a known victim) is
 *   a measured zero, hatched;
 * - a region the answer does not list has nothing documented in the vault for this choice: no
 *   data, flat grey, never the colour of a zero;
 * - incidents whose region is unknown (and any region without a shape) cannot be placed: they
 *   are listed under the map, each still opening its records.
 */

/** Fill of a region with nothing documented (no data): a flat grey lighter than "unknown". */
export const REGION_NO_DATA = '#e3e6ea';

/** Ground and lines of the hatching of a measured zero. */
export const REGION_ZERO = '#ffffff';
export const REGION_ZERO_LINE = '#9aa3ae';

/** Swatch of the figures that are not on the map (unknown region). */
export const OFF_MAP = NO_VALUE;

/** How one region is filled. */
export type RegionFill =
  | {
      readonly kind: 'count';
      readonly value: number;
      readonly colour: string;
      /** Dark classes take white text. */
      readonly dark: boolean;
    }
  | { readonly kind: 'zero' }
  | { readonly kind: 'no-data' };

/** A figure of the answer that has no place on the map. */
export interface OffMap {
  /** A region code without a shape, or null (unknown). */
  readonly value: string | null;
  readonly count: number;
}

export interface Choropleth {
  readonly scale: HeatScale;
  readonly fillOf: (code: string) => RegionFill;
  /** Regions on the map with a figure above 0, largest first (the order Tab visits them). */
  readonly counted: readonly string[];
  /** Whether any region on the map is a measured zero (the legend says so only then). */
  readonly hasZero: boolean;
  readonly offMap: readonly OffMap[];
}

/** The map's colours for a one-way table by region and the codes the shapes are drawn for. */
export const choroplethOf = (table: StatsTable, drawn: ReadonlySet<string>): Choropleth => {
  const onMap = table.rows.filter((r): r is string => r !== null && drawn.has(r));
  const values = new Map(onMap.map((code) => [code, table.rowTotal(code)]));
  const scale = heatScale([...values.values()]);
  const counted = onMap
    .filter((code) => (values.get(code) ?? 0) > 0)
    .map((code, i) => ({ code, i, n: values.get(code) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.code);
  const offMap = table.rows
    .filter((r) => r === null || !drawn.has(r))
    .map((value) => ({ value, count: table.rowTotal(value) }))
    // Known codes first, unknown last, as in the bars.
    .sort((a, b) => Number(a.value === null) - Number(b.value === null));
  return {
    scale,
    fillOf: (code) => {
      const value = values.get(code);
      if (value === undefined) return { kind: 'no-data' };
      const cls = scale.classOf(value);
      return cls === undefined
        ? { kind: 'zero' }
        : { kind: 'count', value, colour: cls.colour, dark: cls.dark };
    },
    counted,
    hasZero: [...values.values()].some((v) => v === 0),
    offMap,
  };
};
