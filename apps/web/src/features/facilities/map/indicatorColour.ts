import { MAP_INDICATORS, type Facility, type FacilityStats } from '@vigil/core';
import { quantileSorted } from 'd3-array';
import type { MessageId } from '../../../app/i18n/en';
import type { Labeller } from '../../records/shared/labels';
import { binOf, NO_VALUE, RAMP, type Colouring, type LegendEntry } from './colour';

/** An indicator of a vault the map can colour facilities by (counts from its records). */
export type MapIndicator = (typeof MAP_INDICATORS)[number];

export const isMapIndicator = (value: string): value is MapIndicator =>
  (MAP_INDICATORS as readonly string[]).includes(value);

/** The "Colour by" label of each indicator. */
export const MAP_INDICATOR_TITLES: Record<MapIndicator, MessageId> = {
  incidents: 'monitoring.indicator.incidents',
  victims: 'monitoring.indicator.victims',
  'deaths-recorded': 'monitoring.indicator.deaths-recorded',
  'isolation-incidents': 'monitoring.indicator.isolation-incidents',
};

/** A round number near n (1, 2, 5 times a power of ten), never below 1. */
const roundish = (n: number): number => {
  if (n <= 10) return Math.max(1, Math.round(n));
  const power = 10 ** Math.floor(Math.log10(n));
  const m = n / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
};

/**
 * Lower bounds of the colour classes of a count: 1, then round numbers near the quintiles of
 * the values, so a few facilities with many incidents do not wash every other one into the
 * lightest class; at most RAMP.length classes, ascending, no bound twice.
 */
export const countThresholds = (values: readonly number[]): number[] => {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [1];
  const bounds = [1];
  for (let i = 1; i < RAMP.length; i++) {
    const q = quantileSorted(sorted, i / RAMP.length) ?? 1;
    const b = roundish(q);
    if (b > (bounds[bounds.length - 1] ?? 0)) bounds.push(b);
  }
  const max = sorted[sorted.length - 1] ?? 1;
  return bounds.filter((b, i) => i === 0 || b <= max);
};

/** "1–4", "5–19", "20 or more": the class of each lower bound in words. */
const classLabel = (l: Labeller, thresholds: readonly number[], i: number): string => {
  const lower = thresholds[i] ?? 1;
  const next = thresholds[i + 1];
  if (next === undefined) return l.t('monitoring.map.orMore', { value: lower });
  if (next - 1 === lower) return String(lower);
  return l.t('monitoring.map.between', { value: lower, count: next - 1 });
};

/**
 * Facilities coloured by a vault's count: a sequential ramp by class, with the classes and how
 * many facilities fall in each in the legend. A facility the vault has no value for is "No
 * data" in grey — the server lists only facilities with a count, so it says nothing recorded,
 * which is not the same as a known zero.
 */
export const indicatorColouring = (
  facilities: readonly Facility[],
  stats: FacilityStats,
  l: Labeller,
): Colouring => {
  const values = new Map(stats.values.map((v) => [v.facility as string, v.value]));
  const shownValues = facilities.flatMap((f) => {
    const v = values.get(f.id);
    return v === undefined ? [] : [v];
  });
  const thresholds = countThresholds(shownValues);
  const colour = (v: number | undefined) =>
    v === undefined ? NO_VALUE : (RAMP[binOf(thresholds, v)] ?? NO_VALUE);
  const counts = new Map<number, number>();
  let none = 0;
  for (const f of facilities) {
    const v = values.get(f.id);
    if (v === undefined) none += 1;
    else counts.set(binOf(thresholds, v), (counts.get(binOf(thresholds, v)) ?? 0) + 1);
  }
  const legend: LegendEntry[] = thresholds.flatMap((lower, i) =>
    counts.has(i)
      ? [
          {
            key: String(lower),
            colour: RAMP[i] ?? NO_VALUE,
            label: classLabel(l, thresholds, i),
            count: counts.get(i) ?? 0,
          },
        ]
      : [],
  );
  if (none > 0) {
    legend.push({ key: '', colour: NO_VALUE, label: l.t('monitoring.map.noData'), count: none });
  }
  return {
    colourOf: (f) => colour(values.get(f.id)),
    valueOf: (f) => {
      const v = values.get(f.id);
      return v === undefined
        ? l.t('monitoring.map.noData')
        : `${l.t(MAP_INDICATOR_TITLES[stats.indicator])}: ${new Intl.NumberFormat(l.locale).format(v)}`;
    },
    legend,
  };
};
