import {
  FACILITY_AUTHORITIES,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  type Facility,
} from '@vigil/core';
import type { MessageId } from '../../../app/i18n/en';
import type { Labeller } from '../../records/shared/labels';
import { authorityLabel, statusLabel, statusNow, typeLabel } from '../labels';

/**
 * What the points of the map can be coloured by. Each dimension turns the facilities shown into
 * a colour per facility and a legend; categorical ones (type, authority, status) give each value
 * its own colour, binned ones (capacity) a colour per range on a ramp. An indicator (e.g. reported
 * incidents per facility) is added as one more entry of `DIMENSIONS`, nothing else changes.
 */

export interface LegendEntry {
  readonly key: string;
  readonly colour: string;
  readonly label: string;
  readonly count: number;
}

export interface Colouring {
  readonly colourOf: (f: Facility) => string;
  /** The facility's value in words, for the tooltip and the point's accessible name. */
  readonly valueOf: (f: Facility) => string;
  readonly legend: readonly LegendEntry[];
}

interface Dimension {
  readonly title: MessageId;
  readonly colouring: (facilities: readonly Facility[], l: Labeller, day: string) => Colouring;
}

/** Grey for "not recorded": the one colour no value gets. */
export const NO_VALUE = '#8a9099';

/**
 * Distinct colours for up to 17 categories (every facility type), none of them grey; points get
 * a dark outline, so the light ones still stand out on the pale regions.
 */
export const CATEGORY_COLOURS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#ffbb78',
  '#98df8a',
  '#ff9896',
  '#c5b0d5',
  '#637939',
  '#f7b6d2',
  '#9edae5',
] as const;

/** A sequential ramp (light to dark blue) for binned numbers. */
export const RAMP = ['#c6dbef', '#6baed6', '#3182bd', '#08519c', '#08306b'] as const;

/** Colour of a category by its place in the full list, so it does not change with filters. */
export const categoryColour = (values: readonly string[], value: string): string => {
  const i = values.indexOf(value);
  return i < 0 ? NO_VALUE : (CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] ?? NO_VALUE);
};

const categorical =
  <V extends string>(
    values: readonly V[],
    value: (f: Facility, day: string) => V | undefined,
    label: (l: Labeller, v: V) => string,
  ): Dimension['colouring'] =>
  (facilities, l, day) => {
    const counts = new Map<string, number>();
    for (const f of facilities) {
      const v = value(f, day) ?? '';
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const legend: LegendEntry[] = values
      .filter((v) => counts.has(v))
      .map((v) => ({
        key: v,
        colour: categoryColour(values, v),
        label: label(l, v),
        count: counts.get(v) ?? 0,
      }));
    if (counts.has('')) {
      legend.push({
        key: '',
        colour: NO_VALUE,
        label: l.t('facilities.map.noValue'),
        count: counts.get('') ?? 0,
      });
    }
    return {
      colourOf: (f) => {
        const v = value(f, day);
        return v === undefined ? NO_VALUE : categoryColour(values, v);
      },
      valueOf: (f) => {
        const v = value(f, day);
        return v === undefined ? l.t('facilities.map.noValue') : label(l, v);
      },
      legend,
    };
  };

/** The bin of a number: the index of the last threshold it reaches (thresholds ascending). */
export const binOf = (thresholds: readonly number[], n: number): number => {
  let bin = 0;
  thresholds.forEach((t, i) => {
    if (n >= t) bin = i;
  });
  return bin;
};

const binned =
  (
    thresholds: readonly number[],
    value: (f: Facility) => number | null,
    label: (l: Labeller, lower: number) => string,
  ): Dimension['colouring'] =>
  (facilities, l) => {
    const colour = (n: number | null) =>
      n === null ? NO_VALUE : (RAMP[binOf(thresholds, n)] ?? NO_VALUE);
    const counts = new Map<number, number>();
    let none = 0;
    for (const f of facilities) {
      const n = value(f);
      if (n === null) none += 1;
      else counts.set(binOf(thresholds, n), (counts.get(binOf(thresholds, n)) ?? 0) + 1);
    }
    const legend: LegendEntry[] = thresholds.flatMap((lower, i) =>
      counts.has(i)
        ? [
            {
              key: String(lower),
              colour: RAMP[i] ?? NO_VALUE,
              label: label(l, lower),
              count: counts.get(i) ?? 0,
            },
          ]
        : [],
    );
    if (none > 0) {
      legend.push({ key: '', colour: NO_VALUE, label: l.t('facilities.map.noValue'), count: none });
    }
    return {
      colourOf: (f) => colour(value(f)),
      valueOf: (f) => {
        const n = value(f);
        return n === null ? l.t('facilities.map.noValue') : String(n);
      },
      legend,
    };
  };

export const DIMENSIONS = {
  type: {
    title: 'facilities.map.colourBy.type',
    colouring: categorical(FACILITY_TYPES, (f) => f.type, typeLabel),
  },
  authority: {
    title: 'facilities.map.colourBy.authority',
    colouring: categorical(FACILITY_AUTHORITIES, (f) => f.authority, authorityLabel),
  },
  status: {
    title: 'facilities.map.colourBy.status',
    colouring: categorical(FACILITY_STATUSES, (f, day) => statusNow(f, day), statusLabel),
  },
  capacity: {
    title: 'facilities.map.colourBy.capacity',
    colouring: binned(
      [0, 250, 500, 1000, 2000],
      (f) => f.capacity,
      (l, lower) => l.t('facilities.map.capacityRange', { value: lower }),
    ),
  },
} as const satisfies Record<string, Dimension>;

export type ColourBy = keyof typeof DIMENSIONS;

export const COLOUR_BY = Object.keys(DIMENSIONS) as ColourBy[];

export const isColourBy = (value: string): value is ColourBy => Object.hasOwn(DIMENSIONS, value);
