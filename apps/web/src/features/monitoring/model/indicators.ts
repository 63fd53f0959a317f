import {
  INDICATOR_IDS,
  INDICATORS,
  type IndicatorId,
  type IndicatorValue,
  type PeriodBucket,
} from '@vigil/core';
import type { Labeller } from '../../records/shared/labels';
import { axisPeriods } from './periods';

/** One slot of an indicator's chart: a period and its value, or null where there is none. */
export interface SeriesPoint {
  readonly period: string;
  readonly value: IndicatorValue | null;
}

/** An indicator over time, ready to draw: every period of the axis, values where there are. */
export interface IndicatorSeries {
  readonly indicator: IndicatorId;
  readonly unit: (typeof INDICATORS)[IndicatorId]['unit'];
  readonly points: readonly SeriesPoint[];
  /** The value of records without a date, shown beside the chart (they have no period). */
  readonly undated: IndicatorValue | null;
}

/**
 * The indicators that have any value, in the order core lists them, each over the same axis of
 * periods (so charts line up); a period without a value stays empty — a gap, not a zero.
 */
export const indicatorSeries = (
  values: readonly IndicatorValue[],
  bucket: PeriodBucket,
  from?: string,
  to?: string,
): IndicatorSeries[] => {
  const axis = axisPeriods(
    values.map((v) => v.period),
    bucket,
    from,
    to,
  );
  return INDICATOR_IDS.flatMap((indicator) => {
    const own = values.filter((v) => v.indicator === indicator);
    if (own.length === 0) return [];
    const byPeriod = new Map(own.map((v) => [v.period, v]));
    return [
      {
        indicator,
        unit: INDICATORS[indicator].unit,
        points: axis.map((period) => ({ period, value: byPeriod.get(period) ?? null })),
        undated: byPeriod.get(null) ?? null,
      },
    ];
  });
};

/** An indicator's value as people read it: a share in per cent, an area in m², a count. */
export const formatIndicatorValue = (
  l: Labeller,
  value: number,
  unit: IndicatorSeries['unit'],
): string => {
  switch (unit) {
    case 'share':
      return new Intl.NumberFormat(l.locale, {
        style: 'percent',
        maximumFractionDigits: 0,
      }).format(value);
    case 'square metres':
      return l.t('monitoring.unit.squareMetres', {
        value: new Intl.NumberFormat(l.locale, { maximumFractionDigits: 1 }).format(value),
      });
    case 'count':
      return new Intl.NumberFormat(l.locale, { maximumFractionDigits: 0 }).format(value);
  }
};

/**
 * The indicators counted from incidents: their values rest on the incidents of a period, which
 * the records list finds by facility and dates (the server lists no ids for the plain counts).
 */
export const INCIDENT_INDICATORS: ReadonlySet<IndicatorId> = new Set([
  'incidents',
  'victims',
  'deaths-recorded',
  'isolation-incidents',
]);
