import { countThresholds } from '../../facilities/map/indicatorColour';
import { binOf, RAMP } from '../../facilities/map/colour';

/**
 * Colours of a heat map: counts in classes from 1 at round numbers near the quintiles (the map's
 * `countThresholds`, so a few large cells do not wash the others out), on the map's light-to-dark
 * ramp; an empty cell is its own pale colour, never the lightest class.
 */

const DARKEST = '#08306b';

/** The fill of a cell with nothing in it. */
export const EMPTY_CELL = '#f1f3f6';

/** One class of the legend: counts from `lower` to `upper` (both included). */
export interface HeatClass {
  readonly lower: number;
  readonly upper: number;
  readonly colour: string;
  /** Dark classes take white numbers. */
  readonly dark: boolean;
}

export interface HeatScale {
  readonly classes: readonly HeatClass[];
  /** The class of a count above zero; undefined for zero. */
  readonly classOf: (n: number) => HeatClass | undefined;
}

/** The classes of a heat map's counts (zeros left out: they are "none", not a class). */
export const heatScale = (values: readonly number[]): HeatScale => {
  const positive = values.filter((v) => v > 0);
  const thresholds = positive.length === 0 ? [] : countThresholds(positive);
  const max = Math.max(0, ...positive);
  const classes = thresholds.map((lower, i): HeatClass => {
    const next = thresholds[i + 1];
    return {
      lower,
      upper: next === undefined ? max : next - 1,
      colour: RAMP[i] ?? DARKEST,
      dark: i >= 2,
    };
  });
  return {
    classes,
    classOf: (n) => (n <= 0 || classes.length === 0 ? undefined : classes[binOf(thresholds, n)]),
  };
};
