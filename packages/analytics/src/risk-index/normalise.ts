import type { IndicatorDefinition } from './indicators';

/** Lowest and highest observed raw value of an indicator among the units compared. */
export interface ObservedRange {
  readonly min: number;
  readonly max: number;
}

/** Clamps a number to [0, 1]. */
export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Position of a raw value on the indicator's scale, before direction: 0 at the lower goalpost (or
 * the lowest observed value), 1 at the upper one; values beyond the goalposts are clamped. A
 * min-max indicator whose units all share one value gives 0.5: it tells no unit apart.
 */
const position = (
  normalisation: IndicatorDefinition['normalisation'],
  raw: number,
  range: ObservedRange | undefined,
): number => {
  switch (normalisation.kind) {
    case 'goalposts':
      return clamp01((raw - normalisation.min) / (normalisation.max - normalisation.min));
    case 'log-goalposts': {
      if (raw <= normalisation.min) return 0;
      const lo = Math.log(normalisation.min);
      return clamp01((Math.log(raw) - lo) / (Math.log(normalisation.max) - lo));
    }
    case 'min-max': {
      if (!range) throw new RangeError('min-max normalisation needs the observed range');
      if (range.max === range.min) return 0.5;
      return clamp01((raw - range.min) / (range.max - range.min));
    }
  }
};

/** Turns a raw value into 0..1 risk (1 = worst) by the indicator's normalisation and direction. */
export const normalise = (
  definition: Pick<IndicatorDefinition, 'normalisation' | 'direction'>,
  raw: number,
  range?: ObservedRange,
): number => {
  const p = position(definition.normalisation, raw, range);
  return definition.direction === 'higher-is-worse' ? p : 1 - p;
};

/** Whether a raw value lies outside the indicator's goalposts (and so is clamped). */
export const beyondGoalposts = (
  normalisation: IndicatorDefinition['normalisation'],
  raw: number,
): boolean =>
  normalisation.kind === 'min-max'
    ? false
    : normalisation.kind === 'log-goalposts'
      ? raw > normalisation.max
      : raw < normalisation.min || raw > normalisation.max;
